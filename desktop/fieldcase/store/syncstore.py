"""Sync bookkeeping in the store (both sides), and merging revisions that come from a peer.

Merged revisions keep their author and time; they get the next *local* revision number (so HQ's own
edits and every officer's edits of one record can live side by side), and `sync_revision_origin`
keeps (origin, record id, origin revision) as the idempotency key together with the item's SHA-256.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, Select, and_, func, insert, select, update

from ..domain.records import CaseRecord
from . import audit, cases
from . import conflicts as conflict_rows
from .sync_models import (
    SyncDocument,
    SyncDocumentSent,
    SyncOutbox,
    SyncOutboxBlob,
    SyncPeer,
    SyncReceived,
    SyncRemoteAudit,
    SyncRevisionOrigin,
    SyncSentAttachment,
    SyncTarget,
    SyncUpload,
)
from .tables import ATT, AUDIT, CATT, HEAD, REV, SEAL

PEER = SyncPeer.__table__
OUTBOX = SyncOutbox.__table__
OUTBOX_BLOB = SyncOutboxBlob.__table__
UPLOAD = SyncUpload.__table__
SENT_ATT = SyncSentAttachment.__table__
RECEIVED = SyncReceived.__table__
ORIGIN = SyncRevisionOrigin.__table__
RAUDIT = SyncRemoteAudit.__table__
DOC = SyncDocument.__table__
DOC_SENT = SyncDocumentSent.__table__
TARGET = SyncTarget.__table__


# -- peers ----------------------------------------------------------------------------------------

def peer(conn: Connection, peer_id: str) -> Any:
    return conn.execute(select(PEER).where(PEER.c.peer_id == peer_id)).first()


def peers(conn: Connection, role: str) -> list[Any]:
    # sorted here: on PostgreSQL the name is sealed (store/sealed.py), so the server cannot order by it
    return sorted(conn.execute(select(PEER).where(PEER.c.role == role)), key=lambda p: (p.name, p.peer_id))


def upsert_peer(conn: Connection, row: dict[str, Any]) -> None:
    if peer(conn, row["peer_id"]) is None:
        conn.execute(insert(PEER), [{"in_sequence": 0, "out_sequence": 0, "keyset_version": 0, **row}])
    else:
        conn.execute(update(PEER).where(PEER.c.peer_id == row["peer_id"]).values(
            **{k: v for k, v in row.items() if k != "peer_id"}))


def hq_recipients(conn: Connection) -> list[str]:
    """HQ's current age recipients at an enrolled officer's workspace (none elsewhere)."""
    rows = peers(conn, "hq")
    return list(json.loads(rows[0].recipients)) if rows else []


def set_peer(conn: Connection, peer_id: str, **values: Any) -> None:
    conn.execute(update(PEER).where(PEER.c.peer_id == peer_id).values(**values))


# -- outbox ---------------------------------------------------------------------------------------

def outbox(conn: Connection, peer_id: str | None = None) -> list[Any]:
    query = select(OUTBOX).order_by(OUTBOX.c.peer_id, OUTBOX.c.sequence)
    if peer_id is not None:
        query = query.where(OUTBOX.c.peer_id == peer_id)
    return list(conn.execute(query))


def last_marks(conn: Connection, peer_id: str) -> tuple[int, int]:
    row = conn.execute(select(func.max(OUTBOX.c.revision_mark), func.max(OUTBOX.c.audit_mark))
                       .where(OUTBOX.c.peer_id == peer_id)).first()
    return (row[0] or 0, row[1] or 0) if row else (0, 0)


def add_outbox(conn: Connection, row: dict[str, Any], attachment_ids: Sequence[str],
               blobs: Sequence[dict[str, Any]] = ()) -> None:
    """A built package, the attachments it carries, and their ciphertext files (`sync_outbox_blob` rows
    without package_id; `pieces` a list)."""
    conn.execute(insert(OUTBOX), [row])
    if attachment_ids:
        conn.execute(insert(SENT_ATT), [{"attachment_id": a, "package_id": row["package_id"]}
                                        for a in attachment_ids])
    if blobs:
        conn.execute(insert(OUTBOX_BLOB), [{**b, "package_id": row["package_id"], "pieces": json.dumps(b["pieces"])}
                                           for b in blobs])


def outbox_blobs(conn: Connection, package_id: str | None = None) -> list[Any]:
    """Ciphertext files sent beside packages (all of them, or one package's), `pieces` decoded."""
    query = select(OUTBOX_BLOB).order_by(OUTBOX_BLOB.c.package_id, OUTBOX_BLOB.c.attachment_id)
    if package_id is not None:
        query = query.where(OUTBOX_BLOB.c.package_id == package_id)
    return [replace_row(r, pieces=json.loads(r.pieces)) for r in conn.execute(query)]


@dataclass(frozen=True)
class Seal:
    recipients: tuple[str, ...]  # besides the workspace's own
    piece_size: int
    pieces: list[str]  # SHA-256 of each piece of the ciphertext, taken when it was written


def seals(conn: Connection, blob_ids: Sequence[str]) -> dict[str, Seal]:
    """Blob id -> what it was sealed to at intake (blobs sealed to nobody else are absent)."""
    out: dict[str, Seal] = {}
    ids = sorted(set(blob_ids))
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(SEAL).where(SEAL.c.blob_id.in_(ids[i:i + 500]))):
            out[r.blob_id] = Seal(tuple(json.loads(r.recipients)), r.piece_size, json.loads(r.pieces))
    return out


