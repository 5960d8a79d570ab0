"""Any HXL-tagged incident dataset (`fieldcase import --format hxl FILE [--sheet NAME] [--mapping M.json]`):
columns are found by their hashtags, not by their header text, as schema/import/hxl.json says (with its
sources: the HXL 1.1 hashtag dictionary and tagging conventions).

- The hashtag row is the first of the file's first 25 rows whose non-empty cells are mostly hashtags; the
  row above it (if any) holds the headers people read. Cells are read leniently: stray spaces anywhere,
  any letter case, attributes in any order (`# ADM1 + Name` is `#adm1+name`).
- A rule's pattern matches a column as HXL's attribute matching does: same tag, all of the pattern's
  +attributes present (others ignored), none of its -attributes.
- Columns no rule (nor the mapping file) claims are kept with each record as source data (provenance
  detail), never refused: a typo in a tag only means that column is not read as a field.

Why not libhxl: it pulls in a validation/filter stack (requests, jsonpath, ply, python-dateutil, unidecode,
structlog, xlrd…) to do three things needed here — find the hashtag row, parse a tag spec, match a pattern —
which are forty lines below, tested against the standard's examples (tests/test_hxl_ucdp_import.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from ..domain.provenance import Dataset, Provenance, row_hash
from ..errors import ImportProblem, ImportRejected
from .import_labels import LABELS
from .importing import SCHEMA_PATH, RowProblems, coordinates
from .tables import count_lines, table_rows

MAPPING_PATH = SCHEMA_PATH.parent / "import" / "hxl.json"
SCAN_ROWS = 25  # libhxl looks for the hashtag row in the first 25 rows too
_TAGSPEC = re.compile(r"\s*#\s*([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*")
_PCODE = re.compile(r"^[A-Z]{2,3}[0-9A-Z-]*$")
FIELDS = ("external_id", "date", "date_end", "reported_on", "country", "country_name", "adm1_pcode", "adm1_name",
          "adm2_pcode", "adm2_name", "place", "lat", "lon", "coord", "geo_precision", "title", "event_type",
          "narrative", "actor_1", "actor_2", "killed", "injured", "abducted", "displaced", "source", "source_url")
COUNTS = ("killed", "injured", "abducted", "displaced")
FIELD_LABELS = {"external_id": "Event id", "country_name": "Country (by name)", "coord": "Coordinates",
                "geo_precision": "Location precision", "event_type": "Event type", "actor_1": "Actor 1",
                "actor_2": "Actor 2", "source": "Source", "source_url": "Source link"}
LIMIT = 1_000_000_000
KEPT = "kept as source data"  # what a preview says of a column no field takes (the UI translates it by this text)


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(MAPPING_PATH.read_text(encoding="utf-8"))
    return loaded


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or LABELS.get(name) or LABELS.get(f"location.{name}") \
        or LABELS.get(f"casualties.{name}") or name


@dataclass(frozen=True)
class TagSpec:
    """A column's hashtag and attributes (`#affected+killed+f`), normalised."""

    tag: str
    attributes: frozenset[str]

    @property
    def text(self) -> str:
        return "#" + self.tag + "".join(f"+{a}" for a in sorted(self.attributes))


def parse_tagspec(cell: str) -> TagSpec | None:
    """A hashtag cell, leniently: letter case, and spaces around '#' and '+', are ignored (not spaces inside a
    name: "#also wrong" is not a tag). None if it is not one."""
    found = _TAGSPEC.fullmatch(cell.lower())
    if not found:
        return None
    return TagSpec(found.group(1), frozenset(re.findall(r"\+\s*([a-z][a-z0-9_]*)", found.group(2))))


@dataclass(frozen=True)
class TagPattern:
    """`#adm1+name`, `#affected+killed-f`: the tag, attributes that must be present, attributes that must not."""

    tag: str
    include: frozenset[str]
    exclude: frozenset[str] = frozenset()

    def matches(self, column: TagSpec) -> bool:
        return (column.tag == self.tag and self.include <= column.attributes
                and not (self.exclude & column.attributes))


