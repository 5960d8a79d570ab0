"""Which SQLCipher the driver carries: checked at start-up and on every new connection (fail closed).

Kept apart from engine.py so the start-up check costs only the driver's import, not SQLAlchemy's.
"""

from __future__ import annotations

from ..errors import InsecureDriver

# The store's format (raw key, HMAC-SHA512 page authentication, KDF settings, page layout) is
# SQLCipher 4's: a 3.x library reads it differently, and a plain SQLite one not at all.
REQUIRED_SQLCIPHER_MAJOR = 4


def require_sqlcipher(version: str | None) -> str:
    """`version` (from PRAGMA cipher_version) if it is SQLCipher 4, else InsecureDriver."""
    if not version:
        raise InsecureDriver("The SQLite library loaded is not SQLCipher; Fieldcase refuses to "
                             "store case files unencrypted.")
    number = version.split(" ", 1)[0]
    major = number.split(".", 1)[0]
    if not major.isdigit() or int(major) != REQUIRED_SQLCIPHER_MAJOR:
        raise InsecureDriver("The encryption library loaded is SQLCipher {version}, not SQLCipher 4; "
                             "Fieldcase refuses to open case files with it. Reinstall Fieldcase.",
                             version=number[:20])
    return version


def sqlcipher_version() -> str:
    """The loaded driver's SQLCipher version, e.g. "4.19.0 community" (InsecureDriver if not SQLCipher 4)."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return require_sqlcipher(row[0] if row else None)
