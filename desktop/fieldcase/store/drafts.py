"""Autosaved drafts: replaced on every save of the editor, deleted when the record is stored."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .models import Draft

T = Draft.__table__


def save(conn: Connection, draft_id: str, record_id: str | None, kind: str, payload: dict[str, Any],
         now: str) -> None:
    row = {"id": draft_id, "record_id": record_id, "kind": kind, "updated_at": now,
           "payload": json.dumps(payload, ensure_ascii=False)}
    stmt = sqlite_insert(T).values(row)
    conn.execute(stmt.on_conflict_do_update(index_elements=[T.c.id], set_={
        "payload": stmt.excluded.payload, "updated_at": stmt.excluded.updated_at, "kind": stmt.excluded.kind}))


def load(conn: Connection, draft_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(T.c.payload).where(T.c.id == draft_id)).scalar()
    return json.loads(row) if row else None


def list_all(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(T).order_by(T.c.updated_at.desc())).all()
    return [{"id": r.id, "record_id": r.record_id, "kind": r.kind, "updated_at": r.updated_at,
             "payload": json.loads(r.payload)} for r in rows]


def discard(conn: Connection, draft_id: str) -> None:
    conn.execute(delete(T).where(T.c.id == draft_id))
