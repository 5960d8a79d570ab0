"""Queries of the HQ compartments (hq/compartments.py): which records sit at which level, copying records
into a compartment database, and the rows kept of the records withheld from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Connection, delete, insert, select

from ..domain.records import CaseRecord
from .cases import RevisionWriter
from .hq_models import HqWithheld
from .tables import HEAD, REV

WITHHELD = HqWithheld.__table__


def head_levels(conn: Connection) -> list[tuple[str, str, str, int]]:
    """(record id, kind, confidentiality, revision row id) of every record's current revision."""
    rows = conn.execute(select(HEAD.c.record_id, REV.c.kind, REV.c.confidentiality, REV.c.id)
                        .join(REV, REV.c.id == HEAD.c.revision_id).order_by(HEAD.c.record_id))
    return [(r.record_id, r.kind, r.confidentiality, r.id) for r in rows]


def current_records(conn: Connection, revision_ids: Sequence[int]) -> dict[int, CaseRecord]:
    """The records at these revisions, a batch at a time (store/revision_batch.py: one query per child table)."""
    from . import revision_batch

    return revision_batch.load(conn, revision_ids)


def levels_of(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(HEAD.c.record_id, REV.c.confidentiality)
                            .join(REV, REV.c.id == HEAD.c.revision_id)
                            .where(HEAD.c.record_id.in_(list(ids[i:i + 500]))))
        out.update({r.record_id: r.confidentiality for r in rows})
    return out


def copy_records(conn: Connection, records: Sequence[CaseRecord]) -> None:
    """Write the records as they are (id, revision number, author, time); attachments stay in the HQ store."""
    writer = RevisionWriter(conn)
    for r in records:
        writer.add(replace(r, attachments=()), r.author or "", r.created_at or "")
    writer.write()


def set_withheld(conn: Connection, rows: Sequence[tuple[str, str, str]]) -> None:
    conn.execute(delete(WITHHELD))
    if rows:
        conn.execute(insert(WITHHELD), [{"record_id": i, "kind": k, "confidentiality": c} for i, k, c in rows])


def withheld(conn: Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute(select(WITHHELD.c.record_id, WITHHELD.c.kind, WITHHELD.c.confidentiality)
                        .order_by(WITHHELD.c.record_id))
    return [(r.record_id, r.kind, r.confidentiality) for r in rows]
