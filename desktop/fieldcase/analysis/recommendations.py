"""Mechanism recommendations and communications as records, and the file formats they are imported from.

A recommendation (or Special Procedures communication, treaty-body observation, HRC resolution ...) is
stored as a `MechanismReference` (actions.py) under a reference id built from its document symbol and
paragraph or its communication reference. What each mechanism's reference looks like, and the State's
responses, follow schema/frameworks/un.mechanisms.references.json (its sources: OHCHR UPR pages, the
Universal Human Rights Index, the Special Procedures communications database):

    UPR               symbol A/HRC/{session}/{n} of the Working Group report + paragraph {para}.{n}
                      -> "A/HRC/58/12 para 128.26"; responses supported / noted
    Special Procedures  {AL|UA|OL} {ISO3} {n}/{year}  ("AL XTV 3/2026"); JUA and JAL (joint urgent
                      appeal / joint allegation letter, used before the current prefixes) accepted as
                      legacy; responses reply received / no reply
    treaty body       {COMMITTEE}/C/{ISO3}/CO/{n} [+ paragraph]  -> "CCPR/C/XTV/CO/4 para 12"
    HRC resolution    A/HRC/RES/{session}/{n}
    other             any reference of 1-200 characters (no structure is checked)

CSV columns (a UHRI-style export; header names are case-insensitive, order free; lists split on ";"):
    mechanism       upr | special_procedures | treaty_body | hrc_resolution | other   (required)
    symbol          document symbol, or the communication reference                   (required)
    paragraph       recommendation paragraph (required for UPR; optional for treaty bodies)
    date            YYYY-MM-DD: the report's adoption or the communication's date
    recommending    recommending State(s) (UPR) or mandate(s) (Special Procedures)
    text            the recommendation or communication summary, verbatim              (required)
    response        supported | noted (UPR), reply_received | no_reply (communications)
    response_date   YYYY-MM-DD
    themes          UHRI themes, free words
    risk_areas      risk area ids (cca.*) the recommendation bears on
    sdg_targets     SDG targets, e.g. 16.10; 16.a
    url             a link to the document
The JSON form is an array of objects with the same keys (lists as JSON arrays or ";"-joined strings).

Errors name the row (data rows counted from 1 after the header; JSON items from 1) and the column, and
never repeat the rejected value: an import is all or nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ImportProblem

MECHANISMS = {"upr": "upr", "special_procedures": "special_procedure", "special_procedure": "special_procedure",
              "sp": "special_procedure", "treaty_body": "treaty_body", "hrc_resolution": "hrc_resolution",
              "other": "other"}
MECHANISM_LABELS = {"upr": "UPR", "special_procedure": "Special Procedures", "treaty_body": "Treaty body",
                    "hrc_resolution": "HRC resolution", "coi": "Commission of inquiry", "other": "Other"}
RESPONSES = {"upr": ("supported", "noted"), "special_procedure": ("reply_received", "no_reply"),
             "treaty_body": ("reply_received", "no_reply"), "hrc_resolution": (), "other": ("supported", "noted",
                                                                                            "reply_received",
                                                                                            "no_reply")}
RESPONSE_LABELS = {"supported": "Supported", "noted": "Noted", "reply_received": "Reply received",
                   "no_reply": "No reply", "upr.resp.supported": "Supported", "upr.resp.noted": "Noted"}
COLUMNS = ("mechanism", "symbol", "paragraph", "date", "recommending", "text", "response", "response_date",
           "themes", "risk_areas", "sdg_targets", "url")
REQUIRED = ("mechanism", "symbol", "text")
LISTS = ("recommending", "themes", "risk_areas", "sdg_targets")
MAX_TEXT = 4000
MAX_ITEM = 200

_UPR_SYMBOL = re.compile(r"^A/HRC/\d{1,3}/\d{1,4}(?:/Add\.\d{1,2})?$")
_UPR_PARA = re.compile(r"^\d{1,3}\.\d{1,3}$")
_SP = re.compile(r"^(?P<type>AL|UA|OL|JUA|JAL|JOL) [A-Z]{3} \d{1,4}/\d{4}$")
_TB_SYMBOL = re.compile(r"^[A-Z]{2,6}/C/[A-Z]{3}/CO/\d{1,2}(?:-\d{1,2})?$")
_TB_PARA = re.compile(r"^\d{1,3}(?:\.\d{1,3})?(?:\([a-z]\))?$")
_HRC = re.compile(r"^A/HRC/RES/\d{1,3}/\d{1,3}$")
_SDG = re.compile(r"^\d{1,2}\.(?:\d{1,2}|[a-c])$")
LEGACY_SP = ("JUA", "JAL", "JOL")


class RowProblem(ImportProblem):
    """One bad cell: the row and the column, and what is expected (never the value)."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"row {self.line}, column {self.field or '(row)'}: {self.reason}"


