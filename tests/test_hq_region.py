"""`fieldcase hq brief --region NAME` over a regional grouping of two countries, from two officers' packages:
both countries' matrices (last month beside this month), the regional summary, and the incidents and
signals flagged cross-border; a name that is not a grouping keeps meaning one admin-1 region."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from conftest import run_cli
from fieldcase.domain.records import CaseRecord, Location, PartialDate, Tag
from fieldcase.hq import importer
from fieldcase.services.sync import resolve_target
from sync_helpers import make_hq, make_officer


def _record(title: str, date: str, country: str, adm1: str, area: str, *, severity: int = 3,
            cross_border: str | None = None, early: bool = False) -> CaseRecord:
    return CaseRecord(kind="incident", title=title, date=PartialDate(date), severity=severity,
                      location=Location(country, adm1_pcode=adm1, adm1_name=f"Province {adm1}"),
                      risk_tags=(Tag(area, "test"),), cross_border=cross_border, early_warning=early,
                      early_action="Alert the other country's office" if early else "",
                      narrative=f"{title}.", verification="vs.corroborated")


TARVESSA = [
    _record("Armed group crossed from Morvane at night", "2026-10-04", "XTV", "XT05", "cca.internal_security",
            severity=4, cross_border="XTW", early=True),
    _record("Checkpoint shooting near Hesk", "2026-10-09", "XTV", "XT05", "cca.internal_security", severity=4),
    _record("Rally broken up in the capital", "2026-10-12", "XTV", "XT01", "cca.democratic_space"),
    _record("Quiet month at the border post", "2026-09-10", "XTV", "XT05", "cca.internal_security", severity=1),
]
MORVANE = [
    _record("Herders from Tarvessa attacked at the river", "2026-10-06", "XTW", "XW01", "cca.internal_security",
            severity=5, cross_border="XTV", early=True),
    _record("Refugees from Tarvessa turned back", "2026-10-15", "XTW", "XW01", "cca.displacement_migration",
            cross_border="XTV"),
    _record("Market fire in Lessing", "2026-10-20", "XTW", "XW01", "cca.food_security_agriculture_land"),
    _record("Displacement camp opened", "2026-09-18", "XTW", "XW01", "cca.displacement_migration", severity=2),
]


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    return unicodedata.normalize("NFKC", out)


def test_regional_review_over_two_countries_from_two_officers(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        for name, region, records in (("Officer Tarvessa", "XT05", TARVESSA), ("Officer Morvane", "XW01", MORVANE)):
            officer = make_officer(tmp_path / name.replace(" ", "_"), hq, name, region)
            officer.cases.save_many(records)
            officer.sync.push(resolve_target(officer.ws, str(usb)))
            officer.ws.lock()
        report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
        assert report.count("accepted") == 2
    finally:
        hq.ws.lock()
    hq_dir = str(tmp_path / "hq")
    bad = run_cli("hq", "region", "Lake Basin", "--countries", "XTV,Tarvessa", "--dir", hq_dir)
    assert bad.returncode != 0 and "ISO 3166-1 alpha-3" in bad.stderr
    done = run_cli("hq", "region", "Lake Basin", "--countries", "XTV:Tarvessa,XTW:Morvane", "--dir", hq_dir)
    assert done.returncode == 0, done.stderr
    assert "Lake Basin: Tarvessa (XTV), Morvane (XTW)" in done.stdout
    out = tmp_path / "region.pdf"
    done = run_cli("hq", "brief", "--dir", hq_dir, "--region", "Lake Basin", "--period", "2026-10", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = _text(out)
    flat = " ".join(text.split())
    assert "Regional review" in flat and "Lake Basin: Tarvessa, Morvane" in flat
    assert "Tarvessa (XTV)" in flat and "Morvane (XTW)" in flat  # one matrix per country
    assert "2 countries: Tarvessa 3 records, 3 incidents, 1 early-warning signals; Morvane 3 records" in flat
    # each country's matrix: last month's level beside this month's for its own records
    tarvessa = flat[flat.index("Tarvessa (XTV) 3 records"):flat.index("Morvane (XTW) 3 records")]
    morvane = flat[flat.index("Morvane (XTW) 3 records"):]
    assert "Internal security Low" in tarvessa and "Displacement and migration Low" in morvane
    cross = flat[flat.index("Cross-border incidents and signals", flat.index("Regional summary") + 100):]
    cross = cross[:cross.index("Tarvessa (XTV) 3 records")]
    for record in (TARVESSA[0], MORVANE[0], MORVANE[1]):
        assert record.title.split(" at ")[0][:30] in cross, record.title
    for record in (TARVESSA[1], TARVESSA[2], MORVANE[2]):
        assert record.title not in cross
    assert "Tarvessa / Morvane" in cross and "Morvane / Tarvessa" in cross
    assert "Cross-border incidents and signals: 3 (Morvane / Tarvessa, Tarvessa / Morvane)." in flat

    # a name that is not a grouping is still one admin-1 region
    single = tmp_path / "xw01.pdf"
    done = run_cli("hq", "brief", "--dir", hq_dir, "--region", "XW01", "--period", "2026-10", "--out", str(single))
    assert done.returncode == 0, done.stderr
    assert "Situation briefing" in " ".join(_text(single).split())
