"""The demo workspace: realistic, clearly fictional records so a newcomer sees a living app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..analysis.actions import MechanismReference

if TYPE_CHECKING:
    from ..workspace import Workspace

# The store is imported when a demo is made, not with this module: the desktop reads DEMO_PASSPHRASE
# before its first paint, and importing SQLAlchemy there would cost a third of a second.

DEMO_OFFICER = "Demo Officer (fictional)"
DEMO_PASSPHRASE = "fictional demo data only"  # shown on purpose: the demo holds nothing real


def create_demo_workspace(path: Path, passphrase: str, *,
                          progress: Callable[[int, int], None] | None = None, neighbour: bool = False) -> int:
    """Create `path` as a workspace filled with the demo records and the month's RMR inputs (recommendations,
    action points with their history, the officer's levels and written assessment); returns how many records
    were stored. `neighbour`: the small Morvane (XTW) workspace of the HQ regional review demo instead."""
    from ..demo import generate_demo_records
    from ..demo.rmr import enrich, neighbour_records
    from ..domain.records import record_from_json
    from ..workspace import Workspace
    from .records import CaseService

    items = neighbour_records() if neighbour else enrich(generate_demo_records())
    records = [record_from_json(item) for item in items]
    ws, _recovery = Workspace.create(path, passphrase, DEMO_NEIGHBOUR_OFFICER if neighbour else DEMO_OFFICER)
    with ws:
        stored = CaseService(ws).save_many(records, progress=progress)
        if not neighbour:
            add_demo_rmr(ws)
    return len(stored)


DEMO_NEIGHBOUR_OFFICER = "Demo Officer, Morvane (fictional)"


def add_demo_rmr(ws: Workspace) -> None:
    """The demo's recommendations, action points (with a history across months), levels and narratives."""
    from ..analysis.recommendations import parse_row
    from ..demo.rmr import rmr_data
    from ..store import assessments as store
    from ..workspace import utc_now
    from .analysis import AnalysisService
    from .rmr import RmrService

    data = rmr_data()
    analysis = AnalysisService(ws)
    areas = set(analysis.risk_area_labels())
    now = utc_now()
    with ws.db.writing() as conn:
        for row in data["recommendations"]:
            r = parse_row(row, areas.__contains__)
            store.add_reference(conn, MechanismReference(
                r.ref_id, r.mechanism, r.symbol, r.code, text=r.text, date=r.date, status=r.response, url=r.url,
                author=ws.officer, created_at=now, recommending=r.recommending, response_date=r.response_date,
                themes=r.themes, risk_areas=r.risk_areas, sdg_targets=r.sdg_targets))
    for a in data["actions"]:
        (day, status, note), *later = a["history"]
        action = analysis.add_action(a["title"], a["owner"], a["areas"], references=a["refs"], due=a["due"],
                                     status=status, period=a["period"], note=note, effective_on=day)
        for day, status, note in later:
            analysis.update_action(action.action_id, status=status, note=note, effective_on=day)
    for period, area, level, trend, rationale in data["assessments"]:
        analysis.set_level(period, area, level, trend, rationale)
    rmr = RmrService(ws)
    for period, texts in data["narratives"].items():
        rmr.set_narrative(period, **texts)
