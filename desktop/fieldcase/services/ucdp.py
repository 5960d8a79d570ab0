"""UCDP GED exports (`fieldcase import --format ucdp FILE [--sheet NAME]`): each event becomes an incident,
mapped as schema/import/ucdp.json says, with its sources (the UCDP GED codebook):

- date_start / date_end with date_prec -> the date at its precision (a day, the span, the month, the year);
- latitude / longitude with where_prec -> coordinates with a precision radius (from 3 on, no place name);
- best -> casualties killed (UCDP's most likely estimate); low, high and deaths_a / deaths_b /
  deaths_civilians / deaths_unknown -> provenance detail, kept as they came;
- type_of_violence -> the title and a reviewed crosswalk to UN CCA risk areas; conflict, dyad and sides
  (side A and B are not perpetrator and victim in UCDP's coding) -> provenance detail;
- id -> provenance: a newer GED version revises the events whose row changed instead of duplicating them.

HDX's UCDP exports carry an HXL hashtag row under the header: it is recognised and skipped (the header
already names UCDP's columns). CSV or a workbook's sheet (tables.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from ..domain.provenance import Dataset, Provenance, row_hash
from ..errors import ImportProblem, ImportRejected
from .hxl import KEPT, hashtag_row
from .importing import SCHEMA_PATH, RowProblems, coordinates
from .tables import count_lines, table_rows

MAPPING_PATH = SCHEMA_PATH.parent / "import" / "ucdp.json"
LIMIT = 1_000_000_000


@cache
def mapping() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(MAPPING_PATH.read_text(encoding="utf-8"))
    return loaded


def dataset() -> Dataset:
    d = mapping()["dataset"]
    return Dataset(d["id"], d["title"], d["publisher"], d["licence"], d["attribution"], d.get("url"))


def _country(name: str) -> str | None:
    import pycountry

    name = name.strip()
    known = mapping()["country_names"].get(name)
    if known:
        return str(known)
    for candidate in (name, re.sub(r"\s*\(.*\)\s*$", "", name)):
        try:
            return str(pycountry.countries.lookup(candidate).alpha_3)
        except LookupError:
            continue
    return None


class UcdpExport:
    """A UCDP GED export (CSV, or a sheet of a workbook), read row by row."""

    def __init__(self, path: Path, *, sheet: str | None = None) -> None:
        self.path, self.sheet = path, sheet
        self.dataset: Dataset | None = dataset()
        self.total = 0
        self.columns: list[str] = []

    def finish(self, ws: Any, conn: Any, stored: list[Any]) -> None:
        del ws, conn, stored

    def describe(self) -> list[tuple[str, str]]:
        fills = {"id": "Event id (revises on re-import)", "date_start": "Date", "date_end": "Until",
                 "date_prec": "Date precision", "where_prec": "Precision (metres)", "latitude": "Latitude",
                 "longitude": "Longitude", "country": "Country", "adm_1": "Region (admin 1)",
                 "adm_2": "District (admin 2)", "where_coordinates": "Place", "best": "Killed",
                 "type_of_violence": "Title and risk areas", "dyad_name": "Title", "source_headline": "Narrative",
                 "source_office": "Source"}
        return [(c, fills.get(c, KEPT)) for c in self.columns]

    def rows(self) -> Iterator[tuple[int, Any, Provenance | None]]:
        self.total = count_lines(self.path)
        rows = table_rows(self.path, self.sheet, prefer=lambda rs: bool(rs) and "where_prec" in
                          [c.strip().lower() for c in rs[0]])
        first = next(rows, None)
        if first is None:
            raise ImportRejected("{file} is empty.", [], file=self.path.name)
        columns = [c.strip().lower() for c in first[1]]
        self.columns = columns
        spec = mapping()
        missing = [c for c in spec["required_columns"] if c not in columns]
        twice = sorted({c for c in columns if c and columns.count(c) > 1})
        if missing or twice:
            raise ImportRejected(
                "{file} is not a UCDP GED export with the codebook's columns; nothing was imported.",
                [ImportProblem(1, c, "this UCDP column is missing from the header", label=c) for c in missing]
                + [ImportProblem(1, c, "this column appears more than once in the header", label=c) for c in twice],
                file=self.path.name)
        origin = self.path.name if self.sheet is None else f"{self.path.name} [{self.sheet}]"
        second = next(rows, None)
        pending = [] if second is None or hashtag_row([second[1]]) == 0 else [second]  # HDX's HXL row: skipped
        for line, row in chain(pending, rows):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                yield line, RowProblems([ImportProblem(line, "", "the row has {got} cells but the header has "
                                                       "{expected}", label="Row", got=len(row),
                                                       expected=len(columns))]), None
                continue
            yield line, *self._map(line, dict(zip(columns, row, strict=True)), origin)

    def _map(self, line: int, c: dict[str, str], origin: str) -> tuple[Any, Provenance | None]:
        spec = mapping()
        problems: list[ImportProblem] = []

        def bad(column: str, template: str, **params: object) -> None:
            problems.append(ImportProblem(line, column, template, label=column, **params))

        kind = c["type_of_violence"].strip()
        if kind not in ("1", "2", "3"):
            bad("type_of_violence", "must be 1, 2 or 3 (codebook)")
        days = []
        for column in ("date_start", "date_end"):
            try:
                days.append(dt.date.fromisoformat(re.split(r"[T ]", c[column].strip(), maxsplit=1)[0]))
            except ValueError:
                bad(column, "must be a date as YYYY-MM-DD")
        if len(days) == 2 and days[1] < days[0]:
            bad("date_end", "must not be before date_start")
        date_prec = c["date_prec"].strip()
        if date_prec not in spec["date_prec"] or date_prec == "note":
            bad("date_prec", "must be a whole number from 1 to 5 (codebook)")
        where_prec = c["where_prec"].strip()
        if where_prec not in spec["where_prec"] or where_prec == "note":
            bad("where_prec", "must be a whole number from 1 to 7 (codebook)")
        country = _country(c["country"])
        if country is None:
            bad("country", "must be a country name as UCDP writes it")
        coords = coordinates(("latitude", c["latitude"]), ("longitude", c["longitude"]), bad)
        counts: dict[str, int] = {}
        for column in ("best", "low", "high"):
            text = c[column].strip()
            if not re.fullmatch(r"\d{1,10}(\.0+)?", text) or float(text) > LIMIT:
                bad(column, "must be a whole number from 0 to {limit}", limit=LIMIT)
            else:
                counts[column] = int(float(text))
        if len(counts) == 3 and not counts["low"] <= counts["best"] <= counts["high"]:
            bad("best", "must lie between low and high (codebook)")
        event_key = c["id"].strip()
        if not event_key or len(event_key) > 120:
            bad("id", "must be UCDP's event id (up to {limit} characters)", limit=120)
        if problems or country is None or len(days) != 2:
            return RowProblems(problems), None

        start, end = days
        rendering = spec["date_prec"][date_prec]
        if rendering == "day" or (rendering == "range" and start == end):
            date_text, end_text = start.isoformat(), None
        elif rendering == "range":
            date_text, end_text = start.isoformat(), end.isoformat()
        else:
            size = 7 if rendering == "month" else 4
            date_text, end_text = start.isoformat()[:size], end.isoformat()[:size]
        location: dict[str, Any] = {"country": country, "lat": coords[0], "lon": coords[1],
                                    "coord_precision_m": spec["where_prec"][where_prec]}
        for column, key in (("adm_1", "adm1_name"), ("adm_2", "adm2_name")):
            if c.get(column, "").strip():
                location[key] = c[column].strip()[:300]
        if int(where_prec) <= 2 and c.get("where_coordinates", "").strip():
            location["place"] = c["where_coordinates"].strip()[:300]
        label = spec["type_of_violence"][kind]
        who = c.get("dyad_name", "").strip() or c.get("conflict_name", "").strip()
        where = location.get("place") or location.get("adm1_name") or country
        grading = spec["source_grading"]
        item: dict[str, Any] = {
            "kind": "incident", "title": (f"{label}: {who}" if who else f"{label}: {where}")[:300],
            "date": date_text, "location": location, "verification": grading["verification"],
            "casualties": {"killed": counts["best"]},
            "sources": [{"name": (c.get("source_office", "").strip() or "UCDP GED")[:300],
                         "reliability": grading["reliability"], "credibility": grading["credibility"]}],
            "risk_tags": [{"category": area, "rationale": "UCDP type of violence (reviewed crosswalk, "
                                                          "schema/import/ucdp.json)"}
                          for area in spec["risk_area_crosswalk"][kind]],
        }
        if end_text is not None and end_text != date_text:
            item["date_end"] = end_text
        narrative = c.get("source_headline", "").strip()
        if narrative:
            item["narrative"] = narrative[:100_000]
        detail = {k: c[k] for k in spec["kept_in_provenance"] if c.get(k, "").strip()}
        version = c.get("relid", "").strip()[:60] or None
        return item, Provenance(spec["dataset"]["id"], event_key, row_hash(c), origin, version, detail)
