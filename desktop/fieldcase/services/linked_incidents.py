"""Incidents linked as the same (services/identity_links.py) counted once outside the SDG indicators.

The risk signal and the assessments built on it (services/analysis.py) and the briefing's record counts
(services/briefing.py) drop the rows of every linked incident but one before counting. The rule (this app's
choice): of a group's records that a count would include (same window, scope and own records), the one with
the smallest record id stands for the group; the others are left out of that count. Nothing changes
without links in force. The briefing's annex still lists every record: it is the evidence base.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def repeats(present: Iterable[str], same_incident: Mapping[str, str]) -> set[str]:
    """The record ids of `present` that another record of their linked group stands for (`same_incident`:
    record id -> its group's id, from store.identity_links.same_identity(conn, "incident"))."""
    standing: dict[str, str] = {}
    linked: list[str] = []
    for record_id in present:
        group = same_incident.get(record_id)
        if group is None:
            continue
        linked.append(record_id)
        if group not in standing or record_id < standing[group]:
            standing[group] = record_id
    return {r for r in linked if standing[same_incident[r]] != r}