def parse_pattern(text: str) -> TagPattern | None:
    found = re.fullmatch(r"\s*#\s*([a-z][a-z0-9_]*)((?:\s*[+-]\s*[a-z][a-z0-9_]*)*)\s*", text.lower())
    if not found:
        return None
    parts = re.findall(r"([+-])\s*([a-z][a-z0-9_]*)", found.group(2))
    return TagPattern(found.group(1), frozenset(a for s, a in parts if s == "+"),
                      frozenset(a for s, a in parts if s == "-"))


def builtin_rules() -> list[tuple[TagPattern, str]]:
    sadd = "".join(f"-{a}" for a in spec()["disaggregation_attributes"]["attributes"])
    rules = []
    for text, target in spec()["rules"]["rows"]:
        pattern = parse_pattern(text.replace("{sadd}", sadd))
        assert pattern is not None, text  # the shipped table is checked by the tests
        rules.append((pattern, target))
    return rules


def hashtag_row(rows: Sequence[Sequence[str]]) -> int | None:
    """Index of the hashtag row among `rows` (the file's first rows), or None: the first row whose non-empty
    cells are hashtags, more than half of them valid (a typo in one tag does not hide the row)."""
    for index, row in enumerate(rows[:SCAN_ROWS]):
        cells = [c for c in row if c.strip()]
        if cells and all(c.strip().startswith("#") for c in cells) \
                and 2 * sum(parse_tagspec(c) is not None for c in cells) > len(cells):
            return index
    return None


def plan_columns(specs: Sequence[TagSpec | None], rules: Sequence[tuple[TagPattern, str]]) -> dict[int, str]:
    """column index -> field. Rules are tried in order; each column fills at most one field, each field
    comes from one column: the matching column with the fewest attributes, then the leftmost."""
    plan: dict[int, str] = {}
    filled: set[str] = set()
    for pattern, target in rules:
        if target in filled:
            continue
        candidates = [(len(s.attributes), i) for i, s in enumerate(specs)
                      if s is not None and i not in plan and pattern.matches(s)]
        if candidates:
            plan[min(candidates)[1]] = target
            filled.add(target)
    return plan


@dataclass
class Mapping:
    """A mapping file's overrides: rules tried before the built-in ones, defaults, the dataset's terms."""

    rules: list[tuple[TagPattern, str]] = field(default_factory=list)
    defaults: dict[str, Any] = field(default_factory=dict)
    dataset: dict[str, str] = field(default_factory=dict)


