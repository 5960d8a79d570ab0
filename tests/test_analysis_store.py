"""Migration 0002 (analysis tables) up and down with data in the store; its tables are append-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from conftest import PASSPHRASE
from fieldcase.domain.records import CaseRecord, Location, PartialDate, Tag
from fieldcase.frameworks.registry import BUILTIN_DIR
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.records import CaseService
from fieldcase.store import migrate
from fieldcase.workspace import Workspace

TABLES = {"risk_assessment", "action_point", "mechanism_reference", "framework_release"}
INDEXES = {("case_revision", "ix_case_revision_signal"), ("case_tag", "ix_case_tag_revision_category"),
           ("person_revision", "ix_person_revision_analysis")}


def _fill(ws: Workspace, tmp_path: Path) -> str:
    record = CaseService(ws).save(CaseRecord(
        kind="incident", title="Observer detained", date=PartialDate("2026-10-02"),
        location=Location("XTV", adm1_pcode="XT02"), severity=4, verification="vs.verified",
        risk_tags=(Tag("cca.democratic_space", "observer"),)))
    service = AnalysisService(ws)
    service.set_level("2026-10", "cca.democratic_space", "high", "deteriorating", "Pre-election crackdown.")
    service.set_level("2026-10", "cca.democratic_space", "medium", "stable", "Regional view.", region="XT02")
    service.add_action("Visit detained observers", "Field team", ["cca.democratic_space"],
                       references=["AL XTV 3/2026"], due="2026-11-15")
    document = (BUILTIN_DIR / "un.reprisals.json").read_text(encoding="utf-8")
    document = document.replace('"release": 1', '"release": 2', 1)
    (tmp_path / "un.reprisals.json").write_text(document, encoding="utf-8")
    service.install_framework(tmp_path / "un.reprisals.json")
    return record.id or ""


def _names(ws: Workspace) -> tuple[set[str], set[tuple[str, str]]]:
    with ws.engine.connect() as conn:
        inspector = inspect(conn)
        tables = set(inspector.get_table_names())
        indexes = {(t, i["name"]) for t in ("case_revision", "case_tag", "person_revision")
                   for i in inspector.get_indexes(t)}
    return tables, indexes


def test_0002_goes_down_and_up_with_data(workspace: Workspace, workspace_dir: Path, tmp_path: Path) -> None:
    record_id = _fill(workspace, tmp_path)
    tables, indexes = _names(workspace)
    assert tables >= TABLES and indexes >= INDEXES

    migrate.downgrade(workspace.engine, "0001")
    tables, indexes = _names(workspace)
    assert not tables & TABLES and not indexes & INDEXES
    with workspace.engine.connect() as conn:  # case data untouched (read raw: this code needs schema 0005)
        assert conn.execute(text("SELECT title FROM case_revision WHERE record_id = :id"),
                            {"id": record_id}).scalar() == "Observer detained"
    workspace.lock()

    # A store left at 0001 (an older release) upgrades when it is unlocked.
    with Workspace.unlock(workspace_dir, PASSPHRASE) as ws:
        assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
        tables, indexes = _names(ws)
        assert tables >= TABLES and indexes >= INDEXES
        service = AnalysisService(ws)
        assert service.actions() == [] and service.installed_frameworks() == []
        assert service.registry().get("un.reprisals").release == 1
        _fill(ws, tmp_path)  # writable again
        assert service.assess("2026-10").report.records == 2
        assert CaseService(ws).verify_audit_chain() > 0


def test_analysis_tables_are_append_only(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace, tmp_path)
    for table in TABLES:
        for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
            with pytest.raises(IntegrityError, match="append-only"), workspace.engine.begin() as conn:
                conn.execute(text(statement))


def test_country_wide_revision_numbers_are_unique(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace, tmp_path)
    duplicate = ("INSERT INTO risk_assessment (period, risk_area, adm1_pcode, rev, level, trend, rationale, "
                 "computed_level, computed_trend, computed_score, author, created_at) SELECT period, risk_area, "
                 "adm1_pcode, rev, level, trend, rationale, computed_level, computed_trend, computed_score, author, "
                 "created_at FROM risk_assessment WHERE adm1_pcode IS {}")
    with pytest.raises(IntegrityError, match="already exists"), workspace.engine.begin() as conn:
        conn.execute(text(duplicate.format("NULL")))
    with pytest.raises(IntegrityError, match="UNIQUE"), workspace.engine.begin() as conn:
        conn.execute(text(duplicate.format("NOT NULL")))
    # a second setting is a new revision, and the newest one is current
    service = AnalysisService(workspace)
    stored, override = service.set_level("2026-10", "cca.democratic_space", "very high", "deteriorating", "Worse.")
    assert stored.rev == 2
    current = next(a for a in service.assess("2026-10").top_level if a.signal.risk_area == "cca.democratic_space")
    assert current.officer is not None and current.officer.rev == 2 and current.level == "risk.very_high"
    # one verified record of severity 4: +1 volume, +1 highest severity, +1 mean, +1 verified = medium
    assert override and (stored.computed_level, stored.computed_trend, stored.computed_score) == (
        "risk.medium", "trend.stable", 4)
