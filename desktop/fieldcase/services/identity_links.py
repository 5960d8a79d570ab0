"""Linking two people or two incidents as the same: the decision, its undoing, and what the counts read.

Nothing is merged in place. Both records, their people and their sources stay as they are; a link is an
append-only event (store migration 0014_identity_links) that says "these two are the same", with who
decided, when, where (the workspace: an officer's or HQ's) and why, and goes into the audit log as
`identity_link.link`. Undoing it is another event (`identity_link.unlink`, with its own reason); the link and its
undoing both stay in the history. Links made by an officer travel to HQ in the next push (sync/outbox.py,
hq/importer.py); HQ analysts link records of different officers in the HQ store.

The counts use the merged identity (services/analysis.py): SDG 16.10.1 counts a person once across
every record linked as theirs, SDG 16.1.2 counts the deaths of an incident reported several times once.
The risk signal, the assessments and the briefing's record counts count a linked incident once too
(services/linked_incidents.py).

Ids the functions accept (the same in the CLI and the UI):
  incident   a record id, or an unambiguous prefix of at least 6 characters (as everywhere);
  person     RECORD:PERSON - the record's id (or prefix), a colon, then the person as that record's
             current revision names them: their pseudonym (exact, letter case ignored) or their person id
             (`case_person.person_id`, or a prefix of at least 6 characters). The link stores the record id
             and the person id, so renaming a pseudonym later does not break it.
  link       the link id `link_same` returns, or a prefix of at least 6 characters.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..domain.records import CaseRecord
from ..errors import FieldcaseError, NotFound
from ..store import audit, cases
from ..store import identity_links as store
from ..workspace import Workspace, utc_now

if TYPE_CHECKING:
    from ..store.database import UnitOfWork as Connection

KINDS = ("person", "incident")
MAX_REASON = 2000
_HEX = re.compile(r"[0-9a-f-]{6,36}")


class InvalidLink(FieldcaseError):
    code = "invalid-input"
    exit_status = 2


class _HasWorkspace(Protocol):
    @property
    def ws(self) -> Workspace: ...


Owner = Workspace | _HasWorkspace  # a Workspace, the UI's Session or an HqStore


@dataclass(frozen=True)
class Side:
    record_id: str
    person_id: str | None  # None for an incident link
    record_title: str  # "" when the record is not in this store
    person_label: str  # the person's pseudonym in that record's current revision ("" if unknown / incident)


@dataclass(frozen=True)
class Undone:
    actor: str
    at: str
    reason: str


@dataclass(frozen=True)
class IdentityLink:
    link_id: str
    kind: str  # person | incident
    first: Side
    second: Side
    reason: str
    actor: str
    at: str
    origin: str  # the workspace id where it was decided
    received: bool  # arrived in a sync package (decided elsewhere)
    undone: Undone | None

    @property
    def in_force(self) -> bool:
        return self.undone is None

    def other(self, record_id: str) -> Side:
        """The side that is not `record_id` (the second when both are)."""
        return self.second if self.first.record_id == record_id else self.first


def _workspace(owner: Owner) -> Workspace:
    return owner if isinstance(owner, Workspace) else owner.ws


def _reason(text: str) -> str:
    reason = (text or "").strip()
    if not reason:
        raise InvalidLink("Reason: say why these two are the same (it goes into the audit log).")
    if len(reason) > MAX_REASON:
        raise InvalidLink("Reason: at most {max_reason} characters.", max_reason=MAX_REASON)
    return reason


def _record(conn: Connection, text: str, field: str) -> CaseRecord:
    prefix = (text or "").strip().lower()
    if not _HEX.fullmatch(prefix):
        raise InvalidLink("{field}: give a record id (or at least its first 6 characters).", field=field)
    try:
        return cases.get_record(conn, cases.resolve_id(conn, prefix))
    except NotFound:
        raise NotFound("{field}: no single record in this store has that id; give the id or more of its "
                       "characters.", field=field) from None


def _person(record: CaseRecord, text: str, field: str) -> str:
    wanted = text.strip()
    lowered = wanted.lower()
    by_name = [p.person_id for p in record.people if p.person_id and p.pseudonym.strip().lower() == lowered]
    if len(set(by_name)) == 1:
        return by_name[0] or ""
    by_id = ({p.person_id for p in record.people if p.person_id and p.person_id.startswith(lowered)}
             if _HEX.fullmatch(lowered) else set())
    if len(by_id) == 1:
        return by_id.pop()
    if len(set(by_name)) > 1 or len(by_id) > 1:
        raise InvalidLink("{field}: several people of that record match; give the person's id instead.",
                          field=field)
    raise InvalidLink("{field}: that record has no person with that pseudonym or id.", field=field)


def _side(conn: Connection, kind: str, text: str, field: str) -> tuple[str, str | None]:
    if kind == "incident":
        record = _record(conn, text, field)
        if record.kind != "incident":
            raise InvalidLink("{field}: only incidents can be linked as the same incident; this record is "
                              "community information.", field=field)
        return record.id or "", None
    record_part, colon, person_part = (text or "").partition(":")
    if not colon or not person_part.strip():
        raise InvalidLink("{field}: give the record and the person as RECORD:PERSON (the record id, a colon, "
                          "then the person's pseudonym or id).", field=field)
    record = _record(conn, record_part, field)
    return record.id or "", _person(record, person_part, field)


class IdentityLinkService:
    def __init__(self, owner: Owner) -> None:
        self.ws = _workspace(owner)
        # At HQ (an HqStore with a signed-in user): only analysts and reviewers decide, under their own name.
        self._require = getattr(owner, "require", None)
        user = getattr(owner, "user", None)
        self.actor = str(getattr(user, "name", "") or self.ws.officer)

    def _may_decide(self) -> None:
        if self._require is not None:
            self._require("analyse")

    @property
    def origin(self) -> str:
        return self.ws.keyfile.workspace_id

    def link(self, kind: str, first_id: str, second_id: str, reason: str) -> str:
        self._may_decide()
        if kind not in KINDS:
            raise InvalidLink("Kind: give person or incident.")
        why = _reason(reason)
        now = utc_now()
        with self.ws.db.writing() as conn:
            first = _side(conn, kind, first_id, "First " + kind)
            second = _side(conn, kind, second_id, "Second " + kind)
            node = 1 if kind == "person" else 0
            if first[node] == second[node]:
                raise InvalidLink("A person or an incident cannot be linked with itself.")
            same = store.same_identity(conn, kind)
            a, b = first[node] or "", second[node] or ""
            if store.in_one_group(same, a, b):
                raise InvalidLink("These two are already linked as the same (directly or through other links).")
            link_id = str(uuid.uuid4())
            row = {"event_id": link_id, "link_id": link_id, "action": "link", "kind": kind,
                   "first_record": first[0], "first_person": first[1], "second_record": second[0],
                   "second_person": second[1], "reason": why, "actor": self.actor, "at": now,
                   "origin": self.origin, "package_id": None}
            store.add_events(conn, [row])
            audit.append(conn, [store.audit_event(row)], actor=self.actor, at=now)
        return link_id

    def unlink(self, link_id: str, reason: str) -> str:
        """Undo a link (a new event; the link stays in the history). Returns the unlink event's id."""
        self._may_decide()
        why = _reason(reason)
        now = utc_now()
        with self.ws.db.writing() as conn:
            link = self._link_events(conn, link_id)
            if any(e.action == "unlink" for e in link):
                raise InvalidLink("This link was already undone.")
            first = link[0]
            row = {"event_id": str(uuid.uuid4()), "link_id": first.link_id, "action": "unlink", "kind": first.kind,
                   "first_record": first.first_record, "first_person": first.first_person,
                   "second_record": first.second_record, "second_person": first.second_person, "reason": why,
                   "actor": self.actor, "at": now, "origin": self.origin, "package_id": None}
            store.add_events(conn, [row])
            audit.append(conn, [store.audit_event(row)], actor=self.actor, at=now)
        return str(row["event_id"])

    def _link_events(self, conn: Connection, text: str) -> list[Any]:
        prefix = (text or "").strip().lower()
        if not _HEX.fullmatch(prefix):
            raise InvalidLink("Link: give the link's id (or at least its first 6 characters).")
        found = store.link_ids_like(conn, prefix)
        if not found:
            raise NotFound("Link: there is no link with that id in this store.")
        if len(found) > 1:
            raise InvalidLink("Link: that id prefix matches several links; give more characters.")
        return store.events_of_link(conn, found[0])

    def links_for(self, record_id: str, *, include_undone: bool = True) -> list[IdentityLink]:
        """The links with the record on one side (its people's links too), oldest first."""
        with self.ws.db.reading() as conn:
            rid = cases.resolve_id(conn, record_id)
            return self._assemble(conn, store.events_about(conn, rid), include_undone)

    def links(self, *, include_undone: bool = False) -> list[IdentityLink]:
        with self.ws.db.reading() as conn:
            return self._assemble(conn, store.events(conn), include_undone)

    def _assemble(self, conn: Connection, rows: list[Any], include_undone: bool) -> list[IdentityLink]:
        undone = {r.link_id: Undone(r.actor, r.at, r.reason) for r in rows if r.action == "unlink"}
        records: dict[str, CaseRecord | None] = {}

        def side(record_id: str, person_id: str | None) -> Side:
            if record_id not in records:
                try:
                    records[record_id] = cases.get_record(conn, record_id)
                except NotFound:
                    records[record_id] = None
            record = records[record_id]
            label = next((p.pseudonym for p in record.people if p.person_id == person_id), "") if record else ""
            return Side(record_id, person_id, record.title if record else "", label)

        out = []
        for r in rows:
            if r.action != "link" or (r.link_id in undone and not include_undone):
                continue
            out.append(IdentityLink(r.link_id, r.kind, side(r.first_record, r.first_person),
                                    side(r.second_record, r.second_person), r.reason, r.actor, r.at, r.origin,
                                    r.package_id is not None, undone.get(r.link_id)))
        return out


# -- the small API other parts call (the duplicates view, the CLI) ----------------------------------

def link_same(session: Owner, kind: str, first_id: str, second_id: str, reason: str) -> str:
    """Record that two people ("person": ids RECORD:PERSON) or two incidents ("incident": record ids) are
    the same; returns the link id. Raises InvalidLink / NotFound with the user's words."""
    return IdentityLinkService(session).link(kind, first_id, second_id, reason)


def unlink(session: Owner, link_id: str, reason: str) -> str:
    """Undo a link; returns the unlink event's id."""
    return IdentityLinkService(session).unlink(link_id, reason)


def links_for(session: Owner, record_id: str) -> list[IdentityLink]:
    """Every link (in force or undone) with the record, or one of its people, on one side."""
    return IdentityLinkService(session).links_for(record_id)


def person_key(record_id: str, person_id: str) -> str:
    """The id `link_same` takes for a person: RECORD:PERSON."""
    return f"{record_id}:{person_id}"
