"""The briefing as an RMR input, built for two consecutive months from the command line (issue 11).

The demo workspace is made with `fieldcase demo`; the officer then imports a recommendation, opens and
closes action points, sets levels with rationales and writes the month's assessment, all with the CLI,
and briefs September and October. `pdftotext` of October's PDF must show: the recommendation's text and
the State's response next to its risk area; the done and overdue points in the follow-up table; last
month's and this month's level of every area; one line per early-warning signal; the reprisal cases with
no name of a person without naming consent; the atrocity-factor table; the officer's outlook and
recommendations. The expectations come from the demo's records and `assess --json`, not from the briefing.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from conftest import run_cli
from fieldcase.demo import generate_demo_records
from fieldcase.demo.rmr import enrich
from fieldcase.services.demo import DEMO_PASSPHRASE

LEVELS = {"risk.low": "Low", "risk.medium": "Medium", "risk.high": "High", "risk.very_high": "Very high",
          "risk.no_data": "No data"}
REC_TEXT = "Ensure independent oversight of the police units deployed to the Hesk Marches border districts"
OUTLOOK = "Border incidents with Morvane are likely to rise after the harvest"
TO_RMR = "Request a joint border-area assessment with the Morvane country team"


def _ok(*args: str, ws: Path) -> str:
    done = run_cli(*args, workspace=ws, passphrase=DEMO_PASSPHRASE)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _text(path: Path, layout: bool) -> str:
    argv = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60).stdout
    return unicodedata.normalize("NFKC", out)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _section(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin:text.index(end, begin)]


@pytest.fixture(scope="module")
def briefed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("rmr")
    ws = root / "demo"
    _ok("demo", ws=ws)
    csv_file = root / "recs.csv"
    csv_file.write_text("mechanism,symbol,paragraph,date,recommending,text,response,response_date,risk_areas\n"
                        f"upr,A/HRC/58/12,128.90,2025-03-14,Ghana,\"{REC_TEXT}.\",noted,2025-06-30,"
                        "cca.internal_security\n", encoding="utf-8")
    _ok("recommendations", "import", str(csv_file), ws=ws)
    done_id = _ok("actions", "add", "--title", "Visit the Hesk Marches border post with the police", "--owner",
                  "Human rights officer", "--area", "cca.internal_security", "--ref", "A/HRC/58/12 para 128.90",
                  "--due", "2026-10-20", "--period", "2026-09", "--on", "2026-09-08", ws=ws).split()[-1].rstrip(".")
    _ok("actions", "update", done_id[:8], "--status", "done", "--note", "Visit made; the police agreed to log "
        "every detention at the post", "--on", "2026-10-14", ws=ws)
    _ok("actions", "add", "--title", "Obtain the detention register of Kesh Plains", "--owner", "Legal adviser",
        "--area", "cca.justice_rule_of_law", "--due", "2026-10-05", "--period", "2026-09", "--on", "2026-09-20",
        ws=ws)
    _ok("assess", "set", "--period", "2026-09", "--area", "cca.public_health", "--level", "medium", "--trend",
        "stable", "--rationale", "Cholera cases fell but the clinics are short of staff.", ws=ws)
    _ok("assess", "set", "--period", "2026-10", "--area", "cca.public_health", "--level", "low", "--trend",
        "improving", "--rationale", "No new cholera case since early October.", ws=ws)
    _ok("assess", "note", "--period", "2026-10", "--outlook", OUTLOOK + ".", "--recommendations", TO_RMR + ".",
        ws=ws)
    for month in ("2026-09", "2026-10"):
        _ok("brief", "--period", month, "--out", str(root / f"{month}.pdf"), ws=ws)
    assessed = {m: json.loads(_ok("assess", "--period", m, "--json", ws=ws)) for m in ("2026-09", "2026-10")}
    return {"pdf": root / "2026-10.pdf", "sep_pdf": root / "2026-09.pdf", "assessed": assessed,
            "layout": _text(root / "2026-10.pdf", True), "flow": _squeeze(_text(root / "2026-10.pdf", False))}


def test_recommendation_text_and_response_sit_next_to_its_risk_area(briefed: dict) -> None:
    lines = [_squeeze(line) for line in briefed["layout"].splitlines()]
    row = next(line for line in lines if "Ensure independent oversight of the police" in line)
    assert row.startswith("Internal security") and row.endswith("Noted (2025-06-30)")
    assert "UPR A/HRC/58/12 para 128.90 · 2025-03-14 · by Ghana" in briefed["flow"]


def _rows(layout: str, start: str, end: str) -> list[str]:
    """The section's lines, squeezed: with -layout a table row's first line holds every column's first line."""
    return [_squeeze(line) for line in _section(layout, start, end).splitlines() if line.strip()]


