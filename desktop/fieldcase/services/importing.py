"""Reading import files (JSON and CSV, with an optional HXL hashtag row) and validating every row
before anything is written: an import is all or nothing, and reports every bad row at once."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from ..domain.records import CaseRecord, PartialDate, record_from_json
from ..errors import ImportProblem, ImportRejected

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "schema" / "incident.schema.json"
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
def _validator() -> Draft202012Validator:
    """A validator for one record, with the schema's $refs inlined (resolving them dominates otherwise)."""
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

    record = inline(defs["record"])
    record["$schema"] = schema["$schema"]
    return Draft202012Validator(record, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _path(error_path: Any) -> str:
    out = ""
    for part in error_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# -- reading --------------------------------------------------------------------------------------

def _json_items(text: str) -> Iterator[tuple[int, Any]]:
    """Yield (line number, item) for each element of a top-level JSON array."""
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    pos = _skip_ws(text, 0)
    if pos >= len(text) or text[pos] != "[":
        raise ImportRejected("The JSON file must hold an array of records.",
                             [ImportProblem(lines.at(pos), "", "expected '[' (an array)")])
    pos = _skip_ws(text, pos + 1)
    if pos < len(text) and text[pos] == "]":
        return
    while True:
        line = lines.at(pos)
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise ImportRejected("The JSON file is malformed; nothing was imported.",
                                 [ImportProblem(exc.lineno, "", exc.msg)]) from None
        yield line, item
        pos = _skip_ws(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
            continue
        if pos < len(text) and text[pos] == "]" and not text[pos + 1:].strip():
            return
        raise ImportRejected("The JSON file is malformed; nothing was imported.",
                             [ImportProblem(lines.at(pos), "", "expected ',' or ']'")])


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


def _csv_items(text: str) -> Iterator[tuple[int, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return
    columns = [h.strip().lower() for h in header]
    first_data_line = 2
    rows = list(reader)
    if rows and all(c.strip().startswith("#") for c in rows[0] if c.strip()) and any(c.strip() for c in rows[0]):
        hxl = [c.strip().lower().replace(" ", "") for c in rows[0]]
        columns = [c if c in CSV_COLUMNS else _hxl_column(h) for c, h in zip(columns, hxl, strict=False)]
        rows, first_data_line = rows[1:], 3
    unknown = [h for h in columns if h and h not in CSV_COLUMNS]
    if unknown:
        raise ImportRejected("The CSV header has columns Fieldcase does not know; nothing was imported.",
                             [ImportProblem(1, col, "unknown column") for col in unknown])
    for offset, row in enumerate(rows):
        if not any(cell.strip() for cell in row):
            continue
        line = first_data_line + offset
        if len(row) > len(columns):
            yield line, _TooManyCells(len(row), len(columns))
            continue
        yield line, _csv_to_record(dict(zip(columns, row, strict=False)))


def _hxl_column(tag: str) -> str:
    for known, column in HXL_COLUMNS.items():
        if tag == known or set(tag.split("+")) >= set(known.split("+")):
            return column
    return tag


class _TooManyCells:
    def __init__(self, got: int, expected: int) -> None:
        self.reason = f"the row has {got} cells but the header has {expected}"


class _BadCell(Exception):
    def __init__(self, column: str, reason: str) -> None:
        self.column, self.reason = column, reason


def _csv_to_record(row: dict[str, str]) -> dict[str, Any] | _BadCell:
    rec: dict[str, Any] = {}
    cell = {k: v.strip() for k, v in row.items() if k and v is not None and v.strip()}
    try:
        for col, key in CSV_FIELDS.items():
            if col in cell:
                rec[key] = cell[col]
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
                    raise _BadCell(col, f"{cell[col]!r} is not yes/no")
                rec[col] = value in ("true", "yes", "1")
        if "violation_types" in cell:
            rec["violation_types"] = [v.strip() for v in cell["violation_types"].split(";") if v.strip()]
        if "risk_areas" in cell:
            rec["risk_tags"] = [{"category": v.strip()} for v in cell["risk_areas"].split(";") if v.strip()]
        if "source_name" in cell:
            rec["sources"] = [{"name": cell["source_name"], "reliability": cell.get("source_reliability", ""),
                               "credibility": _number("source_credibility", cell.get("source_credibility", ""),
                                                      int)}]
    except _BadCell as bad:
        return bad
    return rec


def _number(column: str, text: str, conv: Callable[[str], Any]) -> Any:
    try:
        return conv(text)
    except ValueError:
        raise _BadCell(column, f"{text!r} is not a number") from None


# -- validating -----------------------------------------------------------------------------------

def _semantic_problems(line: int, item: dict[str, Any], is_known: Callable[[str], bool]) -> list[ImportProblem]:
    problems: list[ImportProblem] = []
    try:
        start = PartialDate.parse(item["date"])
    except ValueError as exc:
        return [ImportProblem(line, "date", str(exc))]
    if item.get("date_end"):
        try:
            end = PartialDate.parse(item["date_end"])
            if end.last_day < start.first_day:
                problems.append(ImportProblem(line, "date_end", "ends before the date it starts"))
        except ValueError as exc:
            problems.append(ImportProblem(line, "date_end", str(exc)))
    if item.get("reported_on"):
        try:
            if dt.date.fromisoformat(item["reported_on"]) < start.first_day:
                problems.append(ImportProblem(line, "reported_on", "is before the incident's date"))
        except ValueError:
            problems.append(ImportProblem(line, "reported_on", "is not a date (YYYY-MM-DD)"))
    if item["kind"] == "incident" and item.get("info_type"):
        problems.append(ImportProblem(line, "info_type", "is only for community information"))
    problems += _act_problems(line, item)
    checks = [("violation_types", v) for v in item.get("violation_types", ())]
    checks += [(f"risk_tags[{i}].category", t["category"]) for i, t in enumerate(item.get("risk_tags", ()))]
    if item.get("perpetrator_category"):
        checks.append(("perpetrator_category", item["perpetrator_category"]))
    for i, s in enumerate(item.get("sources", ())):
        checks += [(f"sources[{i}].{k}", s[k]) for k in ("type", "connection") if s.get(k)]
    checks += [(f"deaths[{i}].cause", d["cause"]) for i, d in enumerate(item.get("deaths", ())) if d.get("cause")]
    checks += _act_categories(item)
    for field, category in checks:
        if not is_known(category):
            problems.append(ImportProblem(line, field, f"{category!r} is not in any installed framework"))
    return problems


ACT_TYPE_PREFIX = "huridocs.mt04."
PERPETRATOR_PREFIX = "huridocs.mt24."


def _act_problems(line: int, item: dict[str, Any]) -> list[ImportProblem]:
    """Acts name one of the record's people as victim, by an unambiguous pseudonym; SDG 16.10.1 types are
    derived from acts, so they are refused as violation types; an override needs its reason."""
    problems: list[ImportProblem] = []
    for i, value in enumerate(item.get("violation_types", ())):
        if value.startswith("sdg16101."):
            problems.append(ImportProblem(line, f"violation_types[{i}]", "is an SDG 16.10.1 type, which is derived "
                                          "from the acts (victim, act type, perpetrator), not typed: record the act"))
    acts = item.get("acts", ())
    if acts and item["kind"] != "incident":
        problems.append(ImportProblem(line, "acts", "acts belong to incidents, not community information"))
    pseudonyms = Counter(p["pseudonym"].strip() for p in item.get("people", ()))
    for i, act in enumerate(acts):
        where = f"acts[{i}]"
        victim = act["victim"].strip()
        if pseudonyms[victim] == 0:
            problems.append(ImportProblem(line, f"{where}.victim",
                                          "must be the pseudonym of one of the record's people"))
        elif pseudonyms[victim] > 1:
            problems.append(ImportProblem(line, f"{where}.victim", "names a pseudonym that several people share; "
                                          "give each person a distinct pseudonym"))
        if not act["act_type"].startswith(ACT_TYPE_PREFIX):
            problems.append(ImportProblem(line, f"{where}.act_type",
                                          "must be a HURIDOCS type of act (huridocs.mt04.*)"))
        for j, perp in enumerate(act.get("perpetrators", ())):
            if perp.get("category") and not perp["category"].startswith(PERPETRATOR_PREFIX):
                problems.append(ImportProblem(line, f"{where}.perpetrators[{j}].category",
                                              "must be a HURIDOCS type of perpetrator (huridocs.mt24.*)"))
        if act.get("sdg_override") and not act.get("override_rationale", "").strip():
            problems.append(ImportProblem(line, f"{where}.override_rationale",
                                          "is required when the SDG 16.10.1 type is overridden"))
    return problems


def _act_categories(item: dict[str, Any]) -> list[tuple[str, str]]:
    checks = []
    for i, act in enumerate(item.get("acts", ())):
        checks.append((f"acts[{i}].act_type", act["act_type"]))
        checks += [(f"acts[{i}].perpetrators[{j}].category", p["category"])
                   for j, p in enumerate(act.get("perpetrators", ())) if p.get("category")]
    return checks


def parse_import_file(path: Path, is_known: Callable[[str], bool]) -> list[CaseRecord]:
    """Read and validate the whole file; raise ImportRejected listing every problem, else the records."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportRejected("{file} does not exist.", [], file=path) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise ImportRejected("{file} is not UTF-8 text.", [ImportProblem(line, "", "not UTF-8")],
                             file=path.name) from None
    except OSError as exc:
        raise ImportRejected("{file} could not be read ({reason}).", [], file=path, reason=exc.strerror) from None
    suffix = path.suffix.lower()
    if suffix == ".json":
        items = _json_items(text)
    elif suffix == ".csv":
        items = _csv_items(text)
    else:
        raise ImportRejected("{file}: import takes .json or .csv files.", [], file=path.name)
    return validate_items(items, is_known)


def validate_items(items: Iterator[tuple[int, Any]], is_known: Callable[[str], bool]) -> list[CaseRecord]:
    problems: list[ImportProblem] = []
    good: list[tuple[int, dict[str, Any]]] = []
    seen_ids: dict[str, int] = {}
    validator = _validator()
    for line, item in items:
        if isinstance(item, _TooManyCells):
            problems.append(ImportProblem(line, "", item.reason))
            continue
        if isinstance(item, _BadCell):
            problems.append(ImportProblem(line, item.column, item.reason))
            continue
        errors = sorted(validator.iter_errors(item), key=lambda e: [str(p) for p in e.path])
        if errors:
            problems += [ImportProblem(line, _path(e.path), e.message) for e in errors]
            continue
        row_problems = _semantic_problems(line, item, is_known)
        if item.get("id"):
            if item["id"] in seen_ids:
                row_problems.append(ImportProblem(line, "id", f"also used on line {seen_ids[item['id']]}"))
            seen_ids.setdefault(item["id"], line)
        problems += row_problems
        if not row_problems:
            good.append((line, item))
    if problems:
        raise ImportRejected("{count} problem(s) found; nothing was imported.", problems, count=len(problems))
    return [record_from_json(item) for _line, item in good]
