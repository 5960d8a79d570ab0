"""`fieldcase hq brief`: the regional briefing over every officer's records merged at HQ.

The HQ store is a workspace like any other, so the briefing engineer's `BriefingService` reads it
as it is; the briefing is signed with HQ's own signing identity (its certificate is issued by the
HQ CA at `hq init`), so pdfsig/pyHanko verify it against the same CA as the officers' briefings.
"""

from __future__ import annotations

from pathlib import Path

from .store import HqStore


def regional_briefing(hq: HqStore, *, region: str, period: str, out: Path, annex_csv: Path | None = None) -> Path:
    from ..services.briefing import BriefingService

    # every read of the briefing in one snapshot: imports running meanwhile (other processes, on a
    # PostgreSQL store) cannot make its tables disagree with each other
    with hq.ws.db.snapshot():
        return BriefingService(hq.ws).build(period, region, out=out, annex_csv=annex_csv).path
