"""Context-data fixtures written from the public column sets (issue 20): a UCDP GED export (the codebook's
columns, in GED 23.1's order, with HDX's HXL hashtag row) and an Insecurity Insight-style workbook (a read-me
sheet first, then the data under a messy hashtag row: stray spaces, upper case, a typo, an unknown attribute).
The values are made up; the expected mapping of each row is written out by hand in the tests."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

UCDP_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob"]
# HDX's export tags some columns (those the issue quotes); the rest stand untagged
UCDP_TAGS = {"id": "#event+code", "date_start": "#date+start", "date_end": "#date+end", "adm_1": "#adm1+name",
             "adm_2": "#adm2+name", "latitude": "#geo+lat", "longitude": "#geo+lon", "side_a": "#group+name+first",
             "side_b": "#group+name+second", "best": "#affected+killed", "source_article": "#meta+source",
             "country": "#country+name"}


def ucdp_rows() -> list[dict[str, Any]]:
    base = {c: "" for c in UCDP_COLUMNS}
    return [
        {**base, "id": "244657", "relid": "SSD-2021-1-11345-3", "year": 2021, "active_year": 1, "code_status": "Clear",
         "type_of_violence": 1, "conflict_name": "South Sudan: Government", "dyad_name": "Government of South Sudan"
         " - SSOMA", "side_a": "Government of South Sudan", "side_b": "SSOMA", "number_of_sources": 2,
         "source_article": "Radio Tamazuj, 2021-03-05, 'Clashes near Yei'", "source_office": "Radio Tamazuj",
         "source_headline": "Clashes near Yei kill six", "where_prec": 1, "where_coordinates": "Yei town",
         "adm_1": "Central Equatoria state", "adm_2": "Yei county", "latitude": "4.0950", "longitude": "30.6780",
         "country": "South Sudan", "country_id": 626, "region": "Africa", "event_clarity": 1, "date_prec": 1,
         "date_start": "2021-03-04 00:00:00.000", "date_end": "2021-03-04 00:00:00.000", "deaths_a": 2,
         "deaths_b": 3, "deaths_civilians": 1, "deaths_unknown": 0, "best": 6, "high": 9, "low": 6},
        {**base, "id": "244700", "relid": "SSD-2021-3-1187-7", "year": 2021, "type_of_violence": 3,
         "conflict_name": "NAS - Civilians", "dyad_name": "NAS - Civilians", "side_a": "NAS", "side_b": "Civilians",
         "source_office": "UNMISS", "where_prec": 3, "where_coordinates": "Morobo village",
         "adm_1": "Central Equatoria state", "adm_2": "Morobo county", "latitude": "3.69", "longitude": "30.78",
         "country": "South Sudan", "date_prec": 2, "date_start": "2021-05-10", "date_end": "2021-05-14",
         "deaths_civilians": 4, "best": 4, "high": 4, "low": 4},
        {**base, "id": "301122", "relid": "DRC-2021-2-9-1", "year": 2021, "type_of_violence": 2,
         "conflict_name": "CODECO - Hema militia", "dyad_name": "", "side_a": "CODECO", "side_b": "Hema militia",
         "where_prec": 6, "where_coordinates": "DR Congo (Zaire)", "latitude": "-2.5", "longitude": "23.5",
         "country": "DR Congo (Zaire)", "date_prec": 4, "date_start": "2021-06-01", "date_end": "2021-08-31",
         "deaths_a": 5, "deaths_b": 7, "best": 12, "high": 15, "low": 10},
        {**base, "id": "310001", "type_of_violence": 1, "dyad_name": "Government of Sudan - SRF",
         "where_prec": 4, "adm_1": "North Darfur state", "latitude": "14.0", "longitude": "25.0",
         "country": "Sudan", "date_prec": 5, "date_start": "2020-02-01", "date_end": "2021-01-31",
         "deaths_unknown": 3, "best": 3, "high": 5, "low": 2},
    ]


def write_ucdp_csv(path: Path, rows: list[dict[str, Any]], *, hxl_row: bool = True) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(UCDP_COLUMNS)
        if hxl_row:
            w.writerow([UCDP_TAGS.get(c, "") for c in UCDP_COLUMNS])
        for row in rows:
            w.writerow([row.get(c, "") for c in UCDP_COLUMNS])
    return path


def write_ucdp_xlsx(path: Path, rows: list[dict[str, Any]], sheet: str = "ged") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    about = book.active
    assert about is not None
    about.title = "About"
    about.append(["UCDP GED extract, made up for a test"])
    data = book.create_sheet(sheet)
    data.append(UCDP_COLUMNS)
    for row in rows:
        data.append([row.get(c, "") for c in UCDP_COLUMNS])
    book.save(path)
    return path


# Insecurity Insight-style: headers people read, and under them a hashtag row typed by hand
II_HEADERS = ["Date", "Country ISO", "Country", "Admin 1", "Admin 1 P-Code", "Latitude", "Longitude", "Event Type",
              "Event Description", "Health Workers Killed", "Female Health Workers Killed", "Health Workers Injured",
              "Reported Perpetrator", "Weapon Carried/Used", "SiND Event ID"]
II_TAGS = [" #date +occurred", "#country+code ", "#Country +Name", "#ADM1 + name", "#adm1+code", "#geo+lat",
           "# geo+lon", "#event +type", "#description", "#affected+killed+health_workers+xq",
           "#affected+killed+f+health_workers", "#afected+injured", "#group+perpetrator", "#weapon+type", "#event+id"]


def ii_rows() -> list[list[Any]]:
    return [
        [dt.date(2023, 3, 5), "SDN", "Sudan", "Khartoum", "SD01", 15.5007, 32.5599, "Attack on health care",
         "Health facility shelled", 2, 1, 3, "RSF", "Shelling", "II-1001"],
        [dt.datetime(2023, 4, 15, 10, 30), "", "Sudan", "North Darfur", "SD02", 13.6, 25.3, "",
         "Ambulance stopped at a checkpoint", None, None, 1, "", "Firearm", "II-1002"],
        ["2023-05", "ssd", "", "Upper Nile", "bad code!", None, None, "Attack on health care",
         "Clinic looted", 0, None, None, "Unknown", "", "II-1003"],
    ]


def write_ii_xlsx(path: Path, rows: list[list[Any]] | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    readme = book.active
    assert readme is not None
    readme.title = "Read me"
    readme.append(["Attacks on health care: a made-up extract in Insecurity Insight's layout"])
    readme.append(["Licence: CC BY 4.0"])
    data = book.create_sheet("Health care incidents")
    data.append(II_HEADERS)
    data.append(II_TAGS)
    for row in rows if rows is not None else ii_rows():
        data.append(row)
    book.save(path)
    return path


def write_ii_csv(path: Path, rows: list[list[Any]] | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(II_HEADERS)
        w.writerow(II_TAGS)
        for row in rows if rows is not None else ii_rows():
            w.writerow(["" if v is None else v.isoformat() if hasattr(v, "isoformat") else v for v in row])
    return path


def write_ucdp_bulk(path: Path, n: int) -> Path:
    """`n` UCDP GED events (the four fixture rows, cycled, with their own ids and days): for bench/bench_import.py."""
    base = ucdp_rows()
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(UCDP_COLUMNS)
        w.writerow([UCDP_TAGS.get(c, "") for c in UCDP_COLUMNS])
        for i in range(n):
            row = dict(base[i % len(base)], id=str(1_000_000 + i))
            if row["date_prec"] == 1:
                day = (dt.date(2021, 1, 1) + dt.timedelta(days=i % 365)).isoformat()
                row.update(date_start=day, date_end=day)
            w.writerow([row.get(c, "") for c in UCDP_COLUMNS])
    return path
