"""ACLED exports (`fieldcase import --format acled FILE.csv`): each event becomes an incident, mapped as
schema/import/acled.json says (with its sources: the ACLED codebook and knowledge base).

- event and sub-event types -> the shipped ACLED framework's ids (violation types), and through the
  reviewed crosswalk in schema/import/acled.json -> UN CCA risk areas (tags carrying that rationale);
- time_precision -> the date's precision (a day, the week around the coded day, the month);
- geo_precision -> the coordinates' precision radius (at 3 the place name is dropped);
- fatalities -> casualties killed; source -> one source record graded F6 (a secondary compilation);
- event_id_cnty -> provenance: re-importing an updated export revises the events whose row changed and
  leaves the others alone; events no longer in the export are reported, not deleted;
- actors, interaction codes, admin3, tags and the rest -> provenance detail, kept as they came (actor 1
  and 2 are not attacker and defender in ACLED's coding, so they do not become perpetrators).

Every record is verification "reported" and carries ACLED's attribution (its terms of use).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ..domain.provenance import Dataset, Provenance, row_hash
from ..domain.records import CaseRecord
from ..errors import ImportProblem, ImportRejected
from ..frameworks.builtin import builtin_registry
from .importing import SCHEMA_PATH, RowProblems, coordinates

MAPPING_PATH = SCHEMA_PATH.parent / "import" / "acled.json"
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
MAX_CELL = 131_072


@cache
def mapping() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(MAPPING_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def _types() -> tuple[dict[str, str], dict[str, tuple[str, str, str]]]:
    """Lower-cased event type label -> id, and sub-event label -> (sub id, event id, sub label)."""
    framework = builtin_registry().get("acled")
    events, subs = {}, {}
    for event in framework.raw["categories"]:
        events[event["label"].lower()] = event["id"]
        for sub in event["sub_event_types"]:
            subs[sub["label"].lower()] = (sub["id"], event["id"], sub["label"])
    return events, subs


def _normal(label: str) -> str:
    # the codebook spells "protestors", the 2024 taxonomy "protesters"
    return " ".join(label.strip().lower().replace("protestors", "protesters").split())


def dataset() -> Dataset:
    d = mapping()["dataset"]
    return Dataset(d["id"], d["title"], d["publisher"], d["licence"], d["attribution"], d.get("url"))


def _country(iso: str) -> str | None:
    import pycountry

    try:
        found = pycountry.countries.get(numeric=f"{int(iso):03d}")
    except (ValueError, LookupError):
        return None
    return found.alpha_3 if found is not None else None


class AcledExport:
    """An ACLED CSV export, read row by row (bounded memory)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.dataset: Dataset | None = dataset()
        self.total = 0

    def finish(self, ws: Any, conn: Any, stored: list[tuple[CaseRecord, Provenance]]) -> None:
        del ws, conn, stored

    def rows(self) -> Iterator[tuple[int, Any, Provenance | None]]:
        try:
            with self.path.open("rb") as counting:
                self.total = sum(chunk.count(b"\n") for chunk in iter(lambda: counting.read(1 << 20), b""))
            handle = self.path.open(encoding="utf-8-sig", newline="")
        except FileNotFoundError:
            raise ImportRejected("{file} does not exist.", [], file=self.path) from None
        except OSError as exc:
            raise ImportRejected("{file} could not be read ({reason}).", [], file=self.path,
                                 reason=exc.strerror) from None
        with handle:
            yield from self._rows(handle)

    def _rows(self, handle: Any) -> Iterator[tuple[int, Any, Provenance | None]]:
        reader = csv.reader(handle)
        header = self._next(reader, 1)
        if header is None:
            raise ImportRejected("{file} is empty.", [], file=self.path.name)
        columns = [h.strip().lower() for h in header]
        spec = mapping()
        missing = [c for c in spec["required_columns"] if c not in columns]
        twice = sorted({c for c in columns if c and columns.count(c) > 1})
        if missing or twice:
            raise ImportRejected(
                "{file} is not an ACLED export with the codebook's columns; nothing was imported.",
                [ImportProblem(1, c, "this ACLED column is missing from the header", label=c) for c in missing]
                + [ImportProblem(1, c, "this column appears more than once in the header", label=c) for c in twice],
                file=self.path.name)
        origin = self.path.name
        while True:
            line = reader.line_num + 1
            row = self._next(reader, line)
            if row is None:
                return
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                yield line, RowProblems([ImportProblem(line, "", "the row has {got} cells but the header has "
                                                       "{expected}", label="Row", got=len(row),
                                                       expected=len(columns))]), None
                continue
            cells = dict(zip(columns, row, strict=True))
            yield line, *self._map(line, cells, origin)

    def _next(self, reader: Any, line: int) -> list[str] | None:
        try:
            return next(reader, None)
        except csv.Error:
            raise ImportRejected("{file} has a cell that is too long or a broken quote; nothing was imported.",
                                 [ImportProblem(line, "", "a cell is longer than {limit} characters or its quotes "
                                                "do not close", label="Row", limit=MAX_CELL)],
                                 file=self.path.name) from None
        except UnicodeDecodeError:
            raise ImportRejected("{file} is not UTF-8 text.", [ImportProblem(line, "", "this line is not UTF-8 text",
                                                                            label="Row")],
                                 file=self.path.name) from None

    def _map(self, line: int, c: dict[str, str], origin: str) -> tuple[Any, Provenance | None]:
        spec = mapping()
        problems: list[ImportProblem] = []

        def bad(column: str, template: str, **params: object) -> None:
            problems.append(ImportProblem(line, column, template, label=column, **params))

        events, subs = _types()
        sub = subs.get(_normal(c["sub_event_type"]))
        event_id = events.get(_normal(c["event_type"]))
        if event_id is None:
            bad("event_type", "must be one of ACLED's event types (codebook)")
        if sub is None:
            bad("sub_event_type", "must be one of ACLED's sub-event types (codebook)")
        elif event_id is not None and sub[1] != event_id:
            bad("sub_event_type", "is not a sub-event type of the row's event type (codebook)")
        day = None
        for fmt in DATE_FORMATS:
            try:
                day = dt.datetime.strptime(c["event_date"].strip(), fmt).date()
                break
            except ValueError:
                continue
        if day is None:
            bad("event_date", "must be a date as YYYY-MM-DD or as '15 March 2024'")
        precision = c["time_precision"].strip()
        if precision not in ("1", "2", "3"):
            bad("time_precision", "must be 1, 2 or 3 (codebook)")
        geo = c["geo_precision"].strip()
        if geo not in ("1", "2", "3"):
            bad("geo_precision", "must be 1, 2 or 3 (codebook)")
        country = _country(c["iso"].strip())
        if country is None:
            bad("iso", "must be a numeric ISO 3166 country code")
        coords = coordinates(("latitude", c["latitude"]), ("longitude", c["longitude"]), bad)
        fatalities = c["fatalities"].strip() or "0"
        if not fatalities.isdigit() or int(fatalities) > 1_000_000_000:
            bad("fatalities", "must be a whole number from 0 to {limit}", limit=1_000_000_000)
        event_key = c["event_id_cnty"].strip()
        if not event_key or len(event_key) > 120:
            bad("event_id_cnty", "must be ACLED's event id (up to {limit} characters)", limit=120)
        if problems or sub is None or day is None or country is None or event_id is None:
            return RowProblems(problems), None

        start, end = day, None
        if precision == "3":
            date_text = day.isoformat()[:7]
        elif precision == "2":
            start, end = day - dt.timedelta(days=3), day + dt.timedelta(days=3)
            date_text = start.isoformat()
        else:
            date_text = day.isoformat()
        location: dict[str, Any] = {"country": country, "lat": coords[0], "lon": coords[1],
                                    "coord_precision_m": spec["geo_precision"][geo]}
        for column, key in (("admin1", "adm1_name"), ("admin2", "adm2_name")):
            if c.get(column, "").strip():
                location[key] = c[column].strip()[:300]
        if geo != "3" and c["location"].strip():
            location["place"] = c["location"].strip()[:300]
        sub_id, _event, sub_label = sub
        where = location.get("place") or location.get("adm1_name") or country
        grading = spec["source_grading"]
        item: dict[str, Any] = {
            "kind": "incident", "title": f"{sub_label}: {where}"[:300], "narrative": c["notes"],
            "date": date_text, "location": location, "violation_types": [event_id, sub_id],
            "verification": grading["verification"], "casualties": {"killed": int(fatalities)},
            "sources": [{"name": (c["source"].strip() or "ACLED")[:300], "reliability": grading["reliability"],
                         "credibility": grading["credibility"]}],
            "risk_tags": [{"category": area, "rationale": "ACLED sub-event type (reviewed crosswalk, "
                                                          "schema/import/acled.json)"}
                          for area in spec["risk_area_crosswalk"]["rows"].get(sub_id, [])],
        }
        if end is not None:
            item["date_end"] = end.isoformat()
        detail = {k: c[k] for k in spec["kept_in_provenance"] if c.get(k, "").strip()}
        return item, Provenance("acled", event_key, row_hash(c), origin, c["timestamp"].strip()[:60] or None, detail)
