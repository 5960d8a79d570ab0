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

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from ..errors import DiskFull, FieldcaseError
from . import migrate
from .engine import DEFAULT_CIPHER_PAGE_SIZE, WRITE_OPTION, damaged_store, make_engine, open_checked

# What services hold while they work with the store: opaque to them, passed to store/ functions.
UnitOfWork = Connection


def storage_error(exc: DatabaseError, *, writing: bool = False) -> FieldcaseError:
    """The user's words for a database error (the driver's reason, never the SQL or the values in it:
    the engine hides parameters)."""
    reason = str(exc.orig) if exc.orig is not None else ""
    if isinstance(exc, OperationalError):
        if "full" in reason:
            return DiskFull("The disk is full: the change was not saved and the workspace is unchanged. "
                            "Free some space and try again.")
        if writing:
            return FieldcaseError("The store could not be written ({reason}); nothing was changed.", reason=reason)
    return damaged_store(exc)


class Database:
    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = engine

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
        except DatabaseError as exc:  # a damaged page deeper than the first read
            raise storage_error(exc) from None

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A consistent snapshot for reads (one transaction)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except DatabaseError as exc:
            raise storage_error(exc) from None

    @contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        try:
            with self.engine.connect() as plain:
                conn = plain.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    yield conn
        except DatabaseError as exc:
            raise storage_error(exc, writing=True) from None

    def close(self) -> None:
        """Close every connection (the key itself is wiped by the caller that owns it)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
