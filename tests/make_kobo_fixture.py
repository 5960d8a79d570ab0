"""A fictional KoboToolbox / ODK project (issue 17, must-show 2): an XLSForm with groups, a repeat,
select_one / select_multiple and a media question; its submissions as KoboToolbox exports them (CSV with
`;` and group-path headers; XLSX with the repeat group on its own sheet linked by _parent_index), and the
media files in the export's folder. The mapping is schema/import/xlsform-mapping.example.json.

    python tests/make_kobo_fixture.py OUT_DIR
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import openpyxl

SURVEY = [
    ("type", "name", "label"),
    ("begin_group", "incident", "Incident"),
    ("text", "title", "Short title"),
    ("date", "incident_date", "When did it happen?"),
    ("text", "description", "What happened?"),
    ("select_multiple violation", "violations", "What was done?"),
    ("select_one status", "status", "How sure are you?"),
    ("integer", "killed", "People killed"),
    ("image", "photo", "Photo"),
    ("end_group", "", ""),
    ("begin_group", "place", "Place"),
    ("select_one region", "region", "Region"),
    ("text", "village", "Village"),
    ("geopoint", "gps", "GPS"),
    ("select_multiple concern", "concerns", "Concerns"),
    ("end_group", "", ""),
    ("begin_repeat", "victims", "Victims"),
    ("text", "victim_code", "Victim code"),
    ("select_one sex", "victim_sex", "Sex"),
    ("select_one age", "victim_age", "Age group"),
    ("end_repeat", "", ""),
]
CHOICES = [("list_name", "name", "label")] + [
    ("violation", n, n.title()) for n in ("killing", "detention", "abduction", "threats")] + [
    ("status", n, n.title()) for n in ("reported", "corroborated", "verified")] + [
    ("region", n, n.title()) for n in ("nairobi", "mombasa", "turkana")] + [
    ("concern", n, n.title()) for n in ("security", "civic_space", "displacement")] + [
    ("sex", "f", "Female"), ("sex", "m", "Male"), ("sex", "x", "Not known"),
    ("age", "child", "Child"), ("age", "adult", "Adult"), ("age", "older", "Older person")]
MAIN = ["incident/title", "incident/incident_date", "incident/description", "incident/violations", "incident/status",
        "incident/killed", "incident/photo", "place/region", "place/village", "place/gps", "place/concerns",
        "_id", "_uuid", "_submission_time", "_index"]
SUBMISSIONS = [
    ["Night arrests in the market", "2024-05-02", "Two traders were taken; one later found dead.",
     "detention killing", "corroborated", "1", "market.jpg", "nairobi", "Gikomba", "-1.2833 36.8333 1700 5",
     "security civic_space", "101", "9f3c1a2e-0001-4c1e-9b7a-000000000001", "2024-05-03T08:00:00", "1"],
    ["Threats against a radio host", "2024-06-11", 'He was told "stop talking" on air;\nhe left town.',
     "threats", "reported", "0", "", "mombasa", "Likoni", "-4.0800 39.6600 5 8", "civic_space", "102",
     "9f3c1a2e-0001-4c1e-9b7a-000000000002", "2024-06-12T10:30:00", "2"],
    ["Herders abducted near the well", "2024-07-20", "Three herders taken by armed men.", "abduction", "reported",
     "0", "well.png", "turkana", "Kakuma", "3.7200 34.8600 600 20", "security displacement", "103",
     "9f3c1a2e-0001-4c1e-9b7a-000000000003", "2024-07-21T16:45:00", "3"],
]
VICTIMS = [("V-101-a", "m", "adult", "1"), ("V-101-b", "m", "adult", "1"), ("V-102", "m", "adult", "2"),
           ("V-103-a", "x", "child", "3")]
MEDIA = {"101/market.jpg": b"\xff\xd8\xff\xe0 fictional market photo", "103/well.png": b"\x89PNG fictional well"}


def write_form(path: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    for row in SURVEY:
        survey.append(row)
    choices = book.create_sheet("choices")
    for row in CHOICES:
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(("form_id", "form_title", "version"))
    settings.append(("incident_report", "Incident report (fictional)", "2024061201"))
    book.save(path)
    return path


def write_exports(folder: Path, submissions: list[list[str]] | None = None) -> tuple[Path, Path]:
    rows = submissions if submissions is not None else SUBMISSIONS
    csv_path = folder / "incident_report.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(MAIN)
        writer.writerows(rows)
    book = openpyxl.Workbook()
    main = book.active
    main.title = "Incident report (fictional)"
    main.append(MAIN)
    for row in rows:
        main.append(row)
    victims = book.create_sheet("victims")
    victims.append(["victims/victim_code", "victims/victim_sex", "victims/victim_age", "_index", "_parent_index",
                    "_parent_table_name"])
    for i, (code, sex, age, parent) in enumerate(VICTIMS, start=1):
        victims.append([code, sex, age, str(i), parent, main.title])
    xlsx_path = folder / "incident_report.xlsx"
    book.save(xlsx_path)
    for name, data in MEDIA.items():
        (folder / "attachments" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "attachments" / name).write_bytes(data)
    return csv_path, xlsx_path


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    write_form(out / "form.xlsx")
    write_exports(out)
