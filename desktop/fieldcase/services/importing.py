"""Reading import files (JSON and CSV, with an optional HXL hashtag row) and validating every row
before anything is written: an import is all or nothing, and reports every bad row at once."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import fastjsonschema
from jsonschema import Draft202012Validator

from ..domain.records import CaseRecord, PartialDate, record_from_json
from ..errors import ImportProblem, ImportRejected
from ..resources import schema_path
from .import_labels import CATEGORY_EXPECTED, CHOICES, LABELS, describe, label_of

if TYPE_CHECKING:
    from ..frameworks.registry import FrameworkRegistry

SCHEMA_PATH = schema_path("incident.schema.json")
MAX_PROBLEMS_SHOWN = 200

# CSV columns (documented in README): simple fields map straight to the record's JSON form.
CSV_FIELDS = {
    "id": "id", "kind": "kind", "info_type": "info_type", "title": "title", "narrative": "narrative",
    "date": "date", "date_end": "date_end", "reported_on": "reported_on", "perpetrator_category":
    "perpetrator_category", "perpetrator_status": "perpetrator_status", "verification": "verification",
    "status": "status", "confidentiality": "confidentiality",
}
CSV_INT_FIELDS = {"severity": "severity", "participants": "participants"}
CSV_LOCATION = ("country", "adm1_pcode", "adm1_name", "adm2_pcode", "adm2_name", "place")
CSV_LOCATION_NUM = {"lat": float, "lon": float, "coord_precision_m": int}
CSV_CASUALTIES = ("killed", "injured", "abducted", "displaced")
CSV_BOOL = ("reprisal", "early_warning", "conflict_related")
CSV_LISTS = {"violation_types": "violation_types", "risk_areas": "risk_tags"}
CSV_SOURCE = ("source_name", "source_reliability", "source_credibility")
CSV_COLUMNS = (*CSV_FIELDS, *CSV_INT_FIELDS, *CSV_LOCATION, *CSV_LOCATION_NUM, *CSV_CASUALTIES, *CSV_BOOL,
               *CSV_LISTS, *CSV_SOURCE)

# An HXL hashtag row (humanitarian data exchange) may stand under the header; these tags identify a
# column when its header text is not one of ours (domain.md §7.1).
HXL_COLUMNS = {
    "#event+id": "id", "#event+type": "kind", "#date+occurred": "date", "#date+reported": "reported_on",
    "#country+code+v_iso3": "country", "#adm1+name": "adm1_name", "#adm1+code+v_pcodes": "adm1_pcode",
    "#adm2+name": "adm2_name", "#adm2+code+v_pcodes": "adm2_pcode", "#loc+name": "place", "#geo+lat": "lat",
    "#geo+lon": "lon", "#group+type": "perpetrator_category", "#affected+killed": "killed",
    "#affected+injured": "injured", "#affected+abducted": "abducted", "#status": "verification",
    "#description": "narrative", "#event+name": "title", "#severity": "severity",
}


@cache
def _record_schema() -> dict[str, Any]:
    """The schema of one record, with the schema's $refs inlined (resolving them dominates otherwise)."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    defs = schema["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"$ref"} or ("$ref" in node and node["$ref"].startswith("#/$defs/")):
                target = inline(defs[node["$ref"].rsplit("/", 1)[1]])
                return {**target, **{k: inline(v) for k, v in node.items() if k != "$ref"}}
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    record: dict[str, Any] = inline(defs["record"])
    record["$schema"] = schema["$schema"]
    return record


