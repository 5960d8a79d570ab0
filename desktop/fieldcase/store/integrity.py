"""The page-by-page integrity pass: SQLCipher's `PRAGMA cipher_integrity_check` reads every page of
store.db and checks its HMAC (a flipped byte anywhere fails it), then SQLite's `quick_check` reads the
b-trees those pages form. The first is what finds damage in pages no query happens to touch.

It runs on a connection of its own, so it can run beside the officer's work and be interrupted on lock.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

_PAGE = re.compile(r"page (\d+)")


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    bad_pages: tuple[int, ...] = ()  # pages whose HMAC failed
    structure_problems: int = 0  # b-tree problems quick_check found (none counted when pages are bad)
    cancelled: bool = False


class IntegrityPass:
    """One run of the check; `cancel()` from another thread stops it at the next page."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Any = None
        self._lock = threading.Lock()
        self._cancelled = False

    def run(self) -> IntegrityReport:
        raw = self._engine.raw_connection()
        with self._lock:
            if self._cancelled:
                raw.close()
                return IntegrityReport(False, cancelled=True)
            self._conn = raw.driver_connection
        try:
            bad = tuple(sorted({int(m.group(1)) for row in _rows(raw, "PRAGMA cipher_integrity_check")
                                for m in [_PAGE.search(str(row[0]))] if m}))
            structure = 0
            if not bad:
                rows = _rows(raw, "PRAGMA quick_check")
                structure = 0 if [tuple(r) for r in rows] == [("ok",)] else len(rows)
            return IntegrityReport(not bad and not structure, bad, structure)
        except DatabaseError:
            if self._cancelled:
                return IntegrityReport(False, cancelled=True)
            raise
        except Exception as exc:  # the driver's own error class (interrupted, or a page it cannot read)
            if self._cancelled or "interrupt" in str(exc):
                return IntegrityReport(False, cancelled=True)
            return IntegrityReport(False, structure_problems=1)
        finally:
            with self._lock:
                self._conn = None
            raw.close()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def _rows(raw: Any, pragma: str) -> list[Any]:
    cur = raw.cursor()
    try:
        cur.execute(pragma)
        return list(cur.fetchall())
    finally:
        cur.close()
