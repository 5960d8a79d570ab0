"""Sync conflicts in the store (both sides): recorded by the merge, listed, and closed by a resolution."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from .conflict_models import SyncConflict

CONFLICT = SyncConflict.__table__


def add(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(CONFLICT), [{"status": "open", **r} for r in rows])


def open_for(conn: Connection, record_ids: Sequence[str]) -> dict[str, list[Any]]:
    """Open conflicts of these records, oldest first, by record id."""
    out: dict[str, list[Any]] = {}
    ids = sorted(set(record_ids))
    for i in range(0, len(ids), 500):
        for row in conn.execute(select(CONFLICT).where(CONFLICT.c.status == "open",
                                                       CONFLICT.c.record_id.in_(ids[i:i + 500]))
                                .order_by(CONFLICT.c.id)):
            out.setdefault(row.record_id, []).append(row)
    return out


def advance(conn: Connection, conflict_id: int, incoming_rev: int, origin_rev: int) -> None:
    """A later revision from the same peer continues the incoming side: it is what "theirs" now means."""
    conn.execute(update(CONFLICT).where(CONFLICT.c.id == conflict_id, CONFLICT.c.status == "open")
                 .values(incoming_rev=incoming_rev, origin_rev=origin_rev))


def listing(conn: Connection, *, status: str | None = "open", record_id: str | None = None) -> list[Any]:
    query = select(CONFLICT).order_by(CONFLICT.c.id)
    if status is not None:
        query = query.where(CONFLICT.c.status == status)
    if record_id is not None:
        query = query.where(CONFLICT.c.record_id == record_id)
    return list(conn.execute(query))


def get(conn: Connection, conflict_id: int) -> Any:
    return conn.execute(select(CONFLICT).where(CONFLICT.c.id == conflict_id)).first()


def count_open(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(CONFLICT).where(CONFLICT.c.status == "open")).scalar() or 0


def close(conn: Connection, conflict_id: int, resolved_rev: int, by: str, at: str) -> bool:
    """Mark the conflict resolved by revision `resolved_rev`; False if it was no longer open."""
    result = conn.execute(update(CONFLICT).where(CONFLICT.c.id == conflict_id, CONFLICT.c.status == "open")
                          .values(status="resolved", resolved_rev=resolved_rev, resolved_by=by, resolved_at=at))
    return bool(result.rowcount)


def resolutions(conn: Connection, record_id: str) -> dict[int, Any]:
    """Resolved conflicts of a record by the revision that resolved them (for its history: both parents)."""
    return {r.resolved_rev: r for r in conn.execute(select(CONFLICT).where(
        CONFLICT.c.record_id == record_id, CONFLICT.c.status == "resolved"))}
