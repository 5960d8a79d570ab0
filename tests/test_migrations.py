"""Migrations: the newest script matches the ORM models, the fast-path constant matches the scripts, and
every step runs down and up again with data in the store."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from fieldcase.domain.records import CaseRecord, Location, PartialDate, Tag
from fieldcase.services.records import CaseService
from fieldcase.store import migrate
from fieldcase.store.models import Base
from fieldcase.workspace import Workspace


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION


def test_models_match_the_migrated_schema(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_step_goes_down_and_up_with_data(workspace: Workspace) -> None:
    service = CaseService(workspace)
    stored = service.save(CaseRecord(kind="incident", title="Migrated record", date=PartialDate("2026-03-09"),
                                     location=Location("XTV", adm1_pcode="XT01"),
                                     risk_tags=(Tag("cca.internal_security", "checkpoint"),)))
    scripts = ScriptDirectory.from_config(migrate._config(None))
    revisions = [r.revision for r in scripts.walk_revisions()]  # newest first
    for rev in revisions:
        down_to = scripts.get_revision(rev).down_revision or "base"
        if down_to == "base":
            continue  # going below the first step would drop the case data itself
        migrate.downgrade(workspace.engine, down_to)
        migrate.upgrade(workspace.engine)
    with workspace.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    again = service.get(stored.id or "")
    assert again.title == "Migrated record" and again.risk_tags[0].category == "cca.internal_security"
    assert service.verify_audit_chain() >= 2
