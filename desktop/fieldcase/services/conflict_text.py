"""Field values of a record in words, for comparing two versions (the conflict view, `conflicts show`).

People, acts, places and dates read as a person would say them, with framework terms and the schema's
enums through the caller's labels (the app passes its translated vocabulary; the command line the
frameworks' English names). Qt-free: both drivers use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain.records import Act, CaseRecord, Deaths, Location, PartialDate, PersonLink

# English defaults; the app passes translations of the same keys.
WORDS = {
    "yes": "Yes", "no": "No", "not_set": "(not set)", "by": "by", "linked_to_work": "linked to the victim's work",
    "killed": "killed", "injured": "injured", "abducted": "abducted", "displaced": "displaced",
    "named": "name recorded", "none": "(none)", "sep": ", ",
}

ENUM_FIELDS = ("info_type", "perpetrator_status", "verification", "status", "confidentiality", "severity")
TERM_FIELDS = ("perpetrator_category",)


@dataclass(frozen=True)
class Labels:
    term: Callable[[str], str] = lambda code: code  # framework ids (act types, categories, risk areas)
    enum: Callable[[str, str], str] = lambda kind, code: code  # (enum name, stored value) -> label
    words: Mapping[str, str] = field(default_factory=lambda: dict(WORDS))


def _date(value: PartialDate | None, labels: Labels) -> str:
    if value is None:
        return labels.words["not_set"]
    return value.text


def _place(loc: Location) -> str:
    def unit(name: str | None, pcode: str | None) -> str | None:
        return f"{name} ({pcode})" if name and pcode else name or pcode

    parts = [loc.place, unit(loc.adm2_name, loc.adm2_pcode), unit(loc.adm1_name, loc.adm1_pcode), loc.country]
    text = ", ".join(p for p in parts if p)
    if loc.lat is not None and loc.lon is not None:
        text += f" · {loc.lat:.5f}, {loc.lon:.5f}"
    return text


def _person(p: PersonLink, labels: Labels) -> str:
    details = [labels.enum("sex", p.sex), labels.enum("age_group", p.age_group)]
    if p.name:
        details.append(labels.words["named"])
    return f"{labels.enum('role', p.role)}: {p.pseudonym} ({labels.words.get('sep', ', ').join(details)})"


def _act(a: Act, labels: Labels) -> str:
    text = f"{a.victim}: {labels.term(a.act_type)}"
    perpetrators = [labels.enum("perpetrator_status", p.status)
                    + (f" – {labels.term(p.category)}" if p.category else "") for p in a.perpetrators]
    if perpetrators:
        text += f" — {labels.words['by']} " + "; ".join(perpetrators)
    if a.linked_to_work:
        text += f" ({labels.words['linked_to_work']})"
    return text


def _deaths(d: Deaths, labels: Labels) -> str:
    return f"{d.count} × " + ", ".join(labels.term(v) for v in (d.sex, d.age_group, d.cause, d.status))


def describe(record: CaseRecord, name: str, labels: Labels | None = None) -> str:
    """The value of field `name` of `record` in words (several lines for lists)."""
    labels = labels or Labels()
    value: Any = getattr(record, name)
    not_set = labels.words["not_set"]
    if name in ("date", "date_end"):
        return _date(value, labels)
    if name == "reported_on":
        return value.isoformat() if value else not_set
    if name == "location":
        return _place(value) or not_set
    if name == "people":
        return "\n".join(_person(p, labels) for p in value) or labels.words["none"]
    if name == "acts":
        return "\n".join(_act(a, labels) for a in value) or labels.words["none"]
    if name == "sources":
        return "\n".join(f"{s.name} ({s.reliability}{s.credibility})" for s in value) or labels.words["none"]
    if name == "violation_types":
        return "\n".join(labels.term(v) for v in value) or labels.words["none"]
    if name == "risk_tags":
        return "\n".join(labels.term(t.category) + (f" — {t.rationale}" if t.rationale else "")
                         for t in value) or labels.words["none"]
    if name == "casualties":
        counts = [f"{labels.words[k]} {getattr(value, k)}" for k in ("killed", "injured", "abducted", "displaced")
                  if getattr(value, k) is not None]
        return labels.words.get("sep", ", ").join(counts) or not_set
    if name == "deaths":
        return "\n".join(_deaths(d, labels) for d in value) or labels.words["none"]
    if name == "attachments":
        return "\n".join(a.original_name for a in value) or labels.words["none"]
    if name == "cross_border":
        return value or not_set
    if name in ENUM_FIELDS:
        return labels.enum(name, str(value)) if value is not None else not_set
    if name in TERM_FIELDS:
        return labels.term(value) if value else not_set
    if isinstance(value, bool):
        return labels.words["yes" if value else "no"]
    if value is None or value == "":
        return not_set
    return str(value)
