"""The gazetteer's rows: replace a country's units, find units by the start of a word of their name or P-code."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, insert, select

from ..domain.places import AdminUnit
from .gazetteer_models import GazetteerUnit

_UNIT = GazetteerUnit.__table__


def replace_country(conn: Connection, country: str, units: Sequence[AdminUnit], search_texts: Sequence[str]) -> None:
    """The country's units become exactly `units` (a newer COD-AB release replaces the older one whole)."""
    conn.execute(delete(_UNIT).where(_UNIT.c.country == country))
    if units:
        conn.execute(insert(_UNIT), [
            {"pcode": u.pcode, "level": u.level, "name": u.name, "name_local": u.name_local,
             "parent_pcode": u.parent_pcode, "country": country, "search_text": t}
            for u, t in zip(units, search_texts, strict=True)])


def find(conn: Connection, *, country: str | None, level: int, parent_pcode: str | None, word_starts: Sequence[str],
         limit: int) -> list[AdminUnit]:
    """Units of `level` whose folded names or P-code have a word starting with each of `word_starts`."""
    query = select(_UNIT).where(_UNIT.c.level == level)
    if country:
        query = query.where(_UNIT.c.country == country)
    if parent_pcode:
        query = query.where(_UNIT.c.parent_pcode == parent_pcode)
    for start in word_starts:
        escaped = start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(_UNIT.c.search_text.like("% " + escaped + "%", escape="\\"))
    rows = conn.execute(query.order_by(_UNIT.c.name).limit(limit)).all()
    return [AdminUnit(r.pcode, r.level, r.name, r.name_local, r.parent_pcode, r.country) for r in rows]


def get(conn: Connection, pcode: str) -> AdminUnit | None:
    r = conn.execute(select(_UNIT).where(_UNIT.c.pcode == pcode)).first()
    return AdminUnit(r.pcode, r.level, r.name, r.name_local, r.parent_pcode, r.country) if r else None


def counts(conn: Connection) -> dict[tuple[str, int], int]:
    """Units per (country, level)."""
    rows = conn.execute(select(_UNIT.c.country, _UNIT.c.level, func.count()).group_by(_UNIT.c.country, _UNIT.c.level))
    return {(str(r[0]), int(r[1])): int(r[2]) for r in rows}
