"""What a concurrent write transaction (`Database.writing(concurrent=True)`, an HQ import) locks before it
reads to decide: the sending officer, then every id the package touches. The audit chain's lock is taken
by `audit.append` itself, last. On PostgreSQL these are transaction-level advisory locks (store/pg.py,
which explains the order that keeps them free of deadlocks); on SQLite they are nothing, because a write
transaction there holds the whole store from BEGIN IMMEDIATE.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection


def hold_sender(conn: Connection, sender_id: str) -> None:
    """First: the officer whose package this is (its sequence chain, its remote audit chain)."""
    if conn.dialect.name == "postgresql":
        from . import pg

        pg.hold_keys(conn, 0, [f"peer:{sender_id}"])


def hold_ids(conn: Connection, *, records: Iterable[str] = (), people: Iterable[str] = (),
             sources: Iterable[str] = (), attachments: Iterable[str] = ()) -> None:
    """Second, in one call: the records, people, sources and attachments the package writes (their heads,
    revision numbers and unique ids are read, then written)."""
    if conn.dialect.name == "postgresql":
        from . import pg

        pg.hold_keys(conn, 1, [*(f"record:{i}" for i in records), *(f"person:{i}" for i in people),
                               *(f"source:{i}" for i in sources), *(f"attachment:{i}" for i in attachments)])


def hold_audit_chain(conn: Connection) -> None:
    """Last: the store's own audit chain, held to commit (one serial, verifiable line)."""
    if conn.dialect.name == "postgresql":
        from . import pg

        pg.hold_audit_chain(conn)
