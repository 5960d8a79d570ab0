"""Possible duplicates: the use case the app's views and `fieldcase matches` share.

The facts are read from the encrypted store in one read transaction and matched in memory
(analysis/matching.py); nothing is written and nothing leaves the process. No table of blocking keys is kept:
the keys cost less to derive than to read back (100,000 records: see bench/bench_matches.py), and a stored
copy of name keys would be one more thing to keep current, purge and protect. The facts of the last run are
kept in memory for this unlock (a per-record view then answers at once) and dropped when anything they were
read from changes (`match_rows.stamp`) or the workspace locks (the service goes with the session).
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from sys import intern
from typing import Any

from ..analysis.matching import (
    Candidate,
    IncidentFacts,
    IncidentIndex,
    PeopleIndex,
    PersonFacts,
    Reason,
    incident_index,
    match_incidents,
    match_people,
    people_index,
    reason_text,
)
from ..errors import FieldcaseError
from ..store import cases, identity_links, match_rows
from ..workspace import Workspace

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
KINDS = ("person", "incident")


@dataclass(frozen=True)
class MatchSide:
    """One side of a pair, enough to show it. A person: pseudonym (`label`), real name (`name`: show only where
    names are shown), sex, age group, roles and the records they appear in (the first one's title and date).
    An incident: its title, date and place."""

    id: str
    label: str
    name: str | None = None
    sex: str | None = None
    age_group: str | None = None
    roles: tuple[str, ...] = ()
    record_ids: tuple[str, ...] = ()
    record_title: str | None = None
    date_text: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class MatchPair:
    kind: str  # "person" | "incident"
    first: MatchSide
    second: MatchSide
    score: int  # 0-100
    reasons: tuple[Reason, ...]

    def reason_texts(self) -> list[str]:
        """The reasons in English (the CLI); the app words the codes itself."""
        return [reason_text(r) for r in self.reasons]


@dataclass(frozen=True)
class MatchReport:
    pairs: tuple[MatchPair, ...]
    people: int  # people with a name, compared
    incidents: int
    compared: int  # pairs scored
    skipped_blocks: int  # name or place blocks too common to compare
    record_id: str | None = None  # the record the report is about, if any
    total: int = 0  # pairs found before `limit`


@dataclass
class _Facts:
    stamp: tuple[int, int, int]
    people: dict[str, PersonFacts] = field(default_factory=dict)
    incidents: list[IncidentFacts] = field(default_factory=list)
    first_record: dict[str, str] = field(default_factory=dict)  # person id -> a record they appear in
    people_index: PeopleIndex | None = None  # built on first use, kept with the facts
    incident_index: IncidentIndex | None = None


@contextmanager
def _cycles_not_collected() -> Iterator[None]:
    """The cyclic garbage collector paused while facts and blocks are built: they are 100,000s of small
    containers with no cycles, and its passes over them were a third of the time (bench_matches). Objects
    are still freed by reference counting; the collector runs again afterwards if it ran before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _day(value: object) -> int:
    return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).toordinal()


