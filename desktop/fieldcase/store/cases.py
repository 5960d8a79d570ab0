"""Case records in and out of the store. Writes only append revisions; reads return domain objects."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, and_, exists, func, insert, select, text
from sqlalchemy.dialects.sqlite.base import SQLiteDialect

from ..domain.evolve import evolve
from ..domain.records import (
    Act,
    AttachmentInfo,
    CaseFilter,
    CaseRecord,
    CaseSummary,
    Casualties,
    Consent,
    Deaths,
    Location,
    PartialDate,
    Perpetrator,
    PersonLink,
    RevisionInfo,
    SourceLink,
    Tag,
    content_hash,
)
from ..errors import NotFound
from . import audit, search_index
from .bulk_rows import bound_rows, insert_bound, insert_rows
from .tables import (
    ACT,
    ATT,
    CATT,
    CPERSON,
    CSOURCE,
    DEATH,
    HEAD,
    PERP,
    REV,
    RMR_COLUMNS,
    SEAL,
    SOURCE,
    TAG,
    VIOL,
    has_rmr_columns,
    revision_select,
)
from .tables import PERSON as PERSON  # re-exported: migration 0005 (frozen) reads cases.PERSON


def _person_fields(p: PersonLink) -> dict[str, Any]:
    return {"pseudonym": p.pseudonym, "name": p.name, "sex": p.sex, "age_group": p.age_group,
            "victim_groups": " ".join(p.victim_groups), "cooperated_with_un": p.cooperated_with_un,
            "reprisal_suspected": p.reprisal_suspected, "at_risk": p.at_risk,
            "consent_naming": p.consent.naming, "consent_referral": p.consent.referral,
            "consent_recorded_on": p.consent.recorded_on}


def _source_fields(s: SourceLink) -> dict[str, Any]:
    return {"name": s.name, "type": s.type, "reliability": s.reliability, "connection": s.connection}


def _latest(conn: Connection, table: Any, id_col: str, ids: Sequence[str]) -> dict[str, Any]:
    """Newest revision row of each id (people and sources are few; no head table needed)."""
    out: dict[str, Any] = {}
    col = table.c[id_col]
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        newest = (select(col, func.max(table.c.rev).label("rev")).where(col.in_(chunk))
                  .group_by(col).subquery())
        rows = conn.execute(select(table).join(newest, and_(col == newest.c[id_col],
                                                            table.c.rev == newest.c.rev)))
        out.update({row._mapping[id_col]: row for row in rows})
    return out


@dataclass(frozen=True, slots=True)
class Shaped:
    """What an import worked out for a record before writing it (services/import_prepare.py, in a helper
    process), so that the writer does not work it out again. The hash is used only while the record is stored
    with the ids and attachments it was shaped with (None: worked out here); the search words hold neither."""

    content_hash: str | None
    search: tuple[str, str, str]  # search_index.index_words


Bound = tuple[tuple[str, ...], list[tuple[Any, ...]]]  # column names, rows as SQLite's driver takes them
_SQLITE = SQLiteDialect()  # for the bind processors alone (dates to ISO text, booleans to 0/1): no connection


@dataclass(slots=True)
class NewRecordRows:
    """A new record's rows as `RevisionWriter` would write them on SQLite, less the revision id the store
    assigns: built where the record was shaped (services/import_prepare.py, in a helper process on a large
    import), values already as the driver takes them, so that the importing process only numbers and inserts
    them (`write_new_records`). Only for a record whose own id and every person's and source's id the import
    made up: nothing to look up or revise."""

    record_id: str
    kind: str
    content_hash: str
    person_ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    tables: dict[str, Bound]  # table name -> its rows (the revision without "id", children without "revision_id")


def new_record_rows(record: CaseRecord, digest: str) -> NewRecordRows | None:
    """The rows of `record` (its id, rev 1, author and time set; every person and source with its new id);
    None if a table's rows cannot be bound without a connection (a callable column default)."""
    stamp = {"rev": 1, "author": record.author, "created_at": record.created_at}
    rows: dict[str, list[dict[str, Any]]] = {
        PERSON.name: [{"person_id": p.person_id, **stamp, **_person_fields(p)} for p in record.people],
        SOURCE.name: [{"source_id": s.source_id, **stamp, **_source_fields(s)} for s in record.sources],
        REV.name: [_revision_row(record, digest)], **_child_rows(record)}
    tables: dict[str, Bound] = {}
    for name, found in rows.items():
        if found:
            bound = bound_rows(_BY_NAME[name], found, _SQLITE)
            if bound is None:
                return None
            tables[name] = bound
    return NewRecordRows(record.id or "", record.kind, digest, tuple(p.person_id or "" for p in record.people),
                         tuple(s.source_id or "" for s in record.sources), tables)