def replace_row(row: Any, **values: Any) -> Any:
    """A row as a simple namespace with some values replaced."""
    from types import SimpleNamespace

    return SimpleNamespace(**{**row._asdict(), **values})


def uploaded(conn: Connection, target: str) -> set[str]:
    return set(conn.execute(select(UPLOAD.c.package_id).where(UPLOAD.c.target == target)).scalars())


def mark_uploaded(conn: Connection, package_id: str, target: str, now: str) -> None:
    if conn.execute(select(UPLOAD.c.package_id).where(UPLOAD.c.package_id == package_id,
                                                      UPLOAD.c.target == target)).first() is None:
        conn.execute(insert(UPLOAD), [{"package_id": package_id, "target": target, "uploaded_at": now}])


def acknowledge(conn: Connection, package_id: str, manifest_sha256: str, now: str) -> bool:
    result = conn.execute(update(OUTBOX).where(
        OUTBOX.c.package_id == package_id, OUTBOX.c.manifest_sha256 == manifest_sha256,
        OUTBOX.c.acknowledged_at.is_(None)).values(acknowledged_at=now))
    return bool(result.rowcount)


def acknowledged_mark(conn: Connection, peer_id: str) -> int:
    return conn.execute(select(func.max(OUTBOX.c.revision_mark)).where(
        OUTBOX.c.peer_id == peer_id, OUTBOX.c.acknowledged_at.is_not(None))).scalar() or 0


# -- what to send ---------------------------------------------------------------------------------

def own_revisions(conn: Connection, after_id: int, *, upto_id: int | None = None,
                  records_of: str | None = None) -> list[Any]:
    """Revisions written here (not merged from a peer) with id > after_id, oldest first.

    `records_of`: only records whose first revision came from that peer (HQ replying to one officer).
    """
    query = (select(REV.c.id, REV.c.record_id, REV.c.rev, REV.c.content_hash).where(REV.c.id > after_id)
             .where(~select(ORIGIN.c.revision_id).where(ORIGIN.c.revision_id == REV.c.id).exists())
             .order_by(REV.c.id))
    if upto_id is not None:
        query = query.where(REV.c.id <= upto_id)
    if records_of is not None:
        query = query.where(REV.c.record_id.in_(records_from(records_of)))
    return list(conn.execute(query))


def records_from(origin: str) -> Select[Any]:
    """A query of the ids of the records whose revisions came from `origin` (a peer)."""
    return select(ORIGIN.c.record_id).where(ORIGIN.c.origin == origin)


def max_revision_id(conn: Connection) -> int:
    return conn.execute(select(func.max(REV.c.id))).scalar() or 0


def audit_entries(conn: Connection, after_seq: int) -> Iterator[Any]:
    yield from conn.execution_options(yield_per=2000).execute(
        select(AUDIT).where(AUDIT.c.seq > after_seq).order_by(AUDIT.c.seq))


def max_audit_seq(conn: Connection) -> int:
    return conn.execute(select(func.max(AUDIT.c.seq))).scalar() or 0


