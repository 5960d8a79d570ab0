"""Incidents linked as the same count once in the risk signal, the assessments and the briefing's record counts
(issue 19: "Counts (indicators, briefings) use the merged identity"); unlinking restores the counts.

Hand count, period 2026-06, all incidents verified in XT01 and tagged with a risk area:
    A  2026-06-03  democratic space  severity 3  \\ linked: two reports of one arrest
    B  2026-06-04  democratic space  severity 4  /
    C  2026-06-10  democratic space  severity 2
    D  2026-06-12  internal security severity 5
Before the link: democratic space 3 records, weighted 3 + 4 + 2 = 9; internal security 1; the month 4 records;
the briefing's summary 4 incidents. After it: the group counts once, through the record with the smallest id
(services/linked_incidents.py), so democratic space 2 records, weighted 9 minus the severity of the other one;
internal security 1; the month 3; the summary 3 incidents; the annex still lists all 4 records.
"""

from __future__ import annotations

from fieldcase.domain.records import CaseRecord, Location, PartialDate, Tag
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.briefing import BriefingService
from fieldcase.services.identity_links import link_same, unlink
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

PERIOD = "2026-06"
SPACE, SECURITY = "cca.democratic_space", "cca.internal_security"


def _incident(title: str, day: str, area: str, severity: int) -> CaseRecord:
    return CaseRecord(kind="incident", title=title, date=PartialDate(day), location=Location("XTV", adm1_pcode="XT01"),
                      severity=severity, verification="vs.verified", risk_tags=(Tag(area, "hand-built"),))


def _counts(ws: Workspace) -> tuple[dict[str, tuple[int, int]], int, int, int]:
    """(area -> (records, weighted) country-wide, records in the month, summary incidents, annex rows)."""
    report = AnalysisService(ws).assess(PERIOD).report
    areas = {s.risk_area: (s.count, s.weighted) for s in report.signals
             if s.region is None and s.risk_area in (SPACE, SECURITY)}
    data = BriefingService(ws).assemble(PERIOD)
    incidents = next(f.value for f in data.headline if f.label == "Incidents")
    return areas, report.records, incidents, len(data.annex)


def test_linked_incidents_count_once_and_unlinking_restores_the_counts(workspace: Workspace) -> None:
    saved = CaseService(workspace).save_many([
        _incident("Activist arrested (witness)", "2026-06-03", SPACE, 3),
        _incident("Activist arrest (radio)", "2026-06-04", SPACE, 4),
        _incident("Rally dispersed", "2026-06-10", SPACE, 2),
        _incident("Checkpoint shooting", "2026-06-12", SECURITY, 5)])
    a, b = (r.id or "" for r in saved[:2])
    before = ({SPACE: (3, 9), SECURITY: (1, 5)}, 4, 4, 4)
    assert _counts(workspace) == before

    link = link_same(workspace, "incident", a, b, "Same activist, same day, two sources")
    dropped_severity = 4 if a < b else 3  # the record with the larger id is the one left out
    assert _counts(workspace) == ({SPACE: (2, 9 - dropped_severity), SECURITY: (1, 5)}, 3, 3, 4)

    unlink(workspace, link, "Two different activists after all")
    assert _counts(workspace) == before
