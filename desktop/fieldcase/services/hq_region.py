"""Regional groupings at HQ and the regional review over them (`fieldcase hq region`, `hq brief --region`).

A regional review (the RMR's unit) covers several countries and the dynamics across their borders, where an
officer's briefing covers one country and its admin-1 regions. HQ names each grouping once in its settings
(the encrypted store's meta table): a name, and the countries' ISO 3166-1 alpha-3 codes with their names.
`hq brief --region NAME` then briefs that grouping: per-country risk matrices (last month beside this month),
a regional summary, and the incidents and signals flagged cross-border (the records' `cross_border` field).
A --region that is not a grouping keeps its old meaning: one admin-1 P-code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import FieldcaseError
from ..hq.store import HqStore
from ..store import audit, keyvalue
from ..workspace import utc_now

META_GROUPINGS = "hq.regional_groupings"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$")
_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Grouping:
    name: str
    countries: tuple[tuple[str, str], ...]  # (ISO3 code, name)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _name in self.countries)


def parse_countries(text: str) -> tuple[tuple[str, str], ...]:
    """`XTV:Tarvessa,XTW:Morvane` (names optional) -> ((code, name), ...)."""
    out: list[tuple[str, str]] = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        code, _, name = part.partition(":")
        code = code.strip().upper()
        if not _CODE.match(code):
            raise FieldcaseError("Each country must be an ISO 3166-1 alpha-3 code (e.g. XTV), optionally with "
                                 "a name after a colon (XTV:Tarvessa).")
        out.append((code, name.strip()[:80] or code))
    if len(out) < 2 or len({c for c, _n in out}) != len(out):
        raise FieldcaseError("A regional grouping needs at least two different countries.")
    return tuple(out)


def groupings(hq: HqStore) -> dict[str, Grouping]:
    raw = hq.ws.meta(META_GROUPINGS)
    data = json.loads(raw) if raw else {}
    return {name: Grouping(name, tuple((c, n) for c, n in item["countries"])) for name, item in data.items()}


def define(hq: HqStore, name: str, countries: str) -> Grouping:
    """Create or replace a grouping (audit-logged)."""
    hq.require("manage")
    name = " ".join(name.split())
    if not _NAME.match(name):
        raise FieldcaseError("A grouping name is 1 to 60 letters, digits, spaces, dots, dashes or underscores.")
    grouping = Grouping(name, parse_countries(countries))
    found = groupings(hq)
    found[name] = grouping
    data = {n: {"countries": [list(c) for c in g.countries]} for n, g in sorted(found.items())}
    with hq.ws.db.writing() as conn:
        keyvalue.set_meta(conn, {META_GROUPINGS: json.dumps(data, ensure_ascii=False)})
        audit.append(conn, [audit.AuditEvent("hq.region.define", "hq_region", name[:36], None,
                                             {"name": name, "countries": list(grouping.codes)})],
                     actor=hq.ws.officer, at=utc_now())
    return grouping


def regional_review(hq: HqStore, *, name: str, period: str, out: Path, annex_csv: Path | None = None) -> Path:
    """The signed regional review of a grouping, or (for a name that is not one) the admin-1 briefing."""
    from ..services.briefing import BriefingService

    grouping = groupings(hq).get(name)
    service = BriefingService(hq.ws)
    if grouping is None:
        return service.build(period, name, out=out, annex_csv=annex_csv).path
    return service.build(period, out=out, countries=grouping.countries, scope_name=grouping.name,
                         annex_csv=annex_csv).path
