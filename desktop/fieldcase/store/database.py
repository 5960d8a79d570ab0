"""The open store: the one holder of the SQLCipher engine. Everything else takes units of work from it.

    db = Database.open(path, key, page_size)     # a wrong key or a foreign file fails here
    db.upgrade()                                  # migrations: one visible step, at unlock
    with db.reading() as uow: cases.get_record(uow, record_id)
    with db.writing() as uow: cases.write_records(uow, records, author, now)   # one transaction

A unit of work is a SQLAlchemy connection inside a transaction; only store/ functions use it (the
layering test keeps SQL and connections inside store/). Errors from the database are translated here,
once, into the app's own words: a full disk into DiskFull, a page failing its HMAC check or a file that
is not ours into CorruptWorkspace; nothing half-written is kept (the transaction rolls back).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from ..errors import DiskFull, FieldcaseError, IntegrityAlarm
from . import migrate
from .engine import (
    CONCURRENT_OPTION,
    DEFAULT_CIPHER_PAGE_SIZE,
    READ_OPTION,
    WRITE_OPTION,
    damaged_store,
    make_engine,
    open_checked,
)

# What services hold while they work with the store: opaque to them, passed to store/ functions.
UnitOfWork = Connection


def storage_error(exc: DatabaseError, *, writing: bool = False) -> FieldcaseError:
    """The user's words for a database error (the driver's reason, never the SQL or the values in it:
    the engine hides parameters)."""
    reason = str(exc.orig) if exc.orig is not None else ""
    if exc.orig is not None and type(exc.orig).__module__.startswith("psycopg"):  # an HQ store on PostgreSQL
        # the server's first line only: its DETAIL lines may quote key values
        return FieldcaseError("The HQ database could not be {action} ({reason}); nothing was changed.",
                              action="written" if writing else "read", reason=reason.strip().split("\n")[0])
    if isinstance(exc, OperationalError):
        if "full" in reason:
            return DiskFull("The disk is full: the change was not saved and the workspace is unchanged. "
                            "Free some space and try again.")
        if writing:
            return FieldcaseError("The store could not be written ({reason}); nothing was changed.", reason=reason)
    return damaged_store(exc)


@dataclass
class Attendance:
    last: bool = True  # set when a `Database.attending` block ends


class Database:
    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = engine
        # Set by an integrity alarm (a damaged page, a rolled-back store): every write is refused.
        self.alarm: IntegrityAlarm | None = None
        # Called after each committed write (the workspace re-seals its key file there).
        self.after_write: Callable[[], None] | None = None
        self._pinned = threading.local()  # the connection of an open snapshot(), per thread

    @classmethod
    def open_postgres(cls, location: str, key: bytearray) -> Database:
        """An HQ store on a PostgreSQL server (store/pg.py): sealed columns, advisory write lock."""
        from . import pg

        engine = pg.make_pg_engine(location, key)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DatabaseError as exc:
            pg.forget_key(engine)
            engine.dispose()
            raise pg.connection_error(exc) from None
        return cls(engine)

    @property
    def dialect(self) -> str:
        return str(self.engine.dialect.name)

    def is_empty(self) -> bool:
        """For a new PostgreSQL store: the database must hold no tables yet."""
        from . import pg

        return pg.is_empty(self.engine)

    @classmethod
    def open(cls, path: Path, key: bytearray, page_size: int = DEFAULT_CIPHER_PAGE_SIZE) -> Database:
        engine = make_engine(path, key, page_size=page_size)
        open_checked(engine)
        return cls(engine)

    @property
    def engine(self) -> Engine:
        """For store/ code, tests and independent verification tools; services use reading()/writing()."""
        if self._engine is None:
            raise FieldcaseError("The workspace is locked.")
        return self._engine

    def upgrade(self) -> None:
        """Bring the schema (and, where a migration says so, the data) to this release's head."""
        try:
            migrate.upgrade(self.engine)
            if self.dialect == "postgresql":
                from . import pg

                pg.catch_up_sequences(self.engine)
        except DatabaseError as exc:  # a damaged page deeper than the first read
            raise storage_error(exc) from None

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A consistent snapshot for reads (one transaction); inside `snapshot()`, that one."""
        pinned = getattr(self._pinned, "conn", None)
        if pinned is not None:
            yield pinned
            return
        try:
            with self._read_transaction() as conn:
                yield conn
        except DatabaseError as exc:
            raise storage_error(exc) from None

    @contextmanager
    def _read_transaction(self) -> Iterator[Connection]:
        """A connection for one read transaction, for `reading()` and `snapshot()`."""
        with self.engine.connect() as plain:
            conn = plain.execution_options(**{READ_OPTION: True})
            yield conn
            if self.dialect == "postgresql" and conn.in_transaction():
                # READ ONLY there: COMMIT ends it like ROLLBACK would, and keeps psycopg's prepared
                # statements (a ROLLBACK makes it deallocate them all)
                conn.commit()

    @contextmanager
    def writing(self, *, concurrent: bool = False) -> Iterator[UnitOfWork]:
        """One write transaction: committed when the block ends, rolled back if it raises.

        `concurrent`: on a PostgreSQL store the write lock is taken shared, so such transactions run side
        by side, and the caller must lock what it reads to decide (store/pg.py: `locks.hold`, and the
        audit chain's lock that `audit.append` takes). On SQLite it is the same as a plain write."""
        if self.alarm is not None:
            raise self.alarm
        options = {WRITE_OPTION: True, CONCURRENT_OPTION: concurrent}
        try:
            with self.engine.connect() as plain:
                conn = plain.execution_options(**options)
                with conn.begin():
                    yield conn
        except DatabaseError as exc:
            raise storage_error(exc, writing=True) from None
        if self.after_write is not None:
            self.after_write()

    @contextmanager
    def snapshot(self, *, lazy: bool = False) -> Iterator[None]:
        """Every `reading()` of this thread inside the block reads the same snapshot (one read transaction:
        SQLite's WAL snapshot, PostgreSQL's REPEATABLE READ), whatever other processes commit meanwhile.
        It starts at the block's start, or with `lazy` at its first read (one round trip fewer)."""
        if getattr(self._pinned, "conn", None) is not None:
            yield
            return
        try:
            with self._read_transaction() as conn:
                if not lazy:
                    conn.execute(text("SELECT 1 FROM alembic_version"))  # the snapshot starts here
                self._pinned.conn = conn
                try:
                    yield
                finally:
                    self._pinned.conn = None
        except DatabaseError as exc:
            raise storage_error(exc) from None

    @contextmanager
    def claim(self, name: str) -> Iterator[bool]:
        """Try to claim `name` (an officer) for this process while the block runs; False when another
        process holds it. On PostgreSQL a session advisory lock; a SQLite store has one process at a time
        writing anyway (BEGIN IMMEDIATE), so there it is always True."""
        if self.dialect != "postgresql":
            yield True
            return
        from . import pg

        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            held = pg.try_claim(conn, name)
            try:
                yield held
            finally:
                if held:
                    pg.release_claim(conn, name)

    @contextmanager
    def attending(self, name: str) -> Iterator[Attendance]:
        """Count this process among those doing `name` (on PostgreSQL a shared session advisory lock) while
        the block runs. When it ends, `last` tells whether no other process was still at it: of
        processes finishing together at least one sees True, so work left to "the last one out" (HQ's
        compartment rebuild after concurrent imports) is done once, after all of them. Always True on
        SQLite."""
        seen = Attendance()
        if self.dialect != "postgresql":
            yield seen
            return
        from . import pg

        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            pg.attend(conn, name)
            done = False
            try:
                yield seen
                done = True
            finally:
                if done:
                    seen.last = pg.leave(conn, name)
                # on an error the session ends without a check; its shared lock goes with it

    def close(self) -> None:
        """Close every connection (the key itself is wiped by the caller that owns it)."""
        if self._engine is not None:
            if self._engine.dialect.name == "postgresql":
                from . import pg

                pg.forget_key(self._engine)
            self._engine.dispose()
            self._engine = None
