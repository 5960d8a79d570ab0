"""Purge after receipt (store side): what HQ's acknowledgement covers, and blanking it in place.

A record is covered when every revision of it written here (not received from HQ) is at or below the
revision mark of a package HQ acknowledged; an attachment when a package HQ acknowledged carried it.
Purging a record keeps its revision rows (ids, numbers, authors, times, dates, country and the content
hash; never deleted, so the outbox's high-water marks and the revision ids stay as they were) but blanks
their content, deletes their child rows, the people and sources only it referred to, its full-text row,
its drafts and its head (so it leaves every list and count). The audit log is not touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update

from . import search_index
from .database import UnitOfWork as Connection
from .models import Draft
from .purge_models import Purged
from .sync_models import SyncOutbox, SyncRevisionOrigin, SyncSentAttachment
from .tables import ACT, ATT, CATT, CPERSON, CSOURCE, DEATH, HEAD, PERP, PERSON, REV, SOURCE, TAG, VIOL

PURGED = Purged.__table__
OUTBOX = SyncOutbox.__table__
ORIGIN = SyncRevisionOrigin.__table__
SENT_ATT = SyncSentAttachment.__table__
DRAFT = Draft.__table__

# what a purged revision row keeps: identity, time, date, country, workflow fields and the content hash
BLANKED: dict[str, Any] = {
    "title": "", "narrative": "", "info_type": None, "reported_on": None, "adm1_pcode": None, "adm1_name": None,
    "adm2_pcode": None, "adm2_name": None, "place": None, "lat": None, "lon": None, "coord_precision_m": None,
    "perpetrator_category": None, "perpetrator_status": "unknown", "severity": None, "reprisal": False,
    "early_warning": False, "killed": None, "injured": None, "abducted": None, "displaced": None,
    "participants": None, "conflict_related": None,
}


def purged(conn: Connection, kind: str | None = None) -> list[Any]:
    query = select(PURGED).order_by(PURGED.c.purged_at, PURGED.c.entity_id)
    if kind is not None:
        query = query.where(PURGED.c.kind == kind)
    return list(conn.execute(query))


def is_purged(conn: Connection, kind: str, entity_id: str) -> bool:
    return conn.execute(select(PURGED.c.entity_id).where(PURGED.c.kind == kind,
                                                          PURGED.c.entity_id == entity_id)).first() is not None


def record_coverage(conn: Connection, record_id: str, hq_id: str) -> tuple[str | None, str | None]:
    """(head content hash, when HQ acknowledged it) — None for either when the record is unknown / not
    (wholly) acknowledged yet."""
    head = conn.execute(select(REV.c.id, REV.c.content_hash).join(HEAD, HEAD.c.revision_id == REV.c.id)
                        .where(HEAD.c.record_id == record_id)).first()
    if head is None:
        return None, None
    from_hq = select(ORIGIN.c.revision_id).where(ORIGIN.c.origin == hq_id)
    newest_own = conn.execute(select(func.max(REV.c.id)).where(
        REV.c.record_id == record_id, REV.c.id.not_in(from_hq))).scalar()
    if newest_own is None:  # only HQ's revisions: HQ has them
        return head.content_hash, "received from HQ"
    acked_at = conn.execute(select(func.min(OUTBOX.c.acknowledged_at)).where(
        OUTBOX.c.peer_id == hq_id, OUTBOX.c.acknowledged_at.is_not(None),
        OUTBOX.c.revision_mark >= newest_own)).scalar()
    return head.content_hash, acked_at


def attachment_acknowledged_at(conn: Connection, attachment_id: str, hq_id: str) -> str | None:
    return conn.execute(select(func.min(OUTBOX.c.acknowledged_at))
                        .join(SENT_ATT, SENT_ATT.c.package_id == OUTBOX.c.package_id)
                        .where(SENT_ATT.c.attachment_id == attachment_id, OUTBOX.c.peer_id == hq_id,
                               OUTBOX.c.acknowledged_at.is_not(None))).scalar()


def record_attachments(conn: Connection, record_id: str) -> list[Any]:
    return list(conn.execute(select(ATT).where(ATT.c.id.in_(
        select(CATT.c.attachment_id).join(REV, REV.c.id == CATT.c.revision_id)
        .where(REV.c.record_id == record_id))).order_by(ATT.c.id)))


def attachment(conn: Connection, attachment_id: str) -> Any:
    return conn.execute(select(ATT).where(ATT.c.id == attachment_id)).first()


def acknowledged_heads(conn: Connection, hq_id: str, acknowledged_before: str | None) -> list[str]:
    """Record ids (with a head) wholly acknowledged, optionally before a time (retention)."""
    out = []
    record_ids: list[str] = list(conn.execute(select(HEAD.c.record_id).order_by(HEAD.c.record_id)).scalars())
    for record_id in record_ids:
        _hash, at = record_coverage(conn, record_id, hq_id)
        if at is not None and (acknowledged_before is None or at <= acknowledged_before
                               or at == "received from HQ"):
            out.append(record_id)
    return out


def _only_here(conn: Connection, column: Any, table: Any, rev_ids: Sequence[int]) -> list[str]:
    """Ids in `column` referred to by these revisions and by no revision of another record."""
    mine: set[str] = set(conn.execute(select(column).where(table.c.revision_id.in_(rev_ids))).scalars())
    others: set[str] = set(conn.execute(select(column).where(
        column.in_(mine), table.c.revision_id.not_in(rev_ids))).scalars())
    return sorted(mine - others)


def purge_record(conn: Connection, record_id: str, content_hash: str, now: str) -> dict[str, int]:
    """Blank a record's content in place (see the module docstring); counts of what went."""
    # freed cells and pages are zeroed, so the old content does not linger inside the (encrypted) file
    conn.execute(text("PRAGMA secure_delete = ON"))
    rev_ids: list[int] = list(conn.execute(select(REV.c.id).where(REV.c.record_id == record_id)).scalars())
    people = sorted(set(_only_here(conn, CPERSON.c.person_id, CPERSON, rev_ids))
                    | (set(conn.execute(select(ACT.c.person_id).where(ACT.c.revision_id.in_(rev_ids))).scalars())
                       - set(conn.execute(select(CPERSON.c.person_id).where(
                           CPERSON.c.revision_id.not_in(rev_ids))).scalars())))
    sources = _only_here(conn, CSOURCE.c.source_id, CSOURCE, rev_ids)
    rows = [{"kind": "record", "entity_id": record_id, "content_hash": content_hash, "purged_at": now}]
    rows += [{"kind": "person", "entity_id": p, "content_hash": "", "purged_at": now} for p in people]
    rows += [{"kind": "source", "entity_id": s, "content_hash": "", "purged_at": now} for s in sources]
    conn.execute(insert(PURGED), rows)  # first: the guards let only listed content change
    act_ids: list[int] = list(conn.execute(select(ACT.c.id).where(ACT.c.revision_id.in_(rev_ids))).scalars())
    counts = {"revisions": len(rev_ids), "people": len(people), "sources": len(sources)}
    conn.execute(delete(PERP).where(PERP.c.act_id.in_(act_ids)))
    for table in (ACT, VIOL, TAG, CPERSON, CSOURCE, DEATH, CATT):
        conn.execute(delete(table).where(table.c.revision_id.in_(rev_ids)))
    if people:
        conn.execute(delete(PERSON).where(PERSON.c.person_id.in_(people)))
    if sources:
        conn.execute(delete(SOURCE).where(SOURCE.c.source_id.in_(sources)))
    search_index.reindex(conn, rev_ids, [])  # the record's words leave the search index too
    conn.execute(update(REV).where(REV.c.record_id == record_id).values(**BLANKED))
    conn.execute(delete(HEAD).where(HEAD.c.record_id == record_id))
    conn.execute(delete(DRAFT).where(DRAFT.c.record_id == record_id))
    return counts


def purge_attachment(conn: Connection, attachment_id: str, sha256: str, now: str) -> None:
    """List the attachment as purged and drop its original name (the row keeps id, SHA-256 and size); the
    caller deletes the vault file once this commits."""
    conn.execute(insert(PURGED), [{"kind": "attachment", "entity_id": attachment_id, "content_hash": sha256,
                                   "purged_at": now}])
    conn.execute(update(ATT).where(ATT.c.id == attachment_id).values(original_name=""))