def write_new_records(conn: Connection, new: Sequence[NewRecordRows], shaped: Sequence[Shaped], author: str,
                      now: str) -> None:
    """Insert records an import made new (`new_record_rows`; `shaped`: their search words) in the caller's
    SQLite transaction, with what `write_records(..., compact_audit=True)` writes for them: people and sources,
    revisions, child rows, heads, the search index and one `case.create` entry each (naming its people and
    sources). No head is read first: their ids were made up by the import, none is in the store."""
    rev_ids = new_ids(conn, REV, len(new))
    merged: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    for rid, n in zip(rev_ids, new, strict=True):
        for name, (names, rows) in n.tables.items():
            if name in (PERSON.name, SOURCE.name):
                merged.setdefault((name, names), []).extend(rows)
            else:  # the revision (its id) and its children (their revision id)
                key = (name, ("id" if name == REV.name else "revision_id", *names))
                merged.setdefault(key, []).extend((rid, *row) for row in rows)
    for table in (PERSON, SOURCE, REV, *CHILD_TABLES):  # the order RevisionWriter writes them in
        for (name, names), rows in merged.items():
            if name == table.name:
                insert_bound(conn, table, names, rows)
    insert_rows(conn, HEAD, [{"record_id": n.record_id, "revision_id": rid, "kind": n.kind, "created_at": now}
                             for rid, n in zip(rev_ids, new, strict=True)])
    search_index.add(conn, [(rid, *s.search) for rid, s in zip(rev_ids, shaped, strict=True)])
    audit.append(conn, [_case_event(n.record_id, 1, n.kind, n.content_hash, {
        name: [[i, 1] for i in ids] for name, ids in (("people", n.person_ids), ("sources", n.source_ids)) if ids})
        for n in new], actor=author, at=now)


def _case_event(record_id: str, rev: int | None, kind: str, digest: str, brought: dict[str, list[list[Any]]]
                ) -> audit.AuditEvent:
    """A revision's `case.create`/`case.revise` entry: its content hash and, from a bulk import, the people
    and sources it created or revised ([id, rev] pairs; see write_records)."""
    return audit.AuditEvent("case.create" if rev == 1 else "case.revise", "case", record_id, rev,
                            {"kind": kind, "content_hash": digest, **brought})


class _EntityWriter:
    """Shared logic for people and sources: create, or add a revision only when something changed."""

    def __init__(self, conn: Connection, table: Any, id_col: str, entity: str,
                 fresh: AbstractSet[str] = frozenset()) -> None:
        self.conn, self.table, self.id_col, self.entity = conn, table, id_col, entity
        self.fresh = fresh  # ids an import made up for new people/sources: nothing to look up
        self.rows: list[dict[str, Any]] = []
        self.events: list[audit.AuditEvent] = []
        self.pending: dict[str, Any] = {}  # written earlier in this batch, not yet flushed

    def resolve(self, wanted: list[tuple[str | None, dict[str, Any]]], author: str, now: str) -> list[str]:
        existing = self.pending
        unknown = [i for i, _ in wanted if i and i not in existing and i not in self.fresh]
        if unknown:  # most imported people and sources are new: no query
            existing.update(_latest(self.conn, self.table, self.id_col, unknown))
        ids: list[str] = []
        for wanted_id, fields in wanted:
            current = existing.get(wanted_id) if wanted_id else None
            if wanted_id is None or current is None:
                # New: a fresh id, or the stable id another system (or the demo) gave this person.
                entity_id, rev = wanted_id or str(uuid.uuid4()), 1
                existing[entity_id] = _Bumped(rev, fields)
            else:
                entity_id = wanted_id
                if all(current._mapping[k] == v for k, v in fields.items()):
                    ids.append(entity_id)
                    continue
                rev = current.rev + 1
                existing[entity_id] = _Bumped(rev, fields)
            self.rows.append({self.id_col: entity_id, "rev": rev, "author": author, "created_at": now,
                              **fields})
            self.events.append(audit.AuditEvent(f"{self.entity}.{'create' if rev == 1 else 'revise'}",
                                                self.entity, entity_id, rev))
            ids.append(entity_id)
        return ids

    def flush(self) -> None:
        if self.rows:
            insert_rows(self.conn, self.table, self.rows)


class _Bumped:
    """Stands in for a row already revised earlier in the same batch."""

    def __init__(self, rev: int, fields: dict[str, Any]) -> None:
        self.rev, self._mapping = rev, fields


