"""Items inside packages: a case revision, an audit entry or an identity link event as canonical JSON,
and back.

A revision item carries the record in its schema form (`record_to_json(with_meta=True)`), the
revision number and author at the origin, and `base`: which revision it was made on top of, as
(origin, origin revision), so the receiver can tell an edit of its current version from an edit
made while the other side was also editing.
"""

from __future__ import annotations

from typing import Any

from ..domain.records import AttachmentInfo, CaseRecord, Tag, record_from_json, record_to_json
from ..store import identity_links
from ..store.syncstore import Incoming
from .formats import PackageRefused, canonical_json, load_json_object

AUDIT_FIELDS = ("seq", "at", "actor", "action", "entity", "entity_id", "entity_rev", "detail", "prev_hash", "hash")


def revision_key(origin: str, record_id: str, rev: int) -> str:
    return f"rev:{origin}:{record_id}:{rev}"


def revision_item(record: CaseRecord, origin: str, base: dict[str, Any] | None, content_hash: str,
                  merges: dict[str, Any] | None = None) -> bytes:
    """`merges`: a conflict resolution's second parent (only then present: every other item is unchanged)."""
    body = {"origin": origin, "record_id": record.id, "rev": record.rev, "author": record.author,
            "created_at": record.created_at, "content_hash": content_hash, "base": base,
            "record": record_to_json(record, with_meta=True)}
    if merges is not None:
        body["merges"] = merges
    return canonical_json(body)


def incoming_revision(line: bytes, key: str, digest: str, *, sender: str) -> Incoming:
    data = load_json_object(line, "revision item")
    try:
        origin = str(data["origin"])
        body = data["record"]
        record = record_from_json(body)
        record = CaseRecord(**{**record.__dict__,
                               "id": str(data["record_id"]), "rev": int(data["rev"]),
                               "author": str(data["author"]), "created_at": str(data["created_at"]),
                               "risk_tags": tuple(Tag(**t) for t in body.get("risk_tags", ())),
                               "attachments": tuple(AttachmentInfo(**a) for a in body.get("attachments", ()))})
        base = data.get("base")
        if base is not None:
            base = {"origin": str(base["origin"]), "rev": int(base["rev"])}
        merges = data.get("merges")
        if merges is not None:
            merges = {"origin": str(merges["origin"]), "rev": int(merges["rev"])}
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageRefused("malformed", "A revision item is malformed ({error}).", error=type(exc).__name__) from None
    if key != revision_key(origin, record.id or "", record.rev or 0) or origin != sender:
        raise PackageRefused("malformed", "A revision item does not match its key or its sender.")
    return Incoming(record, origin, base, digest, merges)


def audit_item(row: Any) -> tuple[str, bytes]:
    entry = {name: getattr(row, name) for name in AUDIT_FIELDS}
    return f"audit:{row.seq}", canonical_json(entry)


def audit_entry(line: bytes) -> dict[str, Any]:
    data = load_json_object(line, "audit item")
    if set(data) != set(AUDIT_FIELDS):
        raise PackageRefused("malformed", "An audit item is malformed.")
    return data


# -- identity links (services/identity_links.py): a `link` or `unlink` event as it was decided --------

LINK_ACTIONS = ("link", "unlink")
LINK_KINDS = ("person", "incident")


def link_key(event_id: str) -> str:
    return f"link:{event_id}"


def link_item(row: Any) -> tuple[str, bytes]:
    return link_key(row.event_id), canonical_json(identity_links.as_item(row))


def incoming_link(line: bytes, key: str, *, sender: str) -> dict[str, Any]:
    """A received link event, checked for shape; it must have been decided by the package's sender."""
    data = load_json_object(line, "link item")
    if set(data) != set(identity_links.FIELDS):
        raise PackageRefused("malformed", "A link item is malformed.")
    text = {name: data[name] for name in ("event_id", "link_id", "action", "kind", "first_record", "second_record",
                                          "reason", "actor", "at", "origin")}
    if (not all(isinstance(v, str) and v for v in text.values())
            or data["action"] not in LINK_ACTIONS or data["kind"] not in LINK_KINDS
            or any(not (v is None or isinstance(v, str)) for v in (data["first_person"], data["second_person"]))
            or (data["kind"] == "person") != bool(data["first_person"] and data["second_person"])):
        raise PackageRefused("malformed", "A link item is malformed.")
    if key != link_key(data["event_id"]) or data["origin"] != sender:
        raise PackageRefused("malformed", "A link item does not match its key or its sender.")
    return dict(data)
