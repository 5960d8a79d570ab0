"""The PostgreSQL engine for an HQ store on a server others administer (`hq init --database ...`).

* Values of the columns store/sealed.py lists are sealed in this process with a key derived from the
  HQ's data key; the server sees ciphertext only. The key is attached to this engine's dialect and
  forgotten at lock.
* A write transaction takes one transaction-level advisory lock at BEGIN, the same guarantee SQLite's
  BEGIN IMMEDIATE gives: what it reads to decide (an officer's last sequence number, the audit chain's
  last link) cannot change before it commits. Decrypting and verifying packages, the expensive part of
  an import, happens outside it, so several `hq import` processes work in parallel.
* A read transaction is REPEATABLE READ: one snapshot, however long the reading (a briefing) takes and
  whatever imports commit meanwhile.
* `claim(name)` is a session-level advisory lock a worker holds while it works through one officer's
  packages, so concurrent workers share the officers out instead of racing for the same package.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.pool import QueuePool

from ..errors import FieldcaseError
from .engine import WRITE_OPTION
from .sealed import SEALER_ATTRIBUTE, Sealer

# Advisory lock keys: (namespace, key) pairs; the namespace is "FCHQ" as an int.
LOCK_NAMESPACE = 0x46434851
WRITE_LOCK = 1
CLAIM_NAMESPACE = LOCK_NAMESPACE + 1
SCHEMES = ("postgresql", "postgres")


def parse_url(location: str) -> URL:
    """A postgresql:// URL as given by the user, for psycopg 3; raises the user's words if it is not one."""
    try:
        url = make_url(location)
    except ArgumentError:
        url = None
    if url is None or url.drivername.split("+")[0] not in SCHEMES or not url.database:
        raise FieldcaseError("The {field} must be a PostgreSQL URL such as postgresql://user@host:5432/database.",
                             field="Database")
    return url.set(drivername="postgresql+psycopg")


def stored_form(location: str) -> str:
    """The URL as kept in the HQ directory: never a password (libpq reads PGPASSWORD or ~/.pgpass)."""
    url = parse_url(location).set(password=None, drivername="postgresql")
    return url.render_as_string(hide_password=False)


def make_pg_engine(location: str, key: bytearray) -> Engine:
    engine = create_engine(parse_url(location), hide_parameters=True,  # SQL errors never echo case data
                           poolclass=QueuePool, pool_size=4, max_overflow=4, pool_pre_ping=False)
    setattr(engine.dialect, SEALER_ATTRIBUTE, Sealer(key))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # on the driver's own cursor: the connection's execution options (a server-side cursor for
        # yield_per) must not apply to these
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if conn.get_execution_options().get(WRITE_OPTION):
                cursor.execute(f"SELECT pg_advisory_xact_lock({LOCK_NAMESPACE}, {WRITE_LOCK})")
            else:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        finally:
            cursor.close()

    return engine


def forget_key(engine: Engine) -> None:
    sealer = getattr(engine.dialect, SEALER_ATTRIBUTE, None)
    if isinstance(sealer, Sealer):
        sealer.forget()
    setattr(engine.dialect, SEALER_ATTRIBUTE, None)


def try_claim(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT pg_try_advisory_lock(:ns, hashtext(:name))"),
                             {"ns": CLAIM_NAMESPACE, "name": name}).scalar())


def release_claim(conn: Connection, name: str) -> None:
    conn.execute(text("SELECT pg_advisory_unlock(:ns, hashtext(:name))"), {"ns": CLAIM_NAMESPACE, "name": name})


def is_empty(engine: Engine) -> bool:
    """True when the database has no tables in its default schema (a new HQ store must start empty)."""
    with engine.connect() as conn:
        return not conn.execute(text(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema())")).scalar()


def connection_error(exc: DatabaseError) -> FieldcaseError:
    """The user's words when the server cannot be reached or refuses us (the driver's reason, no SQL)."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
    return FieldcaseError("The HQ database could not be opened ({reason}). Check that the PostgreSQL server is "
                          "running and that the user can connect (PGPASSWORD or ~/.pgpass).", reason=reason)


def dialect_name(conn: Connection | Any) -> str:
    return str(conn.dialect.name)
