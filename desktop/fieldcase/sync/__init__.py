"""Encrypted sync with HQ: packages (age + signed manifest), the outbox, transports and merging.

No Qt here. SQL lives in `store/syncstore.py`; the use cases the CLI and UI call are in
`services/sync.py`.
"""
