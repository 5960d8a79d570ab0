"""The SQLCipher engine: raw 256-bit key, WAL, FULL sync, nothing spilled to disk in the clear.

Fail closed: if the loaded driver is not SQLCipher (e.g. a plain sqlite3 build sneaked in), the
store refuses to open rather than writing plaintext.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from ..errors import CorruptWorkspace, InsecureDriver
from .cipher import require_sqlcipher

# SQLCipher 4's default page size: any SQLCipher 4 reader opens the store with the key alone. 16 KiB
# pages were measured (bench/bench_store.py) and gave no faster bulk insert, but slower reads whenever
# the working set exceeds the page cache. The size is recorded in the workspace key file anyway.
DEFAULT_CIPHER_PAGE_SIZE = 4096
# Decrypted pages cached in memory, per connection: up to 256 MiB. They live only in this process,
# never on disk. With SQLCipher every page-cache miss costs a decrypt + HMAC check of a whole page
# (the OS cache only holds ciphertext), so the cache must hold the read working set: at 100,000
# records the case list + full-text search touch ~190 MB, and at 64 MiB searches ran 3-5x slower
# than plain SQLite (bench/bench_store.py). SQLite allocates cache pages only as they are used.
CACHE_KIB = 256 * 1024


def _apply_pragmas(dbapi_conn: Any, encrypted: bool) -> None:
    cur = dbapi_conn.cursor()
    try:
        if encrypted:
            cur.execute("PRAGMA cipher_version")
            row = cur.fetchone()
            require_sqlcipher(row[0] if row else None)
            # SQLCipher would print HMAC failures to stderr; we report errors ourselves, in our words.
            cur.execute("PRAGMA cipher_log_level=NONE")
        # The first read checks the key: a wrong key or foreign file fails here, before any write.
        cur.execute("SELECT count(*) FROM sqlite_master")
        cur.fetchone()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # "saved" means on disk once COMMIT returns
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left with old content
        cur.execute("PRAGMA temp_store=MEMORY")  # sorts and temp tables never touch the disk
        cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cur.execute("PRAGMA busy_timeout=10000")
    finally:
        cur.close()


WRITE_OPTION = "fieldcase_write"  # execution option Database.writing() sets on its connection
# ... and writing(concurrent=True) besides (a PostgreSQL HQ store: the write lock shared, see store/pg.py)
CONCURRENT_OPTION = "fieldcase_concurrent"
READ_OPTION = "fieldcase_read"  # Database.reading(): on PostgreSQL a READ ONLY transaction, ended by COMMIT


def make_engine(path: Path, key: bytearray | None, *, page_size: int = DEFAULT_CIPHER_PAGE_SIZE,
                plaintext_for_benchmark: bool = False) -> Engine:
    """An engine on `path`, keyed with the raw data key.

    `key=None` is only for the benchmark baseline (plain SQLite through the same code); it must be
    asked for explicitly so that no caller can open a store without encryption by accident.
    """
    if key is None:
        if not plaintext_for_benchmark:
            raise InsecureDriver("Refusing to open a store without a key.")
        url = URL.create("sqlite+pysqlite", database=str(path))
        encrypted = False
        # The same SQLite build as the encrypted store (SQLCipher's, without a key: plain pages), so the
        # baseline differs by the encryption alone; Python's own sqlite3 may be older (3.40 here lacks
        # FTS5's contentless_delete, which the search index uses).
        from sqlcipher3 import dbapi2 as same_sqlite
        module: dict[str, Any] = {"module": same_sqlite}
    else:
        # Raw-key syntax x'<64 hex>': SQLCipher uses the key as is (no PBKDF2 per connection).
        url = URL.create("sqlite+pysqlcipher", password=f"x'{bytes(key).hex()}'", database=str(path),
                         query={"cipher_page_size": str(page_size)})
        encrypted = True
        module = {}
    # A pool of separate connections (the dialect's default shares one per thread, which turns any
    # nested use into "transaction within a transaction"); connections may move to worker threads.
    engine = create_engine(url, hide_parameters=True,  # SQL errors never echo case data
                           poolclass=QueuePool, pool_size=4, max_overflow=4,
                           connect_args={"check_same_thread": False}, **module)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        if not encrypted:
            dbapi_conn.execute(f"PRAGMA page_size={page_size}")
        _apply_pragmas(dbapi_conn, encrypted)

    # The driver's own transaction handling skips BEGIN before reads and breaks SAVEPOINTs; SQLAlchemy's
    # documented recipe: switch it off and emit BEGIN ourselves.
    @event.listens_for(engine, "connect", insert=True)
    def _driver_transactions_off(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock at BEGIN (IMMEDIATE): what it reads to decide (the
        # record's current revision, the last audit entry) cannot change before it commits, and a second
        # writer waits (busy_timeout) instead of failing on a stale snapshot.
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def damaged_store(exc: DatabaseError) -> CorruptWorkspace:
    """The words for a page that fails its HMAC check or a file that is not ours, wherever it surfaces."""
    reason = str(exc.orig) if exc.orig is not None else ""
    if "not a database" in reason or "encrypted" in reason or "malformed" in reason:
        return CorruptWorkspace(
            "store.db cannot be decrypted with this workspace's key: it is damaged or belongs to "
            "another workspace. It was left exactly as it is (nothing was repaired or overwritten).")
    return CorruptWorkspace("store.db could not be read ({reason}). It was left untouched.", reason=reason)


def open_checked(engine: Engine) -> None:
    """Open one connection to surface a wrong key, a foreign file or a non-SQLCipher driver now."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if isinstance(exc.orig, InsecureDriver):
            raise exc.orig from None
        raise damaged_store(exc) from None
    except InsecureDriver:
        engine.dispose()
        raise
