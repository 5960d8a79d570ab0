"""Read-only queries behind a briefing: the period's records and the counts the document states."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any, cast

from sqlalchemy import Connection, Select, and_, exists, func, null, select

from ..briefing.assemble import PeriodRow
from ..domain.records import CaseRecord
from .models import CaseProvenance
from .tables import ACT, AUDIT, CPERSON, CSOURCE, DEATH, HEAD, PERSON, REV, TAG

PROVENANCE = CaseProvenance.__table__


def period_rows(conn: Connection, first: dt.date, last: dt.date, region: str | None,
                places: bool = True) -> list[PeriodRow]:
    """Every current own record dated in [first, last] (in `region`), with its risk areas. Without `places` the
    exact place is not read (None): only strict redaction uses it, and on PostgreSQL it is sealed, so each one
    read is one decryption (190,000 for a regional six-month window at 1,000,000 records)."""
    scope = [REV.c.date_start >= first, REV.c.date_start <= last,
             ~exists().where(PROVENANCE.c.record_id == REV.c.record_id)]  # own records only (issue 17)
    if region:
        scope.append(REV.c.adm1_pcode == region)
    place = REV.c.place if places else null().label("place")
    query = select(REV.c.id, REV.c.record_id, REV.c.kind, REV.c.info_type, REV.c.date_text, REV.c.adm1_pcode,
                   REV.c.adm1_name, REV.c.adm2_name, place, REV.c.severity, REV.c.verification,
                   REV.c.killed, REV.c.displaced, REV.c.early_warning, REV.c.reprisal, REV.c.country).where(*scope)
    # the window's risk areas in one pass over the same records (not one IN list per 900 ids)
    areas: dict[int, list[str]] = {}
    # a Row unpacks to `object` for mypy: these are (revision id, category) tuples
    for rid, cat in _batched(conn.execute(
            select(TAG.c.revision_id, TAG.c.category).select_from(TAG).join(REV, REV.c.id == TAG.c.revision_id)
            .join(HEAD, HEAD.c.revision_id == REV.c.id).where(*scope, TAG.c.category.like("cca.%")))):
        areas.setdefault(rid, []).append(cat)
    # rows unpacked as tuples, fetched in batches: a Row's attributes and a fetch per row were most of the
    # time of the 190,000 rows of a regional six-month window at 1,000,000 records
    return [PeriodRow(record_id, kind, info_type, date_text, adm1, adm1_name, adm2_name, place, severity,
                      verification, killed or 0, displaced or 0, bool(early), bool(reprisal),
                      tuple(areas.get(rid, ())), country)
            for (rid, record_id, kind, info_type, date_text, adm1, adm1_name, adm2_name, place, severity, verification,
                 killed, displaced, early, reprisal, country)
            in _batched(conn.execute(query.select_from(REV).join(HEAD, HEAD.c.revision_id == REV.c.id)))]


def _batched(result: Any) -> Iterator[tuple[Any, ...]]:
    """A result's rows as tuples, fetched 10,000 at a time (iterating a result fetches one row per call)."""
    for part in result.partitions(10_000):
        yield from part


def _chunks(ids: list[str], size: int = 900) -> list[list[str]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)] or [[]]


# The month (first, last day) and region the ids of the functions below all come from: given, each reads the
# scope's current records in one query and keeps those among the ids, instead of one IN list per 900 ids (a
# regional month at 1,000,000 records holds 55,000 ids: 62 chunks for each of five queries).
Within = tuple[dt.date, dt.date, str | None]


def indicator_ids(conn: Connection, ids: list[str], within: Within | None = None) -> set[str]:
    """Which of the records carry acts (what SDG 16.10.1 counts) or deaths (16.1.2), for the annex's provenance."""
    current = select(REV.c.record_id, REV.c.record_id).join(HEAD, HEAD.c.revision_id == REV.c.id)
    queries = [current.join(ACT, ACT.c.revision_id == REV.c.id), current.join(DEATH, DEATH.c.revision_id == REV.c.id),
               current.where(REV.c.killed > 0)]
    return {record_id for _same, record_id in _pairs(conn, queries, ids, within)}


