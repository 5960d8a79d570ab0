"""Many revisions at once, as the same `CaseRecord`s `cases.get_record(conn, id, rev)` returns.

`get_record` runs about eight queries per revision, which dominates packing 10,000 changed
records; this reads a batch with one query per child table. The rules are the same: people as they
were when the revision was written (their newest revision at or before it, else their first),
sources as they are now, children in the same order. A test compares both on the demo data.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, Connection, any_, bindparam, func, select

from ..domain.records import (
    CaseRecord,
    Casualties,
    Deaths,
    Location,
    PartialDate,
    SourceLink,
    Tag,
)
from . import cases
from .tables import ACT, ATT, CATT, CPERSON, CSOURCE, DEATH, PERP, PERSON, REV, SOURCE, TAG, VIOL, revision_select

CHUNK = 1000


def _group(conn: Connection, query: Any, key: str) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = defaultdict(list)
    for row in conn.execute(query):
        out[getattr(row, key)].append(row)
    return out


def _people(conn: Connection, person_ids: set[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    ids = sorted(person_ids)
    for i in range(0, len(ids), CHUNK):
        for row in conn.execute(select(PERSON).where(PERSON.c.person_id.in_(ids[i:i + CHUNK]))
                                .order_by(PERSON.c.person_id, PERSON.c.rev)):
            out[row.person_id].append(row)
    return out


def _person_as_of(revisions: list[Any], at: str) -> Any:
    earlier = [r for r in revisions if r.created_at <= at]
    return earlier[-1] if earlier else revisions[0]


def load(conn: Connection, revision_ids: Sequence[int]) -> dict[int, CaseRecord]:
    out: dict[int, CaseRecord] = {}
    for i in range(0, len(revision_ids), CHUNK):
        out.update(_load(conn, list(revision_ids[i:i + CHUNK])))
    return out


def _among(conn: Connection, column: Any, ids: Sequence[Any]) -> Any:
    """`column IN (ids)` with ONE bound parameter (a JSON array read by SQLite's json_each): SQLAlchemy's
    expanding IN coerces every value on every execution, which was a fifth of this module's time.
    On PostgreSQL (an HQ store) the list is bound as one array: `column = ANY(:ids)`."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(column.type)))
    values = func.json_each(json.dumps(list(ids))).table_valued("value")
    return column.in_(select(values.c.value))


def _load(conn: Connection, ids: list[int]) -> dict[int, CaseRecord]:
    rows = list(conn.execute(revision_select(conn).where(_among(conn, REV.c.id, ids))))
    viol = _group(conn, select(VIOL).where(_among(conn, VIOL.c.revision_id, ids)).order_by(VIOL.c.revision_id,
                                                                                    VIOL.c.violation_type),
                  "revision_id")
    tags = _group(conn, select(TAG).where(_among(conn, TAG.c.revision_id, ids)).order_by(TAG.c.id), "revision_id")
    deaths = _group(conn, select(DEATH).where(_among(conn, DEATH.c.revision_id, ids)).order_by(DEATH.c.id),
                    "revision_id")
    links = _group(conn, select(CPERSON).where(_among(conn, CPERSON.c.revision_id, ids)).order_by(CPERSON.c.id),
                   "revision_id")
    src_links = _group(conn, select(CSOURCE).where(_among(conn, CSOURCE.c.revision_id, ids))
                       .order_by(CSOURCE.c.revision_id, CSOURCE.c.source_id), "revision_id")
    atts = _group(conn, select(ATT, CATT.c.revision_id).join(CATT, CATT.c.attachment_id == ATT.c.id)
                  .where(_among(conn, CATT.c.revision_id, ids)).order_by(ATT.c.added_at), "revision_id")
    acts = _group(conn, select(ACT).where(_among(conn, ACT.c.revision_id, ids)).order_by(ACT.c.revision_id,
                                                                                  ACT.c.position), "revision_id")
    act_ids = [a.id for group in acts.values() for a in group]
    perps = _group(conn, select(PERP).where(_among(conn, PERP.c.act_id, act_ids))
                   .order_by(PERP.c.act_id, PERP.c.position), "act_id") if act_ids else {}
    people = _people(conn, {p.person_id for group in links.values() for p in group})
    sources = cases._latest(conn, SOURCE, "source_id",
                            sorted({s.source_id for group in src_links.values() for s in group}))
    out: dict[int, CaseRecord] = {}
    for row in rows:
        rid = row.id
        persons = {link.person_id: _person_as_of(people[link.person_id], row.created_at)
                   for link in links.get(rid, ())}
        out[rid] = CaseRecord(
            id=row.record_id, rev=row.rev, author=row.author, created_at=row.created_at, kind=row.kind,
            info_type=row.info_type, title=row.title, narrative=row.narrative, date=PartialDate(row.date_text),
            date_end=PartialDate(row.date_end_text) if row.date_end_text else None, reported_on=row.reported_on,
            location=Location(country=row.country, adm1_pcode=row.adm1_pcode, adm1_name=row.adm1_name,
                              adm2_pcode=row.adm2_pcode, adm2_name=row.adm2_name, place=row.place, lat=row.lat,
                              lon=row.lon, coord_precision_m=row.coord_precision_m),
            violation_types=tuple(v.violation_type for v in viol.get(rid, ())),
            perpetrator_category=row.perpetrator_category, perpetrator_status=row.perpetrator_status,
            severity=row.severity, verification=row.verification, status=row.status,
            confidentiality=row.confidentiality, reprisal=row.reprisal, early_warning=row.early_warning,
            cross_border=getattr(row, "cross_border", None), early_action=getattr(row, "early_action", None) or "",
            casualties=Casualties(row.killed, row.injured, row.abducted, row.displaced),
            deaths=tuple(Deaths(d.count, d.sex, d.age_group, d.cause, d.status) for d in deaths.get(rid, ())),
            conflict_related=row.conflict_related, participants=row.participants,
            people=tuple(cases._person_link(link, persons[link.person_id]) for link in links.get(rid, ())),
            acts=tuple(cases.act_from_row(a, perps.get(a.id, ()), persons) for a in acts.get(rid, ())),
            sources=tuple(SourceLink(name=sources[s.source_id].name, reliability=sources[s.source_id].reliability,
                                     credibility=s.credibility, source_id=s.source_id,
                                     type=sources[s.source_id].type, connection=sources[s.source_id].connection)
                          for s in src_links.get(rid, ())),
            risk_tags=tuple(Tag(t.category, t.rationale, t.framework_id, t.framework_version)
                            for t in tags.get(rid, ())),
            attachments=tuple(cases._attachment_info(a) for a in atts.get(rid, ())),
        )
    return out