class RevisionWriter:
    """Appends revisions in one go: links each record's people and sources (creating or revising them
    only when they changed), then writes revision rows, child rows, heads and the search index.

    Shared by local edits (`write_records`) and merges of revisions that arrive by sync.
    """

    def __init__(self, conn: Connection, fresh: AbstractSet[str] = frozenset()) -> None:
        self.conn = conn
        self.people = _EntityWriter(conn, PERSON, "person_id", "person", fresh)
        self.sources = _EntityWriter(conn, SOURCE, "source_id", "source", fresh)
        self.records: list[CaseRecord] = []
        self.shaped: list[Shaped | None] = []

    def add(self, record: CaseRecord, author: str, at: str, /, shaped: Shaped | None = None,
            **fields: Any) -> CaseRecord:
        """Queue `record` (its id and rev already set, or given in `fields`, which replace the record's own:
        one copy of the record instead of two); returns it with person and source ids filled in."""
        person_ids = self.people.resolve([(p.person_id, _person_fields(p)) for p in record.people], author, at)
        source_ids = self.sources.resolve([(s.source_id, _source_fields(s)) for s in record.sources], author, at)
        people = tuple(p if p.person_id == i else evolve(p, person_id=i)
                       for p, i in zip(record.people, person_ids, strict=True))
        sources = tuple(s if s.source_id == i else evolve(s, source_id=i)
                        for s, i in zip(record.sources, source_ids, strict=True))
        linked = evolve(  # dataclasses.replace without re-running __init__ (domain/evolve.py): the hot path
            record, people=people, sources=sources, **fields)
        if shaped is not None and not (people == record.people and sources == record.sources
                                       and linked.id == record.id and linked.attachments == record.attachments):
            # not stored with the ids it was shaped with: the hash is worked out again below (the search
            # words hold no id, attachment or who-stored-it: they stay right)
            shaped = Shaped(None, shaped.search)
        self.records.append(linked)
        self.shaped.append(shaped)
        return linked

    @property
    def entity_events(self) -> list[audit.AuditEvent]:
        return self.people.events + self.sources.events

    def write(self) -> tuple[list[int], list[str]]:
        """Write everything queued; returns the new revision ids and content hashes, in order."""
        self.people.flush()
        self.sources.flush()
        hashes = [s.content_hash if s is not None and s.content_hash else content_hash(r)
                  for r, s in zip(self.records, self.shaped, strict=True)]
        # Revision ids are allocated here rather than read back with RETURNING: SQLite cannot promise
        # RETURNING order for a multi-row insert, so SQLAlchemy would fall back to one INSERT per row.
        rev_ids = new_ids(self.conn, REV, len(self.records))
        rows = [{"id": rid, **_revision_row(r, h)} for rid, r, h in zip(rev_ids, self.records, hashes, strict=True)]
        if not has_rmr_columns(self.conn):
            rows = [{k: v for k, v in row.items() if k not in RMR_COLUMNS} for row in rows]
        insert_rows(self.conn, REV, rows)
        _write_children(self.conn, self.records, rev_ids)
        _move_heads(self.conn, self.records, rev_ids,
                    {rid: s.search for rid, s in zip(rev_ids, self.shaped, strict=True) if s is not None})
        return rev_ids, hashes


def new_ids(conn: Connection, table: Any, count: int) -> list[int]:
    """`count` new row ids for `table`, ascending. SQLite: above the largest (the write transaction holds the
    store, so no other writer can take the same). PostgreSQL: from the table's sequence, as concurrent
    imports write side by side there (store/pg.py)."""
    if conn.dialect.name == "postgresql":
        from . import pg

        return pg.next_ids(conn, table.name, count) if count else []
    first_id = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one() + 1
    return list(range(first_id, first_id + count))