def read_mapping(path: Path | None) -> Mapping:
    if path is None:
        return Mapping()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ImportRejected("The mapping file {file} does not exist.", [], file=path) from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        raise ImportRejected("The mapping file {file} is not readable JSON.", [], file=path.name) from None
    if not isinstance(raw, dict):
        raise ImportRejected("The mapping file {file} must hold a JSON object (see the README).", [], file=path.name)
    problems: list[ImportProblem] = []
    rules: list[tuple[TagPattern, str]] = []
    tags = raw.get("tags", {})
    if not isinstance(tags, dict):
        tags = {}
        problems.append(ImportProblem(0, "tags", "must map hashtag patterns to Fieldcase fields", label="tags"))
    for text, target in tags.items():
        pattern = parse_pattern(str(text))
        if pattern is None:
            problems.append(ImportProblem(0, "tags", "a key is not a hashtag pattern such as #affected+killed",
                                          label="tags"))
        elif target not in FIELDS:
            problems.append(ImportProblem(0, "tags", "a value is not one of the fields: {fields}", label="tags",
                                          fields=", ".join(FIELDS)))
        else:
            rules.append((pattern, str(target)))
    defaults = raw.get("defaults", {})
    if not isinstance(defaults, dict) or not set(defaults) <= {"country", "coord_precision_m"}:
        problems.append(ImportProblem(0, "defaults", "may set only country and coord_precision_m", label="defaults"))
        defaults = {}
    if "country" in defaults and not re.fullmatch(r"[A-Z]{3}", str(defaults["country"])):
        problems.append(ImportProblem(0, "defaults", "country must be a three-letter ISO 3166 code in capitals",
                                      label="defaults"))
    precision = defaults.get("coord_precision_m")
    if precision is not None and (not isinstance(precision, int) or not 1 <= precision <= 1_000_000):
        problems.append(ImportProblem(0, "defaults", "coord_precision_m must be a whole number of metres from 1 "
                                      "to 1000000", label="defaults"))
    dataset = raw.get("dataset", {})
    if not isinstance(dataset, dict) or not set(dataset) <= {"id", "title", "publisher", "licence", "attribution",
                                                             "url"}:
        problems.append(ImportProblem(0, "dataset", "may name only id, title, publisher, licence, attribution and url",
                                      label="dataset"))
        dataset = {}
    if problems:
        raise ImportRejected("The mapping file {file} has problems; nothing was imported.", problems, file=path.name)
    return Mapping(rules, dict(defaults), {k: str(v)[:2000] for k, v in dataset.items()})


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # the text people read (or "column N")
    tag: TagSpec | None
    target: str | None
    typed: str = ""  # the hashtag as the file has it (spaces removed, lower case), attributes in its order

    @property
    def name(self) -> str:
        tag = self.typed if self.tag is not None else ""
        return f"{self.header} ({tag})" if tag and self.header else (self.header or tag)


class HxlDataset:
    """An HXL-tagged table (CSV, or a sheet of a workbook), read row by row."""

    def __init__(self, path: Path, *, sheet: str | None = None, mapping: Path | None = None) -> None:
        self.path, self.sheet = path, sheet
        self.mapping = read_mapping(mapping)
        d: dict[str, str] = {**spec()["dataset"], **self.mapping.dataset}
        stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:80] or "dataset"
        # without a mapping file naming it, the dataset is the file (by its name): the title says which
        title = d["title"] if "title" in self.mapping.dataset else f"{d['title']}: {path.name}"[:300]
        self.dataset: Dataset | None = Dataset(d.get("id") or f"hxl:{stem}", title, d["publisher"], d["licence"],
                                               d.get("attribution", ""), d.get("url"))
        self.total = 0
        self.columns: list[Column] = []

    def finish(self, ws: Any, conn: Any, stored: list[Any]) -> None:
        del ws, conn, stored

    def rows(self) -> Iterator[tuple[int, Any, Provenance | None]]:
        self.total = count_lines(self.path)
        rows = table_rows(self.path, self.sheet, prefer=lambda rs: hashtag_row(rs) is not None)
        head: list[tuple[int, list[str]]] = []
        for line, row in rows:
            head.append((line, row))
            if len(head) >= SCAN_ROWS:
                break
        at = hashtag_row([r for _l, r in head])
        if at is None:
            raise ImportRejected("{file} has no HXL hashtag row (a row of tags such as #date or #adm1+name under "
                                 "the headers) in its first {rows} rows; nothing was imported.", [],
                                 file=self.path.name, rows=SCAN_ROWS)
        tags_row = head[at][1]
        headers = head[at - 1][1] if at > 0 else []
        self._plan(tags_row, headers)
        origin = self.path.name if self.sheet is None else f"{self.path.name} [{self.sheet}]"
        for line, row in chain(head[at + 1:], rows):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(self.columns) and any(c.strip() for c in row[len(self.columns):]):
                yield line, RowProblems([ImportProblem(line, "", "the row has {got} cells but the hashtag row has "
                                                       "{expected}", label="Row", got=len(row),
                                                       expected=len(self.columns))]), None
                continue
            yield line, *self.map_row(line, row, origin)

    def _plan(self, tags_row: list[str], headers: list[str]) -> None:
        specs = [parse_tagspec(c) for c in tags_row]
        plan = plan_columns(specs, [*self.mapping.rules, *builtin_rules()])
        self.columns = [Column(i, (headers[i].strip() if i < len(headers) else "")[:120] or
                               ("" if specs[i] else f"column {i + 1}"), specs[i], plan.get(i),
                               "".join(tags_row[i].split()).lower()[:120])
                        for i in range(len(tags_row))]

    def describe(self) -> list[tuple[str, str]]:
        """(column, what it fills) for a preview: a field's label, or "kept as source data"."""
        return [(c.name, field_label(c.target) if c.target else KEPT) for c in self.columns]

    def map_row(self, line: int, row: list[str], origin: str) -> tuple[Any, Provenance | None]:
        cells: dict[str, str] = {}
        extra: dict[str, str] = {}
        for c in self.columns:
            value = row[c.index].strip() if c.index < len(row) else ""
            if not value:
                continue
            if c.target:
                cells[c.target] = value
            else:
                extra[c.name] = value
        return _Row(line, cells, extra, self).build(origin, row)


