"""The PostgreSQL engine for an HQ store on a server others administer (`hq init --database ...`).

* Values of the columns store/sealed.py lists are sealed in this process with a key derived from the
  HQ's data key; the server sees ciphertext only. The key is attached to this engine's dialect and
  forgotten at lock.
* A write transaction takes one transaction-level advisory lock at BEGIN, the same guarantee SQLite's
  BEGIN IMMEDIATE gives: what it reads to decide (an officer's last sequence number, the audit chain's
  last link) cannot change before it commits.
* An import's transaction (`Database.writing(concurrent=True)`) takes that lock in SHARED mode instead,
  so the imports of different officers' packages overlap, and locks only what it touches
  (`hold_keys`, transaction-level, in a fixed order: the sending officer, then every record, person,
  source and attachment id of the package, each set sorted by its lock key, so two imports never wait
  on each other in a cycle), then the audit chain last (`AUDIT_LOCK`, taken when the import's audit
  entries are chained, at the very end of its transaction (`audit.deferred`), just before it reads the
  chain's last link; held to commit, so the chain stays one serial, verifiable line: what every import
  waits for is only those few statements and the commit). Ordinary writes (exclusive) still wait for
  every import and exclude them. Row ids come from the tables' sequences there (`next_ids`), never
  from max(id) + 1.
* A read transaction is REPEATABLE READ: one snapshot, however long the reading (a briefing) takes and
  whatever imports commit meanwhile. The isolation level rides on the driver's BEGIN (`_set_next_begin`);
  `Database.reading()`'s are READ ONLY too and end with COMMIT, so psycopg keeps its prepared statements
  (it drops them all at every ROLLBACK).
* `claim(name)` is a session-level advisory lock a worker holds while it works through one officer's
  packages, so concurrent workers share the officers out instead of racing for the same package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.pool import QueuePool

from ..errors import FieldcaseError
from .engine import CONCURRENT_OPTION, READ_OPTION, WRITE_OPTION
from .sealed import SEALER_ATTRIBUTE, Sealer

# Advisory lock keys: (namespace, key) pairs; the namespace is "FCHQ" as an int.
LOCK_NAMESPACE = 0x46434851
WRITE_LOCK = 1
AUDIT_LOCK = 2
CLAIM_NAMESPACE = LOCK_NAMESPACE + 1
# one namespace per phase of hold_keys: a transaction takes phase 1 (the sender) before phase 2 (what the
# package touches), and the audit chain (LOCK_NAMESPACE, AUDIT_LOCK) after both
KEY_NAMESPACES = (LOCK_NAMESPACE + 2, LOCK_NAMESPACE + 3)
ATTEND_NAMESPACE = LOCK_NAMESPACE + 4  # attend/leave: which processes are doing a job (Database.attending)
SCHEMES = ("postgresql", "postgres")
# For this session only (the server's own settings untouched). JIT off: the analysis queries' CTEs are
# estimated at millions of rows, so the server spent 8.7 s of a 31 s regional signal query (12 months,
# 1M records) compiling them; they run in far less without. work_mem: their sorts and hashes of a few
# hundred thousand rows stay in memory instead of spilling to temporary files at the 4 MB default.
SESSION_OPTIONS = "-c jit=off -c work_mem=64MB -c DateStyle=ISO"  # ISO: dates read as text (pg_sql.text_dates)


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
                           poolclass=QueuePool, pool_size=4, max_overflow=4, pool_pre_ping=False,
                           connect_args={"options": SESSION_OPTIONS})
    setattr(engine.dialect, SEALER_ATTRIBUTE, Sealer(key))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # on the driver's own connection and cursor: the connection's execution options (a server-side
        # cursor for yield_per) must not apply to these
        dbapi = conn.connection.dbapi_connection
        options = conn.get_execution_options()
        writing = bool(options.get(CONCURRENT_OPTION) or options.get(WRITE_OPTION))
        if not writing and dbapi.autocommit:  # type: ignore[union-attr]
            return  # a claim's session lock (Database.claim): no transaction to set up
        if _set_next_begin(dbapi, writing=writing, read_only=bool(options.get(READ_OPTION))) and not writing:
            return  # a reader: its REPEATABLE READ rides on the BEGIN the driver sends with the first statement
        cursor = dbapi.cursor()  # type: ignore[union-attr]
        try:
            if options.get(CONCURRENT_OPTION):  # an import: it locks what it touches (hold_keys)
                cursor.execute(f"SELECT pg_advisory_xact_lock_shared({LOCK_NAMESPACE}, {WRITE_LOCK})")
            elif options.get(WRITE_OPTION):
                cursor.execute(f"SELECT pg_advisory_xact_lock({LOCK_NAMESPACE}, {WRITE_LOCK})")
            else:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        finally:
            cursor.close()

    return engine


def _set_next_begin(dbapi: Any, *, writing: bool, read_only: bool) -> bool:
    """Set how psycopg's next BEGIN opens the transaction (it sends it with the first statement, so the
    isolation level costs no round trip of its own): REPEATABLE READ for a reader (READ ONLY for
    Database.reading), the server's READ COMMITTED for a writer. False when the connection is not idle
    in manual-commit mode (autocommit, or a transaction already open): then nothing is changed."""
    from psycopg import IsolationLevel
    from psycopg.pq import TransactionStatus

    if dbapi.autocommit or dbapi.info.transaction_status != TransactionStatus.IDLE:
        return False
    dbapi.isolation_level = None if writing else IsolationLevel.REPEATABLE_READ
    dbapi.read_only = read_only and not writing
    return True


def forget_key(engine: Engine) -> None:
    sealer = getattr(engine.dialect, SEALER_ATTRIBUTE, None)
    if isinstance(sealer, Sealer):
        sealer.forget()
    setattr(engine.dialect, SEALER_ATTRIBUTE, None)


def hold_keys(conn: Connection, phase: int, names: Iterable[str]) -> None:
    """Transaction-level locks on `names` (phase 0: the sender; 1: the ids a package touches), taken in
    the order of their lock keys, so transactions that lock overlapping sets cannot deadlock. Two names
    may share a key (a 32-bit hash): they are then merely serialised together."""
    wanted = sorted(set(names))
    if wanted:
        conn.execute(text("SELECT count(pg_advisory_xact_lock(:ns, k)) FROM (SELECT DISTINCT hashtext(n) AS k "
                          "FROM unnest(CAST(:names AS text[])) AS n ORDER BY k) AS keys"),
                     {"ns": KEY_NAMESPACES[phase], "names": wanted})


def hold_audit_chain(conn: Connection) -> None:
    """The audit chain's lock, to commit (after every hold_keys of the transaction)."""
    conn.execute(text(f"SELECT pg_advisory_xact_lock({LOCK_NAMESPACE}, {AUDIT_LOCK})"))


