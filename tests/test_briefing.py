"""Signed PDF briefings end to end: a real encrypted demo workspace, a real PDF, independent checks.

* poppler's `pdfsig` (NSS) says the signature is valid, and trusted when HQ's CA is in its database;
* flipping any single byte inside the signed byte ranges makes both `pdfsig` and `fieldcase verify` fail;
* `pdftotext` holds the month's counts and indicator figures, and no name of a person without consent;
* strict redaction leaves no day-precise incident date and no place below admin-2.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import run_cli
from fieldcase.briefing.model import month_label, month_window, parse_month, short_month_label
from fieldcase.crypto.ca import CertificateAuthority
from fieldcase.crypto.identity import build_csr
from fieldcase.demo import generate_demo_records
from fieldcase.errors import Cancelled, FieldcaseError
from fieldcase.services.briefing import BriefingService
from fieldcase.services.demo import DEMO_PASSPHRASE, create_demo_workspace
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

PERIOD = "2026-10"
CLOCK = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
TOOLS = ("pdfsig", "pdftotext", "certutil")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="needs poppler-utils and libnss3-tools (scripts/bootstrap.sh installs them)")


def _clock() -> dt.datetime:
    return CLOCK


def pdfsig(path: Path, nssdir: Path | None = None) -> str:
    """pdfsig's report. It exits 0 whether the signature is good or not, so callers read the text."""
    argv = ["pdfsig", *(["-nssdir", f"sql:{nssdir}"] if nssdir else []), str(path)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def pdftotext(path: Path, *, layout: bool = True) -> str:
    """The PDF's text; `layout` keeps table rows on one line, without it a table cell's lines stay together."""
    argv = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60).stdout
    return unicodedata.normalize("NFKC", text)  # Arabic presentation forms back to letters


def squeeze(text: str) -> str:
    return " ".join(text.split())


def nss_db(directory: Path, ca_pem: Path) -> Path:
    directory.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{directory}", "--empty-password"], check=True, timeout=60)
    subprocess.run(["certutil", "-A", "-d", f"sql:{directory}", "-n", "hq", "-t", "CT,C,C", "-i", str(ca_pem)],
                   check=True, timeout=60)
    return directory


