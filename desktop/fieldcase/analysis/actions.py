"""Recommended action points and the UN human-rights mechanism references they cite (domain.md §6).

Reference formats accepted (the app's ids; the mechanism's own symbol is kept in `symbol`):

    UPR:{ISO3}:{cycle}:{Working Group report symbol}:{para}.{n}   UPR:XTV:4:A/HRC/58/12:128.26
    {UA|AL|OL|JUA|JAL|JOL} {ISO3} {n}/{year}                      AL XTV 3/2026  (Special Procedures)
    {COMMITTEE}/C/{ISO3}/CO/{n}[ para {p}]                         CCPR/C/XTV/CO/4 para 12  (treaty body)
    A/HRC/RES/{session}/{n}                                        A/HRC/RES/12/2  (HRC resolution)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
MECHANISMS = ("upr", "special_procedure", "treaty_body", "hrc_resolution", "coi", "other")
MAX_TITLE = 300
MAX_TEXT = 4000

_UPR = re.compile(r"^UPR:(?P<country>[A-Z]{3}):(?P<cycle>[1-9]):(?P<symbol>A/HRC/[^:\s]+):(?P<code>\d+\.\d+)$")
_SP = re.compile(r"^(?P<type>UA|AL|OL|JUA|JAL|JOL) (?P<country>[A-Z]{3}) (?P<n>\d{1,4})/(?P<year>\d{4})$")
_TB = re.compile(r"^(?P<symbol>(?P<committee>[A-Z]{2,6})/C/(?P<country>[A-Z]{3})/CO/\d{1,2}(?:-\d{1,2})?)"
                 r"(?: para\.? ?(?P<code>\d{1,3}(?:\.\d{1,3})?(?:\([a-z]\))?))?$")
_HRC = re.compile(r"^A/HRC/RES/\d{1,3}/\d{1,3}$")
# A UPR recommendation by its Working Group report and paragraph (recommendations.py), or any other stored
# recommendation's id: "{symbol} para {paragraph}".
_SYMBOL_PARA = re.compile(r"^(?P<symbol>A/HRC/\d{1,3}/\d{1,4}(?:/Add\.\d{1,2})?) para (?P<code>\d{1,3}\.\d{1,3})$")
EXAMPLES = "UPR:XTV:4:A/HRC/58/12:128.26, AL XTV 3/2026, CCPR/C/XTV/CO/4 para 12, A/HRC/RES/12/2"


@dataclass(frozen=True)
class ParsedReference:
    ref_id: str  # normalised (single spaces)
    mechanism: str
    symbol: str  # the mechanism's document symbol or communication reference
    code: str | None  # paragraph / recommendation number or communication type
    country: str | None


def parse_reference(text: str) -> ParsedReference:
    ref = " ".join(text.split())
    if match := _UPR.match(ref):
        return ParsedReference(ref, "upr", match["symbol"], match["code"], match["country"])
    if match := _SP.match(ref):
        return ParsedReference(ref, "special_procedure", ref, match["type"], match["country"])
    if match := _TB.match(ref):
        return ParsedReference(ref, "treaty_body", match["symbol"], match["code"], match["country"])
    if _HRC.match(ref):
        return ParsedReference(ref, "hrc_resolution", ref, None, None)
    if match := _SYMBOL_PARA.match(ref):
        return ParsedReference(ref, "upr", match["symbol"], match["code"], None)
    raise ValueError(f"not a mechanism reference the app knows (examples: {EXAMPLES}, "
                     "A/HRC/58/12 para 128.26)")


@dataclass(frozen=True)
class MechanismReference:
    ref_id: str
    mechanism: str
    symbol: str
    code: str | None
    text: str = ""
    date: str | None = None  # ISO date
    status: str | None = None  # the State's response: supported, noted, reply_received, no_reply (or upr.resp.*)
    url: str | None = None
    rev: int = 0
    author: str = ""
    created_at: str = ""
    recommending: tuple[str, ...] = ()  # recommending States (UPR) or mandates (Special Procedures)
    response_date: str | None = None  # ISO date
    themes: tuple[str, ...] = ()
    risk_areas: tuple[str, ...] = ()
    sdg_targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionPoint:
    action_id: str
    title: str
    owner: str
    status: str = "open"
    description: str = ""
    risk_areas: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # MechanismReference.ref_id
    due: str | None = None  # ISO date
    period: str | None = None  # the monthly review (YYYY-MM) that recommended it
    region: str | None = None  # admin-1 P-code
    rev: int = 0
    author: str = ""
    created_at: str = ""
    note: str = ""  # this revision's outcome (done) or reason (dropped), or a note on the change
    effective_on: str | None = None  # ISO date the change took effect (None: the day it was written)

    @property
    def effective(self) -> str:
        """The day this revision took effect."""
        return self.effective_on or self.created_at[:10]

    def overdue(self, today: dt.date) -> bool:
        return self.status in ("open", "in_progress") and self.due is not None and self.due < today.isoformat()


def check_action(action: ActionPoint) -> None:
    """Raise ValueError naming the first bad field."""
    if not action.title.strip():
        raise ValueError("title: an action point needs a title")
    if len(action.title) > MAX_TITLE:
        raise ValueError(f"title: too long (at most {MAX_TITLE} characters)")
    if len(action.description) > MAX_TEXT:
        raise ValueError(f"description: too long (at most {MAX_TEXT} characters)")
    if not action.owner.strip():
        raise ValueError("owner: say who is responsible (a person, team or agency)")
    if action.status not in ACTION_STATUSES:
        raise ValueError(f"status: expected one of {', '.join(ACTION_STATUSES)}")
    if action.due is not None:
        try:
            dt.date.fromisoformat(action.due)
        except ValueError:
            raise ValueError("due: not a date (YYYY-MM-DD)") from None
    if not action.risk_areas:
        raise ValueError("risk_areas: link the action point to at least one risk area")
    if action.status in ("done", "dropped") and not action.note.strip():
        raise ValueError("note: say the outcome (done) or the reason (dropped)" if action.status == "done"
                         else "note: say the reason the action point was dropped")
    if len(action.note) > MAX_TEXT:
        raise ValueError(f"note: too long (at most {MAX_TEXT} characters)")
    if action.effective_on is not None:
        try:
            dt.date.fromisoformat(action.effective_on)
        except ValueError:
            raise ValueError("on: not a date (YYYY-MM-DD)") from None
