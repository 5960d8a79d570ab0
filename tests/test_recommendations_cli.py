"""`fieldcase recommendations import|list` and action points linked to recommendations, through the real CLI:
CSV (UHRI-style columns) and JSON, errors that name the row and the column without echoing the value, and
an import that is all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from fieldcase.workspace import Workspace

HEADER = "mechanism,symbol,paragraph,date,recommending,text,response,response_date,themes,risk_areas,sdg_targets\n"
GOOD = [
    'upr,A/HRC/58/12,128.26,2025-03-14,Norway;Chile,"Guarantee the safety of journalists and election observers",'
    'supported,2025-06-30,Freedom of expression,cca.democratic_space,16.10\n',
    'special_procedures,AL XTV 3/2026,,2026-04-02,SR on human rights defenders,"Allegation letter on the detention '
    'of a land-rights defender",no_reply,,Human rights defenders,cca.justice_rule_of_law;cca.democratic_space,16.10\n',
    'special_procedures,JUA XTV 1/2019,,2019-05-10,WG on arbitrary detention,"Joint urgent appeal (legacy prefix)",'
    'reply_received,2019-07-01,,,\n',
]


@pytest.fixture(scope="module")
def ws_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "ws"
    ws, _recovery = Workspace.create(path, PASSPHRASE, "Officer Rec")
    ws.lock()
    return path


def _ok(*args: str, workspace: Path) -> str:
    done = run_cli(*args, workspace=workspace)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _list(ws_dir: Path) -> dict[str, dict]:
    data = json.loads(_ok("recommendations", "list", "--json", workspace=ws_dir))
    return {r["ref_id"]: r for r in data["recommendations"]}


def test_csv_import_lists_every_field_and_actions_link_to_recommendations(ws_dir: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "uhri.csv"
    csv_file.write_text(HEADER + "".join(GOOD), encoding="utf-8")
    assert "Imported 3 recommendation(s): 3 new" in _ok("recommendations", "import", str(csv_file), workspace=ws_dir)
    found = _list(ws_dir)
    upr = found["A/HRC/58/12 para 128.26"]
    assert upr["mechanism"] == "upr" and upr["code"] == "128.26" and upr["recommending"] == ["Norway", "Chile"]
    assert upr["status"] == "supported" and upr["response_date"] == "2025-06-30"
    assert upr["risk_areas"] == ["cca.democratic_space"] and upr["sdg_targets"] == ["16.10"]
    sp = found["AL XTV 3/2026"]
    assert sp["mechanism"] == "special_procedure" and sp["status"] == "no_reply"
    assert found["JUA XTV 1/2019"]["code"] == "JUA"  # the legacy prefix is accepted
    text = _ok("recommendations", "list", workspace=ws_dir)
    assert "Guarantee the safety of journalists" in text and "Supported 2025-06-30" in text

    added = _ok("actions", "add", "--title", "Raise observer safety with the governor", "--owner", "Head of office",
                "--area", "cca.democratic_space", "--ref", "A/HRC/58/12 para 128.26", "--on", "2026-09-03",
                workspace=ws_dir)
    action_id = added.split()[-1].rstrip(".")
    _ok("actions", "update", action_id[:8], "--status", "done", "--note", "Governor agreed to a protocol",
        "--on", "2026-10-12", workspace=ws_dir)
    history = _ok("actions", "history", action_id[:8], workspace=ws_dir)
    assert "2026-09-03" in history and "opened" in history
    assert "open -> done" in history and "Governor agreed to a protocol" in history
    refused = run_cli("actions", "update", action_id[:8], "--status", "dropped", workspace=ws_dir)
    assert refused.returncode != 0 and "reason" in refused.stderr
    # still one record for the recommendation: the action linked to it, it did not copy a string
    assert _list(ws_dir)["A/HRC/58/12 para 128.26"]["rev"] == 1


@pytest.mark.parametrize(("row", "column"), [
    ('upr,A/HRC/58/12,,2025-03-14,Norway,"A text",supported,,,,\n', "paragraph"),
    ('upr,A/HRC/58/12,128.27,2025-03-14,Norway,"A text",SECRET-VALUE-1,,,,\n', "response"),
    ('special_procedures,XX SECRET-VALUE-2 3/2026,,2026-04-02,SR,"A text",,,,,\n', "symbol"),
    ('upr,A/HRC/58/12,128.28,SECRET-VALUE-3,Norway,"A text",,,,,\n', "date"),
    ('upr,A/HRC/58/12,128.29,,Norway,"A text",,,,cca.SECRET-VALUE-4,\n', "risk_areas"),
    ('treaty_body,CCPR/C/XTV/CO/4,12,,,,,,,,\n', "text"),
])
def test_a_bad_cell_names_row_and_column_and_nothing_is_imported(ws_dir: Path, tmp_path: Path, row: str,
                                                                   column: str) -> None:
    before = _list(ws_dir)
    csv_file = tmp_path / "bad.csv"
    new_good = 'upr,A/HRC/58/12,130.1,2025-03-14,Peru,"Another good row",noted,,,,\n'
    csv_file.write_text(HEADER + new_good + row, encoding="utf-8")
    done = run_cli("recommendations", "import", str(csv_file), workspace=ws_dir)
    assert done.returncode == 8
    assert f"row 2, column {column}:" in done.stderr
    assert "SECRET-VALUE" not in done.stderr + done.stdout
    assert "nothing was imported" in done.stderr
    assert _list(ws_dir) == before  # all or nothing: the good first row was not imported either


def test_json_import_and_its_errors(ws_dir: Path, tmp_path: Path) -> None:
    good = {"mechanism": "treaty_body", "symbol": "CCPR/C/XTV/CO/4", "paragraph": "12",
            "text": "Investigate all allegations of arbitrary detention", "themes": ["Detention"],
            "risk_areas": ["cca.justice_rule_of_law"]}
    bad = {"mechanism": "hrc_resolution", "symbol": "A/HRC/RES/12", "text": "Cooperation with the UN"}
    path = tmp_path / "recs.json"
    path.write_text(json.dumps([good, bad]), encoding="utf-8")
    done = run_cli("recommendations", "import", str(path), workspace=ws_dir)
    assert done.returncode == 8 and "row 2, column symbol:" in done.stderr and "A/HRC/RES/12" not in done.stderr
    assert "CCPR/C/XTV/CO/4 para 12" not in _list(ws_dir)
    path.write_text(json.dumps([good]), encoding="utf-8")
    _ok("recommendations", "import", str(path), workspace=ws_dir)
    assert _list(ws_dir)["CCPR/C/XTV/CO/4 para 12"]["themes"] == ["Detention"]