def byte_ranges(data: bytes) -> list[tuple[int, int]]:
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert len(found) == 1, "expected exactly one signature"
    a, b, c, d = (int(x) for x in found[0])
    assert a == 0 and c + d == len(data), "the signature must cover the whole file"
    return [(a, a + b), (c, c + d)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The demo workspace, its October briefing (standard and strict), and what the workspace knows."""
    root = tmp_path_factory.mktemp("briefing")
    ws_dir = root / "demo"
    create_demo_workspace(ws_dir, DEMO_PASSPHRASE)
    with Workspace.unlock(ws_dir, DEMO_PASSPHRASE) as ws:
        _add_review_outcomes(ws)
        service = BriefingService(ws, clock=_clock)
        standard = service.build(PERIOD, out=root / "brief.pdf")
        strict = service.build(PERIOD, redaction="strict", out=root / "strict.pdf")
        data = service.assemble(PERIOD)
        cases = CaseService(ws)
        people = [p for s in cases.list(limit=10_000) for p in cases.get(s.id).people]
        log = service.export_log()
        audit_entries = cases.verify_audit_chain()
    return {"dir": ws_dir, "root": root, "standard": standard, "strict": strict, "data": data, "people": people,
            "log": log, "audit_entries": audit_entries}


def _add_review_outcomes(ws: Workspace) -> None:
    """What an officer adds at the monthly review: action points with mechanism references, and an
    assessment whose rationale (careless on purpose) names a person who did not consent to be named."""
    from fieldcase.services.analysis import AnalysisService

    analysis = AnalysisService(ws)
    analysis.add_action("Raise the detention of election observers with the Special Rapporteur", "OHCHR country team",
                        ["cca.democratic_space"], description="Request an urgent appeal; follow up Вера Морвек's case.",
                        references=["AL XTV 3/2026", "UPR:XTV:4:A/HRC/58/12:128.26"], due="2026-11-30",
                        period=PERIOD)
    analysis.add_action("Protection assessment for displaced herders in Orsavale", "Protection cluster",
                        ["cca.displacement_migration"], references=["CCPR/C/XTV/CO/4 para 12"], status="in_progress",
                        period="2026-09")
    analysis.set_level(PERIOD, "cca.internal_security", "very high", "deteriorating",
                       "Attacks on herders spread; Вера Морвек reports militia checkpoints.")


# -- signature ------------------------------------------------------------------------------------

def test_pdfsig_reports_a_fresh_briefing_as_validly_signed(demo: dict) -> None:
    report = pdfsig(demo["standard"].path)
    assert "Signature is Valid." in report, report
    assert "Total document signed" in report, report
    assert "ETSI.CAdES.detached" in report and "SHA-256" in report
    assert "Demo Officer (fictional)" in report


def test_fieldcase_verify_reports_signer_time_and_integrity(demo: dict) -> None:
    done = run_cli("verify", str(demo["standard"].path), passphrase=None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Signer:        Demo Officer (fictional)" in done.stdout
    assert "Signing time:  2026-11-20T09:30:00+00:00" in done.stdout
    assert "Integrity:     intact" in done.stdout and "ENTIRE_FILE" in done.stdout
    assert "Result:        OK" in done.stdout
    assert demo["standard"].sha256 in done.stdout


def test_any_flipped_byte_in_the_signed_ranges_fails_both_verifiers(demo: dict, tmp_path: Path) -> None:
    data = demo["standard"].path.read_bytes()
    (a0, a1), (c0, c1) = byte_ranges(data)
    rng = random.Random(20261120)
    offsets = sorted({a0 + 3, a0 + 500, (a0 + a1) // 2, a1 - 40, a1 - 1, c0, c0 + 200, c1 - 1,
                      *(rng.randrange(a0, a1) for _ in range(4)), rng.randrange(c0, c1)})
    assert len(offsets) >= 10

    def both_verifiers(offset: int) -> tuple[str, subprocess.CompletedProcess[str]]:
        tampered = bytearray(data)
        tampered[offset] ^= 0x01
        path = tmp_path / f"tampered-{offset}.pdf"
        path.write_bytes(bytes(tampered))
        return pdfsig(path), run_cli("verify", str(path), passphrase=None)

    # each flipped file is checked by its own two processes: two files at a time (the machine has 2 cores)
    with ThreadPoolExecutor(max_workers=2) as pool:
        for offset, (report, done) in zip(offsets, pool.map(both_verifiers, offsets), strict=True):
            assert "Signature is Valid." not in report, f"pdfsig accepted a flip at offset {offset}:\n{report}"
            assert done.returncode != 0, f"fieldcase verify accepted a flip at offset {offset}:\n{done.stdout}"
            assert "Result:        FAILED" in done.stdout


def test_appending_after_the_signature_is_reported_as_modified(demo: dict, tmp_path: Path) -> None:
    path = tmp_path / "appended.pdf"
    path.write_bytes(demo["standard"].path.read_bytes() + b"\n% a comment added after signing\n")
    done = run_cli("verify", str(path), passphrase=None)
    assert done.returncode != 0
    assert "MODIFIED AFTER SIGNING" in done.stdout or "does not cover the whole file" in done.stdout


def test_a_certificate_issued_by_hq_is_trusted_by_pdfsig_and_fieldcase(tmp_path: Path) -> None:
    ws_dir = tmp_path / "ws"
    create_demo_workspace(ws_dir, DEMO_PASSPHRASE)
    ca = CertificateAuthority.create("Fieldcase HQ test CA")
    ca_pem = tmp_path / "hq-ca.pem"
    ca_pem.write_bytes(ca.cert_pem)
    with Workspace.unlock(ws_dir, DEMO_PASSPHRASE) as ws:
        ws.install_certificate(ca.issue(build_csr(ws.signing_identity())), (ca.cert_pem,))
        out = BriefingService(ws).build(PERIOD, region="XT02", out=tmp_path / "vardenne.pdf").path
    report = pdfsig(out, nss_db(tmp_path / "nssdb", ca_pem))
    assert "Signature is Valid." in report, report
    assert "Certificate is Trusted." in report, report
    trusted = run_cli("verify", str(out), "--trust", str(ca_pem), passphrase=None)
    assert trusted.returncode == 0, trusted.stdout
    assert "chains to a trusted root" in trusted.stdout and "Fieldcase HQ test CA" in trusted.stdout
    other = tmp_path / "other-ca.pem"
    other.write_bytes(CertificateAuthority.create("Some other CA").cert_pem)
    untrusted = run_cli("verify", str(out), "--trust", str(other), passphrase=None)
    assert untrusted.returncode != 0 and "NOT trusted" in untrusted.stdout


def test_a_self_signed_briefing_is_intact_but_not_trusted_when_trust_is_asked(demo: dict, tmp_path: Path) -> None:
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(CertificateAuthority.create("HQ").cert_pem)
    done = run_cli("verify", str(demo["standard"].path), "--trust", str(ca_pem), passphrase=None)
    assert done.returncode != 0
    assert "Integrity:     intact" in done.stdout and "NOT trusted" in done.stdout


# -- content --------------------------------------------------------------------------------------

def _october(records: list[dict]) -> list[dict]:
    return [r for r in records if r["date"].startswith(PERIOD)]


def _cli_json(demo: dict, *args: str) -> dict:
    done = run_cli(*args, "--json", workspace=demo["dir"], passphrase=DEMO_PASSPHRASE)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_pdftotext_holds_the_figures_of_assess_and_indicators(demo: dict) -> None:
    """The counts and indicator figures `fieldcase assess` / `indicators` compute for the month are in the PDF."""
    text = squeeze(pdftotext(demo["standard"].path))
    assessed = _cli_json(demo, "assess", "--period", PERIOD)
    records = assessed["records"]
    assert f"Records in the period: {records['in_period']} " in text
    assert f"{records['discounted']} discounted record(s) left out" in text
    levels = {"risk.low": "Low", "risk.medium": "Medium", "risk.high": "High", "risk.very_high": "Very high"}
    trends = {"trend.improving": "Improving", "trend.stable": "Stable", "trend.deteriorating": "Deteriorating"}
    top = [a for a in assessed["assessments"] if a["region"] is None]
    assert len(top) == 12
    for a in top:
        row = (f"{levels[a['level']]} {trends[a['trend']]} {a['suggested']['score']} {a['signal']['records']} "
               f"{a['signal']['verified']}")
        assert row in text, f"{a['label']}: {row!r} not in the risk matrix"
        assert a["label"].split(",")[0] in text
    overridden = next(a for a in top if a["risk_area"] == "cca.internal_security")
    assert overridden["status"] == "override" and "Officer's assessment (override of the computed" in text

    # columns: verified 12 months, verified month, 12 months incl. unverified
    for column, (extra, block) in enumerate((((), "headline"), ((), "month"), (("--include-unverified",), "headline"))):
        ind = _cli_json(demo, "indicators", "--period", PERIOD, *extra)
        v, d = ind["sdg_16_10_1"][block], ind["sdg_16_1_2"][block]
        by_type = next(t for t in demo["data"].indicators if "by violation type" in t.title)
        for vtype, count in v["by_violation_type"].items():
            row = next(r for r in by_type.rows if r[0] == _label(vtype))
            assert row[1 + column] == str(count), (vtype, row, count)
        assert by_type.rows[-1][1 + column] == str(v["total"])
        causes = next(t for t in demo["data"].indicators if "by cause" in t.title)
        assert causes.rows[-1][1 + column] == str(d["total"])
        for cause, count in d["by_cause"].items():
            row = next(r for r in causes.rows if r[0] == _label(cause))
            assert row[1 + column] == str(count)
    for table in demo["data"].indicators:  # and every figure of every indicator table is printed
        for row in table.rows:
            assert " ".join(row[1:]) in text, f"{table.title}: row {row} not in the PDF text"


def _label(category: str) -> str:
    from fieldcase.frameworks.builtin import builtin_registry

    found = builtin_registry().category(category)
    return found.label if found else category


def test_an_area_without_records_is_no_data_in_a_regional_briefing(demo: dict, tmp_path: Path) -> None:
    """No records for an area in the month: the matrix says "No data" (grey), never low, and the summary's
    top risks leave it out; an officer's level for such an area is shown, with the reason."""
    from fieldcase.services.analysis import AnalysisService

    path = tmp_path / "ws"
    shutil.copytree(demo["dir"], path)
    with Workspace.unlock(path, DEMO_PASSPHRASE) as ws:
        analysis = AnalysisService(ws)
        empty = [a for a in analysis.assess(PERIOD, "XT01").top_level if a.signal.count == 0]
        assert len(empty) >= 3  # the demo's quietest province
        chosen = empty[0].signal.risk_area
        analysis.set_level(PERIOD, chosen, "high", "deteriorating", "Reports by phone from the district office.",
                           "XT01")
        service = BriefingService(ws, clock=_clock)
        result = service.build(PERIOD, "XT01", out=tmp_path / "xt01.pdf")
        data = service.assemble(PERIOD, "XT01")
    rows = {r.area_id: r for r in data.risk_matrix}
    assert rows[chosen].level == "high" and "no records in the month" in rows[chosen].note
    for a in empty[1:]:
        assert (rows[a.signal.risk_area].level, rows[a.signal.risk_area].trend) == ("no_data", "no_data")
        assert not any(a.label in t for t in data.top_risks)
    text = squeeze(pdftotext(result.path))
    assert text.count("No data \u2014 \u2014 0 0") == len(empty) - 1
    assert "Low \u2014" not in text and "No data: no records for the area in the month" in text
    assert "Officer's assessment (override of no data: no records in the month)" in text
    assert "High Deteriorating \u2014 0 0" in text  # the officer's level, with no signal beside it
    assert "Very high No data" in text  # the legend


def test_pdftotext_holds_the_months_headline_counts(demo: dict) -> None:
    text = squeeze(pdftotext(demo["standard"].path))
    october = _october(generate_demo_records())  # the demo's source data, counted independently
    incidents = [r for r in october if r["kind"] == "incident" and r["verification"] != "vs.discounted"]
    community = [r for r in october if r["kind"] == "community_info" and r["verification"] != "vs.discounted"]
    headline = {f.label: f.value for f in demo["data"].headline}
    assert headline == {
        "Incidents": len(incidents),
        "Verified incidents": sum(r["verification"] == "vs.verified" for r in incidents),
        "Killed (reported)": sum(r.get("casualties", {}).get("killed", 0) for r in incidents),
        "Displaced (reported)": sum(r.get("casualties", {}).get("displaced", 0) for r in incidents),
        "Community information": len(community),
        "Early warnings": sum(bool(r.get("early_warning")) for r in incidents + community)}
    figures = " ".join(f"{f.value:,}" for f in demo["data"].headline)
    assert figures in text, f"headline figures {figures!r} not in the PDF text"
    assert f"All {len(october)} records of the period" in text


def test_action_points_show_owner_deadline_status_and_mechanism_references(demo: dict) -> None:
    text = squeeze(pdftotext(demo["standard"].path, layout=False))
    assert "Raise the detention of election observers with the Special Rapporteur" in text
    assert "AL XTV 3/2026" in text and "UPR:XTV:4:A/HRC/58/12:128.26" in text and "2026-11-30" in text
    assert "Protection assessment for displaced herders" in text and "In progress (since 2026-09)" in text
    assert "CCPR/C/XTV/CO/4 para 12" in text


def test_no_name_of_a_person_without_naming_consent_is_printed(demo: dict) -> None:
    text = squeeze(pdftotext(demo["standard"].path))
    people = demo["people"]
    consenting = {p.name for p in people if p.name and p.consent.naming}
    protected = {p.name for p in people if p.name and not p.consent.naming} - consenting
    assert len(protected) > 50, "the demo should hold many names without consent"
    assert any(re.search("[\u0600-\u06ff]", n) for n in protected) and any(re.search("[\u0400-\u04ff]", n)
                                                                         for n in protected)
    for name in protected:
        for form in {name, " ".join(reversed(name.split())), name[::-1]}:  # RTL text may come out reversed
            assert form not in text, f"the name of a person without naming consent is in the briefing: {name}"
    assert "appear only under a pseudonym" in text
    # pseudonyms are what the briefing shows instead
    shown = set(re.findall(r"\b[VWS]-\d{3}\b", text))
    assert len(shown) > 10


def test_names_with_consent_render_in_their_own_script(demo: dict) -> None:
    text = squeeze(pdftotext(demo["standard"].path))
    named = [e for entry in demo["data"].key_incidents for e in entry.people if e.named]
    assert named, "the demo's key incidents include people who consented to be named"
    for mention in named:
        name = mention.shown_as.rsplit(" (", 1)[0]
        assert name in text or " ".join(reversed(name.split())) in text, name
    fonts = subprocess.run(["pdffonts", str(demo["standard"].path)], capture_output=True, text=True).stdout
    assert "NotoSans-Regular" in fonts and "NotoSansArabic" in fonts
    assert all(line.split()[-4] == "yes" for line in fonts.splitlines()[2:]), f"all fonts must be embedded:\n{fonts}"


def test_strict_redaction_prints_no_exact_incident_date_and_no_place_below_admin2(demo: dict) -> None:
    text = squeeze(pdftotext(demo["strict"].path))
    october = _october(generate_demo_records())
    day_dates = {r["date"] for r in october if len(r["date"]) == 10}
    assert len(day_dates) > 20
    for day in day_dates:
        assert day not in text, f"exact date {day} in a strict briefing"
        d = dt.date.fromisoformat(day)
        assert not re.search(rf"\b{d.day} October\b|\bOctober {d.day}\b(?!\d)", text), f"{d:%d %B} in the text"
    admin = {r["location"].get(k) or "" for r in october for k in ("adm1_name", "adm2_name")}
    places = {r["location"]["place"] for r in october if r["location"].get("place")}
    below_admin2 = {p for p in places if not any(p in a for a in admin)}
    assert len(below_admin2) > 10
    leaked = sorted(p for p in below_admin2 if p in text)
    assert not leaked, f"places below admin-2 in a strict briefing: {leaked}"
    assert "exact dates are withheld" in text and "[place withheld]" in text
    # the standard briefing, by contrast, does carry exact places and dates
    standard = squeeze(pdftotext(demo["standard"].path))
    assert any(day in standard for day in day_dates) and any(p in standard for p in below_admin2)


def test_every_page_carries_the_classification_and_the_annex_lists_every_record(demo: dict) -> None:
    pages = pdftotext(demo["standard"].path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == demo["standard"].pages
    for number, page in enumerate(pages, start=1):
        assert page.count("STRICTLY CONFIDENTIAL") >= 2, f"page {number} lacks the marking at top and bottom"
        assert f"Page {number} of {len(pages)}" in page
    text = pdftotext(demo["standard"].path)
    for record in _october(generate_demo_records()):
        assert record["id"] in text, f"record {record['id']} is missing from the annex"
    for heading in ("Executive summary", "Risk matrix", "Trend over the last 6 months", "Breakdown by province",
                    "Key incidents", "Community voices", "SDG indicators", "Recommended action points",
                    "Source protection, method and provenance", "Annex", "Framework versions"):
        assert heading in text, heading


def test_the_export_log_holds_the_documents_sha256(demo: dict) -> None:
    assert demo["audit_entries"] > 0  # the audit chain verified after the exports
    logged = {entry["sha256"] for entry in demo["log"]}
    for result in (demo["standard"], demo["strict"]):
        assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
        assert result.sha256 in logged
    entry = next(e for e in demo["log"] if e["sha256"] == demo["strict"].sha256)
    assert entry["redaction"] == "strict" and entry["period"] == PERIOD and entry["records"] == 99


# -- service behaviour ----------------------------------------------------------------------------

def test_brief_from_the_cli_writes_a_signed_file(demo: dict, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    done = run_cli("brief", "--period", PERIOD, "--region", "XT03", "--classification", "CONFIDENTIAL",
                   "--out", str(out), workspace=demo["dir"], passphrase=DEMO_PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert "Document SHA-256 " + hashlib.sha256(out.read_bytes()).hexdigest() in done.stdout
    text = pdftotext(out)
    assert "CONFIDENTIAL" in text and "STRICTLY CONFIDENTIAL" not in text
    assert "Orsavale" in text and "Scope: Orsavale" in text
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"
    bad = run_cli("brief", "--period", "2026-13", "--out", str(out), workspace=demo["dir"], passphrase=DEMO_PASSPHRASE)
    assert bad.returncode != 0 and "--period" in bad.stderr


def test_cancel_writes_nothing_and_progress_reaches_the_end(tmp_path: Path) -> None:
    ws_dir = tmp_path / "ws"
    create_demo_workspace(ws_dir, DEMO_PASSPHRASE)
    with Workspace.unlock(ws_dir, DEMO_PASSPHRASE) as ws:
        _add_review_outcomes(ws)
        service = BriefingService(ws, clock=_clock)
        with pytest.raises(Cancelled):
            service.build(PERIOD, out=tmp_path / "cancelled.pdf", cancelled=lambda: True)
        assert not (tmp_path / "cancelled.pdf").exists() and service.export_log() == []
        seen: list[tuple[int, int]] = []
        service.build(PERIOD, out=tmp_path / "done.pdf", progress=lambda d, t: seen.append((d, t)))
        assert seen[0] == (0, 6) and seen[-1] == (6, 6) and seen == sorted(seen)
        preview = service.preview(PERIOD)
        assert preview.records == 99 and preview.key_incidents and preview.withheld


def test_rendering_is_deterministic_for_the_same_data(demo: dict) -> None:
    from fieldcase.briefing.layout import render

    first, second = render(demo["data"]), render(demo["data"])
    assert first.pdf == second.pdf and first.pages == second.pages
    assert first.signature_page == first.pages - 1


def test_period_parsing() -> None:
    assert parse_month("2026-01").shifted(-1).label == "2025-12"
    assert [p.label for p in month_window(parse_month("2026-02"), 3)] == ["2025-12", "2026-01", "2026-02"]
    jan = parse_month("2026-01")
    assert month_label(jan) == "January 2026" and short_month_label(jan) == "Jan 26"
    feb = parse_month("2028-02")
    assert (feb.first.isoformat(), feb.last.isoformat()) == ("2028-02-01", "2028-02-29")
    for bad in ("2026-13", "26-01", "2026-1", "", "2026", "2026-01..2026-03", " 2026-01", "1899-12", "2026-00"):
        with pytest.raises(ValueError):
            parse_month(bad)


def test_export_log_entries_are_json_details(demo: dict) -> None:
    assert all(json.dumps(e) for e in demo["log"])


# -- a month too large to list whole --------------------------------------------------------------

def test_annex_listed_order_is_quoted_then_counted_then_severity_then_most_recent() -> None:
    from fieldcase.briefing.assemble import annex_listed
    from fieldcase.briefing.model import AnnexRow

    def row(rid: str, date: str, severity: int | None, sections: tuple[str, ...]) -> AnnexRow:
        return AnnexRow(rid, date, "Incident", "X", "Verified", severity, sections)

    rows = [row("a", "2026-10-01", 1, ("E", "V")),  # quoted (a community voice): first despite severity 1
            row("b", "2026-10-02", 5, ("E",)),  # severity 5, older
            row("c", "2026-10-09", 5, ("E",)),  # severity 5, more recent: before b
            row("d", "2026-10-20", 5, ()),  # discounted (counted nowhere): after every counted record
            row("e", "2026-10-30", 2, ("E",)),
            row("f", "2026-10-09", 5, ("E",))]  # same severity and date as c: by id, after c
    assert [r.record_id for r in annex_listed(rows, 4)] == ["a", "c", "f", "b"]
    assert annex_listed(rows, 6) == rows and annex_listed(rows, None) == rows  # all fit: as given (date, id)


def test_a_limited_annex_lists_the_most_serious_and_every_figure_still_counts_all(demo: dict, tmp_path: Path) -> None:
    """The demo's October holds 99 records (counted by hand from its source data below). With the annex limited
    to 10: the figures are those of the full briefing, the annex lists 10 records, all quoted in the briefing
    (8 key incidents and 6 voices are more than 10) and the most severe of those; the PDF says 89 are not
    listed; the CSV written beside it lists all 99, and the PDF states its SHA-256."""
    october = {r["id"]: r for r in _october(generate_demo_records())}
    assert len(october) == 99
    with Workspace.unlock(demo["dir"], DEMO_PASSPHRASE) as ws:
        result = BriefingService(ws, clock=_clock).build(PERIOD, out=tmp_path / "limited.pdf", annex_limit=10,
                                                         annex_csv=tmp_path / "annex.csv")
    assert result.records == 99
    text = squeeze(pdftotext(result.path))
    figures = " ".join(f"{f.value:,}" for f in demo["data"].headline)  # the unlimited briefing's figures
    assert figures in text
    assert "Records included 99 (the 10 most serious listed by id in the annex)" in text
    assert "The 10 most serious of the 99 records of the period and scope" in text
    assert "Not listed here: 89 records of the period." in text
    digest = hashlib.sha256((tmp_path / "annex.csv").read_bytes()).hexdigest()
    assert f"annex.csv (SHA-256 {digest})" in text
    header, *body = csv.reader(io.StringIO((tmp_path / "annex.csv").read_text(encoding="utf-8-sig")))
    assert header[:3] == ["#", "Record id", "Date"]
    listing = {cells[1]: cells for cells in body}
    assert set(listing) == set(october)  # every record of the month, once
    assert all(int(listing[i][6] or 0) == (october[i].get("severity") or 0) for i in october)
    annex = text.split("Annex: records included in this briefing")[-1]
    listed = [i for i in october if i in annex]
    assert len(listed) == 10
    quoted = {i for i, cells in listing.items() if {"K", "V"} & set(cells[7].split())}
    assert len(quoted) > 10 and set(listed) <= quoted
    assert min(int(listing[i][6]) for i in listed) >= max(int(listing[i][6]) for i in quoted - set(listed))


def test_the_complete_list_is_refused_the_briefings_own_file(demo: dict, tmp_path: Path) -> None:
    """`--annex-csv` naming the PDF itself (also through another spelling of the path) would have the list
    replace the briefing: refused in words, before anything is written."""
    out = tmp_path / "brief.pdf"
    with Workspace.unlock(demo["dir"], DEMO_PASSPHRASE) as ws:
        for listing in (out, tmp_path / "." / "brief.pdf"):
            with pytest.raises(FieldcaseError, match="needs a file of its own"):
                BriefingService(ws, clock=_clock).build(PERIOD, out=out, annex_csv=listing)
    assert list(tmp_path.iterdir()) == []
