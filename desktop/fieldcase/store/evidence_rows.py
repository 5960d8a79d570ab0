"""Read-only queries behind an evidence package (services/evidence.py): the audit entries from the first
one that concerns a case to the head of the log, each flagged whether it concerns the case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, false, func, or_, select

from .tables import AUDIT


def _concerns(case_id: str, attachment_ids: Sequence[str], person_ids: Sequence[str],
              source_ids: Sequence[str]) -> Any:
    clauses = [and_(AUDIT.c.entity == "case", AUDIT.c.entity_id == case_id)]
    for entity, ids in (("attachment", attachment_ids), ("person", person_ids), ("source", source_ids)):
        if ids:
            clauses.append(and_(AUDIT.c.entity == entity, AUDIT.c.entity_id.in_(list(ids))))
    return or_(*clauses) if clauses else false()


def case_audit_rows(conn: Connection, case_id: str, attachment_ids: Sequence[str], person_ids: Sequence[str],
                    source_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Every entry from the first that concerns the case to the last, in order, with a `concerns` flag."""
    concerns = _concerns(case_id, attachment_ids, person_ids, source_ids)
    first = conn.execute(select(func.min(AUDIT.c.seq)).where(concerns)).scalar()
    if first is None:
        return []
    result = conn.execution_options(yield_per=5000).execute(
        select(AUDIT, concerns.label("concerns")).where(AUDIT.c.seq >= first).order_by(AUDIT.c.seq))
    return [dict(row._mapping) for row in result]