def write_records(conn: Connection, records: Sequence[CaseRecord], author: str, now: str,
                  attachments: dict[int, Sequence[str]] | None = None, *, compact_audit: bool = False,
                  shaped: Sequence[Shaped | None] | None = None, fresh_ids: AbstractSet[str] = frozenset()
                  ) -> list[CaseRecord]:
    """Append one revision per record (new records get an id) in the caller's transaction.

    `attachments` maps a record's position to attachment ids linked to this revision (the ids of
    the previous revision are kept unless the record lists its attachments explicitly).
    Each revision gets its `case.create`/`case.revise` audit entry with its content hash. The people and
    sources it creates or revises get an entry each, or with `compact_audit` (bulk imports) are named in
    the case entry instead (`people`/`sources`: [id, rev] pairs): the content hash already covers their
    ids and fields, and one entry a record instead of three is a third of the audit log's size and time.
    `shaped` (imports): per record, its hash and search words worked out already; `fresh_ids`: the person
    and source ids the import made up for new ones (never in the store: not looked up).
    Returns the records as stored (with id, rev, author, time).
    """
    heads = heads_of(conn, [r.id for r in records if r.id])
    writer = RevisionWriter(conn, fresh_ids)
    brought: list[dict[str, Any]] = []  # compact_audit: the people and sources each revision created or revised
    for index, record in enumerate(records):
        people_before, sources_before = len(writer.people.events), len(writer.sources.events)
        record_id = record.id or str(uuid.uuid4())
        prev = heads.get(record_id)
        rev = prev[1] + 1 if prev else 1
        heads[record_id] = (None, rev)  # the same id twice in one batch makes two revisions
        att = tuple(record.attachments)
        if attachments and index in attachments:
            att = att + tuple(_attachment_infos(conn, attachments[index]))
        writer.add(record, author, now, shaped[index] if shaped else None, id=record_id, rev=rev, author=author,
                   created_at=now, attachments=att)
        if compact_audit:
            brought.append({name: [[e.entity_id, e.entity_rev] for e in events[start:]]
                            for name, events, start in (("people", writer.people.events, people_before),
                                                        ("sources", writer.sources.events, sources_before))
                            if len(events) > start})
    _rev_ids, hashes = writer.write()
    case_events = [_case_event(r.id or "", r.rev, r.kind, h, brought[i] if compact_audit else {})
                   for i, (r, h) in enumerate(zip(writer.records, hashes, strict=True))]
    audit.append(conn, case_events if compact_audit else writer.entity_events + case_events, actor=author, at=now)
    return writer.records


def heads_of(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[int | None, int]]:
    out: dict[str, tuple[int | None, int]] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        rows = conn.execute(select(HEAD.c.record_id, REV.c.id, REV.c.rev)
                            .join(REV, REV.c.id == HEAD.c.revision_id).where(HEAD.c.record_id.in_(chunk)))
        out.update({r.record_id: (r.id, r.rev) for r in rows})
    return out


def _revision_row(r: CaseRecord, digest: str) -> dict[str, Any]:
    loc, cas = r.location, r.casualties
    return {
        "record_id": r.id, "rev": r.rev, "kind": r.kind, "author": r.author, "created_at": r.created_at,
        "content_hash": digest, "title": r.title, "narrative": r.narrative, "info_type": r.info_type,
        "date_start": r.date.first_day,
        "date_end": (r.date_end or r.date).last_day, "date_precision": r.date.precision,
        "date_text": r.date.text, "date_end_text": r.date_end.text if r.date_end else None,
        "reported_on": r.reported_on, "country": loc.country, "adm1_pcode": loc.adm1_pcode,
        "adm1_name": loc.adm1_name, "adm2_pcode": loc.adm2_pcode, "adm2_name": loc.adm2_name,
        "place": loc.place, "lat": loc.lat, "lon": loc.lon, "coord_precision_m": loc.coord_precision_m,
        "perpetrator_category": r.perpetrator_category, "perpetrator_status": r.perpetrator_status,
        "severity": r.severity, "verification": r.verification, "status": r.status,
        "confidentiality": r.confidentiality, "reprisal": r.reprisal, "early_warning": r.early_warning,
        "cross_border": r.cross_border, "early_action": r.early_action or None,
        "killed": cas.killed, "injured": cas.injured, "abducted": cas.abducted, "displaced": cas.displaced,
        "participants": r.participants, "conflict_related": r.conflict_related,
    }


def _victim_ids(r: CaseRecord) -> dict[str, str]:
    """Pseudonym -> person id of the record's people (a victim first, if two share a pseudonym)."""
    out: dict[str, str] = {}
    for p in sorted(r.people, key=lambda p: p.role != "victim"):
        if p.person_id:
            out.setdefault(p.pseudonym, p.person_id)
    return out