def unsent_attachments(conn: Connection, revision_ids: Sequence[int]) -> dict[int, list[Any]]:
    """Attachments linked to these revisions and never packed, by the first revision that links them."""
    out: dict[int, list[Any]] = {}
    seen: set[str] = set()
    ids = sorted(revision_ids)
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(ATT, CATT.c.revision_id).join(CATT, CATT.c.attachment_id == ATT.c.id)
                            .where(CATT.c.revision_id.in_(ids[i:i + 500]))
                            .where(~select(SENT_ATT.c.attachment_id)
                                   .where(SENT_ATT.c.attachment_id == ATT.c.id).exists())
                            .order_by(CATT.c.revision_id, ATT.c.added_at))
        for row in rows:
            if row.id not in seen:
                seen.add(row.id)
                out.setdefault(row.revision_id, []).append(row)
    return out


def bases(conn: Connection, rows: Sequence[Any], own_id: str) -> dict[int, dict[str, Any] | None]:
    """`base_of` for many revisions (rows with id, record_id, rev) at once."""
    origins: dict[tuple[str, int], dict[str, Any]] = {}
    record_ids = sorted({r.record_id for r in rows})
    for i in range(0, len(record_ids), 500):
        for o in conn.execute(select(REV.c.record_id, REV.c.rev, ORIGIN.c.origin, ORIGIN.c.origin_rev)
                              .join(ORIGIN, ORIGIN.c.revision_id == REV.c.id)
                              .where(REV.c.record_id.in_(record_ids[i:i + 500]))):
            origins[(o.record_id, o.rev)] = {"origin": o.origin, "rev": o.origin_rev}
    return {r.id: None if r.rev <= 1 else origins.get((r.record_id, r.rev - 1),
                                                      {"origin": own_id, "rev": r.rev - 1}) for r in rows}


def merge_parents(conn: Connection, rows: Sequence[Any], own_id: str) -> dict[int, dict[str, Any]]:
    """The second parent of the revisions (rows with id, record_id, rev) that resolved a sync conflict here,
    as (origin, origin revision) like `base_of`: the receiver sees the resolution covers both sides."""
    out: dict[int, dict[str, Any]] = {}
    record_ids = sorted({r.record_id for r in rows})
    wanted = {(r.record_id, r.rev): r.id for r in rows}
    for i in range(0, len(record_ids), 500):
        chunk = record_ids[i:i + 500]
        resolved = [c for c in conn.execute(select(conflict_rows.CONFLICT).where(
            conflict_rows.CONFLICT.c.status == "resolved", conflict_rows.CONFLICT.c.record_id.in_(chunk)))
            if (c.record_id, c.resolved_rev) in wanted]
        if not resolved:
            continue
        origins = {(o.record_id, o.rev): {"origin": o.origin, "rev": o.origin_rev} for o in conn.execute(
            select(REV.c.record_id, REV.c.rev, ORIGIN.c.origin, ORIGIN.c.origin_rev)
            .join(ORIGIN, ORIGIN.c.revision_id == REV.c.id).where(REV.c.record_id.in_(chunk)))}
        for c in resolved:
            other = c.local_rev if c.resolved_rev - 1 != c.local_rev else c.incoming_rev
            out[wanted[(c.record_id, c.resolved_rev)]] = origins.get((c.record_id, other),
                                                                     {"origin": own_id, "rev": other})
    return out


# -- received -------------------------------------------------------------------------------------

def received(conn: Connection, package_id: str) -> Any:
    return conn.execute(select(RECEIVED).where(RECEIVED.c.package_id == package_id)).first()


def received_files(conn: Connection) -> set[str]:
    return set(conn.execute(select(RECEIVED.c.file_name)).scalars())


def add_received(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(insert(RECEIVED), [row])


def remote_audit_head(conn: Connection, origin: str) -> tuple[int, str]:
    row = conn.execute(select(RAUDIT.c.seq, RAUDIT.c.hash).where(RAUDIT.c.origin == origin)
                       .order_by(RAUDIT.c.seq.desc()).limit(1)).first()
    return (row.seq, row.hash) if row else (0, audit.GENESIS)


def add_remote_audit(conn: Connection, origin: str, entries: Sequence[dict[str, Any]]) -> None:
    if entries:
        conn.execute(insert(RAUDIT), [{"origin": origin, **e} for e in entries])


# -- merging revisions from a peer ----------------------------------------------------------------

@dataclass(frozen=True)
class Incoming:
    record: CaseRecord  # with author and created_at of the origin; rev is the origin's number
    origin: str
    base: dict[str, Any] | None
    item_sha256: str
    merges: dict[str, Any] | None = None  # a conflict resolution's second parent (origin, origin revision)


@dataclass(frozen=True)
class MergeResult:
    added: int
    duplicates: int
    conflicts: list[str]  # human-readable, one per problem
    new_records: int = 0  # records this store did not hold before


def known_origins(conn: Connection, origin: str, record_ids: Sequence[str]) -> dict[tuple[str, int], str]:
    out: dict[tuple[str, int], str] = {}
    ids = sorted(set(record_ids))
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(ORIGIN.c.record_id, ORIGIN.c.origin_rev, ORIGIN.c.item_sha256).where(
            ORIGIN.c.origin == origin, ORIGIN.c.record_id.in_(ids[i:i + 500])))
        out.update({(r.record_id, r.origin_rev): r.item_sha256 for r in rows})
    return out