def next_ids(conn: Connection, table: str, count: int) -> list[int]:
    """`count` new ids from the table's own sequence, ascending (safe while other transactions insert)."""
    return sorted(conn.execute(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                               {"t": table, "n": count}).scalars())


SEQUENCED = ("case_revision", "case_act")  # tables whose ids next_ids gives (max(id) + 1 on SQLite)


def catch_up_sequences(engine: Engine) -> None:
    """A store written before ids came from the sequences has ids its sequences never gave: move each
    sequence past them (once; under the exclusive write lock, so no import is allocating meanwhile)."""
    behind = ("SELECT count(*) FROM (SELECT pg_get_serial_sequence(:t, 'id') AS s, (SELECT max(id) FROM {table}) AS m) "
              "AS top WHERE m >= coalesce(pg_sequence_last_value(CAST(s AS regclass)), 0)")
    with engine.connect() as conn:  # the usual case, checked without waiting for the lock: nothing to do
        if not any(conn.execute(text(behind.format(table=t)), {"t": t}).scalar() for t in SEQUENCED):
            return
    with engine.connect() as plain:
        conn = plain.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            for table in SEQUENCED:
                conn.execute(text(
                    "SELECT setval(CAST(s AS regclass), m) FROM (SELECT pg_get_serial_sequence(:t, 'id') AS s, "
                    f"(SELECT max(id) FROM {table}) AS m) AS top "
                    "WHERE m >= coalesce(pg_sequence_last_value(CAST(s AS regclass)), 0)"), {"t": table})


def try_claim(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT pg_try_advisory_lock(:ns, hashtext(:name))"),
                             {"ns": CLAIM_NAMESPACE, "name": name}).scalar())


def release_claim(conn: Connection, name: str) -> None:
    conn.execute(text("SELECT pg_advisory_unlock(:ns, hashtext(:name))"), {"ns": CLAIM_NAMESPACE, "name": name})


def attend(conn: Connection, name: str) -> None:
    """Count this session among those doing `name` (a shared session lock; Database.attending)."""
    conn.execute(text("SELECT pg_advisory_lock_shared(:ns, hashtext(:name))"), {"ns": ATTEND_NAMESPACE, "name": name})


def leave(conn: Connection, name: str) -> bool:
    """Stop attending `name`; True when no other session attends it any more (its exclusive lock could be
    taken, and is given back at once). Of sessions leaving together at least the last one sees True."""
    params = {"ns": ATTEND_NAMESPACE, "name": name}
    conn.execute(text("SELECT pg_advisory_unlock_shared(:ns, hashtext(:name))"), params)
    alone = bool(conn.execute(text("SELECT pg_try_advisory_lock(:ns, hashtext(:name))"), params).scalar())
    if alone:
        conn.execute(text("SELECT pg_advisory_unlock(:ns, hashtext(:name))"), params)
    return alone


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