def latest_people(conn: Connection, person_ids: list[str] | None = None) -> dict[str, tuple[str | None, str, bool]]:
    """person id -> (name, pseudonym, consent to naming), from each person's newest revision."""
    newest = select(PERSON.c.person_id, func.max(PERSON.c.rev).label("rev")).group_by(PERSON.c.person_id)
    if person_ids is not None:
        newest = newest.where(PERSON.c.person_id.in_(person_ids))
    sub = newest.subquery()
    rows = conn.execute(select(PERSON.c.person_id, PERSON.c.name, PERSON.c.pseudonym, PERSON.c.consent_naming)
                        .join(sub, and_(PERSON.c.person_id == sub.c.person_id, PERSON.c.rev == sub.c.rev)))
    return {r.person_id: (r.name, r.pseudonym, bool(r.consent_naming)) for r in rows}


def people_counts(conn: Connection, ids: list[str], within: Within | None = None) -> tuple[int, int]:
    query = (select(REV.c.record_id, CPERSON.c.person_id).join(HEAD, HEAD.c.revision_id == REV.c.id)
             .join(CPERSON, CPERSON.c.revision_id == REV.c.id))
    person_ids = {person for person, _r in _pairs(conn, [query], ids, within)}
    people = latest_people(conn, sorted(person_ids)) if person_ids else {}
    named = sum(1 for name, _p, consent in people.values() if consent and name)
    return len(people) - named, named


def source_count(conn: Connection, ids: list[str], within: Within | None = None) -> int:
    query = (select(REV.c.record_id, CSOURCE.c.source_id).join(HEAD, HEAD.c.revision_id == REV.c.id)
             .join(CSOURCE, CSOURCE.c.revision_id == REV.c.id))
    return len({source for source, _r in _pairs(conn, [query], ids, within)})


def _pairs(conn: Connection, queries: list[Select[Any]], ids: list[str],
           within: Within | None) -> set[tuple[Any, str]]:
    """(second column, record id) of each query's rows whose record (its first column, REV.c.record_id; each
    query joins case_revision and case_head) is among `ids`."""
    found: set[tuple[Any, str]] = set()
    if within is None:
        for query in queries:
            for chunk in _chunks(ids):
                found.update((value, record_id) for record_id, value in cast(Iterable[tuple[str, Any]], conn.execute(
                    query.where(REV.c.record_id.in_(chunk)))))
        return found
    first, last, region = within
    wanted = set(ids)
    for query in queries:
        query = query.where(REV.c.date_start >= first, REV.c.date_start <= last)
        if region:
            query = query.where(REV.c.adm1_pcode == region)
        found.update((value, record_id) for record_id, value in cast(Iterable[tuple[str, Any]], conn.execute(query))
                     if record_id in wanted)
    return found


def country_counts(conn: Connection) -> dict[str, int]:
    """Country code -> number of current records, over the whole workspace."""
    return dict(conn.execute(select(REV.c.country, func.count()).join(HEAD, HEAD.c.revision_id == REV.c.id)
                             .group_by(REV.c.country)).all())


def export_log(conn: Connection) -> list[dict[str, object]]:
    """Every briefing export recorded in the audit log, oldest first."""
    rows = conn.execute(select(AUDIT.c.at, AUDIT.c.actor, AUDIT.c.detail)
                        .where(AUDIT.c.action == "briefing.export").order_by(AUDIT.c.seq)).all()
    return [{"at": r.at, "actor": r.actor, **json.loads(r.detail)} for r in rows]


def cross_border_ids(conn: Connection, ids: list[str]) -> set[str]:
    """Which of these records (current revisions) are flagged as crossing a border (migration 0006)."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.execute(select(REV.c.record_id).join(HEAD, HEAD.c.revision_id == REV.c.id)
                                  .where(REV.c.record_id.in_(chunk), REV.c.cross_border.is_not(None))).scalars())
    return found


def current_records(conn: Connection, record_ids: list[str]) -> dict[str, CaseRecord]:
    """The current revision of each record, read in bulk (the briefing's early-warning and reprisal sections
    read every flagged record of the month; one by one that was most of their time)."""
    from . import revision_batch

    heads: list[int] = []
    for chunk in _chunks(record_ids):
        heads += conn.execute(select(HEAD.c.revision_id).where(HEAD.c.record_id.in_(chunk))).scalars()
    return {r.id or "": r for r in revision_batch.load(conn, heads).values()}