@dataclass(frozen=True)
class RecommendationInput:
    """One validated row, ready to be stored as a MechanismReference."""

    ref_id: str
    mechanism: str
    symbol: str
    code: str | None
    text: str
    date: str | None
    recommending: tuple[str, ...]
    response: str | None
    response_date: str | None
    themes: tuple[str, ...]
    risk_areas: tuple[str, ...]
    sdg_targets: tuple[str, ...]
    url: str | None


def reference_id(mechanism: str, symbol: str, paragraph: str) -> tuple[str, str | None]:
    """The stored reference id and code for a mechanism's symbol and paragraph; ValueError (naming the
    column, `symbol` or `paragraph`, then what is expected) when they do not have the mechanism's form."""
    symbol, paragraph = " ".join(symbol.split()), paragraph.strip()
    if mechanism == "upr":
        if not _UPR_SYMBOL.match(symbol):
            raise ValueError("symbol|expected the Working Group report's symbol, A/HRC/{session}/{number}")
        if not _UPR_PARA.match(paragraph):
            raise ValueError("paragraph|expected the recommendation's paragraph, {para}.{n} (e.g. 128.26)")
        return f"{symbol} para {paragraph}", paragraph
    if mechanism == "special_procedure":
        match = _SP.match(symbol)
        if not match:
            raise ValueError("symbol|expected a communication reference, AL, UA or OL, the country code and "
                             "n/yyyy (e.g. AL XTV 3/2026); JUA and JAL are accepted as legacy")
        if paragraph:
            raise ValueError("paragraph|a communication has no paragraph: leave it empty")
        return symbol, match["type"]
    if mechanism == "treaty_body":
        if not _TB_SYMBOL.match(symbol):
            raise ValueError("symbol|expected concluding observations, {COMMITTEE}/C/{ISO3}/CO/{n}")
        if paragraph and not _TB_PARA.match(paragraph):
            raise ValueError("paragraph|expected a paragraph number (e.g. 12 or 12(b))")
        return (f"{symbol} para {paragraph}" if paragraph else symbol), paragraph or None
    if mechanism == "hrc_resolution":
        if not _HRC.match(symbol):
            raise ValueError("symbol|expected a resolution symbol, A/HRC/RES/{session}/{number}")
        return (f"{symbol} para {paragraph}" if paragraph else symbol), paragraph or None
    if not 1 <= len(symbol) <= MAX_ITEM or not symbol.isprintable():
        raise ValueError("symbol|expected a reference of 1 to 200 printable characters")
    return (f"{symbol} para {paragraph}" if paragraph else symbol), paragraph or None


def _date(text: str, column: str) -> str | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{column}|expected a date, YYYY-MM-DD") from None