class _Row:
    """One row's cells by field, turned into a record in the import's JSON form (or its problems)."""

    def __init__(self, line: int, cells: dict[str, str], extra: dict[str, str], source: HxlDataset) -> None:
        self.line, self.c, self.extra, self.source = line, cells, extra, source
        self.problems: list[ImportProblem] = []

    def bad(self, name: str, template: str, **params: object) -> None:
        path = (f"location.{name}" if name in ("lat", "lon", "country", "adm1_pcode", "adm2_pcode") else
                f"casualties.{name}" if name in COUNTS else "location.country" if name == "country_name" else name)
        self.problems.append(ImportProblem(self.line, path, template, label=field_label(name), **params))

    def build(self, origin: str, raw: list[str]) -> tuple[Any, Provenance | None]:
        c, defaults = self.c, self.source.mapping.defaults
        date = self.date("date", required=True)
        date_end = self.date("date_end")
        reported = self.date("reported_on", day_only=True)
        country = self.country() or defaults.get("country")
        if country is None:
            self.bad("country", "is needed: tag a column #country+code (ISO 3166) or #country+name, or set the "
                                "country in a mapping file (defaults)")
        location: dict[str, Any] = {"country": country}
        for key in ("adm1_name", "adm2_name", "place"):
            if c.get(key):
                location[key] = c[key][:300]
        detail: dict[str, Any] = {}
        for key in ("adm1_pcode", "adm2_pcode"):
            code = c.get(key, "").upper()
            if code and _PCODE.match(code) and len(code) <= 20 and (key == "adm1_pcode" or "adm1_pcode" in location):
                location[key] = code
            elif code:
                detail[field_label(key)] = c[key]  # not a P-code Fieldcase can file: kept as it came
        coords = self.coordinates()
        if coords is not None:
            location["lat"], location["lon"], location["coord_precision_m"] = coords
        casualties: dict[str, int] = {}
        for key in COUNTS:
            if key in c:
                number = _whole(c[key])
                if number is None:
                    self.bad(key, "must be a whole number from 0 to {limit}", limit=LIMIT)
                else:
                    casualties[key] = number
        if self.problems or date is None or country is None:
            return RowProblems(self.problems), None
        where = location.get("place") or location.get("adm2_name") or location.get("adm1_name") or country
        title = c.get("title") or f"{c.get('event_type') or 'Incident'}: {where}"
        grading = spec()["source_grading"]
        item: dict[str, Any] = {
            "kind": "incident", "title": title[:300] if len(title) >= 3 else f"Incident: {where}"[:300],
            "date": date, "location": location, "verification": grading["verification"],
            "sources": [{"name": (c.get("source") or self.dataset_title())[:300],
                         "reliability": grading["reliability"], "credibility": grading["credibility"]}],
        }
        if c.get("narrative"):
            item["narrative"] = c["narrative"][:100_000]
        if date_end is not None and date_end != date:
            item["date_end"] = date_end
        if reported is not None:
            item["reported_on"] = reported
        if casualties:
            item["casualties"] = casualties
        for key in ("event_type", "actor_1", "actor_2", "source_url", "geo_precision"):
            if c.get(key):
                detail[field_label(key)] = c[key]
        if self.extra:
            detail["columns"] = self.extra
        external = c.get("external_id", "")[:120]
        hashed = row_hash({col.name: raw[col.index] if col.index < len(raw) else "" for col in self.source.columns})
        return item, Provenance(self.source.dataset.id if self.source.dataset else "hxl",
                                external or f"row:{hashed[:24]}", hashed, origin, None, detail)

    def dataset_title(self) -> str:
        return self.source.dataset.title if self.source.dataset is not None else "HXL dataset"

    def date(self, name: str, *, required: bool = False, day_only: bool = False) -> str | None:
        text = self.c.get(name, "")
        if not text:
            if required:
                self.bad(name, "is needed: tag the event's date #date+start or #date+occurred")
            return None
        found = _partial_date(text)
        if found is None or (day_only and len(found) != 10):
            self.bad(name, "must be a date as YYYY-MM-DD (or YYYY-MM, YYYY)" if not day_only else
                     "must be a date as YYYY-MM-DD")
            return None
        return found

    def country(self) -> str | None:
        import pycountry

        code, name = self.c.get("country", "").strip().upper(), self.c.get("country_name", "").strip()
        if code:
            if re.fullmatch(r"[A-Z]{3}", code):
                return code
            found = pycountry.countries.get(alpha_2=code) if re.fullmatch(r"[A-Z]{2}", code) else None
            if found is None:
                self.bad("country", "must be an ISO 3166 country code (three letters, such as KEN)")
                return None
            return str(found.alpha_3)
        if name:
            try:
                return str(pycountry.countries.lookup(name).alpha_3)
            except LookupError:
                self.bad("country_name", "is not a country name Fieldcase knows (ISO 3166); tag an ISO code column "
                                         "#country+code instead")
        return None

    def coordinates(self) -> tuple[float, float, int] | None:
        c = self.c
        lat, lon = c.get("lat", ""), c.get("lon", "")
        if not lat and not lon and c.get("coord"):
            parts = c["coord"].split(",")
            lat, lon = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else ("x", "x")
        if not lat and not lon:
            return None
        values = coordinates(("lat", lat), ("lon", lon), self.bad)
        if len(values) != 2:
            return None
        precision = self.source.mapping.defaults.get("coord_precision_m")
        if precision is None:
            radii = spec()["coordinate_precision"]["by_decimals"]
            decimals = min(len(t.split(".")[1]) if "." in t else 0 for t in (lat, lon))
            precision = radii[min(decimals, len(radii) - 1)]
        return values[0], values[1], int(precision)


def _whole(text: str) -> int | None:
    try:
        value = float(text.replace(",", "")) if re.fullmatch(r"[0-9][0-9,]*(\.0+)?", text) else None
    except ValueError:
        return None
    if value is None or value > LIMIT:
        return None
    return int(value)


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def _partial_date(text: str) -> str | None:
    """YYYY, YYYY-MM or a day (ISO 8601, with or without a time; '15 March 2024'), as a partial date."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text) and 1900 <= int(text) <= 2100:
        return text
    if re.fullmatch(r"\d{4}-\d{2}", text) and 1 <= int(text[5:]) <= 12:
        return text
    day_text = re.split(r"[T ]\d{1,2}:", text, maxsplit=1)[0].strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(day_text, fmt).date().isoformat()
        except ValueError:
            continue
    return None
