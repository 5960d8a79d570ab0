"""Officer risk assessments, action points and mechanism references: append-only revisions.

Each write adds a revision (the newest one is current) and its audit entry in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select

from ..analysis.actions import ActionPoint, MechanismReference
from ..analysis.assessments import OfficerAssessment
from . import audit
from .models import ActionPointRevision, MechanismReferenceRevision, MonthlyNarrative, RiskAssessment

RA = RiskAssessment.__table__
AP = ActionPointRevision.__table__
MR = MechanismReferenceRevision.__table__
MN = MonthlyNarrative.__table__


def _same_region(region: str | None) -> Any:
    return RA.c.adm1_pcode.is_(None) if region is None else RA.c.adm1_pcode == region


# -- risk assessments -------------------------------------------------------------------------------

def add_assessment(conn: Connection, a: OfficerAssessment, action: str, detail: dict[str, Any]) -> OfficerAssessment:
    """Store `a` as the next revision of its (period, area, region); `action` names the audit entry."""
    rev = (conn.execute(select(func.max(RA.c.rev)).where(
        RA.c.period == a.period, RA.c.risk_area == a.risk_area, _same_region(a.region))).scalar() or 0) + 1
    row = {k: v for k, v in asdict(a).items() if k != "region"} | {"adm1_pcode": a.region, "rev": rev}
    conn.execute(insert(RA), [row])
    key = f"{a.period}/{a.risk_area}/{a.region or '*'}"
    audit.append(conn, [audit.AuditEvent(action, "risk_assessment", _short(key), rev, {**detail, "key": key})],
                 actor=a.author, at=a.created_at)
    return replace(a, rev=rev)


def _short(key: str) -> str:
    """Audit entity ids hold 36 characters; longer keys go in by digest (the key itself is in the detail)."""
    return key if len(key) <= 36 else hashlib.sha256(key.encode()).hexdigest()[:36]


def current_assessments(conn: Connection, period: str, region: str | None = None,
                        all_regions: bool = False) -> dict[tuple[str, str | None], OfficerAssessment]:
    """Newest setting per (area, region) for a month: country-wide and, if `all_regions`, every region."""
    query = select(RA).where(RA.c.period == period)
    if not all_regions:
        query = query.where(_same_region(region))
    out: dict[tuple[str, str | None], OfficerAssessment] = {}
    for r in conn.execute(query.order_by(RA.c.rev)):
        out[(r.risk_area, r.adm1_pcode)] = OfficerAssessment(
            period=r.period, risk_area=r.risk_area, region=r.adm1_pcode, rev=r.rev, level=r.level, trend=r.trend,
            rationale=r.rationale, computed_level=r.computed_level, computed_trend=r.computed_trend,
            computed_score=r.computed_score, author=r.author, created_at=r.created_at)
    return out


# -- mechanism references ---------------------------------------------------------------------------

def _reference(r: Any) -> MechanismReference:
    return MechanismReference(ref_id=r.ref_id, mechanism=r.mechanism, symbol=r.symbol, code=r.code, text=r.text,
                              date=r.date.isoformat() if r.date else None, status=r.status, url=r.url, rev=r.rev,
                              author=r.author, created_at=r.created_at,
                              recommending=tuple(json.loads(r.recommending or "[]")),
                              response_date=r.response_date.isoformat() if r.response_date else None,
                              themes=tuple(json.loads(r.themes or "[]")),
                              risk_areas=tuple(json.loads(r.risk_areas or "[]")),
                              sdg_targets=tuple(json.loads(r.sdg_targets or "[]")))


def _reference_row(ref: MechanismReference, rev: int) -> dict[str, Any]:
    row = asdict(ref) | {"rev": rev, "date": dt.date.fromisoformat(ref.date) if ref.date else None,
                         "response_date": dt.date.fromisoformat(ref.response_date) if ref.response_date else None}
    for key in ("recommending", "themes", "risk_areas", "sdg_targets"):
        row[key] = json.dumps(list(getattr(ref, key)), ensure_ascii=False)
    return row


def references(conn: Connection, ref_ids: Sequence[str] | None = None) -> dict[str, MechanismReference]:
    newest = select(MR.c.ref_id, func.max(MR.c.rev).label("rev")).group_by(MR.c.ref_id)
    if ref_ids is not None:
        newest = newest.where(MR.c.ref_id.in_(list(ref_ids)))
    sub = newest.subquery()
    rows = conn.execute(select(MR).join(sub, and_(MR.c.ref_id == sub.c.ref_id, MR.c.rev == sub.c.rev))
                        .order_by(MR.c.ref_id))
    return {r.ref_id: _reference(r) for r in rows}


def add_reference(conn: Connection, ref: MechanismReference) -> MechanismReference:
    rev = (conn.execute(select(func.max(MR.c.rev)).where(MR.c.ref_id == ref.ref_id)).scalar() or 0) + 1
    conn.execute(insert(MR), [_reference_row(ref, rev)])
    audit.append(conn, [audit.AuditEvent("mechanism_reference." + ("create" if rev == 1 else "revise"),
                                         "mechanism_reference", _short(ref.ref_id), rev,
                                         {"ref_id": ref.ref_id, "mechanism": ref.mechanism})],
                 actor=ref.author, at=ref.created_at)
    return replace(ref, rev=rev)


# -- action points ----------------------------------------------------------------------------------

def _action(r: Any) -> ActionPoint:
    return ActionPoint(action_id=r.action_id, title=r.title, owner=r.owner, status=r.status,
                       description=r.description, risk_areas=tuple(r.risk_areas.split()),
                       references=tuple(json.loads(r.mechanism_refs)),
                       due=r.due_date.isoformat() if r.due_date else None, period=r.period, region=r.adm1_pcode,
                       rev=r.rev, author=r.author, created_at=r.created_at, note=r.note or "",
                       effective_on=r.effective_on.isoformat() if r.effective_on else None)


def action_history(conn: Connection, action_id: str) -> list[ActionPoint]:
    """Every revision of one action point, oldest first: its history (opened, status changes, owner, due)."""
    return [_action(r) for r in conn.execute(select(AP).where(AP.c.action_id == action_id).order_by(AP.c.rev))]


def all_action_history(conn: Connection) -> dict[str, list[ActionPoint]]:
    """Every action point's revisions, oldest first (the briefing's follow-up table reads them all)."""
    out: dict[str, list[ActionPoint]] = {}
    for r in conn.execute(select(AP).order_by(AP.c.action_id, AP.c.rev)):
        out.setdefault(r.action_id, []).append(_action(r))
    return out


def actions(conn: Connection) -> list[ActionPoint]:
    """The current revision of every action point, soonest due first (no due date last)."""
    sub = select(AP.c.action_id, func.max(AP.c.rev).label("rev")).group_by(AP.c.action_id).subquery()
    rows = conn.execute(select(AP).join(sub, and_(AP.c.action_id == sub.c.action_id, AP.c.rev == sub.c.rev))
                        .order_by(AP.c.due_date.is_(None), AP.c.due_date, AP.c.created_at))
    return [_action(r) for r in rows]


def action_ids(conn: Connection, prefix: str) -> list[str]:
    return list(conn.execute(select(AP.c.action_id).where(AP.c.action_id.like(prefix + "%"))
                             .distinct().limit(2)).scalars())


def get_action(conn: Connection, action_id: str) -> ActionPoint | None:
    row = conn.execute(select(AP).where(AP.c.action_id == action_id).order_by(AP.c.rev.desc()).limit(1)).first()
    return _action(row) if row else None


def add_action(conn: Connection, action: ActionPoint) -> ActionPoint:
    rev = (conn.execute(select(func.max(AP.c.rev)).where(AP.c.action_id == action.action_id)).scalar() or 0) + 1
    conn.execute(insert(AP), [{
        "action_id": action.action_id, "rev": rev, "title": action.title, "description": action.description,
        "risk_areas": " ".join(action.risk_areas), "mechanism_refs": json.dumps(list(action.references)),
        "owner": action.owner, "due_date": dt.date.fromisoformat(action.due) if action.due else None,
        "status": action.status, "period": action.period, "adm1_pcode": action.region, "author": action.author,
        "created_at": action.created_at, "note": action.note,
        "effective_on": dt.date.fromisoformat(action.effective_on) if action.effective_on else None}])
    audit.append(conn, [audit.AuditEvent("action.create" if rev == 1 else "action.revise", "action_point",
                                         action.action_id, rev, {"status": action.status, "owner": action.owner,
                                                                 "due": action.due,
                                                                 "effective_on": action.effective_on})],
                 actor=action.author, at=action.created_at)
    return replace(action, rev=rev)


# -- the officer's monthly narrative ----------------------------------------------------------------

NARRATIVE_FIELDS = ("opportunities", "mitigating", "outlook", "recommendations")


def narrative(conn: Connection, period: str, region: str | None = None) -> dict[str, Any] | None:
    """The newest revision of a month's narrative (country-wide when region is None), as a dict."""
    row = conn.execute(select(MN).where(MN.c.period == period, MN.c.adm1_pcode == (region or ""))
                       .order_by(MN.c.rev.desc()).limit(1)).first()
    if row is None:
        return None
    return {k: getattr(row, k) for k in (*NARRATIVE_FIELDS, "rev", "author", "created_at")}


def add_narrative(conn: Connection, period: str, region: str | None, fields: dict[str, str], author: str,
                  at: str) -> int:
    key = region or ""
    rev = (conn.execute(select(func.max(MN.c.rev)).where(MN.c.period == period, MN.c.adm1_pcode == key))
           .scalar() or 0) + 1
    conn.execute(insert(MN), [{"period": period, "adm1_pcode": key, "rev": rev, "author": author, "created_at": at,
                               **{k: fields.get(k, "") for k in NARRATIVE_FIELDS}}])
    entity = f"{period}/{key or '*'}"
    audit.append(conn, [audit.AuditEvent("narrative.set", "monthly_narrative", _short(entity), rev,
                                         {"key": entity, "fields": sorted(k for k in NARRATIVE_FIELDS
                                                                          if fields.get(k))})],
                 actor=author, at=at)
    return rev