def _local_rev_of(conn: Connection, record_id: str, base: dict[str, Any] | None, own_id: str,
                  batch: dict[tuple[str, str, int], int]) -> int | None:
    if base is None:
        return None
    if base["origin"] == own_id:
        return int(base["rev"])
    if (record_id, base["origin"], int(base["rev"])) in batch:
        return batch[(record_id, base["origin"], int(base["rev"]))]
    row = conn.execute(select(REV.c.rev).join(ORIGIN, ORIGIN.c.revision_id == REV.c.id).where(
        ORIGIN.c.origin == base["origin"], ORIGIN.c.record_id == record_id,
        ORIGIN.c.origin_rev == base["rev"])).first()
    return row.rev if row else -1


def merge(conn: Connection, incoming: Sequence[Incoming], *, own_id: str, package_id: str, actor: str,
          now: str) -> MergeResult:
    """Append the incoming revisions that are new here, in the caller's transaction.

    The same (origin, record, origin revision) again with the same item hash is skipped; with a
    different hash it is reported and not stored. A revision made on top of something other than
    the current head here (both sides edited) is stored too, becomes the head, and is reported.
    """
    by_origin: dict[str, list[Incoming]] = {}
    for item in incoming:
        by_origin.setdefault(item.origin, []).append(item)
    known: dict[tuple[str, str, int], str] = {}
    for origin, items in by_origin.items():
        for (rid, rev), digest in known_origins(conn, origin, [i.record.id or "" for i in items]).items():
            known[(origin, rid, rev)] = digest
    fresh: list[Incoming] = []
    duplicates, conflicts = 0, []
    seen: set[tuple[str, str, int]] = set()
    for item in incoming:
        key = (item.origin, item.record.id or "", item.record.rev or 0)
        if key in known or key in seen:
            if key in seen or known[key] == item.item_sha256:
                duplicates += 1
            else:
                conflicts.append(f"record {key[1]} revision {key[2]} from {item.origin} arrived again with "
                                 "different content; the first version was kept")
            continue
        seen.add(key)
        fresh.append(item)
    if not fresh:
        return MergeResult(0, duplicates, conflicts)

    touched = {i.record.id or "" for i in fresh}
    heads = cases.heads_of(conn, sorted(touched))
    new_records = len(touched - set(heads))
    writer = cases.RevisionWriter(conn)
    batch: dict[tuple[str, str, int], int] = {}
    open_conflicts = conflict_rows.open_for(conn, sorted(heads))
    new_conflicts: list[dict[str, Any]] = []
    for item in fresh:
        r = item.record
        record_id = r.id or ""
        head = heads.get(record_id)
        head_rev = head[1] if head else 0
        base_local = _local_rev_of(conn, record_id, item.base, own_id, batch)
        second = _local_rev_of(conn, record_id, item.merges, own_id, batch) if item.merges else None
        parents = {base_local, second}
        if head and head_rev not in parents:
            conflicts.append(f"record {record_id} was edited on both sides; revision {r.rev} by {r.author} "
                             f"is kept next to local revision {head_rev} (it is now the current one)")
            new_conflicts.append({"record_id": record_id, "local_rev": head_rev, "incoming_rev": head_rev + 1,
                                  "base_rev": base_local if base_local and base_local > 0 else None,
                                  "origin": item.origin, "origin_rev": r.rev, "package_id": package_id,
                                  "detected_at": now})
        elif head:
            _follow_open_conflicts(conn, open_conflicts.get(record_id, ()), new_conflicts, item, r, record_id,
                                   head_rev, parents, now)
        heads[record_id] = (None, head_rev + 1)
        batch[(record_id, item.origin, r.rev or 0)] = head_rev + 1
        writer.add(replace(r, rev=head_rev + 1), r.author or "", r.created_at or now)
    rev_ids, hashes = writer.write()
    stored = writer.records
    conn.execute(insert(ORIGIN), [
        {"revision_id": rid, "record_id": item.record.id, "origin": item.origin, "origin_rev": item.record.rev,
         "item_sha256": item.item_sha256, "package_id": package_id}
        for rid, item in zip(rev_ids, fresh, strict=True)])
    audit.append(conn, writer.entity_events + [
        audit.AuditEvent("case.merge", "case", r.id or "", r.rev,
                         {"origin": item.origin, "origin_rev": item.record.rev, "author": r.author,
                          "content_hash": h, "package": package_id})
        for r, h, item in zip(stored, hashes, fresh, strict=True)], actor=actor, at=now)
    conflict_rows.add(conn, new_conflicts)
    return MergeResult(len(fresh), duplicates, conflicts, new_records)