def _act_rows(conn: Connection, stored: Sequence[CaseRecord], rev_ids: Sequence[int]) -> tuple[list[dict[str, Any]],
                                                                                             list[dict[str, Any]]]:
    """The acts and perpetrators of the revisions, each act's victim resolved to a person id."""
    acts: list[dict[str, Any]] = []
    perps: list[dict[str, Any]] = []
    if not any(r.acts for r in stored):
        return acts, perps
    # Ids allocated here, as for revisions, so perpetrators can point at their act in one insert.
    ids = iter(new_ids(conn, ACT, sum(len(r.acts) for r in stored)))
    for r, rid in zip(stored, rev_ids, strict=True):
        if not r.acts:
            continue
        victims = _victim_ids(r)
        for position, a in enumerate(r.acts):
            person_id = victims.get(a.victim)
            if person_id is None:
                raise NotFound("Act {act_number} of record {record_id} names the victim {victim!r}, who is not "
                               "one of the record's people.", act_number=position + 1, record_id=r.id, victim=a.victim)
            next_id = next(ids)
            acts.append({"id": next_id, "revision_id": rid, "position": position, "person_id": person_id,
                         "act_type": a.act_type, "linked_to_work": a.linked_to_work,
                         "state_due_diligence_failure": a.state_due_diligence_failure,
                         "due_diligence_rationale": a.due_diligence_rationale, "fate_concealed": a.fate_concealed,
                         "sdg_override": a.sdg_override, "override_rationale": a.override_rationale})
            perps += [{"act_id": next_id, "position": i, "status": p.status, "category": p.category}
                      for i, p in enumerate(a.perpetrators)]
    return acts, perps


# A revision's child tables, in the order they are written (the acts and their perpetrators come after).
CHILD_TABLES = (VIOL, TAG, CPERSON, CSOURCE, DEATH, CATT)
_BY_NAME = {table.name: table for table in (PERSON, SOURCE, REV, *CHILD_TABLES)}


def _child_rows(r: CaseRecord) -> dict[str, list[dict[str, Any]]]:
    """The revision's rows in each child table (by table name), without their revision id."""
    rows: dict[str, list[dict[str, Any]]] = {
        VIOL.name: [{"violation_type": v} for v in r.violation_types],
        TAG.name: [{"framework_id": t.framework_id, "framework_version": t.framework_version,
                    "category": t.category, "rationale": t.rationale} for t in r.risk_tags],
        CPERSON.name: [{"person_id": p.person_id, "role": p.role, "act_linked_to_work": False} for p in r.people],
        CSOURCE.name: [{"source_id": s.source_id, "credibility": s.credibility} for s in r.sources],
        DEATH.name: [{"count": d.count, "sex": d.sex, "age_group": d.age_group, "cause": d.cause,
                      "status": d.status} for d in r.deaths],
        CATT.name: [{"attachment_id": a.id} for a in r.attachments],
    }
    return {name: found for name, found in rows.items() if found}


def _write_children(conn: Connection, stored: Sequence[CaseRecord], rev_ids: Sequence[int]) -> None:
    children: dict[str, list[dict[str, Any]]] = {}
    for r, rid in zip(stored, rev_ids, strict=True):
        for name, rows in _child_rows(r).items():
            children.setdefault(name, []).extend({"revision_id": rid, **row} for row in rows)
    for table in CHILD_TABLES:
        if children.get(table.name):
            insert_rows(conn, table, children[table.name])
    acts, perps = _act_rows(conn, stored, rev_ids)
    for table, rows in ((ACT, acts), (PERP, perps)):
        if rows:
            insert_rows(conn, table, rows)


def _move_heads(conn: Connection, stored: Sequence[CaseRecord], rev_ids: Sequence[int],
                worked_out: dict[int, tuple[str, str, str]] | None = None) -> None:
    """Point each record's head at its newest revision and re-index it for full-text search."""
    newest: dict[str, tuple[int, CaseRecord]] = {}
    for r, rid in zip(stored, rev_ids, strict=True):
        newest[r.id or ""] = (rid, r)
    if conn.dialect.name == "postgresql":  # no search index to re-point there: one upsert, no read first
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        upsert = pg_insert(HEAD)
        conn.execute(upsert.on_conflict_do_update(index_elements=[HEAD.c.record_id],
                                                  set_={"revision_id": upsert.excluded.revision_id}),
                     [{"record_id": rec_id, "revision_id": rid, "kind": r.kind, "created_at": r.created_at}
                      for rec_id, (rid, r) in newest.items()])
        return
    old = heads_of(conn, list(newest))
    updates = [{"rid": rid, "rec": rec_id} for rec_id, (rid, _r) in newest.items() if rec_id in old]
    if updates:
        conn.execute(text("UPDATE case_head SET revision_id = :rid WHERE record_id = :rec"), updates)
    inserts = [{"record_id": rec_id, "revision_id": rid, "kind": r.kind, "created_at": r.created_at}
               for rec_id, (rid, r) in newest.items() if rec_id not in old]
    if inserts:
        insert_rows(conn, HEAD, inserts)
    if conn.dialect.name == "sqlite":  # the FTS5 index; a PostgreSQL HQ store has none (its texts are sealed)
        search_index.reindex(conn, [old[i][0] or 0 for i in newest if i in old], list(newest.values()), worked_out)


