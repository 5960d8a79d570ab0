"""Checks the drivers run once at start-up, before any workspace is opened."""

from __future__ import annotations


def check_encryption_library() -> str:
    """The SQLCipher version the store will use; InsecureDriver unless it is SQLCipher 4.

    A frozen or repackaged build could carry another SQLite library than the one tested (a system
    libsqlite3 picked up by the bundler, an old SQLCipher 3); the app and the command line refuse to
    start rather than open case files with it.
    """
    from ..store.cipher import sqlcipher_version

    return sqlcipher_version()
