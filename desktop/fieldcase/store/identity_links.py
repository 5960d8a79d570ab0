"""Identity links in the store: append-only `link`/`unlink` events, the links in force, and the
"same identity" maps the counts read (store migration 0014_identity_links)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Select, insert, or_, select

from . import audit
from .audit import AuditEvent
from .identity_models import IdentityLinkEvent, IdentityLinkSent

EVENT = IdentityLinkEvent.__table__
SENT = IdentityLinkSent.__table__
# What travels and what a received event must hold (the local row id and the package stay here).
FIELDS = ("event_id", "link_id", "action", "kind", "first_record", "first_person", "second_record",
          "second_person", "reason", "actor", "at", "origin")


def add_events(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(EVENT), list(rows))


def events(conn: Connection, event_ids: Sequence[str] | None = None) -> list[Any]:
    query = select(EVENT).order_by(EVENT.c.id)
    if event_ids is not None:
        query = query.where(EVENT.c.event_id.in_(sorted(set(event_ids))))
    return list(conn.execute(query))


def events_of_link(conn: Connection, link_id: str) -> list[Any]:
    return list(conn.execute(select(EVENT).where(EVENT.c.link_id == link_id).order_by(EVENT.c.id)))


def link_ids_like(conn: Connection, prefix: str) -> list[str]:
    return list(conn.execute(select(EVENT.c.link_id).where(EVENT.c.action == "link",
                                                          EVENT.c.link_id.like(prefix + "%")).limit(2)).scalars())


def events_about(conn: Connection, record_id: str) -> list[Any]:
    """Every event of every link that has `record_id` on one side, oldest first."""
    links = select(EVENT.c.link_id).where(or_(EVENT.c.first_record == record_id, EVENT.c.second_record == record_id))
    return list(conn.execute(select(EVENT).where(EVENT.c.link_id.in_(links)).order_by(EVENT.c.id)))


def in_force(rows: Iterable[Any]) -> list[Any]:
    """The `link` events no `unlink` event names, in the order given."""
    rows = list(rows)
    undone = {r.link_id for r in rows if r.action == "unlink"}
    return [r for r in rows if r.action == "link" and r.link_id not in undone]


def same_identity(conn: Connection, kind: str) -> dict[str, str]:
    """Person id (kind "person") or record id (kind "incident") -> the id standing for everything linked
    to it (the smallest id of its group); only ids in a link in force appear."""
    rows = conn.execute(select(EVENT.c.link_id, EVENT.c.action, EVENT.c.first_record, EVENT.c.first_person,
                               EVENT.c.second_record, EVENT.c.second_person).where(EVENT.c.kind == kind))
    pairs = [(r.first_person, r.second_person) if kind == "person" else (r.first_record, r.second_record)
             for r in in_force(rows)]
    return groups(pairs)


def in_one_group(same: Mapping[str, str], first: str, second: str) -> bool:
    """Whether two ids are already linked as the same, directly or through others (`same`: from same_identity)."""
    return first in same and same.get(first) == same.get(second)


def groups(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Union-find: every id of a pair -> the smallest id of its connected group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        if not a or not b:
            continue
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def audit_event(row: dict[str, Any]) -> AuditEvent:
    """`identity_link.link` / `identity_link.unlink`: who decided and why; for an event received from a peer, also
    the package and the decider's own name and time (the entry's actor is whoever imported it)."""
    detail: dict[str, Any] = {"kind": row["kind"], "reason": row["reason"], "origin": row["origin"],
              "first": {"record": row["first_record"], "person": row["first_person"]},
              "second": {"record": row["second_record"], "person": row["second_person"]}}
    if row.get("package_id"):
        detail["package"] = row["package_id"]
        detail["decided_by"] = row["actor"]
        detail["decided_at"] = row["at"]
    return AuditEvent("identity_link." + row["action"], "identity_link", row["link_id"], None, detail)


# -- sync -----------------------------------------------------------------------------------------

def to_send(conn: Connection, own_id: str, peer_id: str, *, among: Select[Any] | None = None) -> list[Any]:
    """Events decided here and not yet packed for `peer_id`, oldest first. `among`: a query of record ids;
    only events whose two records are both in it (HQ replying to one officer: links between that officer's
    own records, the only ones that change what the officer counts)."""
    sent = select(SENT.c.event_id).where(SENT.c.event_id == EVENT.c.event_id, SENT.c.peer_id == peer_id)
    query = select(EVENT).where(EVENT.c.origin == own_id, ~sent.exists())
    if among is not None:
        query = query.where(EVENT.c.first_record.in_(among), EVENT.c.second_record.in_(among))
    return list(conn.execute(query.order_by(EVENT.c.id)))


def mark_sent(conn: Connection, event_ids: Sequence[str], peer_id: str, package_id: str) -> None:
    if event_ids:
        conn.execute(insert(SENT), [{"event_id": e, "peer_id": peer_id, "package_id": package_id}
                                    for e in event_ids])


def as_item(row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in FIELDS}


def add_received(conn: Connection, rows: Sequence[dict[str, Any]], package_id: str, actor: str,
                 now: str) -> tuple[int, int, list[str]]:
    """Store the events of a package that are new here (by event id), with their audit entries.
    Returns (added, duplicates, conflicts): an event id seen before with other content is reported, not
    stored."""
    known = {r.event_id: r for r in events(conn, [r["event_id"] for r in rows])}
    fresh, duplicates, conflicts, seen = [], 0, [], set()
    for row in rows:
        have = known.get(row["event_id"])
        if have is not None or row["event_id"] in seen:
            if have is None or as_item(have) == {k: row[k] for k in FIELDS}:
                duplicates += 1
            else:
                conflicts.append(f"identity link event {row['event_id']} arrived again with different content; "
                                 "the first version was kept")
            continue
        seen.add(row["event_id"])
        fresh.append({**row, "package_id": package_id})
    add_events(conn, fresh)
    audit.append(conn, [audit_event(r) for r in fresh], actor=actor, at=now)
    return len(fresh), duplicates, conflicts
