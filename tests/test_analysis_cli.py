"""The analysis verbs through the real command line on real encrypted workspaces: the demo's risk
picture, overrides in the audit log, tagging, action points, and framework installs that are refused
(with file, JSON path and reason) without changing anything."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import text

from conftest import PASSPHRASE, ROOT, run_cli
from fieldcase.workspace import Workspace

SCHEMAS = ROOT / "schema"
FOA = SCHEMAS / "frameworks" / "un.foa.atrocity.json"


def _validate(document: Any, schema_name: str) -> None:
    schema = json.loads((SCHEMAS / schema_name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(document))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def _ok(*args: str, workspace: Path) -> str:
    result = run_cli(*args, workspace=workspace)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "ws"
    _ok("demo", workspace=path)
    return path


@pytest.fixture
def demo_copy(demo: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy of the demo (the workspace is a folder: copying it is a backup)."""
    path = tmp_path / "ws"
    shutil.copytree(demo, path)
    yield path


def _store_content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through the store (the file bytes may move on a checkpoint)."""
    with Workspace.unlock(path, PASSPHRASE) as ws, ws.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).scalars()
        return {t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables}


# -- the demo's risk picture --------------------------------------------------------------------------

def test_demo_assessment_escalates_in_at_least_two_areas(demo: Path) -> None:
    data = json.loads(_ok("assess", "--period", "2026-10", "--json", workspace=demo))
    _validate(data, "assessment.output.schema.json")
    assert data["period"] == "2026-10" and data["baseline_months"] == ["2026-07", "2026-08", "2026-09"]
    top = {a["risk_area"]: a for a in data["assessments"] if a["region"] is None}
    assert len(top) == 12  # every area of the 12-area variant, tagged or not
    escalating = set(data["escalating"])
    assert len(escalating) >= 2
    # the demo's story: election violence in Vardenne, land conflict in Orsavale
    assert {"cca.democratic_space", "cca.social_cohesion_gender_equality_non_discrimination"} <= escalating
    assert top["cca.economic_stability"]["trend"] == "trend.improving"  # the port strike ended
    democratic = top["cca.democratic_space"]
    assert democratic["level"] in ("risk.high", "risk.very_high")
    assert democratic["signal"]["flags"]["reprisals"] >= 1 and democratic["signal"]["flags"]["defender_attacks"] >= 3
    assert all(r.startswith("+") for r in democratic["suggested"]["reasons"])
    assert sum(int(r.split()[0]) for r in democratic["suggested"]["reasons"]) == democratic["suggested"]["score"]
    regional = [a for a in data["assessments"] if a["region"] == "XT02" and a["trend"] == "trend.deteriorating"]
    assert len(regional) >= 2  # Vardenne
    assert data["atrocity_risk_factors"]["factors"] and "not predictions" in data["atrocity_risk_factors"]["note"]

    human = _ok("assess", "--period", "2026-10", workspace=demo)
    assert "Escalating (deteriorating): " in human and "Democratic space" in human
    assert "Traceback" not in human


def test_demo_region_assessment(demo: Path) -> None:
    data = json.loads(_ok("assess", "--period", "2026-10", "--region", "XT02", "--json", workspace=demo))
    _validate(data, "assessment.output.schema.json")
    assert {a["region"] for a in data["assessments"]} == {"XT02"}
    assert "cca.democratic_space" in data["escalating"]


def test_demo_indicators(demo: Path) -> None:
    data = json.loads(_ok("indicators", "--period", "2026-10", "--json", workspace=demo))
    _validate(data, "indicators.output.schema.json")
    a = data["sdg_16_10_1"]
    assert a["verified_only"] and a["label"] == "verified cases"
    year, month = a["headline"], a["month"]
    assert year["window"] == {"label": "2025-11..2026-10", "first": "2025-11-01", "last": "2026-10-31"}
    assert month["window"]["label"] == "2026-10" and year["total"] >= month["total"] and year["total"] >= 5
    for block in (year, month):
        assert sum(block["by_violation_type"].values()) == block["total"] == sum(block["by_victim_group"].values())
        assert sum(c["count"] for c in block["cells"]) == block["total"] == sum(block["by_sex_age"].values())
        assert sum(block["by_perpetrator_status"].values()) == block["total"] == sum(block["by_adm2"].values())
        assert len(block["excluded_victims"]) == sum(block["excluded"].values())
    assert list(year["by_violation_type"]) == [f"sdg16101.{t}" for t in "ACBDEF"]
    wider = json.loads(_ok("indicators", "--period", "2026-10", "--include-unverified", "--json", workspace=demo))
    _validate(wider, "indicators.output.schema.json")
    w = wider["sdg_16_10_1"]
    assert w["headline"]["total"] > year["total"] and not w["verified_only"]
    assert wider["sdg_16_1_2"]["headline"]["total"] > data["sdg_16_1_2"]["headline"]["total"] > 0
    # deaths away from any armed conflict are reported as not counted, never silently dropped
    assert data["sdg_16_1_2"]["headline"]["not_counted"].get("not_conflict_related", 0) > 0
    span = json.loads(_ok("indicators", "--period", "2026-03..2026-10", "--json", workspace=demo))
    assert span["sdg_16_10_1"]["month"] is None and span["sdg_16_10_1"]["headline"]["window"]["label"] == \
        "2026-03..2026-10"
    human = _ok("indicators", "--period", "2026-10", workspace=demo)
    assert "SDG 16.10.1 (verified cases), country-wide" in human and "2025-11..2026-10 (headline, 12 months)" in human
    assert "SDG 16.1.2" in human


def test_sql_aggregation_matches_the_rules_on_the_demo(demo: Path) -> None:
    from fieldcase.analysis.periods import Period
    from test_analysis_signals import assert_sql_matches_the_rules

    with Workspace.unlock(demo, PASSPHRASE) as ws:
        assert_sql_matches_the_rules(ws, Period.month("2026-10"))
        assert_sql_matches_the_rules(ws, Period.month("2026-06"))


def test_bad_period_is_a_clear_error(demo: Path) -> None:
    result = run_cli("assess", "--period", "2026-13", workspace=demo)
    assert result.returncode == 2 and "2026-13" in result.stderr and "Traceback" not in result.stderr


def test_an_area_with_no_records_in_the_month_is_no_data_not_low(tmp_path: Path) -> None:
    from fieldcase.domain.records import CaseRecord, Location, PartialDate, Tag
    from fieldcase.services.records import CaseService

    path = tmp_path / "small"
    ws, _recovery = Workspace.create(path, PASSPHRASE, "Officer Test")
    try:
        def incident(title: str, date: str, area: str) -> CaseRecord:
            return CaseRecord(kind="incident", title=title, date=PartialDate(date), severity=2,
                              verification="vs.reported", location=Location("XTV", adm1_pcode="XT02"),
                              risk_tags=(Tag(area, "fixture"),))

        CaseService(ws).save_many([
            incident("Rally dispersed", "2026-10-04", "cca.democratic_space"),
            incident("Checkpoint shooting", "2026-08-12", "cca.internal_security"),  # baseline only
            incident("Checkpoint beating", "2026-09-02", "cca.internal_security"),
        ])
    finally:
        ws.lock()
    data = json.loads(_ok("assess", "--period", "2026-10", "--json", workspace=path))
    _validate(data, "assessment.output.schema.json")
    assert data["format"] == "fieldcase-assessment/2" and data["scoring_rule"] == "fieldcase-signal/2"
    top = {a["risk_area"]: a for a in data["assessments"] if a["region"] is None}
    democratic, security = top["cca.democratic_space"], top["cca.internal_security"]
    assert (democratic["signal"]["records"], democratic["level"], democratic["trend"]) == (
        1, "risk.low", "trend.stable")  # one record: a real level
    assert security["signal"]["months"][-2]["records"] == 1  # records before do not make it "improving"
    for empty in [a for a in top.values() if a["signal"]["records"] == 0]:
        assert (empty["level"], empty["trend"], empty["suggested"]["level"], empty["status"]) == (
            "risk.no_data", "trend.no_data", "risk.no_data", "computed"), empty["risk_area"]
    assert len([a for a in top.values() if a["level"] == "risk.no_data"]) == len(top) - 1
    assert "cca.internal_security" not in data["escalating"]

    human = _ok("assess", "--period", "2026-10", workspace=path)
    line = next(x for x in human.splitlines() if x.startswith("Internal security"))
    assert "no data" in line and "low" not in line, line
    assert "low, stable" in next(x for x in human.splitlines() if x.startswith("Democratic space"))

    # the officer may still set a level from what they know outside the records: it is what is shown
    out = _ok("assess", "set", "--period", "2026-10", "--area", "cca.internal_security", "--level", "high",
              "--trend", "deteriorating", "--rationale", "Phone reports of checkpoint abuses; no access.",
              workspace=path)
    assert "overrides the computed suggestion (no data" in out
    security = next(a for a in json.loads(_ok("assess", "--period", "2026-10", "--json", workspace=path))[
        "assessments"] if a["risk_area"] == "cca.internal_security" and a["region"] is None)
    assert (security["level"], security["status"], security["suggested"]["level"]) == (
        "risk.high", "override", "risk.no_data")
    assert security["officer"]["computed_level"] == "risk.no_data"
    result = run_cli("assess", "set", "--period", "2026-10", "--area", "cca.democratic_space", "--level",
                     "no data", "--trend", "stable", "--rationale", "x", workspace=path)
    assert result.returncode == 2 and "not a risk level" in result.stderr  # no data is not the officer's to set


# -- the officer's assessment ------------------------------------------------------------------------

def test_override_is_audit_logged_with_both_values(demo_copy: Path) -> None:
    out = _ok("assess", "set", "--period", "2026-10", "--area", "cca.economic_stability", "--level", "high",
              "--trend", "deteriorating", "--rationale", "Fuel subsidy cut announced; protests expected.",
              workspace=demo_copy)
    assert "overrides the computed suggestion (low, improving" in out
    _ok("assess", "set", "--period", "2026-10", "--area", "cca.democratic_space", "--level", "very_high",
        "--trend", "deteriorating", "--rationale", "Agrees with the signal.", workspace=demo_copy)
    data = json.loads(_ok("assess", "--period", "2026-10", "--json", workspace=demo_copy))
    _validate(data, "assessment.output.schema.json")
    top = {a["risk_area"]: a for a in data["assessments"] if a["region"] is None}
    economic = top["cca.economic_stability"]
    assert (economic["status"], economic["level"], economic["officer"]["computed_level"]) == (
        "override", "risk.high", "risk.low")
    assert "cca.economic_stability" in data["escalating"]  # the officer's trend is what counts
    assert top["cca.democratic_space"]["status"] == "confirmed"
    with Workspace.unlock(demo_copy, PASSPHRASE) as ws, ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT action, detail FROM audit_log WHERE entity = 'risk_assessment' "
                                 "ORDER BY seq")).all()
    rows = rows[-2:]  # the demo's own assessments (resources/demo/rmr.json) come first
    assert [r.action for r in rows] == ["assessment.override", "assessment.set"]
    detail = json.loads(rows[0].detail)
    assert detail["officer"] == {"level": "risk.high", "trend": "trend.deteriorating"}
    assert detail["computed"]["level"] == "risk.low" and detail["computed"]["trend"] == "trend.improving"
    assert "hash chain intact" in _ok("verify-audit", workspace=demo_copy)


def test_assessment_input_is_checked(demo_copy: Path) -> None:
    for args, expected in ((("--level", "severe"), "not a risk level"), (("--rationale", " "), "rationale"),
                           (("--area", "cca.nowhere"), "not a risk area")):
        base = {"--period": "2026-10", "--area": "cca.democratic_space", "--level": "high", "--trend": "stable",
                "--rationale": "why"}
        base.update(dict([args]))
        result = run_cli("assess", "set", *[x for kv in base.items() for x in kv], workspace=demo_copy)
        assert result.returncode == 2 and expected in result.stderr, result.stderr


# -- tagging --------------------------------------------------------------------------------------------

def test_tag_adds_a_pinned_revision(demo_copy: Path) -> None:
    listed = json.loads(_ok("list", "--json", "--limit", "1", workspace=demo_copy))
    record_id = listed["records"][0]["id"]
    before = json.loads(_ok("show", record_id, "--json", workspace=demo_copy))
    out = _ok("tag", record_id[:8], "huridocs.mt04.030102000000", "--rationale", "Detained for reporting on the vote",
              workspace=demo_copy)
    assert "(huridocs.esf release 1)" in out
    after = json.loads(_ok("show", record_id, "--json", workspace=demo_copy))
    assert len(after["history"]) == len(before["history"]) + 1
    assert "huridocs.mt04.030102000000" in after["violation_types"]
    tag = next(t for t in after["risk_tags"] if t["category"] == "huridocs.mt04.030102000000")
    assert (tag["framework_id"], tag["framework_version"], tag["rationale"]) == (
        "huridocs.esf", "1", "Detained for reporting on the vote")
    refused = run_cli("tag", record_id, "vs.verified", "--rationale", "x", workspace=demo_copy)
    assert refused.returncode == 2 and "cannot be used as a tag" in refused.stderr
    derived = run_cli("tag", record_id, "sdg16101.D", "--rationale", "x", workspace=demo_copy)
    assert derived.returncode == 2 and "derived from the record's acts" in derived.stderr


# -- action points -----------------------------------------------------------------------------------

def test_action_points(demo_copy: Path) -> None:
    out = _ok("actions", "add", "--title", "Raise detentions of observers with the governor", "--owner",
              "Head of field office", "--area", "cca.democratic_space", "--ref", "UPR:XTV:4:A/HRC/58/12:128.26",
              "--ref", "AL XTV 3/2026", "--due", "2026-11-20", "--period", "2026-10", "--region", "XT02",
              workspace=demo_copy)
    action_id = out.split()[-1].rstrip(".")
    _ok("actions", "update", action_id[:8], "--status", "in_progress", "--ref", "CCPR/C/XTV/CO/4 para 12",
        workspace=demo_copy)
    data = json.loads(_ok("actions", "list", "--json", workspace=demo_copy))
    [action] = [a for a in data["actions"] if a["action_id"] == action_id]  # beside the demo's own
    assert (action["status"], action["rev"], action["due"], action["region"]) == (
        "in_progress", 2, "2026-11-20", "XT02")
    assert action["references"] == ["UPR:XTV:4:A/HRC/58/12:128.26", "AL XTV 3/2026", "CCPR/C/XTV/CO/4 para 12"]
    _ok("actions", "ref", "AL XTV 3/2026", "--text", "Allegation letter on detained observers", "--date",
        "2026-09-14", "--status", "no reply", workspace=demo_copy)
    refs = {r["ref_id"]: r for r in json.loads(_ok("actions", "refs", "--json", workspace=demo_copy))["references"]}
    assert refs["AL XTV 3/2026"]["mechanism"] == "special_procedure" and refs["AL XTV 3/2026"]["rev"] == 2
    assert refs["UPR:XTV:4:A/HRC/58/12:128.26"]["code"] == "128.26"
    assert refs["CCPR/C/XTV/CO/4 para 12"]["symbol"] == "CCPR/C/XTV/CO/4"
    bad = run_cli("actions", "add", "--title", "x", "--owner", "y", "--area", "cca.democratic_space", "--ref",
                  "UPR 128.26", workspace=demo_copy)
    assert bad.returncode == 2 and "not a mechanism reference" in bad.stderr
    assert "in_progress" in _ok("actions", "list", workspace=demo_copy)


# -- framework installs ---------------------------------------------------------------------------------

def _foa() -> dict[str, Any]:
    return copy.deepcopy(json.loads(FOA.read_text(encoding="utf-8")))


def _release_2() -> dict[str, Any]:
    document = _foa()
    document["release"] = 2
    document["version"] = "2014 (checked against the UN PDF)"
    document["categories"][7]["indicators"].append(
        {"id": "foa.rf08.i99", "ref": "8.99", "text": "A new triggering factor.", "verification": "verified"})
    return document


def _write(directory: Path, document: dict[str, Any] | str, name: str = "un.foa.atrocity.json") -> Path:
    directory.mkdir(exist_ok=True)
    path = directory / name
    path.write_text(document if isinstance(document, str) else json.dumps(document, indent=2), encoding="utf-8")
    return path


def _refused(workspace: Path, path: Path, where: str, reason: str) -> None:
    before = _store_content(workspace)
    result = run_cli("frameworks", "install", str(path), workspace=workspace)
    assert result.returncode != 0
    assert result.stderr.startswith(f"fieldcase: {path}: {where}: "), result.stderr
    assert reason in result.stderr and "Traceback" not in result.stderr
    assert _store_content(workspace) == before


def test_malformed_framework_file_is_refused_and_nothing_changes(demo_copy: Path, tmp_path: Path) -> None:
    text_ = json.dumps(_release_2(), indent=2)
    broken = _write(tmp_path / "malformed", text_[: len(text_) // 2])
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(broken.read_text(encoding="utf-8"))
    _refused(demo_copy, broken, f"line {caught.value.lineno} column {caught.value.colno}", "invalid JSON")
    missing = _release_2()
    del missing["categories"][3]["label"]
    _refused(demo_copy, _write(tmp_path / "missing", missing), "categories[3].label", "required property is missing")


def test_tampered_framework_file_is_refused_and_nothing_changes(demo_copy: Path, tmp_path: Path) -> None:
    dropped = _release_2()
    del dropped["categories"][13]["indicators"][1]  # an id older records may use
    _refused(demo_copy, _write(tmp_path / "dropped", dropped), "$", "release 2 drops id 'foa.rf14.x02' of release 1")
    duplicated = _release_2()
    duplicated["categories"][4]["id"] = "foa.rf01"
    _refused(demo_copy, _write(tmp_path / "duplicate", duplicated), "categories[4].id", "duplicate id 'foa.rf01'")
    relabelled = _foa()  # release 1 with a changed label: not newer, whatever it says
    relabelled["categories"][2]["label"] = "Weak State"
    _refused(demo_copy, _write(tmp_path / "same", relabelled), "release",
             "release 1 of 'un.foa.atrocity' is not newer than the current release 1")
    stolen = {"format": "fieldcase-framework/1", "release": 1, "id_prefixes": ["cca"], "id": "local.list",
              "title": "A local list", "version": "2026", "kind": "flag_typology",
              "source": {"title": "Field office", "publisher": "Field office"}, "verification": "app-defined",
              "categories": [{"id": "cca.local", "label": "Local"}]}
    _refused(demo_copy, _write(tmp_path / "stolen", stolen, "local.list.json"), "id_prefixes",
             "namespace 'cca' is already owned by framework 'unsdg.cca.mdra'")


def test_newer_release_installs_and_old_tags_keep_their_release(demo_copy: Path, tmp_path: Path) -> None:
    record_id = json.loads(_ok("list", "--json", "--limit", "1", workspace=demo_copy))["records"][0]["id"]
    _ok("tag", record_id, "foa.rf08.i07", "--rationale", "Leaflets call for expulsions", workspace=demo_copy)
    out = _ok("frameworks", "install", str(_write(tmp_path / "hq", _release_2())), workspace=demo_copy)
    assert "Installed un.foa.atrocity release 2" in out
    listed = json.loads(_ok("frameworks", "list", "--json", workspace=demo_copy))["frameworks"]
    foa = next(f for f in listed if f["id"] == "un.foa.atrocity")
    assert (foa["release"], foa["origin"], foa["releases"]) == (2, "installed", [1, 2])
    assert "foa.rf08.i99" in _ok("frameworks", "show", "un.foa.atrocity", workspace=demo_copy)
    assert "foa.rf08.i99" not in _ok("frameworks", "show", "un.foa.atrocity", "--release", "1", workspace=demo_copy)

    _ok("tag", record_id, "foa.rf08.i99", "--rationale", "New indicator applies", workspace=demo_copy)
    tags = {t["category"]: t for t in json.loads(_ok("show", record_id, "--json", workspace=demo_copy))["risk_tags"]}
    assert tags["foa.rf08.i99"]["framework_version"] == "2"
    assert tags["foa.rf08.i07"]["framework_version"] == "1"  # tagged under release 1: keeps its meaning
    with Workspace.unlock(demo_copy, PASSPHRASE) as ws, ws.engine.connect() as conn:
        installs = conn.execute(text("SELECT entity_id, entity_rev FROM audit_log WHERE action = 'framework.install'"))
        assert [tuple(r) for r in installs] == [("un.foa.atrocity", 2)]
    again = run_cli("frameworks", "install", str(tmp_path / "hq" / "un.foa.atrocity.json"), workspace=demo_copy)
    assert again.returncode != 0 and "is not newer than the current release 2" in again.stderr