def test_follow_up_shows_the_done_and_the_overdue_points(briefed: dict) -> None:
    rows = _rows(briefed["layout"], "Follow-up since 2026-09", "Source protection, method")
    done = next(line for line in rows if "Outcome (2026-10-14): Visit" in line)
    assert done.startswith("Done Visit the Hesk")
    overdue = next(line for line in rows if "Due 2026-10-05, 26 days overdue" in line)
    assert overdue.startswith("OVERDUE Obtain the detention")
    # the demo's own history: dropped with its reason, a new point, one unchanged
    assert next(line for line in rows if "Reason (2026-10-03):" in line).startswith("Dropped Radio dialogue")
    assert next(line for line in rows if "Opened 2026-10-10" in line and "Map hate" in line).startswith("New ")
    assert any(line.startswith("Unchanged, Joint protection visit") for line in rows)
    # September's briefing had the point opened in September as new, not yet done
    september = _rows(_text(briefed["sep_pdf"], True), "Follow-up since 2026-08", "Source protection")
    assert next(line for line in september if "Opened 2026-09-08" in line).startswith("New Visit the Hesk")
    assert not any("Outcome (2026-10-14)" in line for line in september)


def test_the_matrix_shows_last_and_this_months_level_of_every_area(briefed: dict) -> None:
    before = {a["risk_area"]: a for a in briefed["assessed"]["2026-09"]["assessments"] if a["region"] is None}
    now = [a for a in briefed["assessed"]["2026-10"]["assessments"] if a["region"] is None]
    matrix = _section(briefed["layout"], "Risk matrix", "Levels by province")
    lines = [_squeeze(line) for line in matrix.splitlines()]
    assert len(now) == 12
    for a in now:
        expected = f"{LEVELS[before[a['risk_area']]['level']]} {LEVELS[a['level']]}"
        first_words = a["label"].split(",")[0][:18]
        row = next(line for line in lines if line.startswith(first_words))
        assert expected in row, (a["label"], expected, row)
    health = next(line for line in lines if line.startswith("Public health"))
    assert health.startswith("Public health Medium Low") and health.endswith("down")
    assert "Public health: down from medium to low. No new cholera case since early October." in briefed["flow"]


def test_one_line_per_early_warning_signal(briefed: dict) -> None:
    october = [r for r in enrich(generate_demo_records()) if r["date"].startswith("2026-10")
               and r.get("early_warning") and r.get("verification") != "vs.discounted"]
    section = _section(briefed["flow"], "4 Early warning", "5 Suspected reprisals")
    rows = [line for line in _rows(briefed["layout"], "4 Early warning", "5 Suspected")
            if re.match(r"^2026-10(-\d\d)? ", line)]
    assert len(rows) == len(october) + 1  # one line per flagged record, and the communication of the month
    for record in october:
        start = " ".join(record["title"].split()[:3])
        assert sum(start in line for line in rows) >= 1, record["title"]
        assert " ".join(record["early_action"].split()[:3]) in section
    # the Special Procedures communication dated in October is a signal too
    assert sum("UA XTV 5/2026" in line for line in rows) == 1
    assert "cross-border (XTW)" in section


def test_reprisal_cases_never_name_a_person_without_naming_consent(briefed: dict) -> None:
    october = [r for r in enrich(generate_demo_records()) if r["date"].startswith("2026-10") and r.get("reprisal")]
    suspects = [p for r in october for p in r["people"] if p.get("reprisal_suspected")]
    section = _section(briefed["flow"], "5 Suspected reprisals", "6 Atrocity-crime")
    named = [p for p in suspects if p.get("name") and p.get("consent", {}).get("naming")]
    hidden = [p for p in suspects if p.get("name") and not p.get("consent", {}).get("naming")]
    assert named and hidden
    for p in named:
        assert p["name"] in section and "named with consent" in section
    for p in hidden:
        assert p["name"] not in briefed["flow"] and p["pseudonym"] in section
    assert "no consent: not referred" in section and "consent given: may be referred" in section


def test_the_atrocity_factor_table_and_its_caveat(briefed: dict) -> None:
    from fieldcase.frameworks.builtin import builtin_registry

    section = _section(briefed["flow"], "6 Atrocity-crime risk factors", "7 Trend")
    assert "Risk factors are not predictions" in section
    factors = builtin_registry().atrocity_risk_factors()
    assert len(factors) == 14
    for factor in factors:
        assert f"{factor.extra['number']} {factor.label}" in section


def test_the_officers_outlook_and_recommendations(briefed: dict) -> None:
    section = _section(briefed["flow"], "2 Outlook and recommendations to the RMR", "3 Risk matrix")
    assert OUTLOOK in section and TO_RMR in section
    assert "Joint peace committees in Vardenne" in section  # the demo's mitigating factors, kept by `assess note`
