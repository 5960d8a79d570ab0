"""Redaction of a package's JSON, with the briefing's rules (briefing/redaction.py), and the leak check.

Levels: `none` (everything, for a mechanism entitled to it: an explicit choice), `standard` and
`strict` (as for briefings). In a redacted package:
* people without recorded consent to be named appear under their pseudonym only, everywhere;
* sources are never named (type and Admiralty grading stay), coordinates are dropped;
* `strict` also drops places below admin-2 and reduces event dates to the month;
* attachments are withheld: their content cannot be redacted by a program (a photograph, a scanned
  statement), so the package lists their SHA-256, size and type, by which originals handed over
  later can be checked.

`leaks` is run on every text a redacted package is about to contain; an export that would carry a
protected name stops instead (a bug caught, not a person exposed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..briefing.redaction import NAME_PARTS_MIN, Redactor

_COORDINATES = ("lat", "lon", "coord_precision_m")


def _month(text: Any, strict: bool) -> Any:
    return text[:7] if strict and isinstance(text, str) and len(text) == 10 else text


def redact_record(data: Mapping[str, Any], redactor: Redactor) -> dict[str, Any]:
    """A revision's JSON (record_to_json with meta) as a redacted package shows it."""
    strict = redactor.strict
    out = dict(data)
    for key in ("title", "narrative"):
        if key in out:
            out[key] = redactor.text(out[key])
    for key in ("date", "date_end", "reported_on"):
        if key in out:
            out[key] = _month(out[key], strict)
    loc = {k: v for k, v in dict(out.get("location", {})).items() if k not in _COORDINATES}
    if strict:
        loc.pop("place", None)
    out["location"] = loc
    people = []
    for person in out.get("people", []):
        p = dict(person)
        consent = dict(p.get("consent", {}))
        if not (consent.get("naming") and p.get("name")):
            p.pop("name", None)
        if "recorded_on" in consent:
            consent["recorded_on"] = _month(consent["recorded_on"], strict)
            p["consent"] = consent
        people.append(p)
    out["people"] = people
    out["sources"] = [{k: v for k, v in s.items() if k not in ("name", "connection")} for s in out.get("sources", [])]
    out["acts"] = [{k: (redactor.text(v) if k.endswith("rationale") else v) for k, v in a.items()}
                   for a in out.get("acts", [])]
    out["risk_tags"] = [{k: (redactor.text(v) if k == "rationale" else v) for k, v in t.items()}
                        for t in out.get("risk_tags", [])]
    out["attachments"] = [{**a, "original_name": redactor.text(a.get("original_name", ""))}
                          for a in out.get("attachments", [])]
    return {k: v for k, v in out.items() if v not in ([], {})}


def name_patterns(protected: Mapping[str, str]) -> list[re.Pattern[str]]:
    """Each protected full name, and each part of it that the briefing's redaction also replaces."""
    words: set[str] = set()
    for name in protected:
        words.add(name)
        words.update(part for part in name.split()
                     if (len(part) >= NAME_PARTS_MIN and part[0].isupper()) or
                     (len(part) >= 3 and any(ord(ch) > 0x24F for ch in part)))
    return [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in sorted(words, key=len, reverse=True) if w]


def leaks(texts: Iterable[str], patterns: list[re.Pattern[str]]) -> bool:
    return any(p.search(text) for text in texts for p in patterns)
