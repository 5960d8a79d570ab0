"""Key derivation, key wrapping and attachment encryption: no Qt, no SQLAlchemy."""
