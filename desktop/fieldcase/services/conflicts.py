"""Sync conflicts: list them, show both versions field by field, and record a decision (both drivers, both
sides: an officer's workspace and the HQ store).

A decision is a new revision of the record on top of its current head, made in one transaction with the
conflict's closing and a `conflict.resolve` audit entry. The revision table has one parent per revision
(the previous number), so the second parent lives in `sync_conflict` (the conflict names the local and
the incoming revision and the revision that resolved it); `history_parents` gives both to the history
view, and a sync package carries it as the item's `merges` so the other side closes its own copy of the
conflict instead of finding a new one. The audit entry says which field came from where, never a value:
the audit log is kept when content is purged after receipt (services/purge.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.conflicts import FIELDS, SIDES, Decision, combine, differing
from ..domain.records import CaseRecord
from ..errors import FieldcaseError, NotFound, RecordChanged
from ..store import audit, cases, conflicts, syncstore
from ..workspace import Workspace, utc_now


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    record_id: str
    title: str  # the incoming version's title
    local_rev: int
    incoming_rev: int
    base_rev: int | None
    origin: str
    origin_name: str
    origin_rev: int
    detected_at: str
    status: str  # open | resolved
    resolved_rev: int | None
    resolved_at: str | None
    resolved_by: str | None


@dataclass(frozen=True)
class ConflictDetail:
    info: ConflictInfo
    mine: CaseRecord
    theirs: CaseRecord
    head_rev: int  # the record's current revision (what a decision is written on top of)
    fields: tuple[str, ...]  # the fields that differ, in the editor's order


class ConflictService:
    def __init__(self, ws: Workspace, actor: str | None = None) -> None:
        self.ws = ws
        self.actor = actor or ws.officer

    # -- reading ----------------------------------------------------------------------------------
    def count_open(self) -> int:
        with self.ws.db.reading() as conn:
            return conflicts.count_open(conn)

    def list(self, *, status: str | None = "open", record_id: str | None = None) -> list[ConflictInfo]:
        with self.ws.db.reading() as conn:
            return [self._info(conn, row) for row in conflicts.listing(conn, status=status, record_id=record_id)]

    def show(self, conflict_id: int) -> ConflictDetail:
        with self.ws.db.reading() as conn:
            row = self._row(conn, conflict_id)
            mine = cases.get_record(conn, row.record_id, row.local_rev)
            theirs = cases.get_record(conn, row.record_id, row.incoming_rev)
            head = cases.heads_of(conn, [row.record_id])[row.record_id][1]
            return ConflictDetail(self._info(conn, row, theirs.title), mine, theirs, head,
                                  tuple(differing(mine, theirs)))

    def history_parents(self, record_id: str) -> dict[int, tuple[int, int]]:
        """Revision number -> (local, incoming) revision it merged, for the revisions that resolved a conflict."""
        with self.ws.db.reading() as conn:
            return {rev: (r.local_rev, r.incoming_rev) for rev, r in conflicts.resolutions(conn, record_id).items()}

    # -- deciding ---------------------------------------------------------------------------------
    def decision(self, detail: ConflictDetail, *, take: str | None = None,
                 fields: Mapping[str, str] | None = None, edits: Mapping[str, Any] | None = None) -> Decision:
        """A decision for every differing field: `fields` (name -> mine|theirs), `edits` (name -> typed value),
        the rest from `take`; a field named that does not differ, or a side that is not mine/theirs, is refused."""
        choices: dict[str, str] = {}
        for name, side in (fields or {}).items():
            if name not in FIELDS:
                raise FieldcaseError("There is no field {field} in a record.", field=name)
            if side not in SIDES:
                raise FieldcaseError("Choose mine or theirs for the field {field}.", field=name)
            if name not in detail.fields:
                raise FieldcaseError("The field {field} is the same on both sides: there is nothing to choose.",
                                     field=name)
            choices[name] = side
        for name in edits or {}:
            if name not in detail.fields:
                raise FieldcaseError("The field {field} is the same on both sides: there is nothing to choose.",
                                     field=name)
            choices[name] = "edited"
        for name in detail.fields:
            if name not in choices:
                if take not in SIDES:
                    raise FieldcaseError("Choose mine or theirs for every field that differs ({field} has no "
                                         "choice).", field=name)
                choices[name] = str(take)
        return Decision(choices, dict(edits or {}))

    def resolve(self, conflict_id: int, decision: Decision, *, expected_head: int | None = None) -> CaseRecord:
        """Write the decided record as a new revision, close the conflict and audit the decision; one
        transaction. `expected_head`: the revision the officer decided against (RecordChanged if it moved)."""
        from .records import override_events

        now = utc_now()
        with self.ws.db.writing() as conn:
            row = self._row(conn, conflict_id)
            if row.status != "open":
                raise FieldcaseError("This conflict was already resolved (revision {rev}).", rev=row.resolved_rev)
            head = cases.heads_of(conn, [row.record_id])[row.record_id][1]
            if expected_head is not None and head != expected_head:
                raise RecordChanged("Record {record_id} was changed elsewhere since revision {base} ({where}); "
                                    "nothing was saved. Open it again and redo the change on the current revision.",
                                    record_id=row.record_id[:8], base=expected_head,
                                    where=f"it is now at revision {head}")
            mine = cases.get_record(conn, row.record_id, row.local_rev)
            theirs = cases.get_record(conn, row.record_id, row.incoming_rev)
            current = cases.get_record(conn, row.record_id, head)
            result = combine(current, mine, theirs, decision)
            stored = cases.write_records(conn, [result], self.actor, now)[0]
            audit.append(conn, override_events(conn, [stored]), actor=self.actor, at=now)
            if not conflicts.close(conn, row.id, stored.rev or 0, self.actor, now):
                raise FieldcaseError("This conflict was already resolved (revision {rev}).", rev=row.resolved_rev)
            audit.append(conn, [audit.AuditEvent("conflict.resolve", "case", row.record_id, stored.rev, {
                "conflict": row.id, "parents": [row.local_rev, row.incoming_rev], "origin": row.origin,
                "origin_rev": row.origin_rev, "fields": decision.audit_detail()})], actor=self.actor, at=now)
        return stored

    # -- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _row(conn: Any, conflict_id: int) -> Any:
        row = conflicts.get(conn, conflict_id)
        if row is None:
            raise NotFound("There is no sync conflict {conflict}.", conflict=conflict_id)
        return row

    @staticmethod
    def _info(conn: Any, row: Any, title: str | None = None) -> ConflictInfo:
        if title is None:
            title = cases.get_record(conn, row.record_id, row.incoming_rev).title
        peer = syncstore.peer(conn, row.origin)
        return ConflictInfo(
            id=row.id, record_id=row.record_id, title=title, local_rev=row.local_rev, incoming_rev=row.incoming_rev,
            base_rev=row.base_rev, origin=row.origin, origin_name=peer.name if peer else row.origin[:8],
            origin_rev=row.origin_rev, detected_at=row.detected_at, status=row.status, resolved_rev=row.resolved_rev,
            resolved_at=row.resolved_at, resolved_by=row.resolved_by)
