"""Read-only queries behind a briefing: the period's records and the counts the document states."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import cast

from sqlalchemy import Connection, and_, exists, func, select

from ..briefing.assemble import PeriodRow
from ..domain.records import CaseRecord
from .models import CaseProvenance
from .tables import ACT, AUDIT, CPERSON, CSOURCE, DEATH, HEAD, PERSON, REV, TAG

PROVENANCE = CaseProvenance.__table__


def period_rows(conn: Connection, first: dt.date, last: dt.date, region: str | None) -> list[PeriodRow]:
    query = (select(REV.c.id, REV.c.record_id, REV.c.kind, REV.c.info_type, REV.c.date_text, REV.c.adm1_pcode,
                    REV.c.adm1_name, REV.c.adm2_name, REV.c.place, REV.c.severity, REV.c.verification,
                    REV.c.killed, REV.c.displaced, REV.c.early_warning, REV.c.reprisal, REV.c.country)
             .join(HEAD, HEAD.c.revision_id == REV.c.id)
             .where(REV.c.date_start >= first, REV.c.date_start <= last)
             .where(~exists().where(PROVENANCE.c.record_id == REV.c.record_id)))  # own records only (issue 17)
    if region:
        query = query.where(REV.c.adm1_pcode == region)
    rows = conn.execute(query).all()
    areas: dict[int, list[str]] = {}
    ids = [r.id for r in rows]
    for i in range(0, len(ids), 900):
        # a Row unpacks to `object` for mypy: these are (revision id, category) tuples
        for rid, cat in cast(Iterable[tuple[int, str]], conn.execute(select(TAG.c.revision_id, TAG.c.category).where(
                TAG.c.revision_id.in_(ids[i:i + 900]), TAG.c.category.like("cca.%")))):
            areas.setdefault(rid, []).append(cat)
    out = []
    for r in rows:
        out.append(PeriodRow(r.record_id, r.kind, r.info_type, r.date_text, r.adm1_pcode, r.adm1_name,
                             r.adm2_name, r.place, r.severity, r.verification, r.killed or 0, r.displaced or 0,
                             bool(r.early_warning), bool(r.reprisal), tuple(areas.get(r.id, ())), r.country))
    return out


def _chunks(ids: list[str], size: int = 900) -> list[list[str]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)] or [[]]


def indicator_ids(conn: Connection, ids: list[str]) -> set[str]:
    """Which of the records carry acts (what SDG 16.10.1 counts) or deaths (16.1.2), for the annex's provenance."""
    out: set[str] = set()
    current = select(REV.c.record_id).join(HEAD, HEAD.c.revision_id == REV.c.id)
    for chunk in _chunks(ids):
        out.update(conn.execute(current.join(ACT, ACT.c.revision_id == REV.c.id).where(
            REV.c.record_id.in_(chunk))).scalars())
        out.update(conn.execute(current.join(DEATH, DEATH.c.revision_id == REV.c.id).where(
            REV.c.record_id.in_(chunk))).scalars())
        out.update(conn.execute(current.where(REV.c.record_id.in_(chunk), REV.c.killed > 0)).scalars())
    return out


def latest_people(conn: Connection, person_ids: list[str] | None = None) -> dict[str, tuple[str | None, str, bool]]:
    """person id -> (name, pseudonym, consent to naming), from each person's newest revision."""
    newest = select(PERSON.c.person_id, func.max(PERSON.c.rev).label("rev")).group_by(PERSON.c.person_id)
    if person_ids is not None:
        newest = newest.where(PERSON.c.person_id.in_(person_ids))
    sub = newest.subquery()
    rows = conn.execute(select(PERSON.c.person_id, PERSON.c.name, PERSON.c.pseudonym, PERSON.c.consent_naming)
                        .join(sub, and_(PERSON.c.person_id == sub.c.person_id, PERSON.c.rev == sub.c.rev)))
    return {r.person_id: (r.name, r.pseudonym, bool(r.consent_naming)) for r in rows}


def people_counts(conn: Connection, ids: list[str]) -> tuple[int, int]:
    person_ids: set[str] = set()
    for chunk in _chunks(ids):
        person_ids.update(conn.execute(
            select(CPERSON.c.person_id).join(HEAD, HEAD.c.revision_id == CPERSON.c.revision_id)
            .where(HEAD.c.record_id.in_(chunk))).scalars())
    people = latest_people(conn, sorted(person_ids)) if person_ids else {}
    named = sum(1 for name, _p, consent in people.values() if consent and name)
    return len(people) - named, named


def source_count(conn: Connection, ids: list[str]) -> int:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.execute(
            select(CSOURCE.c.source_id).join(HEAD, HEAD.c.revision_id == CSOURCE.c.revision_id)
            .where(HEAD.c.record_id.in_(chunk))).scalars())
    return len(found)


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
