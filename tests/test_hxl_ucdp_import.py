"""Context data from HDX (issue 20): HXL-tagged datasets read by their hashtags, and UCDP GED natively.

Must-show 1: fixtures written from the public column sets (tests/make_context_fixtures.py) import with the
expected field values, checked row by row (the expectations are worked out here by hand from the codebook
and the HXL dictionary, not copied from the importer's output). Must-show 2: `--dry-run` prints the mapping
and the first rows and writes nothing. Must-show 3 (hostile input) is in tests/test_import_hardening.py."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from fieldcase.domain.records import CaseFilter
from fieldcase.errors import ImportRejected
from fieldcase.services.hxl import (
    builtin_rules,
    hashtag_row,
    parse_pattern,
    parse_tagspec,
    plan_columns,
)
from fieldcase.services.import_flow import import_file
from fieldcase.services.records import CaseService
from fieldcase.store import provenance
from fieldcase.workspace import Workspace
from make_context_fixtures import ucdp_rows, write_ii_csv, write_ii_xlsx, write_ucdp_csv, write_ucdp_xlsx


def _by_external(ws: Workspace, dataset: str) -> dict[str, tuple[object, dict[str, object]]]:
    """external id -> (current record, provenance detail)."""
    service = CaseService(ws)
    out = {}
    with ws.db.reading() as conn:
        for summary in service.list(CaseFilter()):
            found = provenance.provenance_of(conn, summary.id)
            if found is not None and found[1].id == dataset:
                out[found[0].external_id] = (service.get(summary.id), dict(found[0].detail))
    return out


def test_hashtags_match_as_the_hxl_standard_says() -> None:
    # spaces, case and attribute order do not matter (HXL 1.1 dictionary, "the order of attributes does not matter")
    assert parse_tagspec(" #ADM1 + Name ") == parse_tagspec("#adm1+name")
    assert parse_tagspec("#affected+f+killed") == parse_tagspec("#affected +killed +f")
    assert parse_tagspec("adm1") is None and parse_tagspec("#1adm") is None and parse_tagspec("#adm1+") is None
    adm1 = parse_pattern("#adm1")
    assert adm1 is not None and adm1.matches(parse_tagspec("#adm1+name+x_unknown"))  # extra attributes ignored
    name = parse_pattern("#adm1+name")
    assert name is not None and not name.matches(parse_tagspec("#adm1+code"))
    assert not name.matches(parse_tagspec("#adm2+name"))
    total = parse_pattern("#affected+killed-f-m")
    assert total is not None and not total.matches(parse_tagspec("#affected+killed+f"))
    # the hashtag row is found under headers, even with one mistyped cell; a row of text is not one
    assert hashtag_row([["Date", "Place"], ["#date", "#loc +name"], ["2024-01-01", "X"]]) == 1
    assert hashtag_row([["#date", "#oops!", "#adm1"]]) == 0
    assert hashtag_row([["# not a tag", "#also wrong", "#adm1"]]) is None
    # rules: a field comes from the matching column with the fewest attributes; a column fills one field
    specs = [parse_tagspec(t) for t in ("#affected+killed+f", "#affected+killed", "#date+end", "#date")]
    plan = plan_columns(specs, builtin_rules())
    assert plan == {1: "killed", 2: "date_end", 3: "date"}


def test_ucdp_ged_export_maps_by_the_codebook_and_a_newer_version_revises(workspace: Workspace,
                                                                          tmp_path: Path) -> None:
    rows = ucdp_rows()
    first = import_file(workspace, write_ucdp_csv(tmp_path / "ged.csv", rows), fmt="ucdp")
    assert (first.created, first.revised, first.unchanged) == (4, 0, 0)
    assert first.dataset is not None and first.dataset.id == "ucdp-ged" and "CC BY 4.0" in first.dataset.licence
    got = _by_external(workspace, "ucdp-ged")
    assert set(got) == {"244657", "244700", "301122", "310001"}

    # 244657: date_prec 1 (the day), where_prec 1 (exact: a place, ~1 km), best 6 killed, low/high kept
    r, detail = got["244657"]
    assert (r.date.text, r.date_end) == ("2021-03-04", None)
    assert (r.location.country, r.location.place, r.location.adm1_name, r.location.adm2_name) == \
        ("SSD", "Yei town", "Central Equatoria state", "Yei county")
    assert (r.location.lat, r.location.lon, r.location.coord_precision_m) == (4.095, 30.678, 1000)
    assert r.casualties.killed == 6 and (detail["low"], detail["high"]) == ("6", "9")
    assert (detail["deaths_a"], detail["deaths_b"], detail["deaths_civilians"]) == ("2", "3", "1")
    assert r.title == "State-based conflict: Government of South Sudan - SSOMA"
    assert r.narrative == "Clashes near Yei kill six" and r.sources[0].name == "Radio Tamazuj"
    assert (r.sources[0].reliability, r.sources[0].credibility, r.verification) == ("F", 6, "vs.reported")
    assert [t.category for t in r.risk_tags] == ["cca.internal_security"]
    # 244700: date_prec 2 (2-6 days): the span; where_prec 3 (ADM2): no place name, ~50 km; one-sided violence
    r, _d = got["244700"]
    assert (r.date.text, r.date_end.text if r.date_end else None) == ("2021-05-10", "2021-05-14")
    assert (r.location.place, r.location.adm2_name, r.location.coord_precision_m) == (None, "Morobo county", 50_000)
    assert {t.category for t in r.risk_tags} == {"cca.internal_security", "cca.justice_rule_of_law"}
    assert r.title == "One-sided violence: NAS - Civilians" and r.casualties.killed == 4
    # 301122: date_prec 4 (within a year): the months; where_prec 6 (country); UCDP's "DR Congo (Zaire)"
    r, _d = got["301122"]
    assert (r.date.text, r.date_end.text if r.date_end else None) == ("2021-06", "2021-08")
    assert (r.location.country, r.location.place, r.location.coord_precision_m) == ("COD", None, 1_000_000)
    assert r.title == "Non-state conflict: CODECO - Hema militia" and r.casualties.killed == 12  # conflict name
    # 310001: date_prec 5 (more than a year): the years; where_prec 4 (ADM1)
    r, _d = got["310001"]
    assert (r.date.text, r.date_end.text if r.date_end else None) == ("2020", "2021")
    assert (r.location.country, r.location.adm1_name, r.location.coord_precision_m) == ("SDN", "North Darfur state",
                                                                                        150_000)

    # kept apart from the officer's own records: the provenance tables hold them
    with workspace.db.reading() as conn:
        assert provenance.records_per_dataset(conn) == {"ucdp-ged": 4}

    # a newer GED version: one event's estimate revised (new relid), the rest as before -> one revision
    newer = [dict(row) for row in rows]
    newer[0].update(best=7, high=10, deaths_unknown=1, relid="SSD-2021-1-11345-4")
    before = {k: (v[0].id, v[0].rev) for k, v in got.items()}
    second = import_file(workspace, write_ucdp_xlsx(tmp_path / "ged-24.xlsx", newer), fmt="ucdp")  # a workbook now
    assert (second.created, second.revised, second.unchanged) == (0, 1, 3)
    after = _by_external(workspace, "ucdp-ged")
    assert {k: v[0].id for k, v in after.items()} == {k: v[0] for k, v in before.items()}  # no duplicates
    assert after["244657"][0].casualties.killed == 7 and after["244657"][0].rev == before["244657"][1] + 1
    assert CaseService(workspace).count(CaseFilter()) == 4


def test_ucdp_is_recognised_by_its_header_and_sheets_are_chosen(workspace: Workspace, tmp_path: Path) -> None:
    auto = import_file(workspace, write_ucdp_csv(tmp_path / "ged.csv", ucdp_rows()[:1], hxl_row=False))
    assert auto.dataset is not None and auto.dataset.id == "ucdp-ged"
    vague = dict(ucdp_rows()[1], date_prec=4, date_start="2021-05-10", date_end="2021-05-10")
    book = write_ucdp_xlsx(tmp_path / "ged.xlsx", [vague], sheet="events")
    assert import_file(workspace, book, fmt="ucdp", sheet="events").created == 1
    r, _d = _by_external(workspace, "ucdp-ged")["244700"]
    assert (r.date.text, r.date_end) == ("2021-05", None)  # date_prec 4, one day coded: still only the month
    with pytest.raises(ImportRejected) as caught:
        import_file(workspace, book, fmt="ucdp", sheet="Events 2")
    assert "its sheets are: About, events" in str(caught.value)
    with pytest.raises(ImportRejected) as wrong:  # the read-me sheet is not an export
        import_file(workspace, book, fmt="ucdp", sheet="About")
    assert {p.label for p in wrong.value.problems} >= {"id", "where_prec", "best"}
    assert CaseService(workspace).count(CaseFilter()) == 2


def test_insecurity_insight_style_workbook_with_a_messy_hashtag_row(workspace: Workspace, tmp_path: Path) -> None:
    outcome = import_file(workspace, write_ii_xlsx(tmp_path / "sind-health.xlsx"), fmt="hxl")
    assert (outcome.created, outcome.revised) == (3, 0)
    assert outcome.dataset is not None and outcome.dataset.id == "hxl:sind-health"
    assert "Not stated" in outcome.dataset.licence  # the file names none: the officer is told to check
    got = _by_external(workspace, "hxl:sind-health")
    assert set(got) == {"II-1001", "II-1002", "II-1003"}

    # II-1001: a day; ISO code; 4 decimals -> ~100 m; "#affected+killed+health_workers+xq" is the total
    # (unknown attribute ignored); the +f column is a part, not the total; the mistyped "#afected" is kept
    r, detail = got["II-1001"]
    assert (r.date.text, r.location.country, r.location.adm1_name, r.location.adm1_pcode) == \
        ("2023-03-05", "SDN", "Khartoum", "SD01")
    assert (r.location.lat, r.location.lon, r.location.coord_precision_m) == (15.5007, 32.5599, 100)
    assert (r.casualties.killed, r.casualties.injured) == (2, None)
    assert r.title == "Attack on health care: Khartoum" and r.narrative == "Health facility shelled"
    columns = detail["columns"]
    assert isinstance(columns, dict)
    assert columns["Health Workers Injured (#afected+injured)"] == "3"
    assert columns["Female Health Workers Killed (#affected+killed+f+health_workers)"] == "1"
    assert columns["Weapon Carried/Used (#weapon+type)"] == "Shelling"
    assert (detail["Actor 1"], detail["Event type"]) == ("RSF", "Attack on health care")
    assert (r.verification, r.sources[0].reliability, r.sources[0].credibility) == ("vs.reported", "F", 6)
    # II-1002: a date-time cell -> its day; the country by name; 1 decimal -> ~10 km; no event type
    r, detail = got["II-1002"]
    assert (r.date.text, r.location.country, r.location.coord_precision_m) == ("2023-04-15", "SDN", 10_000)
    assert r.title == "Incident: North Darfur" and r.casualties.killed is None
    # II-1003: a month; lower-case ISO code; no coordinates; a cell that is not a P-code is kept, not filed
    r, detail = got["II-1003"]
    assert (r.date.text, r.location.country, r.location.lat, r.location.adm1_pcode) == ("2023-05", "SSD", None, None)
    assert detail["Region P-code"] == "bad code!" and r.casualties.killed == 0

    # recognised without --format (its headers are not Fieldcase's columns, its hashtag row says HXL)
    csv_copy = import_file(workspace, write_ii_csv(tmp_path / "sind-health-copy.csv"))
    assert csv_copy.dataset is not None and csv_copy.dataset.id == "hxl:sind-health-copy" and csv_copy.created == 3
    # the same data under another file name is another dataset; re-importing the workbook changes nothing
    again = import_file(workspace, write_ii_xlsx(tmp_path / "sind-health.xlsx"), fmt="hxl")
    assert (again.created, again.revised, again.unchanged) == (0, 0, 3)


def test_a_mapping_file_overrides_tags_and_names_the_dataset(workspace: Workspace, tmp_path: Path) -> None:
    mapping = tmp_path / "sind.json"
    mapping.write_text(json.dumps({
        "format": "fieldcase-hxl-mapping/1",
        "dataset": {"id": "insecurity-insight:health", "title": "Attacks on health care (Insecurity Insight)",
                    "publisher": "Insecurity Insight", "licence": "CC BY 4.0",
                    "attribution": "Source: Insecurity Insight, Attacks on Health Care dataset."},
        "tags": {"#afected+injured": "injured", "#weapon": "narrative"},
        "defaults": {"coord_precision_m": 5000}}), encoding="utf-8")
    outcome = import_file(workspace, write_ii_csv(tmp_path / "sind.csv"), fmt="hxl", mapping=mapping)
    assert outcome.dataset is not None and outcome.dataset.licence == "CC BY 4.0"
    got = _by_external(workspace, "insecurity-insight:health")
    r, detail = got["II-1001"]
    assert (r.casualties.injured, r.narrative, r.location.coord_precision_m) == (3, "Shelling", 5000)
    assert "Event Description (#description)" in detail["columns"]  # displaced by the override: kept

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"tags": {"not a tag": "killed", "#x": "salary"}, "defaults": {"country": "Kenya"}}),
                   encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(workspace, write_ii_csv(tmp_path / "sind2.csv"), fmt="hxl", mapping=bad)
    reasons = " ".join(p.reason for p in caught.value.problems)
    assert "not a hashtag pattern" in reasons and "not one of the fields" in reasons and "three-letter" in reasons
    assert "Kenya" not in str(caught.value) and "salary" not in reasons
    assert CaseService(workspace).count(CaseFilter()) == 3


def test_bad_rows_are_reported_in_words_and_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    rows = ucdp_rows()
    rows[0]["where_prec"] = 9
    rows[1]["best"] = "many"
    rows[2]["latitude"] = "nan"
    rows[3]["country"] = "Atlantis"
    with pytest.raises(ImportRejected) as caught:
        import_file(workspace, write_ucdp_csv(tmp_path / "bad.csv", rows), fmt="ucdp")
    assert {(p.line, p.label) for p in caught.value.problems} >= {(3, "where_prec"), (4, "best"), (5, "latitude"),
                                                                  (6, "country")}
    assert "Atlantis" not in " ".join(str(p) for p in caught.value.problems)

    ii = [list(r) for r in write_rows_ii_bad()]
    with pytest.raises(ImportRejected) as hx:
        import_file(workspace, write_ii_csv(tmp_path / "bad-ii.csv", ii), fmt="hxl")
    labels = {(p.line, p.label) for p in hx.value.problems}
    assert {(3, "Date"), (4, "Latitude"), (5, "Killed")} <= labels
    assert CaseService(workspace).count(CaseFilter()) == 0

    plain = tmp_path / "plain.csv"
    plain.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as none:
        import_file(workspace, plain, fmt="hxl")
    assert "no HXL hashtag row" in str(none.value)


def write_rows_ii_bad() -> list[list[object]]:
    from make_context_fixtures import ii_rows

    rows = ii_rows()
    rows[0][0] = "next Tuesday"
    rows[1][5] = 123.0  # latitude out of range
    rows[2][9] = "-3"
    return rows


def test_dry_run_prints_the_mapping_and_first_rows_and_writes_nothing(tmp_path: Path) -> None:
    from conftest import run_cli

    ws = tmp_path / "ws"
    assert run_cli("init", "--officer", "Officer Test", workspace=ws).returncode == 0
    store = ws / "store.db"
    before = hashlib.sha256(store.read_bytes()).hexdigest() if store.exists() else None
    listing = sorted(p.name for p in ws.rglob("*"))
    book = write_ii_xlsx(tmp_path / "sind-health.xlsx")
    shown = run_cli("import", "--format", "hxl", "--dry-run", "--sheet", "Health care incidents", str(book),
                    workspace=ws, passphrase=None)  # no passphrase: nothing is unlocked
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert "Dry run: nothing was written" in text
    assert "Health Workers Killed (#affected+killed+health_workers+xq)" in text and "-> Killed" in text
    assert "Health Workers Injured (#afected+injured)" in text and "-> kept as source data" in text
    assert "line 3: 2023-03-05 | Attack on health care: Khartoum | Khartoum, SDN" in text
    assert "killed 2 | id II-1001" in text and "line 5: 2023-05" in text
    ged = write_ucdp_csv(tmp_path / "ged.csv", ucdp_rows())
    shown = run_cli("import", "--format", "ucdp", "--dry-run", str(ged), workspace=ws, passphrase=None)
    assert shown.returncode == 0, shown.stderr
    assert "best" in shown.stdout and "-> Killed" in shown.stdout
    assert "line 4: 2021-05-10 to 2021-05-14 | One-sided violence: NAS - Civilians" in shown.stdout
    assert "(±50000 m)" in shown.stdout
    # nothing written: the store and the workspace's files are as they were, and no record is listed
    assert (hashlib.sha256(store.read_bytes()).hexdigest() if store.exists() else None) == before
    assert sorted(p.name for p in ws.rglob("*")) == listing
    listed = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"]
    assert listed == []
    # and the real import then prints the dataset's licence-bearing attribution
    done = run_cli("import", "--format", "ucdp", str(ged), workspace=ws)
    assert done.returncode == 0, done.stderr
    assert "Imported 4 record(s)" in done.stdout and "UCDP" in done.stdout and "kept apart" in done.stdout
    listed = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"]
    shown_record = json.loads(run_cli("show", listed[0]["id"], "--json", workspace=ws).stdout)
    origin = shown_record["provenance"]
    assert origin["dataset"] == "ucdp-ged" and "CC BY 4.0" in origin["licence"] and "UCDP" in origin["attribution"]
