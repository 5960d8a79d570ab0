"""The HQ store on a real PostgreSQL server: the same analysis as the SQLCipher store, the regional
briefing from the command line, and a database administrator who reads the whole database with psql
and finds no narrative, name, place or attachment content of the records in it."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import sync_helpers
from conftest import run_cli
from fieldcase.demo import generate_demo_records
from fieldcase.domain.records import PersonLink, SourceLink, record_from_json
from fieldcase.hq import importer
from fieldcase.hq.store import HqStore
from fieldcase.services.sync import resolve_target
from fieldcase.store import analysis_rows, briefing_rows
from sync_helpers import PASSPHRASE, make_officer

# What must never be readable on the server: a narrative, a title, a place, a person's name and
# pseudonym, a source's name, an attachment's name and its bytes.
CANARIES = {
    "title": "Canary title QX7-ALBATROSS",
    "narrative": "The canary narrative mentions QX7-PELICAN-NARRATIVE in the village well.",
    "place": "QX7-HERON-VILLAGE",
    "name": "Qx7 Cormorant-Namesake",
    "pseudonym": "QX7-PSEUDO-KESTREL",
    "source": "QX7-SOURCE-OSPREY",
    "attachment_name": "qx7-egret-evidence.txt",
    "attachment_bytes": "QX7-ATTACHMENT-CONTENT-FLAMINGO",
}


def _records() -> list:
    records = [record_from_json(item) for item in generate_demo_records(months=3)]
    first = records[0]
    canary = replace(first, id=None, rev=None, title=CANARIES["title"], narrative=CANARIES["narrative"],
                     location=replace(first.location, place=CANARIES["place"]), acts=(), people=(
                         PersonLink("victim", CANARIES["pseudonym"], name=CANARIES["name"]),),
                     sources=(SourceLink(CANARIES["source"], "B", 2),))
    return [*records, canary]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, postgres: object) -> Iterator[dict[str, object]]:
    """The same officer records merged into a SQLCipher HQ and into a PostgreSQL HQ (one officer each)."""
    root = tmp_path_factory.mktemp("hqpg")
    records = _records()
    out: dict[str, object] = {"pg": postgres, "root": root}
    hqs = []
    for backend in ("sqlcipher", "postgresql"):
        database = postgres.create_database(f"hq_pg_{backend}") if backend == "postgresql" else None  # type: ignore[attr-defined]
        hq = HqStore.create(root / backend, PASSPHRASE, f"HQ {backend}", database)
        officer = make_officer(root / f"officer-{backend}", hq, "Officer Canary", "XT02")
        stored = officer.cases.save_many(records)
        evidence = root / CANARIES["attachment_name"]
        evidence.write_text(CANARIES["attachment_bytes"] * 10, encoding="utf-8")
        officer.cases.attach(stored[-1].id or "", evidence)
        usb = root / f"usb-{backend}"
        usb.mkdir()
        officer.sync.push(resolve_target(officer.ws, str(usb)))
        report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
        assert report.count("accepted") == 1, [o.message for o in report.outcomes]
        officer.ws.lock()
        out[backend] = hq
        out[f"{backend}_database"] = database
        hqs.append(hq)
    yield out
    for hq in hqs:
        hq.lock()


def _plain(row: object) -> str:
    """A signal row without its store-local row id, its categories in order (a set's repr is not)."""
    return repr(replace(row, record_id="", categories=tuple(sorted(row.categories))))  # type: ignore[type-var]


def _analysis(hq: HqStore, region: str | None) -> dict[str, object]:
    first, last = dt.date(2026, 8, 1), dt.date(2026, 10, 31)
    with hq.ws.db.reading() as conn:
        return {
            "cells": sorted(analysis_rows.signal_cells(conn, first, last, region), key=repr),
            "signal": sorted(_plain(r) for r in analysis_rows.signal_rows(conn, first, last, region)),
            "atrocity": sorted(_plain(r) for r in analysis_rows.atrocity_rows(conn, first, last, region)),
            # person ids are made when the officer saves (each HQ here has its own officer)
            "acts": [r._replace(person_id="") for r in analysis_rows.act_rows(conn, first, last, region)],
            "deaths": analysis_rows.death_rows(conn, first, last, region),
            "reviews": analysis_rows.act_reviews(conn),
            # (a record's areas come in no particular order on either store)
            "period": sorted((replace(r, record_id="", areas=tuple(sorted(r.areas)))
                              for r in briefing_rows.period_rows(conn, first, last, region)), key=repr),
        }


@pytest.mark.parametrize("region", [None, "XT02"])
def test_the_analysis_rows_are_the_same_on_postgresql_as_on_sqlcipher(stores: dict, region: str | None) -> None:
    on_sqlite, on_pg = _analysis(stores["sqlcipher"], region), _analysis(stores["postgresql"], region)
    assert on_sqlite["cells"] and on_sqlite["acts"] and on_sqlite["period"]
    assert on_sqlite["deaths"] or region is not None
    for key, value in on_sqlite.items():
        assert on_pg[key] == value, key


def test_linked_incidents_are_left_out_of_the_signal_on_postgresql_as_on_sqlcipher(stores: dict) -> None:
    """The queries that count a linked incident once (services/linked_incidents.py) run on both stores: leaving
    one record of the window out lowers the window's count by exactly one on each."""
    first, last = dt.date(2026, 8, 1), dt.date(2026, 10, 31)
    for hq in (stores["sqlcipher"], stores["postgresql"]):
        with hq.ws.db.reading() as conn:
            ids = sorted(r.record_id for r in briefing_rows.period_rows(conn, first, last, None))[:2]
            present = analysis_rows.window_record_ids(conn, first, last, None, None, ids)
            totals = [sum(c.records for c in analysis_rows.signal_cells(conn, first, last, skip=skip) if c.area == "*")
                      for skip in ((), ids[:1])]
        assert sorted(present) == ids and totals[0] - totals[1] == 1


def test_the_regional_briefing_from_a_postgresql_store(stores: dict, tmp_path: Path) -> None:
    hq_dir = stores["postgresql"].ws.path
    out = tmp_path / "brief.pdf"
    result = run_cli("hq", "brief", "--dir", str(hq_dir), "--region", "XT02", "--period", "2026-10",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    reference = tmp_path / "reference.pdf"
    assert run_cli("hq", "brief", "--dir", str(stores["sqlcipher"].ws.path), "--region", "XT02", "--period",
                   "2026-10", "--out", str(reference)).returncode == 0
    expected = subprocess.run(["pdftotext", str(reference), "-"], capture_output=True, text=True, check=True).stdout

    def figures(s: str) -> list[str]:  # the numbers of the briefing, without its dates, times and ids
        # each HQ here has its own officer, whose sources got their own ids: a record lists them in id order
        s = re.sub(r"Sources \((\d+)\): (.*)", lambda m: f"Sources ({m[1]}): " + "; ".join(sorted(m[2].split("; "))), s)
        s = re.sub(r"\d{4}-\d\d-\d\d[T ][\d:.+Z]+|[0-9a-f]{8}-[0-9a-f-]{27}|[0-9A-F:]{20,}|HQ \w+", "", s)
        return re.findall(r"\d+", s)

    assert figures(text) == figures(expected)


def test_a_database_administrator_with_psql_reads_none_of_the_canaries(stores: dict) -> None:
    pg, database = stores["pg"], stores["postgresql_database"].rsplit("/", 1)[1]
    tables = pg.psql(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1").split()
    assert "case_revision" in tables and "person_revision" in tables and "attachment" in tables
    dump = "\n".join(pg.psql(database, f"SELECT t::text FROM {table} t") for table in tables)
    # the administrator does read the rows, and the fields aggregation needs are in clear (the test can fail)
    assert "XT02" in dump and "incident" in dump and "vs." in dump
    assert int(pg.psql(database, "SELECT count(*) FROM case_revision")) > 100
    for label, canary in CANARIES.items():
        for form in (canary, canary.encode().hex(), canary.lower(), canary.split()[-1]):
            assert form not in dump, label
    # nor the HQ's private keys (age identities, CA key) nor the attachment vault's key
    assert "AGE-SECRET-KEY" not in dump and b"AGE-SECRET-KEY".hex() not in dump.lower()
    # the attachment's bytes are not in the database at all (they are age ciphertext in the HQ folder)
    vault = stores["postgresql"].ws.attachments_dir()
    assert all(CANARIES["attachment_bytes"].encode() not in p.read_bytes() for p in vault.rglob("*") if p.is_file())
    assert any(p.is_file() for p in vault.rglob("*"))


def test_the_server_never_holds_the_key_and_another_key_cannot_read(stores: dict, tmp_path: Path) -> None:
    """Sealed values decrypt only with this HQ's data key: a second HQ directory pointed at the same
    database (another key) is refused, not shown ciphertext or garbage."""
    hq = stores["postgresql"]
    keyfile = (hq.ws.path / "workspace.json").read_text()
    assert stores["postgresql_database"].split("@")[1] in keyfile and "password" not in keyfile.lower()
    other = HqStore.create(tmp_path / "other", PASSPHRASE, "Other HQ", sync_helpers.NEW_HQ_DATABASE()
                           if sync_helpers.NEW_HQ_DATABASE else stores["pg"].create_database("hq_pg_other"))
    other.lock()
    impostor = (tmp_path / "other" / "workspace.json")
    impostor.write_text(impostor.read_text().replace("hq_pg_other", stores["postgresql_database"].rsplit("/", 1)[1]))
    with pytest.raises(Exception) as caught:
        HqStore.open(tmp_path / "other", PASSPHRASE)
    assert "different workspace" in str(caught.value) or "does not decrypt" in str(caught.value)


def test_a_briefing_reads_one_snapshot_while_imports_commit(stores: dict) -> None:
    """Inside `Database.snapshot()` (what `hq brief` reads in) every read sees the database as it was
    when the snapshot began, though another transaction commits a record meanwhile."""
    from sqlalchemy import func, select

    from fieldcase.domain.records import CaseRecord, Location, PartialDate
    from fieldcase.services.records import CaseService
    from fieldcase.store.tables import HEAD

    hq = stores["postgresql"]

    def heads() -> int:
        with hq.ws.db.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(HEAD)).scalar() or 0)

    before = heads()
    with hq.ws.db.snapshot():
        assert heads() == before
        CaseService(hq.ws).save(CaseRecord(kind="incident", title="Committed meanwhile", date=PartialDate("2024-01"),
                                           location=Location("XTV", adm1_pcode="XT09")))
        assert heads() == before  # the snapshot does not move
    assert heads() == before + 1
