"""Field-level differences between two revisions of a record (on their JSON forms). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain.records import CaseRecord, record_to_json


@dataclass(frozen=True)
class DiffRow:
    path: str  # "title", "location.place", "people[0].consent.naming"
    before: str | None  # None: the field was not set
    after: str | None


def comparable(record: CaseRecord) -> dict[str, Any]:
    """The record's JSON form without its id, plus its attachments by name and hash."""
    data = record_to_json(record)
    data.pop("id", None)
    for person in data.get("people", ()):
        person.pop("person_id", None)
    for source in data.get("sources", ()):
        source.pop("source_id", None)
    if record.attachments:
        data["attachments"] = [f"{a.original_name} (SHA-256 {a.sha256[:12]}…)" for a in record.attachments]
    return data


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
    elif isinstance(value, list):
        out[prefix] = ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        out[prefix] = "yes" if value else "no"
    elif value is not None:
        out[prefix] = str(value)
    return out


def _order(path: str, order: list[str]) -> tuple[int, str]:
    top = path.split(".")[0].split("[")[0]
    return (order.index(top) if top in order else len(order), path)


def record_diff(before: dict[str, Any], after: dict[str, Any]) -> list[DiffRow]:
    old, new = flatten(before), flatten(after)
    order = list(dict.fromkeys([*(k.split(".")[0].split("[")[0] for k in new),
                                *(k.split(".")[0].split("[")[0] for k in old)]))
    paths = sorted(set(old) | set(new), key=lambda p: _order(p, order))
    return [DiffRow(p, old.get(p), new.get(p)) for p in paths if old.get(p) != new.get(p)]


def changed_stretch(before: str, after: str, context: int = 60) -> tuple[str, str]:
    """For long texts, only the part that differs, with some context either side ("…" marks a cut)."""
    if len(before) <= 2 * context + 40 and len(after) <= 2 * context + 40:
        return before, after
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[len(before) - 1 - end] == after[len(after) - 1 - end]:
        end += 1
    first = max(0, start - context)

    def cut(text: str) -> str:
        last = min(len(text), len(text) - end + context)
        return ("…" if first > 0 else "") + text[first:last] + ("…" if last < len(text) else "")

    return cut(before), cut(after)
