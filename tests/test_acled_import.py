"""ACLED import (issue 17, must-show 1): the generated export with its edge cases imports; a re-import of an
edited export revises exactly the changed events and reports the deleted ones; counts per event type match
a count made here from the CSV itself; records are marked as ACLED's and keep the attribution."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldcase.domain.records import CaseFilter
from fieldcase.errors import ImportRejected
from fieldcase.services.import_flow import import_file
from fieldcase.services.records import CaseService
from fieldcase.store import provenance
from fieldcase.workspace import Workspace
from make_acled_fixture import acled_rows, write_rows

EVENT_IDS = {"Battles": "acled.event.battles", "Explosions/Remote violence": "acled.event.explosions_remote_violence",
             "Violence against civilians": "acled.event.violence_against_civilians", "Protests": "acled.event.protests",
             "Riots": "acled.event.riots", "Strategic developments": "acled.event.strategic_developments"}


def _by_event_id(ws: Workspace) -> dict[str, tuple[str, int]]:
    """ACLED id -> (record id, current revision), read straight from the store."""
    with ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT p.external_id, p.record_id, r.rev FROM case_provenance p JOIN case_head h "
                                 "ON h.record_id = p.record_id JOIN case_revision r ON r.id = h.revision_id"))
        return {e: (rid, rev) for e, rid, rev in rows}


def test_acled_export_imports_reimports_and_counts(workspace: Workspace, tmp_path: Path) -> None:
    rows = acled_rows(60)
    first = import_file(workspace, write_rows(tmp_path / "acled.csv", rows))
    assert (first.created, first.revised, first.unchanged) == (60, 0, 0)

    # an independent count per event type, from the CSV text (not through the importer)
    with (tmp_path / "acled.csv").open(encoding="utf-8", newline="") as f:
        expected = Counter(r["event_type"] for r in csv.DictReader(f))
    service = CaseService(workspace)
    for label, event_id in EVENT_IDS.items():
        assert service.count(CaseFilter(violation_type=event_id)) == expected[label], label

    # edge cases mapped as the codebook says
    edge = {r.title: r for r in (service.get(_by_event_id(workspace)[f"EDGE{i}"][0]) for i in range(1, 7))}
    only_country = next(r for r in edge.values() if r.location.adm1_name is None)
    assert only_country.location.place is None and only_country.location.coord_precision_m == 100_000
    by_id = {e: service.get(rid) for e, (rid, _rev) in _by_event_id(workspace).items() if e.startswith("EDGE")}
    assert by_id["EDGE2"].date.text == "2024-02"  # time_precision 3: the month
    assert (by_id["EDGE3"].date.text, by_id["EDGE3"].date_end.text if by_id["EDGE3"].date_end else None) == \
        ("2024-03-07", "2024-03-13")  # time_precision 2: the week around the coded day
    assert by_id["EDGE3"].casualties.killed == 0
    assert by_id["EDGE4"].narrative == 'He said "leave now", then\nthe crowd left; commas, too.'
    assert "acled.sub.excessive_force_against_protesters" in by_id["EDGE5"].violation_types
    assert all(r.verification == "vs.reported" for r in by_id.values())
    assert by_id["EDGE1"].sources[0].reliability == "F" and by_id["EDGE1"].sources[0].credibility == 6
    assert {t.category for t in by_id["EDGE5"].risk_tags} == {"cca.democratic_space", "cca.justice_rule_of_law"}

    with workspace.db.reading() as conn:
        prov, dataset = provenance.provenance_of(conn, by_id["EDGE1"].id or "") or (None, None)
        assert prov is not None and dataset is not None
        assert prov.external_id == "EDGE1" and "ACLED" in dataset.attribution
        assert provenance.records_per_dataset(conn) == {"acled": 60}

    # kept apart from the officer's own records in counts and briefings
    import datetime as dt

    from fieldcase.store import analysis_rows, briefing_rows

    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    with workspace.db.reading() as conn:
        assert analysis_rows.signal_rows(conn, *year) == []
        assert briefing_rows.period_rows(conn, *year, None) == []
    own = tmp_path / "own.json"
    own.write_text('[{"kind": "incident", "title": "Own report", "date": "2024-05-01", '
                   '"location": {"country": "KEN"}, "casualties": {"killed": 2}}]', encoding="utf-8")
    import_file(workspace, own)
    with workspace.db.reading() as conn:
        assert [r.killed for r in briefing_rows.period_rows(conn, *year, None)] == [2]  # the own report only
        assert len(analysis_rows.signal_rows(conn, *year)) == 1

    # an edited export: two events updated (ACLED bumps their timestamp), one deleted, one new
    before = _by_event_id(workspace)
    edited = [dict(r) for r in rows]
    edited[10].update(fatalities=int(edited[10]["fatalities"]) + 3, timestamp=1719999999)
    edited[20].update(notes="Updated: the group claimed the attack.", timestamp=1719999998)
    deleted = edited.pop(30)["event_id_cnty"]
    edited.append({**rows[40], "event_id_cnty": "NEW1", "timestamp": 1720000000})
    second = import_file(workspace, write_rows(tmp_path / "acled-2.csv", edited, upper_header=True))
    assert (second.created, second.revised, second.unchanged) == (1, 2, 57)
    assert second.absent == (deleted,)
    after = _by_event_id(workspace)
    changed = {e for e in before if after[e][1] != before[e][1]}
    assert changed == {rows[10]["event_id_cnty"], rows[20]["event_id_cnty"]}
    assert all(after[e][0] == before[e][0] for e in before)  # same records, no duplicates
    assert service.count(CaseFilter()) == 62  # 61 ACLED events and the officer's own record


def test_bad_acled_rows_are_reported_in_words_and_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    rows = acled_rows(8)
    rows[1]["sub_event_type"] = "Secret sauce"
    rows[2]["latitude"] = "nan"
    rows[3]["iso"] = "999"
    rows[4]["event_date"] = "yesterday"
    rows[5]["event_id_cnty"] = rows[6]["event_id_cnty"]
    with pytest.raises(ImportRejected) as caught:
        import_file(workspace, write_rows(tmp_path / "bad.csv", rows))
    by_line = {(p.line, p.label) for p in caught.value.problems}
    # line numbers are the file's: the 4th event's notes hold a newline, so the rows after it start a line later
    assert {(3, "sub_event_type"), (4, "latitude"), (5, "iso"), (7, "event_date")} <= by_line
    assert any(p.line == 9 and "also on line 8" in p.reason for p in caught.value.problems)
    text_all = " ".join(str(p) for p in caught.value.problems)
    assert "Secret sauce" not in text_all and "yesterday" not in text_all and "999" not in text_all
    assert CaseService(workspace).count(CaseFilter()) == 0

    header_only = tmp_path / "wrong.csv"
    header_only.write_text("event_id_cnty,event_date\nX1,2024-01-01\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as missing:
        import_file(workspace, header_only, fmt="acled")
    assert {p.label for p in missing.value.problems} >= {"sub_event_type", "fatalities"}


def test_cli_imports_an_acled_export_and_shows_its_attribution(tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    ws = tmp_path / "ws"
    assert run_cli("init", "--officer", "Officer Test", workspace=ws).returncode == 0
    export = write_rows(tmp_path / "acled.csv", acled_rows(8))
    result = run_cli("import", str(export), workspace=ws)  # recognised by its header
    assert result.returncode == 0, result.stderr
    assert "Imported 8 record(s)" in result.stdout and "www.acleddata.com" in result.stdout
    listed = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"]
    shown = json.loads(run_cli("show", listed[0]["id"], "--json", workspace=ws).stdout)
    assert shown["provenance"]["dataset"] == "acled" and "ACLED" in shown["provenance"]["attribution"]
    assert shown["verification"] == "vs.reported"
