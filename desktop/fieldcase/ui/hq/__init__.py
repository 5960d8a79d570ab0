"""The HQ window (`fieldcase-desktop --hq [DIR]`): sign in to an HQ directory as one user and read, within
that user's clearance (services/hq_access.py), read-only; and the HQ users (services/hq_users.py)."""
