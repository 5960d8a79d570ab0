"""Source protection for briefings (do no harm): pure functions over domain records.

* People appear under their pseudonym unless their recorded consent allows naming; the names of
  people without that consent are also replaced in titles and narratives.
* Sources are never named: a briefing shows their type and Admiralty grading only, and the
  "Sources: ..." line of a narrative is dropped.
* Coordinates are never printed.
* `strict` also drops places below admin-2 (settlement, site) and reduces every date to its month,
  in fields and inside free text.

What was withheld is listed by `withheld_statement`, and printed in the briefing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..domain.records import Location, PartialDate, PersonLink
from ..i18n.briefing_text import fmt_number, tr
from ..text import clean_block
from .model import PersonMention

PLACE_WITHHELD = "[place withheld]"
NAME_PARTS_MIN = 4  # name parts this long are replaced on their own too (a first name alone can identify)

_MONTHS = "|".join(calendar.month_name[1:])
_DAY_MONTH = re.compile(rf"\b(?:([Oo]n|[Tt]he) )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? ({_MONTHS})\b")
_MONTH_DAY = re.compile(rf"\b(?:([Oo]n) )?({_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b(?![:\d])")
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2})-\d{2}\b")
_NUMERIC_DAY = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_SOURCES_LINE = re.compile(r"^\s*Sources?:.*$", re.MULTILINE)

# Untrusted text made printable by the one rule set (fieldcase/text.py): no control, bidi or other hidden
# characters. Names, places and narratives all go through the same function, so that a name or place
# found in a field is still found, character for character, in the cleaned free text.
clean = clean_block


@dataclass(frozen=True)
class Redactor:
    """How one briefing protects people, sources and (in strict mode) places and dates.

    `protected` maps the name of every person without naming consent to their pseudonym;
    `places` holds the exact place names (below admin-2) that strict mode removes from free text.
    """

    level: str = "standard"
    protected: Mapping[str, str] | None = None
    places: frozenset[str] = frozenset()

    @property
    def strict(self) -> bool:
        return self.level == "strict"

    # -- fields ---------------------------------------------------------------------------------
    def person(self, p: PersonLink) -> PersonMention:
        if p.consent.naming and p.name:
            return PersonMention(p.role, f"{clean(p.name)} ({clean(p.pseudonym)})", True)
        return PersonMention(p.role, clean(p.pseudonym), False)

    def date(self, d: PartialDate) -> str:
        return d.text[:7] if self.strict and d.precision == "day" else d.text

    def where(self, loc: Location) -> str:
        parts = [loc.adm2_name, loc.adm1_name] if self.strict else [loc.place, loc.adm2_name, loc.adm1_name]
        return ", ".join(clean(p) for p in parts if p) or clean(loc.country)

    # -- free text ------------------------------------------------------------------------------
    def text(self, value: str) -> str:
        """Titles and narratives: names, the sources line and (strict) places and day dates removed."""
        out = _SOURCES_LINE.sub("", clean(value))
        out = self._names(out)
        if self.strict:
            out = self._places(out)
            out = strip_day_dates(out)
        return re.sub(r"\n{2,}", "\n", out).strip()

    def _names(self, value: str) -> str:
        if not self.protected:
            return value
        for name, pseudonym in sorted(self.protected.items(), key=lambda kv: -len(kv[0])):
            if name in value:
                value = value.replace(name, pseudonym)
        for part, pseudonym in _name_parts(self.protected):
            value = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", pseudonym, value)
        return value

    def _places(self, value: str) -> str:
        for place in sorted(self.places, key=len, reverse=True):
            if place and place in value:
                value = re.sub(rf"(?<!\w){re.escape(place)}(?!\w)", PLACE_WITHHELD, value)
        return value


def _name_parts(protected: Mapping[str, str]) -> list[tuple[str, str]]:
    parts: dict[str, str] = {}
    for name, pseudonym in protected.items():
        for part in name.split():
            if (len(part) >= NAME_PARTS_MIN and part[0].isupper()) or _is_non_latin(part):
                parts.setdefault(part, pseudonym)
    return sorted(parts.items(), key=lambda kv: -len(kv[0]))


def _is_non_latin(word: str) -> bool:
    return len(word) >= 3 and any(ord(ch) > 0x24F for ch in word)


def _month_only(prefix: str | None, month: str) -> str:
    """'on 14 October' -> 'in October', 'On ...' -> 'In ...', 'the 2nd October' -> 'October'."""
    if prefix in ("on", "On"):
        return ("In " if prefix == "On" else "in ") + month
    return month


def strip_day_dates(value: str) -> str:
    """'on 14 October' -> 'in October', '2026-10-14' -> '2026-10', '14/10/2026' -> '[date withheld]'."""
    value = _DAY_MONTH.sub(lambda m: _month_only(m.group(1), m.group(2)), value)
    value = _MONTH_DAY.sub(lambda m: _month_only(m.group(1), m.group(2)), value)
    value = _ISO_DAY.sub(r"\1", value)
    return _NUMERIC_DAY.sub("[date withheld]", value)


def protected_names(people: Iterable[PersonLink]) -> dict[str, str]:
    """name -> pseudonym for every named person without consent to be named."""
    return {clean(p.name): clean(p.pseudonym) for p in people if p.name and not p.consent.naming}


def withheld_statement(level: str, *, pseudonymised: int, named: int, sources: int, records: int,
                       day_dates: int = 0, places: int = 0, listed: int | None = None) -> tuple[str, ...]:
    """What the briefing leaves out, in plain words (printed in the document)."""
    # "label: count" wording: the briefing catalogues have no plural forms, and a count after a colon reads
    # right in every language (never "person(s)")
    n = fmt_number
    lines = [
        tr("People who appear only under a pseudonym (no consent to be named was recorded): {count}.",
           count=n(pseudonymised)),
        tr("People named because they gave recorded consent to be named: {count}.", count=n(named)),
        tr("Information sources whose identities are withheld: {count}. Sources are described by type and "
           "Admiralty grading (reliability A-F, credibility 1-6) only.", count=n(sources)),
        tr("Exact coordinates are withheld for all records; locations are given as place and administrative area."),
    ]
    if level == "strict":
        lines.append(tr("Strict redaction: exact places below admin-2 (settlements, sites) are withheld; records "
                        "concerned: {count}. Locations are given as district and province only.", count=n(places)))
        lines.append(tr("Strict redaction: exact dates are withheld; records concerned: {count}. Dates are given to "
                        "the month, also in narratives.", count=n(day_dates)))
    if listed is None or listed >= records:
        lines.append(tr("Records behind this briefing, all listed by id in the annex without names or narratives: "
                        "{count}.", count=n(records)))
    else:  # the annex lists the most serious only (assemble.annex_listed)
        lines.append(tr("Records behind this briefing: {count}; the annex lists the {listed} most serious by id, "
                        "without names or narratives, and says where the complete list is.", count=n(records),
                        listed=n(listed)))
    return tuple(lines)
