"""Import (JSON, CSV, HXL) through the real command line: all or nothing, every bad row reported;
errors are specific, exit non-zero, and never show a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli

GOOD = {
    "kind": "incident", "title": "Arbitrary detention of a union organiser", "date": "2026-08-19",
    "location": {"country": "XKV", "adm1_pcode": "XK02", "adm1_name": "Saltmarsh"},
    "narrative": "Held without charge after a strike meeting.", "violation_types": ["huridocs.mt04.030102000000"],
    "severity": 3, "verification": "vs.verified",
    "risk_tags": [{"category": "cca.democratic_space", "rationale": "union activity targeted"}],
}


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("init") / "ws"
    assert run_cli("init", workspace=path).returncode == 0
    return path


@pytest.fixture
def ws(initialised: Path, tmp_path: Path) -> Path:
    """A workspace as `fieldcase init` leaves it: made once per module, copied for each test (a workspace
    is a folder; a copy is what a backup restores), which spares a CLI process per test."""
    path = tmp_path / "ws"
    shutil.copytree(initialised, path)
    return path


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _count(ws: Path) -> int:
    return json.loads(run_cli("list", "--json", workspace=ws).stdout)["total"]


def test_json_import_then_show_round_trip(ws: Path, tmp_path: Path) -> None:
    community = {"kind": "community_info", "info_type": "early_warning", "title": "Rumours of militia recruitment",
                 "date": "2026-08", "location": {"country": "XKV"}, "early_warning": True}
    result = run_cli("import", str(_write(tmp_path, "r.json", json.dumps([GOOD, community]))), workspace=ws)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 record(s)" in result.stdout
    listed = json.loads(run_cli("list", "--json", "--search", "organis", workspace=ws).stdout)
    assert listed["total"] == 1
    shown = json.loads(run_cli("show", listed["records"][0]["id"], "--json", workspace=ws).stdout)
    assert shown["title"] == GOOD["title"] and shown["violation_types"] == ["huridocs.mt04.030102000000"]
    assert shown["risk_tags"][0]["framework_id"] == "unsdg.cca.mdra"
    assert shown["revision"]["rev"] == 1 and len(shown["history"]) == 1


def test_reimporting_a_record_with_its_id_adds_a_revision(ws: Path, tmp_path: Path) -> None:
    run_cli("import", str(_write(tmp_path, "a.json", json.dumps([GOOD]))), workspace=ws)
    record_id = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"][0]["id"]
    edited = dict(GOOD, id=record_id, severity=5, verification="vs.corroborated")
    assert run_cli("import", str(_write(tmp_path, "b.json", json.dumps([edited]))), workspace=ws).returncode == 0
    shown = json.loads(run_cli("show", record_id, "--json", workspace=ws).stdout)
    assert shown["severity"] == 5 and [h["rev"] for h in shown["history"]] == [1, 2]
    old = json.loads(run_cli("show", record_id, "--rev", "1", "--json", workspace=ws).stdout)
    assert old["severity"] == 3  # nothing was overwritten
    assert _count(ws) == 1


def test_bad_json_rows_are_all_reported_and_nothing_is_imported(ws: Path, tmp_path: Path) -> None:
    bad_date = dict(GOOD, date="2026-02-30")
    bad_enum = dict(GOOD, verification="vs.probably")
    bad_category = dict(GOOD, violation_types=["sdg16101.Z"])
    missing = {k: v for k, v in GOOD.items() if k != "title"}
    body = "[\n" + ",\n".join(json.dumps(r) for r in [GOOD, bad_date, bad_enum, bad_category, missing]) + "\n]\n"
    result = run_cli("import", str(_write(tmp_path, "bad.json", body)), workspace=ws)
    assert result.returncode == 8
    err = result.stderr
    # each problem names its line and the field's label and says what is expected, never the value (issue 14/13)
    assert "line 3: Date: must be a real date" in err and "2026-02-30" not in err
    assert "line 4: Verification: must be one of: Reported (unverified)" in err and "vs.probably" not in err
    assert "line 5: Violation type 1: must be a category" in err and "sdg16101.Z" not in err
    assert "line 6: Title: is required" in err
    assert "Traceback" not in err
    assert _count(ws) == 0


def test_malformed_json_points_at_the_line(ws: Path, tmp_path: Path) -> None:
    result = run_cli("import", str(_write(tmp_path, "m.json", '[\n{"kind": "incident",\n "title": }\n]')),
                     workspace=ws)
    assert result.returncode == 8 and "line 3" in result.stderr and "Traceback" not in result.stderr


CSV_HEADER = "id,kind,title,date,country,adm1_pcode,adm1_name,violation_types,risk_areas,severity,verification," \
             "killed,source_name,source_reliability,source_credibility"


def test_csv_with_hxl_row_imports(ws: Path, tmp_path: Path) -> None:
    rows = [
        CSV_HEADER,
        "#event+id,#event+type,#event+name,#date+occurred,#country+code+v_iso3,#adm1+code+v_pcodes,#adm1+name,"
        "#meta+violation,#meta+risk,#severity,#status,#affected+killed,#meta+source,#meta+reliability,#meta+cred",
        ",incident,Shelling of a market,2026-07-02,XKV,XK03,Eastfield,huridocs.mt04.010105020000,cca.internal_security;"
        "cca.displacement_migration,5,vs.verified,4,Field monitor,A,1",
        ',community_info,"Town hall, with elders",2026-07,XKV,XK03,Eastfield,,cca.social_cohesion_gender_equality_'
        "non_discrimination,,,,,,",
    ]
    rows[3] = rows[3].replace(",community_info,", ",community_info,") + ""
    path = _write(tmp_path, "r.csv", "\n".join(rows) + "\n")
    result = run_cli("import", str(path), workspace=ws)
    # community information needs an info_type column: reported with its line and field
    assert result.returncode == 8 and "line 4: Information type: is required" in result.stderr
    rows[0] += ",info_type"
    rows[1] += ",#meta+type"
    rows[2] += ","
    rows[3] += ",meeting"
    result = run_cli("import", str(_write(tmp_path, "r2.csv", "\n".join(rows) + "\n")), workspace=ws)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_cli("list", "--json", "--risk-area", "cca.internal_security", workspace=ws).stdout)
    assert [r["title"] for r in listed["records"]] == ["Shelling of a market"]
    shown = json.loads(run_cli("show", listed["records"][0]["id"], "--json", workspace=ws).stdout)
    assert shown["casualties"] == {"killed": 4}
    assert shown["sources"][0]["reliability"] == "A"


def test_hxl_tags_identify_columns_with_unfamiliar_headers(ws: Path, tmp_path: Path) -> None:
    body = ("Event,Type,Occurred,Country,Summary\n#event+name,#event+type,#date+occurred,#country+code+v_iso3,"
            "#description\nRoad blocked by armed men,incident,2026-06-11,XKV,Travellers turned back.\n")
    result = run_cli("import", str(_write(tmp_path, "hxl.csv", body)), workspace=ws)
    assert result.returncode == 0, result.stderr
    assert _count(ws) == 1


def test_bad_csv_rows_report_line_and_field(ws: Path, tmp_path: Path) -> None:
    body = "\n".join([
        CSV_HEADER,
        ",incident,Fine row,2026-07-02,XKV,XK03,Eastfield,huridocs.mt04.010105020000,,3,vs.verified,,,,",
        ",incident,Bad severity,2026-07-02,XKV,XK03,Eastfield,,,high,vs.verified,,,,",
        ",incident,Bad country,2026-07-02,Kosovia,XK03,Eastfield,,,2,vs.verified,,,,",
        ",incident,Bad reliability,2026-07-02,XKV,XK03,Eastfield,,,2,vs.verified,,Someone,Z,9",
    ]) + "\n"
    result = run_cli("import", str(_write(tmp_path, "bad.csv", body)), workspace=ws)
    assert result.returncode == 8
    assert "line 3: Severity: must be a whole number" in result.stderr and "high" not in result.stderr
    assert "line 4: Country: must be a three-letter" in result.stderr and "Kosovia" not in result.stderr
    assert "line 5: Source 1, Source reliability:" in result.stderr
    assert "line 5: Source 1, Credibility of this information:" in result.stderr
    assert _count(ws) == 0


def test_unknown_csv_column_is_refused(ws: Path, tmp_path: Path) -> None:
    result = run_cli("import", str(_write(tmp_path, "u.csv", "title,colour\nx,red\n")), workspace=ws)
    assert result.returncode == 8 and "colour: unknown column" in result.stderr


def test_wrong_passphrase_exit_status_and_message(ws: Path) -> None:
    result = run_cli("list", workspace=ws, passphrase="wrong passphrase!")
    assert result.returncode == 3
    assert result.stderr.strip() == "fieldcase: Wrong passphrase: the workspace was not unlocked."
    assert PASSPHRASE not in result.stderr + result.stdout


def test_not_a_workspace_and_corrupt_store_from_the_cli(ws: Path, tmp_path: Path) -> None:
    result = run_cli("list", workspace=tmp_path)
    assert result.returncode == 4 and "not a Fieldcase workspace" in result.stderr
    store = ws / "store.db"
    data = bytearray(store.read_bytes())
    data[5000] ^= 1
    store.write_bytes(bytes(data))
    result = run_cli("list", workspace=ws)
    assert result.returncode == 5 and "damaged or belongs to another workspace" in result.stderr
    assert "Traceback" not in result.stderr
    assert store.read_bytes() == bytes(data)


def test_no_passphrase_and_no_terminal_is_a_clear_error(ws: Path) -> None:
    result = run_cli("list", workspace=ws, passphrase=None)
    assert result.returncode == 1 and "FIELDCASE_PASSPHRASE" in result.stderr


def test_recovery_key_is_shown_once_and_can_reset_the_passphrase(ws: Path) -> None:
    first = run_cli("recovery-key", workspace=ws)
    assert first.returncode == 0
    code = next(line.strip() for line in first.stdout.splitlines() if line.count("-") == 8)
    second = run_cli("recovery-key", workspace=ws)
    assert second.returncode == 1 and "already shown" in second.stderr
    reset = run_cli("change-passphrase", "--recovery-key", workspace=ws, passphrase=None,
                    env={"FIELDCASE_RECOVERY_KEY": code, "FIELDCASE_NEW_PASSPHRASE": "forgotten no more"})
    assert reset.returncode == 0, reset.stderr
    assert run_cli("list", workspace=ws, passphrase="forgotten no more").returncode == 0
    assert run_cli("list", workspace=ws).returncode == 3


def test_attachment_round_trip_and_audit_verification(ws: Path, tmp_path: Path) -> None:
    run_cli("import", str(_write(tmp_path, "a.json", json.dumps([GOOD]))), workspace=ws)
    record_id = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"][0]["id"]
    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(bytes(range(256)) * 1000)
    assert run_cli("attach", record_id[:8], str(evidence), workspace=ws).returncode == 0
    shown = json.loads(run_cli("show", record_id, "--json", workspace=ws).stdout)
    attachment = shown["attachments"][0]
    assert attachment["original_name"] == "photo.jpg" and attachment["size"] == 256000
    out = tmp_path / "out.jpg"
    result = run_cli("export-attachment", attachment["id"], "--out", str(out), workspace=ws)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == evidence.read_bytes()
    verified = run_cli("verify-audit", workspace=ws)
    assert verified.returncode == 0 and "hash chain intact" in verified.stdout


def test_python_dash_m_and_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("fieldcase ")


def test_acts_are_imported_checked_and_listed_with_their_derived_type(ws: Path, tmp_path: Path) -> None:
    victim = {"role": "victim", "pseudonym": "V-7", "victim_groups": ["sdg16101.victim.trade_unionist"]}
    act = {"victim": "V-7", "act_type": "huridocs.mt04.030104000000", "perpetrators": [{"status": "non_state"}],
           "linked_to_work": True, "state_due_diligence_failure": True,
           "due_diligence_rationale": "No search was opened for nine days."}
    good = dict(GOOD, people=[victim], acts=[act])
    bad = [dict(GOOD, people=[victim], acts=[dict(act, victim="V-8")]),  # not one of the record's people
           dict(GOOD, violation_types=["sdg16101.D"]),  # a 16.10.1 type typed by hand
           dict(GOOD, people=[victim], acts=[dict(act, sdg_override="sdg16101.D", override_rationale="  ")]),
           dict(GOOD, people=[victim], acts=[dict(act, act_type="cca.internal_security")])]
    refused = run_cli("import", str(_write(tmp_path, "bad.json", json.dumps(bad))), workspace=ws)
    assert refused.returncode != 0 and _count(ws) == 0
    for where, words in (("Act 1, Victim", "one of the record's people"), ("Violation type 1", "derived"),
                         ("Act 1, Override rationale", "is required"), ("Act 1, Type of act", "type of act")):
        assert where in refused.stderr and words in refused.stderr, (where, refused.stderr)
    assert "Traceback" not in refused.stderr

    assert run_cli("import", str(_write(tmp_path, "good.json", json.dumps([good]))), workspace=ws).returncode == 0
    record_id = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"][0]["id"]
    shown = json.loads(run_cli("show", record_id, "--json", workspace=ws).stdout)
    assert shown["acts"] == [act] and "huridocs.mt04.030104000000" in shown["violation_types"]
    listed = run_cli("acts", "list", record_id[:8], workspace=ws).stdout
    assert "SDG 16.10.1: sdg16101.E" in listed  # kidnapping by a non-State actor, met by a due-diligence failure

    out = run_cli("acts", "override", record_id[:8], "--act", "1", "--type", "none", "--rationale",
                  "The group released her within the hour; not a deprivation of liberty", workspace=ws)
    assert out.returncode == 0, out.stderr
    assert "analyst override" in run_cli("acts", "list", record_id[:8], workspace=ws).stdout
    audit = run_cli("verify-audit", workspace=ws)
    assert audit.returncode == 0
    wrong = run_cli("acts", "override", record_id[:8], "--act", "3", "--type", "a", "--rationale", "x", workspace=ws)
    assert wrong.returncode == 2 and "1 act(s)" in wrong.stderr


def test_csv_conflict_relation(ws: Path, tmp_path: Path) -> None:
    header = "kind,title,date,country,killed,conflict_related\n"
    rows = ("incident,Shelling of the ferry,2026-07-02,XKV,4,yes\nincident,Robbery at the market,2026-07-03,XKV,1,no\n"
            "incident,Bodies found,2026-07-04,XKV,2,\n")
    assert run_cli("import", str(_write(tmp_path, "c.csv", header + rows)), workspace=ws).returncode == 0
    records = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"]
    shown = {r["title"]: json.loads(run_cli("show", r["id"], "--json", workspace=ws).stdout) for r in records}
    assert shown["Shelling of the ferry"]["conflict_related"] is True
    assert shown["Robbery at the market"]["conflict_related"] is False
    assert "conflict_related" not in shown["Bodies found"]