def _items(value: Any) -> tuple[str, ...]:
    parts = [str(v) for v in value] if isinstance(value, list) else str(value or "").split(";")
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def parse_row(row: Mapping[str, Any], known_areas: Callable[[str], bool]) -> RecommendationInput:
    """Validate one row; ValueError("column|what is expected") on the first bad cell."""
    cells = {k: ("" if row.get(k) is None else row.get(k)) for k in COLUMNS}
    for column in REQUIRED:
        if not str(cells[column]).strip():
            raise ValueError(f"{column}|required")
    mechanism = MECHANISMS.get(str(cells["mechanism"]).strip().lower().replace(" ", "_"))
    if mechanism is None:
        raise ValueError("mechanism|expected one of upr, special_procedures, treaty_body, hrc_resolution, other")
    ref_id, code = reference_id(mechanism, str(cells["symbol"]), str(cells["paragraph"]))
    text = str(cells["text"]).strip()
    if len(text) > MAX_TEXT:
        raise ValueError(f"text|too long (at most {MAX_TEXT} characters)")
    response = str(cells["response"]).strip().lower().replace(" ", "_") or None
    if response is not None and response not in RESPONSES[mechanism]:
        allowed = ", ".join(RESPONSES[mechanism]) or "nothing (leave it empty)"
        raise ValueError(f"response|expected {allowed}")
    lists = {k: _items(cells[k]) for k in LISTS}
    for column, values in lists.items():
        if any(len(v) > MAX_ITEM for v in values):
            raise ValueError(f"{column}|an item is too long (at most {MAX_ITEM} characters)")
    if any(not known_areas(a) for a in lists["risk_areas"]):
        raise ValueError("risk_areas|expected risk area ids (cca.*, see `fieldcase frameworks show unsdg.cca.mdra`)")
    if any(not _SDG.match(t) for t in lists["sdg_targets"]):
        raise ValueError("sdg_targets|expected SDG targets such as 16.10 or 16.a")
    url = str(cells["url"]).strip() or None
    if url is not None and (len(url) > 500 or not re.match(r"^https?://\S+$", url)):
        raise ValueError("url|expected an http(s) address of at most 500 characters")
    return RecommendationInput(
        ref_id=ref_id, mechanism=mechanism, symbol=" ".join(str(cells["symbol"]).split()), code=code, text=text.strip(),
        date=_date(str(cells["date"]).strip(), "date"), recommending=lists["recommending"], response=response,
        response_date=_date(str(cells["response_date"]).strip(), "response_date"), themes=lists["themes"],
        risk_areas=lists["risk_areas"], sdg_targets=lists["sdg_targets"], url=url)


def _check_all(rows: Iterable[tuple[int, Mapping[str, Any]]],
               known_areas: Callable[[str], bool]) -> tuple[list[RecommendationInput], list[ImportProblem]]:
    found: list[RecommendationInput] = []
    problems: list[ImportProblem] = []
    seen: dict[str, int] = {}
    for number, row in rows:
        try:
            item = parse_row(row, known_areas)
        except ValueError as exc:
            column, _, reason = str(exc).partition("|")
            problems.append(RowProblem(number, column, reason))
            continue
        if item.ref_id in seen:
            problems.append(RowProblem(number, "symbol", f"the same recommendation as row {seen[item.ref_id]}"))
            continue
        seen[item.ref_id] = number
        found.append(item)
    return found, problems


def read_csv(text: str, known_areas: Callable[[str], bool]) -> tuple[list[RecommendationInput], list[ImportProblem]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown or not header:
        return [], [RowProblem(0, ", ".join(unknown) or "(header)",
                               "not a column Fieldcase knows; the columns are " + ", ".join(COLUMNS))]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [RowProblem(0, ", ".join(missing), "required column missing from the header")]
    reader.fieldnames = header
    rows = ((i, {k: (v or "") for k, v in r.items() if k in COLUMNS}) for i, r in enumerate(reader, start=1))
    return _check_all(rows, known_areas)


def read_json(text: str, known_areas: Callable[[str], bool]) -> tuple[list[RecommendationInput], list[ImportProblem]]:
    try:
        data = json.loads(text)
    except ValueError:
        return [], [RowProblem(0, "(file)", "the file is not valid JSON")]
    if isinstance(data, dict) and isinstance(data.get("recommendations"), list):
        data = data["recommendations"]
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        return [], [RowProblem(0, "(file)", "expected an array of recommendation objects")]
    problems: list[ImportProblem] = []
    for i, d in enumerate(data, start=1):
        extra = sorted(k for k in d if k not in COLUMNS)
        if extra:
            problems.append(RowProblem(i, ", ".join(extra)[:80], "not a field Fieldcase knows"))
    found, more = _check_all(enumerate(data, start=1), known_areas)
    return found, problems + more