def _follow_open_conflicts(conn: Connection, stored_open: Sequence[Any], new_open: list[dict[str, Any]],
                           item: Incoming, r: CaseRecord, record_id: str, head_rev: int, parents: set[int | None],
                           now: str) -> None:
    """An incoming revision made on top of the head: if it resolves an open conflict of this record (the
    other side resolved it: both parents named), close it here too; if it continues the incoming side of
    one (the same peer edited again), that is now the conflict's "theirs"."""
    for row in stored_open:
        if row.status != "open":
            continue
        if {row.local_rev, row.incoming_rev} <= parents:
            conflict_rows.close(conn, row.id, head_rev + 1, r.author or item.origin, r.created_at or now)
        elif row.incoming_rev == head_rev and row.origin == item.origin:
            conflict_rows.advance(conn, row.id, head_rev + 1, r.rev or 0)
    for pending in new_open:  # found earlier in this same merge
        if pending["record_id"] == record_id and pending["incoming_rev"] == head_rev \
                and pending["origin"] == item.origin:
            pending.update(incoming_rev=head_rev + 1, origin_rev=r.rev)


def attachment_exists(conn: Connection, attachment_id: str) -> Any:
    return conn.execute(select(ATT.c.id, ATT.c.sha256).where(ATT.c.id == attachment_id)).first()


# -- documents, targets ---------------------------------------------------------------------------

def add_document(conn: Connection, row: dict[str, Any]) -> bool:
    if conn.execute(select(DOC.c.doc_id).where(DOC.c.doc_id == row["doc_id"])).first() is not None:
        return False
    conn.execute(insert(DOC), [row])
    return True


def documents_to_send(conn: Connection, own_id: str, peer_id: str) -> list[Any]:
    return list(conn.execute(select(DOC).where(
        DOC.c.origin == own_id, (DOC.c.peer_id.is_(None)) | (DOC.c.peer_id == peer_id),
        ~select(DOC_SENT.c.doc_id).where(and_(DOC_SENT.c.doc_id == DOC.c.doc_id,
                                              DOC_SENT.c.peer_id == peer_id)).exists()).order_by(DOC.c.created_at)))


def mark_documents_sent(conn: Connection, doc_ids: Sequence[str], peer_id: str, package_id: str) -> None:
    if doc_ids:
        conn.execute(insert(DOC_SENT), [{"doc_id": d, "peer_id": peer_id, "package_id": package_id}
                                        for d in doc_ids])


def received_documents(conn: Connection, own_id: str) -> list[Any]:
    return list(conn.execute(select(DOC).where(DOC.c.origin != own_id).order_by(DOC.c.created_at)))


def targets(conn: Connection) -> list[Any]:
    return list(conn.execute(select(TARGET).order_by(TARGET.c.name)))


def target(conn: Connection, name: str) -> Any:
    return conn.execute(select(TARGET).where(TARGET.c.name == name)).first()


def add_target(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(TARGET.delete().where(TARGET.c.name == row["name"]))
    conn.execute(insert(TARGET), [row])


def head_revision_id(conn: Connection, record_id: str) -> int | None:
    """The row id of the record's current revision (what the outbox marks compare against)."""
    return conn.execute(select(HEAD.c.revision_id).where(HEAD.c.record_id == record_id)).scalar()


def sent_mark(conn: Connection, peer_id: str) -> int:
    """The highest revision mark packed for `peer_id` so far (0 if none)."""
    return conn.execute(select(func.max(OUTBOX.c.revision_mark)).where(OUTBOX.c.peer_id == peer_id)).scalar() or 0