class MatchService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._facts: _Facts | None = None
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------------------------
    def _read(self, progress: Progress, cancelled: IsCancelled) -> _Facts:
        with self._lock, self.ws.db.reading() as conn:
            stamp = match_rows.stamp(conn)
            if self._facts is not None and self._facts.stamp == stamp:
                return self._facts
            progress(0, 4)
            facts = _Facts(stamp)
            roles: dict[str, set[str]] = defaultdict(set)
            records: dict[str, set[str]] = defaultdict(set)
            regions: dict[str, set[str]] = defaultdict(set)
            districts: dict[str, set[str]] = defaultdict(set)
            victims: dict[int, list[str]] = defaultdict(list)
            # codes repeat across 100,000s of rows: one string object each (sys.intern), not one per row
            for person_id, role, record_id, revision_id, adm1, adm2 in match_rows.people_link_rows(conn):
                role, adm1, adm2 = intern(role), adm1 and intern(adm1), adm2 and intern(adm2)
                roles[person_id].add(role)
                records[person_id].add(record_id)
                facts.first_record.setdefault(person_id, record_id)
                if adm1:
                    regions[person_id].add(adm1)
                if adm2:
                    districts[person_id].add(adm2)
                if role == "victim":
                    victims[revision_id].append(person_id)
            _stop(cancelled)
            progress(1, 4)
            for person_id, name, sex, age_group in match_rows.person_rows(conn):
                if person_id in records:
                    facts.people[person_id] = PersonFacts(
                        person_id, name, intern(sex or "unknown"), intern(age_group or "unknown"),
                        frozenset(roles.pop(person_id)), frozenset(records[person_id]),
                        frozenset(regions.pop(person_id, ())), frozenset(districts.pop(person_id, ())))
            _stop(cancelled)
            progress(2, 4)
            types: dict[int, set[str]] = defaultdict(set)
            for revision_id, violation in match_rows.violation_rows(conn):
                types[revision_id].add(intern(violation))
            _stop(cancelled)
            for record_id, revision_id, start, end, precision, country, adm1, adm2, lat, lon in \
                    match_rows.incident_rows(conn):
                facts.incidents.append(IncidentFacts(
                    record_id, _day(start), _day(end), precision == "day", intern(country or ""),
                    adm1 and intern(adm1), adm2 and intern(adm2), lat, lon,
                    frozenset(types.get(revision_id, ())), tuple(victims.get(revision_id, ()))))
            progress(3, 4)
            self._facts = facts
            return facts

    # -- the use case --------------------------------------------------------------------------------
    def find(self, *, kind: str | None = None, record_id: str | None = None, limit: int | None = None,
             progress: Progress | None = None, cancelled: IsCancelled | None = None) -> MatchReport:
        """Possible duplicates, best first: people ("person") and incidents ("incident"), or one `kind`; with
        `record_id` (or an unambiguous prefix), only the pairs involving that record or its people."""
        if kind is not None and kind not in KINDS:
            raise FieldcaseError("The kind must be one of: {choices}.", choices=", ".join(KINDS))
        if limit is not None and limit < 1:
            raise FieldcaseError("The limit must be a whole number of at least 1.")
        report = progress or (lambda _done, _total: None)
        stop = cancelled or (lambda: False)
        person_only: list[str] | None = None
        incident_only: list[str] | None = None
        if record_id is not None:
            with self.ws.db.reading() as conn:
                record_id = cases.resolve_id(conn, record_id)
                person_only = match_rows.people_of_record(conn, record_id)
            incident_only = [record_id]
        with _cycles_not_collected():
            return self._find(kind, record_id, person_only, incident_only, limit, report, stop)

    def _find(self, kind: str | None, record_id: str | None, person_only: list[str] | None,
              incident_only: list[str] | None, limit: int | None, report: Progress, stop: IsCancelled
              ) -> MatchReport:
        facts = self._read(report, stop)
        found: list[Candidate] = []
        compared = skipped = 0
        if kind in (None, "person"):
            if facts.people_index is None:
                facts.people_index = people_index(facts.people.values())
            result = match_people(facts.people_index, only=person_only, cancelled=stop)
            found += result.candidates
            compared += result.compared
            skipped += result.skipped_blocks
        if kind in (None, "incident"):
            if facts.incident_index is None:
                facts.incident_index = incident_index(facts.incidents, facts.people, stop)
            result = match_incidents(facts.incident_index, facts.people, only=incident_only, cancelled=stop)
            found += result.candidates
            compared += result.compared
            skipped += result.skipped_blocks
        found = self._not_yet_linked(found)
        found.sort(key=lambda c: (-c.score, c.kind, c.first_id, c.second_id))
        total = len(found)
        if limit is not None:
            found = found[:limit]
        pairs = self._described(found, facts)
        report(4, 4)
        return MatchReport(tuple(pairs), sum(1 for p in facts.people.values() if p.name), len(facts.incidents),
                           compared, skipped, record_id, total)

    def _not_yet_linked(self, found: list[Candidate]) -> list[Candidate]:
        """Pairs already linked as the same (directly or through others, links in force) are decided: not listed."""
        with self.ws.db.reading() as conn:
            same = {kind: identity_links.same_identity(conn, kind) for kind in KINDS}

        return [c for c in found if not identity_links.in_one_group(same[c.kind], c.first_id, c.second_id)]

    def _described(self, found: list[Candidate], facts: _Facts) -> list[MatchPair]:
        person_ids = sorted({i for c in found if c.kind == "person" for i in (c.first_id, c.second_id)})
        record_ids = {i for c in found if c.kind == "incident" for i in (c.first_id, c.second_id)}
        record_ids |= {facts.first_record[i] for i in person_ids if i in facts.first_record}
        with self.ws.db.reading() as conn:
            persons = match_rows.person_details(conn, person_ids)
            records = match_rows.record_details(conn, sorted(record_ids))

        def place(row: Any) -> str | None:  # (record_id, kind, title, date_text, adm1, adm2, place)
            return ", ".join(p for p in (row[6], row[5], row[4]) if p) or None

        def side(kind: str, entity_id: str) -> MatchSide:
            if kind == "incident":
                row = records.get(entity_id)
                if row is None:
                    return MatchSide(entity_id, entity_id[:8], record_ids=(entity_id,))
                return MatchSide(entity_id, row[2], record_ids=(entity_id,), date_text=row[3], place=place(row))
            person = persons.get(entity_id)
            p = facts.people.get(entity_id)
            first = facts.first_record.get(entity_id)
            record = records.get(first) if first else None
            return MatchSide(
                entity_id, person[1] if person else entity_id[:8], name=person[2] if person else None,
                sex=p.sex if p else None, age_group=p.age_group if p else None,
                roles=tuple(sorted(p.roles)) if p else (),
                record_ids=tuple(sorted(p.records, key=lambda r: (r != first, r))) if p else (),
                record_title=record[2] if record else None, date_text=record[3] if record else None,
                place=place(record) if record else None)

        return [MatchPair(c.kind, side(c.kind, c.first_id), side(c.kind, c.second_id), c.score, c.reasons)
                for c in found]


def _stop(cancelled: IsCancelled) -> None:
    if cancelled():
        from ..errors import Cancelled

        raise Cancelled()