def _attachment_infos(conn: Connection, ids: Sequence[str]) -> list[AttachmentInfo]:
    rows = conn.execute(select(ATT).where(ATT.c.id.in_(list(ids)))).all()
    found = {r.id: r for r in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound("No attachment with id {attachment_id} in this workspace.", attachment_id=missing[0])
    return [_attachment_info(found[i]) for i in ids]


def _attachment_info(r: Any) -> AttachmentInfo:
    return AttachmentInfo(id=r.id, sha256=r.sha256, size=r.size, media_type=r.media_type,
                          original_name=r.original_name, added_at=r.added_at, added_by=r.added_by)


# -- reading --------------------------------------------------------------------------------------

def resolve_id(conn: Connection, prefix: str) -> str:
    """Accept a full id or an unambiguous prefix of at least 6 characters (as `git` does)."""
    prefix = prefix.strip().lower()
    if not re.fullmatch(r"[0-9a-f-]{6,36}", prefix):
        raise NotFound("{prefix!r} is not a record id (give the id or at least its first 6 characters).", prefix=prefix)
    if len(prefix) == 36 and conn.execute(select(HEAD.c.record_id).where(HEAD.c.record_id == prefix)).first():
        # a whole id (the briefing reads each key incident so): the primary key, not a LIKE scan, which
        # PostgreSQL cannot answer from the index outside the C collation (0.25 s a record at 1M records)
        return prefix
    found: list[str] = list(conn.execute(
        select(HEAD.c.record_id).where(HEAD.c.record_id.like(prefix + "%")).limit(2)).scalars())
    if not found:
        raise NotFound("No record with id {prefix} in this workspace.", prefix=prefix)
    if len(found) > 1:
        raise NotFound("The id prefix {prefix} matches several records; give more characters.", prefix=prefix)
    return found[0]


def get_record(conn: Connection, record_id: str, rev: int | None = None) -> CaseRecord:
    query = revision_select(conn)
    if rev is None:
        query = query.join(HEAD, HEAD.c.revision_id == REV.c.id).where(HEAD.c.record_id == record_id)
    else:
        query = query.where(REV.c.record_id == record_id, REV.c.rev == rev)
    row = conn.execute(query).first()
    if row is None:
        raise (NotFound("No record with id {record_id} at revision {rev}.", record_id=record_id, rev=rev) if rev
               else NotFound("No record with id {record_id}.", record_id=record_id))
    return _record_from_row(conn, row)


def _record_from_row(conn: Connection, row: Any) -> CaseRecord:
    rid = row.id
    people_links = conn.execute(select(CPERSON).where(CPERSON.c.revision_id == rid).order_by(CPERSON.c.id)).all()
    persons = _persons_as_of(conn, [p.person_id for p in people_links], row.created_at)
    source_links = conn.execute(select(CSOURCE).where(CSOURCE.c.revision_id == rid)).all()
    srcs = _latest(conn, SOURCE, "source_id", [s.source_id for s in source_links])
    return CaseRecord(
        id=row.record_id, rev=row.rev, author=row.author, created_at=row.created_at, kind=row.kind,
        info_type=row.info_type, title=row.title, narrative=row.narrative,
        date=PartialDate(row.date_text),
        date_end=PartialDate(row.date_end_text) if row.date_end_text else None,
        reported_on=row.reported_on,
        location=Location(country=row.country, adm1_pcode=row.adm1_pcode, adm1_name=row.adm1_name,
                          adm2_pcode=row.adm2_pcode, adm2_name=row.adm2_name, place=row.place, lat=row.lat,
                          lon=row.lon, coord_precision_m=row.coord_precision_m),
        violation_types=tuple(conn.execute(select(VIOL.c.violation_type).where(VIOL.c.revision_id == rid)
                                           .order_by(VIOL.c.violation_type)).scalars()),
        perpetrator_category=row.perpetrator_category, perpetrator_status=row.perpetrator_status,
        severity=row.severity, verification=row.verification, status=row.status,
        confidentiality=row.confidentiality, reprisal=row.reprisal, early_warning=row.early_warning,
        cross_border=getattr(row, "cross_border", None), early_action=getattr(row, "early_action", None) or "",
        casualties=Casualties(row.killed, row.injured, row.abducted, row.displaced),
        deaths=tuple(Deaths(d._mapping["count"], d.sex, d.age_group, d.cause, d.status) for d in conn.execute(
            select(DEATH).where(DEATH.c.revision_id == rid).order_by(DEATH.c.id))),
        conflict_related=row.conflict_related, participants=row.participants,
        people=tuple(_person_link(link, persons[link.person_id]) for link in people_links),
        acts=_acts(conn, rid, persons),
        sources=tuple(SourceLink(name=srcs[s.source_id].name, reliability=srcs[s.source_id].reliability,
                                 credibility=s.credibility, source_id=s.source_id, type=srcs[s.source_id].type,
                                 connection=srcs[s.source_id].connection) for s in source_links),
        risk_tags=tuple(Tag(t.category, t.rationale, t.framework_id, t.framework_version) for t in conn.execute(
            select(TAG).where(TAG.c.revision_id == rid).order_by(TAG.c.id))),
        attachments=tuple(_attachment_info(a) for a in conn.execute(
            select(ATT).join(CATT, CATT.c.attachment_id == ATT.c.id).where(CATT.c.revision_id == rid)
            .order_by(ATT.c.added_at))),
    )


def _persons_as_of(conn: Connection, ids: Sequence[str], at: str) -> dict[str, Any]:
    """Each person as they were when the case revision was written (their later edits don't leak back)."""
    out: dict[str, Any] = {}
    for pid in set(ids):
        row = conn.execute(select(PERSON).where(PERSON.c.person_id == pid, PERSON.c.created_at <= at)
                           .order_by(PERSON.c.rev.desc()).limit(1)).first()
        out[pid] = row or conn.execute(select(PERSON).where(PERSON.c.person_id == pid)
                                       .order_by(PERSON.c.rev).limit(1)).first()
    return out


def _acts(conn: Connection, rid: int, persons: dict[str, Any]) -> tuple[Act, ...]:
    rows = conn.execute(select(ACT).where(ACT.c.revision_id == rid).order_by(ACT.c.position)).all()
    if not rows:
        return ()
    perps: dict[int, list[Any]] = {}
    for p in conn.execute(select(PERP).where(PERP.c.act_id.in_([a.id for a in rows]))
                          .order_by(PERP.c.act_id, PERP.c.position)):
        perps.setdefault(p.act_id, []).append(p)
    return tuple(act_from_row(a, perps.get(a.id, ()), persons) for a in rows)


def act_from_row(a: Any, perps: Sequence[Any], persons: dict[str, Any]) -> Act:
    """An act as stored; its victim shown by the pseudonym the person had in that revision."""
    person = persons.get(a.person_id)
    return Act(
        victim=person.pseudonym if person is not None else a.person_id, act_type=a.act_type,
        perpetrators=tuple(Perpetrator(p.status, p.category) for p in perps),
        linked_to_work=bool(a.linked_to_work), state_due_diligence_failure=(
            None if a.state_due_diligence_failure is None else bool(a.state_due_diligence_failure)),
        due_diligence_rationale=a.due_diligence_rationale, fate_concealed=bool(a.fate_concealed),
        sdg_override=a.sdg_override, override_rationale=a.override_rationale)


def _person_link(link: Any, p: Any) -> PersonLink:
    return PersonLink(
        role=link.role, pseudonym=p.pseudonym, person_id=link.person_id, name=p.name, sex=p.sex,
        age_group=p.age_group, victim_groups=tuple(p.victim_groups.split()) if p.victim_groups else (),
        cooperated_with_un=p.cooperated_with_un,
        reprisal_suspected=p.reprisal_suspected, at_risk=p.at_risk,
        consent=Consent(p.consent_naming, p.consent_referral, p.consent_recorded_on),
    )


def history(conn: Connection, record_id: str) -> list[RevisionInfo]:
    rows = conn.execute(select(REV.c.rev, REV.c.author, REV.c.created_at, REV.c.content_hash)
                        .where(REV.c.record_id == record_id).order_by(REV.c.rev)).all()
    if not rows:
        raise NotFound("No record with id {record_id}.", record_id=record_id)
    return [RevisionInfo(r.rev, r.author, r.created_at, r.content_hash) for r in rows]


def _filtered(f: CaseFilter) -> Any:
    query = select(REV).join(HEAD, HEAD.c.revision_id == REV.c.id)
    if f.search and (q := search_index.match_query(f.search, with_names=f.search_names)):
        query = query.where(REV.c.id.in_(text("SELECT rowid FROM case_search WHERE case_search MATCH :q")
                                         .bindparams(q=q).columns(REV.c.id)))
    if f.kind:
        query = query.where(REV.c.kind == f.kind)
    if f.date_from:
        query = query.where(REV.c.date_end >= f.date_from)
    if f.date_to:
        query = query.where(REV.c.date_start <= f.date_to)
    if f.adm1_pcode:
        query = query.where(REV.c.adm1_pcode == f.adm1_pcode)
    if f.verification:
        query = query.where(REV.c.verification == f.verification)
    if f.risk_area:
        query = query.where(exists().where(TAG.c.revision_id == REV.c.id, TAG.c.category == f.risk_area))
    if f.violation_type:
        query = query.where(exists().where(VIOL.c.revision_id == REV.c.id,
                                           VIOL.c.violation_type == f.violation_type))
    return query


SORTABLE = {"date": REV.c.date_start, "title": REV.c.title, "severity": REV.c.severity,
            "verification": REV.c.verification, "kind": REV.c.kind, "region": REV.c.adm1_name,
            "status": REV.c.status}


def list_cases(conn: Connection, f: CaseFilter, *, limit: int = 100, offset: int = 0,
               sort: str = "date", descending: bool = True) -> list[CaseSummary]:
    column = SORTABLE.get(sort, REV.c.date_start)
    order = [column.desc() if descending else column.asc(), REV.c.id.desc()]
    query = _filtered(f).with_only_columns(
        REV.c.id, REV.c.record_id, REV.c.rev, REV.c.kind, REV.c.title, REV.c.date_text, REV.c.adm1_name,
        REV.c.adm2_name, REV.c.place, REV.c.severity, REV.c.verification, REV.c.status,
    ).order_by(*order).limit(limit).offset(offset)
    rows = conn.execute(query).all()
    areas: dict[int, list[str]] = {}
    if rows:
        # a Row unpacks to `object` for mypy: these are (revision id, category) tuples
        for rid, cat in cast(Iterable[tuple[int, str]], conn.execute(select(TAG.c.revision_id, TAG.c.category).where(
                TAG.c.revision_id.in_([r.id for r in rows]), TAG.c.category.like("cca.%")))):
            areas.setdefault(rid, []).append(cat)
    return [CaseSummary(r.record_id, r.rev, r.kind, r.title, r.date_text, r.adm1_name, r.adm2_name, r.place,
                        r.severity, r.verification, r.status, tuple(areas.get(r.id, ()))) for r in rows]


def count_cases(conn: Connection, f: CaseFilter) -> int:
    return conn.execute(select(func.count()).select_from(_filtered(f).subquery())).scalar_one()


def attachment_blob(conn: Connection, attachment_id: str) -> tuple[AttachmentInfo, str]:
    """An attachment's metadata and the id of its encrypted blob in the vault."""
    row = conn.execute(select(ATT).where(ATT.c.id == attachment_id)).first()
    if row is None:
        raise NotFound("No attachment with id {attachment_id}.", attachment_id=attachment_id)
    return _attachment_info(row), row.blob_id


def add_attachment_row(conn: Connection, row: dict[str, Any], sealed_to: Sequence[str] = (),
                       pieces: Sequence[str] = (), piece_size: int = 0) -> None:
    """The attachment's metadata; `sealed_to`: the further age recipients its blob is encrypted to, and
    `pieces` the SHA-256 of each `piece_size` slice of the blob's ciphertext."""
    conn.execute(insert(ATT), [row])
    if sealed_to:
        conn.execute(insert(SEAL), [{"blob_id": row["blob_id"], "recipients": json.dumps(sorted(sealed_to)),
                                     "piece_size": piece_size, "pieces": json.dumps(list(pieces))}])


def facets(conn: Connection) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """What the case list can filter by: regions (P-code, name), violation types and countries in use."""
    regions = conn.execute(
        select(REV.c.adm1_pcode, func.max(REV.c.adm1_name)).join(HEAD, HEAD.c.revision_id == REV.c.id)
        .where(REV.c.adm1_pcode.is_not(None)).group_by(REV.c.adm1_pcode).order_by(func.max(REV.c.adm1_name))).all()
    violations: Sequence[str] = conn.execute(
        select(VIOL.c.violation_type).join(HEAD, HEAD.c.revision_id == VIOL.c.revision_id).distinct()
        .order_by(VIOL.c.violation_type)).scalars().all()
    countries: Sequence[str] = conn.execute(
        select(REV.c.country).join(HEAD, HEAD.c.revision_id == REV.c.id).group_by(REV.c.country)
        .order_by(func.count().desc())).scalars().all()
    return [(r[0], r[1] or r[0]) for r in regions], list(violations), list(countries)
