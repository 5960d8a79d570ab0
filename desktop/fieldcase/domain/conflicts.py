"""Two versions of one record, field by field: which fields differ, and the record a decision makes.

A "field" here is what an officer decides about as one thing: a top-level field of the record (the title,
the dates, the place, the people, the acts ...). The people and the acts are decided together as "people"
and "acts" but checked together (an act names a victim among the record's people), so a combination that
would break that link is refused in words, before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..errors import FieldcaseError
from .records import CaseRecord, PartialDate

# Every field a decision covers, in the editor's order. Not listed: id, kind, rev, author, created_at.
FIELDS: tuple[str, ...] = (
    "title", "info_type", "date", "date_end", "reported_on", "location", "narrative", "people", "acts",
    "sources", "violation_types", "perpetrator_category", "perpetrator_status", "severity", "verification",
    "status", "confidentiality", "reprisal", "early_warning", "cross_border", "early_action", "casualties",
    "deaths", "conflict_related", "participants", "risk_tags", "attachments",
)
# Fields whose value an officer may type (combine), and how it is read back.
EDITABLE_TEXT = ("title", "narrative", "early_action")
EDITABLE_NUMBER = ("severity", "participants")
EDITABLE_DATE = ("date", "date_end")
EDITABLE = EDITABLE_TEXT + EDITABLE_NUMBER + EDITABLE_DATE
SIDES = ("mine", "theirs")


@dataclass(frozen=True)
class Decision:
    """Per differing field: "mine", "theirs" or "edited" (then `edits` holds the typed value)."""

    choices: Mapping[str, str]
    edits: Mapping[str, Any]

    def audit_detail(self) -> dict[str, str]:
        """Which field came from where; never the values (the audit log outlives purged content)."""
        return {name: self.choices[name] for name in sorted(self.choices)}


def _comparable(record: CaseRecord, name: str) -> Any:
    value = getattr(record, name)
    if name == "people":  # person ids are the store's; the same person on both sides compares equal
        return tuple(replace(p, person_id=None) for p in value)
    if name == "sources":
        return tuple(replace(s, source_id=None) for s in value)
    if name == "risk_tags":  # the framework pin follows the category; compare what the officer chose
        return tuple((t.category, t.rationale) for t in value)
    return value


def differing(mine: CaseRecord, theirs: CaseRecord) -> list[str]:
    """The fields whose values differ between the two versions, in FIELDS order."""
    return [name for name in FIELDS if _comparable(mine, name) != _comparable(theirs, name)]


def _edited_value(name: str, value: Any) -> Any:
    if name in EDITABLE_TEXT:
        text = str(value or "").strip() if name == "title" else str(value or "")
        if name == "title" and not text:
            raise FieldcaseError("The {field} cannot be empty.", field="Title")
        return text
    if name in EDITABLE_NUMBER:
        if value in (None, ""):
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            raise FieldcaseError("The {field} must be a whole number.", field=name.capitalize()) from None
        if name == "severity" and not 1 <= number <= 5:
            raise FieldcaseError("The {field} must be between 1 and 5.", field="Severity")
        if number < 0:
            raise FieldcaseError("The {field} must be a whole number.", field=name.capitalize())
        return number
    if name in EDITABLE_DATE:
        if value in (None, "") and name == "date_end":
            return None
        try:
            return PartialDate.parse(str(value).strip())
        except ValueError:
            raise FieldcaseError("The {field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD.",
                                 field="Date" if name == "date" else "End date") from None
    raise FieldcaseError("The field {field} can be taken from one side, not typed.", field=name)


def combine(current: CaseRecord, mine: CaseRecord, theirs: CaseRecord, decision: Decision) -> CaseRecord:
    """The record the decision makes, on top of `current` (the head now): every differing field set from the
    chosen side or the typed value; the fields both sides agree on stay as they are in `current`."""
    values: dict[str, Any] = {}
    for name in differing(mine, theirs):
        choice = decision.choices.get(name)
        if choice == "mine":
            values[name] = getattr(mine, name)
        elif choice == "theirs":
            values[name] = getattr(theirs, name)
        elif choice == "edited" and name in decision.edits:
            values[name] = _edited_value(name, decision.edits[name])
        else:
            raise FieldcaseError("Choose mine or theirs for every field that differs ({field} has no choice).",
                                 field=name)
    unknown = sorted(set(decision.choices) - set(FIELDS))
    if unknown:
        raise FieldcaseError("There is no field {field} in a record.", field=unknown[0])
    result = replace(current, **values)
    victims = {p.pseudonym for p in result.people}
    for act in result.acts:
        if act.victim not in victims:
            raise FieldcaseError("An act names a victim who is not among the people you kept: take the people and "
                                 "the acts from the same side.")
    if result.date_end is not None and result.date_end.last_day < result.date.first_day:
        raise FieldcaseError("The {field} is before the start date.", field="End date")
    return result


def field_value(record: CaseRecord, name: str) -> Any:
    return getattr(record, name)