@cache
def _validator() -> Draft202012Validator:
    """The reference validator: slow, but it lists every error with its path (used to explain a refusal)."""
    return Draft202012Validator(_record_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def compiled_validator() -> Callable[[Any], Any]:
    """The same schema compiled to Python by fastjsonschema: ~20x faster than jsonschema on a valid record,
    so it answers "valid?" for every row; a row it refuses is then explained by `_validator()`.
    tests/test_import_hardening.py checks that both agree on good and bad rows."""
    return fastjsonschema.compile(_as_draft7(_record_schema()), formats={"date": _is_iso_date})


def _as_draft7(node: Any) -> Any:
    """fastjsonschema knows drafts 4-7: the one 2020-12 keyword the schema uses, `dependentRequired`, is
    draft 7's `dependencies` with a list of names; everything else means the same in both."""
    if isinstance(node, dict):
        out = {("dependencies" if k == "dependentRequired" else k): _as_draft7(v) for k, v in node.items()}
        out["$schema"] = "http://json-schema.org/draft-07/schema#" if "$schema" in node else out.get("$schema")
        return {k: v for k, v in out.items() if v is not None}
    if isinstance(node, list):
        return [_as_draft7(v) for v in node]
    return node


def _is_iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _path(error_path: Any) -> str:
    out = ""
    for part in error_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# -- reading --------------------------------------------------------------------------------------

def _reject_constant(name: str) -> Any:
    raise ValueError("not a number")  # NaN / Infinity: JSON has no such numbers; Python's parser allows them


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _malformed(line: int, template: str = "the JSON text is malformed here", **params: object) -> ImportRejected:
    return ImportRejected("The JSON file is malformed; nothing was imported.",
                          [ImportProblem(line, "", template, **params)])


def _json_items(source: str | TextIO) -> Iterator[tuple[int, Any]]:
    """Yield (line number, item) for each element of a top-level JSON array, read from a text or a file in
    slices: memory holds one slice (4 MiB) and the record being decoded, not the whole file."""
    stream = _JsonBuffer(source)
    pos = stream.skip(0)
    if pos >= len(stream.buf) or stream.buf[pos] != "[":
        raise ImportRejected("The JSON file must hold an array of records.",
                             [ImportProblem(stream.line_at(pos), "", "expected a list of records, starting with [")])
    pos = stream.skip(pos + 1)
    if pos < len(stream.buf) and stream.buf[pos] == "]":
        return
    while True:
        pos = stream.compact(pos)
        line = stream.line_at(pos)
        while True:
            try:
                item, end = _DECODER.raw_decode(stream.buf, pos)
                if end < len(stream.buf) or not stream.fill():  # a number cut at the slice's end reads short
                    break
            except json.JSONDecodeError as exc:
                if stream.fill():
                    continue
                raise _malformed(stream.first_line + exc.lineno - 1) from None
            except ValueError:
                raise _malformed(line, "a number is NaN or Infinity, which JSON does not allow") from None
            except RecursionError:
                raise _malformed(line, "the record is nested too deeply (lists or objects within each other)") from None
        yield line, item
        pos = stream.skip(end)
        if pos < len(stream.buf) and stream.buf[pos] == ",":
            pos = stream.skip(pos + 1)
            continue
        if pos < len(stream.buf) and stream.buf[pos] == "]" and stream.skip(pos + 1) >= len(stream.buf):
            return
        raise _malformed(stream.line_at(pos), "expected a comma or the closing ] after a record")


class _JsonBuffer:
    """A sliding window over JSON text: `buf` from offset `start` of the file, with line numbers."""

    SLICE = 1 << 22

    def __init__(self, source: str | TextIO) -> None:
        self.handle = None if isinstance(source, str) else source
        self.buf = source if isinstance(source, str) else ""
        self.eof = isinstance(source, str)
        self.first_line = 1  # the line of buf[0]
        self.counter = _LineCounter(self.buf)
        self.fill()

    def fill(self) -> bool:
        if self.eof or self.handle is None:
            return False
        chunk = self.handle.read(self.SLICE)
        if not chunk:
            self.eof = True
            return False
        self.buf += chunk
        self.counter.text = self.buf
        return True

    def skip(self, pos: int) -> int:
        while True:
            pos = _skip_ws(self.buf, pos)
            if pos < len(self.buf) or not self.fill():
                return pos

    def compact(self, pos: int) -> int:
        """Forget the text before `pos` once it is large (copying the rest is then rare)."""
        if pos < self.SLICE:
            return pos
        self.first_line = self.line_at(pos)
        self.buf = self.buf[pos:]
        self.counter = _LineCounter(self.buf)
        return 0

    def line_at(self, pos: int) -> int:
        return self.first_line + self.counter.at(pos) - 1


class _LineCounter:
    """Line numbers for increasing offsets, counting each stretch of text once (not from the start)."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def at(self, pos: int) -> int:
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


# A header may name a column by the label the app shows for its field (issue 13), as well as by its id.
CSV_LABELS = {
    "record type": "kind", "information type": "info_type", "follow-up status": "status", "until": "date_end",
    "reported on": "reported_on", "region (admin 1)": "adm1_name", "region": "adm1_name",
    "region p-code": "adm1_pcode", "district (admin 2)": "adm2_name", "district": "adm2_name",
    "district p-code": "adm2_pcode", "precision (metres)": "coord_precision_m", "alleged perpetrator":
    "perpetrator_category", "source": "source_name", "source reliability": "source_reliability",
    "credibility of this information": "source_credibility", "risk areas": "risk_areas",
    "suspected reprisal": "reprisal", "flag as an early-warning signal": "early_warning",
    "related to an armed conflict": "conflict_related",
    **{LABELS[k].lower(): k.split(".")[-1] for k in ("title", "narrative", "date", "confidentiality",
                                                     "verification", "severity", "perpetrator_status", "participants",
                                                     "location.country", "location.place", "location.lat",
                                                     "location.lon", "casualties.killed", "casualties.injured",
                                                     "casualties.abducted", "casualties.displaced", "violation_types")},
}
CSV_CELL_LIMIT = 131_072  # the csv module's own limit; a longer cell is refused, in words


def _csv_column(header: str) -> str:
    name = header.strip().lower()
    return name if name in CSV_COLUMNS else CSV_LABELS.get(name, name)


def _csv_items(text: str, labels: dict[str, str] | None = None) -> Iterator[tuple[int, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header: list[str] | None = next(reader, None)
        if header is None:
            return
        columns = [_csv_column(h) for h in header]
        first_start = reader.line_num + 1
        first = next(reader, None)
    except csv.Error:
        raise _cell_too_long(reader.line_num) from None
    pending: list[tuple[int, list[str]]] = [(first_start, first)] if first is not None else []
    if first and all(c.strip().startswith("#") for c in first if c.strip()) and any(c.strip() for c in first):
        hxl = [c.strip().lower().replace(" ", "") for c in first]
        columns = [c if c in CSV_COLUMNS else _hxl_column(h) for c, h in zip(columns, hxl, strict=False)]
        pending = []
    unknown = [h for h in columns if h and h not in CSV_COLUMNS]
    if unknown:
        raise ImportRejected("The CSV header has columns Fieldcase does not know; nothing was imported.",
                             [ImportProblem(1, col, "unknown column (see the import format in the README)", label=col)
                              for col in unknown])
    twice = sorted({c for c in columns if c and columns.count(c) > 1})
    if twice:
        raise ImportRejected("The CSV header names a column twice; nothing was imported.",
                             [ImportProblem(1, col, "this column appears more than once in the header",
                                            label=_csv_label(col)) for col in twice])
    while True:
        if pending:
            line, row = pending.pop()
        else:
            line = reader.line_num + 1
            try:
                next_row: list[str] | None = next(reader, None)
            except csv.Error:
                raise _cell_too_long(line) from None
            if next_row is None:
                return
            row = next_row
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield line, _TooManyCells(len(row), len(columns))
            continue
        yield line, _csv_to_record(dict(zip(columns, row, strict=False)), labels or {})


def _cell_too_long(line: int) -> ImportRejected:
    return ImportRejected("The CSV file has a cell that is too long; nothing was imported.",
                          [ImportProblem(line, "", "a cell is longer than {limit} characters", limit=CSV_CELL_LIMIT)])


def _csv_label(column: str) -> str:
    for key in (column, f"location.{column}", f"casualties.{column}"):
        if key in LABELS:
            return LABELS[key]
    return next((label.capitalize() for label, col in CSV_LABELS.items() if col == column), column)


def _hxl_column(tag: str) -> str:
    for known, column in HXL_COLUMNS.items():
        if tag == known or set(tag.split("+")) >= set(known.split("+")):
            return column
    return tag


LATITUDE_LIMIT, LONGITUDE_LIMIT = 90.0, 180.0


def coordinates(latitude: tuple[str, str], longitude: tuple[str, str],
                bad: Callable[..., None]) -> list[float]:
    """A row's latitude and longitude, each given as (column, text): finite numbers within ±90 and ±180
    (importers of other formats: ACLED, UCDP, HXL). A refused one is reported with `bad(column, template,
    limit=)`, without its value; the list holds the values that passed, in order (two when both did)."""
    values = []
    for (column, text), limit in ((latitude, LATITUDE_LIMIT), (longitude, LONGITUDE_LIMIT)):
        try:
            value = float(text)
            if not math.isfinite(value) or abs(value) > limit:
                raise ValueError
            values.append(value)
        except ValueError:
            bad(column, "must be a number from -{limit} to {limit}", limit=int(limit))
    return values


class RowProblems:
    """What a reader found wrong with a row before it became a record (importers of other formats)."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems


class _TooManyCells:
    def __init__(self, got: int, expected: int) -> None:
        self.template = "the row has {got} cells but the header has {expected}"
        self.params = {"got": got, "expected": expected}


class _BadCell(Exception):
    def __init__(self, column: str, template: str, **params: object) -> None:
        self.column, self.template, self.params = column, template, params


# Choice columns: the id, or the label the app shows (with or without its bracketed explanation).
_CHOICE_BY_LABEL = {field: {**{label.lower(): value for value, label in words.items()},
                            **{label.split(" (")[0].lower(): value for value, label in words.items()}}
                    for field, words in CHOICES.items()}


def _choice(column: str, text: str) -> str:
    words = _CHOICE_BY_LABEL.get(column)
    return words.get(text.lower(), text) if words else text


def category_label_index(registry: FrameworkRegistry) -> dict[str, str]:
    """Lower-cased label -> category id, for the labels that name one category only (across frameworks)."""
    seen: dict[str, set[str]] = {}
    for framework in registry.frameworks():
        for item in framework.items:
            seen.setdefault(item.label.strip().lower(), set()).add(item.id)
    return {label: next(iter(ids)) for label, ids in seen.items() if len(ids) == 1}


def _category(text: str, labels: dict[str, str]) -> str:
    return labels.get(text.strip().lower(), text.strip())


def _csv_to_record(row: dict[str, str], labels: dict[str, str]) -> dict[str, Any] | _BadCell:
    rec: dict[str, Any] = {}
    cell = {k: v.strip() for k, v in row.items() if k and v is not None and v.strip()}
    try:
        for col, key in CSV_FIELDS.items():
            if col in cell:
                rec[key] = _choice(col, cell[col])
        if "perpetrator_category" in rec:
            rec["perpetrator_category"] = _category(rec["perpetrator_category"], labels)
        for col, key in CSV_INT_FIELDS.items():
            if col in cell:
                rec[key] = _number(col, cell[col], int)
        loc = {k: cell[k] for k in CSV_LOCATION if k in cell}
        for col, conv in CSV_LOCATION_NUM.items():
            if col in cell:
                loc[col] = _number(col, cell[col], conv)
        if loc:
            rec["location"] = loc
        cas = {k: _number(k, cell[k], int) for k in CSV_CASUALTIES if k in cell}
        if cas:
            rec["casualties"] = cas
        for col in CSV_BOOL:
            if col in cell:
                value = cell[col].lower()
                if value not in ("true", "false", "yes", "no", "1", "0"):
                    raise _BadCell(col, "must be yes or no")
                rec[col] = value in ("true", "yes", "1")
        if "violation_types" in cell:
            rec["violation_types"] = [_category(v, labels) for v in cell["violation_types"].split(";") if v.strip()]
        if "risk_areas" in cell:
            rec["risk_tags"] = [{"category": _category(v, labels)} for v in cell["risk_areas"].split(";")
                                if v.strip()]
        if "source_name" in cell:
            rec["sources"] = [{"name": cell["source_name"], "reliability": cell.get("source_reliability", ""),
                               "credibility": _number("source_credibility", cell.get("source_credibility", ""),
                                                      int)}]
    except _BadCell as bad:
        return bad
    return rec


def _number(column: str, text: str, conv: Callable[[str], Any]) -> Any:
    expected = "a whole number" if conv is int else "a number"
    try:
        value = conv(text)
    except ValueError:
        raise _BadCell(column, "must be {expected}", expected=expected) from None
    if isinstance(value, float) and not math.isfinite(value):  # float() reads "nan" and "inf"
        raise _BadCell(column, "must be {expected}", expected=expected)
    return value


# -- validating -----------------------------------------------------------------------------------

def _problem(line: int, path: str, template: str, **params: object) -> ImportProblem:
    return ImportProblem(line, path, template, label=label_of(path), **params)


def _csv_path(column: str) -> str:
    if column in CSV_LOCATION or column in CSV_LOCATION_NUM:
        return f"location.{column}"
    if column in CSV_CASUALTIES:
        return f"casualties.{column}"
    if column.startswith("source_"):
        return f"sources[0].{column.removeprefix('source_')}"
    return "risk_tags" if column == "risk_areas" else column


_DATE_EXPECTED = "a real date as YYYY, YYYY-MM or YYYY-MM-DD"


def _semantic_problems(line: int, item: dict[str, Any], is_known: Callable[[str], bool]) -> list[ImportProblem]:
    problems: list[ImportProblem] = []
    try:
        start = PartialDate.parse(item["date"])
    except ValueError:
        return [_problem(line, "date", "must be {expected}", expected=_DATE_EXPECTED)]
    if item.get("date_end"):
        try:
            end = PartialDate.parse(item["date_end"])
            if end.last_day < start.first_day:
                problems.append(_problem(line, "date_end", "must not be before the Date"))
        except ValueError:
            problems.append(_problem(line, "date_end", "must be {expected}", expected=_DATE_EXPECTED))
    if item.get("reported_on"):
        try:
            if dt.date.fromisoformat(item["reported_on"]) < start.first_day:
                problems.append(_problem(line, "reported_on", "must not be before the Date"))
        except ValueError:
            problems.append(_problem(line, "reported_on", "must be a date as YYYY-MM-DD"))
    if item["kind"] == "incident" and item.get("info_type"):
        problems.append(_problem(line, "info_type", "is only for community information, not incidents"))
    problems += _act_problems(line, item)
    checks = [(f"violation_types[{i}]", v) for i, v in enumerate(item.get("violation_types", ()))]
    checks += [(f"risk_tags[{i}].category", t["category"]) for i, t in enumerate(item.get("risk_tags", ()))]
    if item.get("perpetrator_category"):
        checks.append(("perpetrator_category", item["perpetrator_category"]))
    for i, s in enumerate(item.get("sources", ())):
        checks += [(f"sources[{i}].{k}", s[k]) for k in ("type", "connection") if s.get(k)]
    checks += [(f"deaths[{i}].cause", d["cause"]) for i, d in enumerate(item.get("deaths", ())) if d.get("cause")]
    checks += _act_categories(item)
    for field, category in checks:
        if not is_known(category):
            problems.append(_problem(line, field, "must be {expected}", expected=CATEGORY_EXPECTED))
    problems += _control_characters(line, item)
    return problems


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _has_control(item: Any) -> bool:
    """Whether any text value in `item` (nested dicts and lists; keys are not values) has a control character:
    walked with a stack, not recursion, since every imported row goes through here."""
    search, stack = _CONTROL.search, [item]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if search(value) is not None:
                return True
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def _control_characters(line: int, item: Any, path: str = "") -> list[ImportProblem]:
    """Text with a NUL or another control character (other than tab and line breaks) is refused: it is
    never typed, and it truncates or corrupts the text in other tools (C strings, PDF, CSV readers)."""
    if isinstance(item, str):
        return [_problem(line, path, "contains a control character (such as NUL); remove it")] \
            if _CONTROL.search(item) else []
    if not path and not _has_control(item):
        return []  # the common case, without building a path for every field
    if isinstance(item, dict):
        return [p for k, v in item.items() for p in _control_characters(line, v, f"{path}.{k}" if path else k)]
    if isinstance(item, list):
        return [p for i, v in enumerate(item) for p in _control_characters(line, v, f"{path}[{i}]")]
    return []


ACT_TYPE_PREFIX = "huridocs.mt04."
PERPETRATOR_PREFIX = "huridocs.mt24."


def _act_problems(line: int, item: dict[str, Any]) -> list[ImportProblem]:
    """Acts name one of the record's people as victim, by an unambiguous pseudonym; SDG 16.10.1 types are
    derived from acts, so they are refused as violation types; an override needs its reason."""
    problems: list[ImportProblem] = []
    for i, value in enumerate(item.get("violation_types", ())):
        if value.startswith("sdg16101."):
            problems.append(_problem(line, f"violation_types[{i}]", "is an SDG 16.10.1 type, which is derived "
                                     "from the acts (victim, act type, perpetrator), not typed: record the act"))
    acts = item.get("acts", ())
    if acts and item["kind"] != "incident":
        problems.append(_problem(line, "acts", "acts belong to incidents, not community information"))
    pseudonyms = Counter(p["pseudonym"].strip() for p in item.get("people", ()))
    for i, act in enumerate(acts):
        where = f"acts[{i}]"
        victim = act["victim"].strip()
        if pseudonyms[victim] == 0:
            problems.append(_problem(line, f"{where}.victim", "must be the pseudonym of one of the record's people"))
        elif pseudonyms[victim] > 1:
            problems.append(_problem(line, f"{where}.victim", "names a pseudonym that several people share; "
                                     "give each person a distinct pseudonym"))
        if not act["act_type"].startswith(ACT_TYPE_PREFIX):
            problems.append(_problem(line, f"{where}.act_type", "must be a HURIDOCS type of act"))
        for j, perp in enumerate(act.get("perpetrators", ())):
            if perp.get("category") and not perp["category"].startswith(PERPETRATOR_PREFIX):
                problems.append(_problem(line, f"{where}.perpetrators[{j}].category",
                                         "must be a HURIDOCS type of perpetrator"))
        if act.get("sdg_override") and not act.get("override_rationale", "").strip():
            problems.append(_problem(line, f"{where}.override_rationale",
                                     "is required when the SDG 16.10.1 type is overridden"))
    return problems


def _act_categories(item: dict[str, Any]) -> list[tuple[str, str]]:
    checks = []
    for i, act in enumerate(item.get("acts", ())):
        checks.append((f"acts[{i}].act_type", act["act_type"]))
        checks += [(f"acts[{i}].perpetrators[{j}].category", p["category"])
                   for j, p in enumerate(act.get("perpetrators", ())) if p.get("category")]
    return checks


def schema_problems(line: int, item: Any) -> list[ImportProblem]:
    """Every schema error of one row, in the user's words (the slow validator; only for refused rows)."""
    out = []
    try:
        errors = sorted(_validator().iter_errors(item), key=lambda e: [str(p) for p in e.absolute_path])
    except RecursionError:
        return [_problem(line, "", "the record is nested too deeply (lists or objects within each other)")]
    for error in errors:
        path, template, params = describe(error)
        out.append(_problem(line, path, template, **params))
    return out


class RowChecker:
    """Checks one row at a time: the compiled schema first, the reference validator only to explain a
    refusal, then the semantic rules; remembers ids to refuse a record given twice in one file."""

    def __init__(self, is_known: Callable[[str], bool]) -> None:
        self.is_known = is_known
        self.fast = compiled_validator()
        self.seen_ids: dict[str, int] = {}

    def check(self, line: int, item: Any) -> list[ImportProblem]:
        problems, record_id = self.check_row(line, item)
        return problems + self.check_repeat(line, record_id) if record_id else problems

    def check_repeat(self, line: int, record_id: str) -> list[ImportProblem]:
        """A record id given on an earlier line too: the one check that needs every row before this one
        (an import's helper processes check rows apart; the importing process asks this in file order)."""
        if record_id in self.seen_ids:
            return [_problem(line, "id", "is also used on line {other}", other=self.seen_ids[record_id])]
        self.seen_ids[record_id] = line
        return []

    def check_row(self, line: int, item: Any) -> tuple[list[ImportProblem], str | None]:
        """Every problem of this row on its own (schema, then the semantic rules), and the row's record id
        once the schema accepted it (None without one)."""
        if isinstance(item, RowProblems):
            return list(item.problems), None
        if isinstance(item, _TooManyCells):
            return [ImportProblem(line, "", item.template, **item.params)], None
        if isinstance(item, _BadCell):
            path = _csv_path(item.column)
            return [_problem(line, path, item.template, **item.params)], None
        try:
            self.fast(item)
        except (fastjsonschema.JsonSchemaException, RecursionError):
            return schema_problems(line, item) or [_problem(line, "", "is not in the form Fieldcase expects")], None
        return _semantic_problems(line, item, self.is_known), item.get("id") or None


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportRejected("{file} does not exist.", [], file=path) from None
    except IsADirectoryError:
        raise ImportRejected("{file} is a folder, not a file.", [], file=path) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise ImportRejected("{file} is not UTF-8 text.", [ImportProblem(line, "", "this line is not UTF-8 text")],
                             file=path.name) from None
    except OSError as exc:
        raise ImportRejected("{file} could not be read ({reason}).", [], file=path, reason=exc.strerror) from None


def read_items(path: Path, labels: dict[str, str] | None = None,
               lines: Callable[[int], None] | None = None) -> Iterator[tuple[int, Any]]:
    """The rows of a Fieldcase .json or .csv import file, one at a time; `lines` is told the file's line count."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise ImportRejected("{file}: import takes .json or .csv files.", [], file=path.name)
    if suffix == ".json":
        return _json_file(path, lines)
    text = read_text(path)
    if lines is not None:
        lines(text.count("\n") + 1)
    return _csv_items(text, labels)


def _json_file(path: Path, lines: Callable[[int], None] | None) -> Iterator[tuple[int, Any]]:
    read_text_check(path)
    if lines is not None:
        with path.open("rb") as counting:
            lines(sum(chunk.count(b"\n") for chunk in iter(lambda: counting.read(1 << 20), b"")) + 1)
    with path.open(encoding="utf-8-sig") as handle:
        try:
            yield from _json_items(handle)
        except UnicodeDecodeError:
            read_text(path)  # raises the refusal with the line of the first bad byte
            raise


def read_text_check(path: Path) -> None:
    """The errors read_text gives for a file that is missing, a folder or unreadable, without reading it."""
    if not path.exists():
        raise ImportRejected("{file} does not exist.", [], file=path)
    if path.is_dir():
        raise ImportRejected("{file} is a folder, not a file.", [], file=path)


def parse_import_file(path: Path, is_known: Callable[[str], bool],
                      labels: dict[str, str] | None = None) -> list[CaseRecord]:
    """Read and validate the whole file; raise ImportRejected listing every problem, else the records."""
    return validate_items(read_items(path, labels), is_known)


def validate_items(items: Iterator[tuple[int, Any]], is_known: Callable[[str], bool]) -> list[CaseRecord]:
    problems: list[ImportProblem] = []
    good: list[dict[str, Any]] = []
    checker = RowChecker(is_known)
    for line, item in items:
        row_problems = checker.check(line, item)
        problems += row_problems
        if not row_problems:
            good.append(item)
    if problems:
        raise rejected(problems)
    return [record_from_json(item) for item in good]


def rejected(problems: list[ImportProblem]) -> ImportRejected:
    return ImportRejected("{count} problem(s) found; nothing was imported.", problems, count=len(problems))
