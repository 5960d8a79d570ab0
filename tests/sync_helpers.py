"""Shared set-up for the sync tests: an HQ, enrolled officers, records, and a digest of a store."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from fieldcase.domain.records import CaseRecord, Location, PartialDate
from fieldcase.hq import enrolment as hq_enrolment
from fieldcase.hq.store import HqStore
from fieldcase.services.records import CaseService
from fieldcase.services.sync import SyncService
from fieldcase.workspace import Workspace

PASSPHRASE = "correct horse battery staple"


@dataclass
class Officer:
    ws: Workspace
    sync: SyncService
    cases: CaseService

    @property
    def id(self) -> str:
        return self.ws.keyfile.workspace_id


# Set by the `hq_backend` fixture (conftest.py): a new empty PostgreSQL database per HQ, or None for SQLCipher.
NEW_HQ_DATABASE: Callable[[], str] | None = None


def make_hq(path: Path, name: str = "HQ Test") -> HqStore:
    return HqStore.create(path, PASSPHRASE, name, NEW_HQ_DATABASE() if NEW_HQ_DATABASE else None)


def hq_init_args() -> list[str]:
    """`hq init` arguments for the current backend (the CLI tests)."""
    return ["--database", NEW_HQ_DATABASE()] if NEW_HQ_DATABASE else []


def make_officer(path: Path, hq: HqStore | None, name: str = "Officer A", region: str = "XT01") -> Officer:
    ws, _recovery = Workspace.create(path, PASSPHRASE, name)
    officer = Officer(ws, SyncService(ws), CaseService(ws))
    if hq is not None:
        data, _info = hq_enrolment.enrol(hq, officer.sync.enrolment_request(), name, region)
        officer.sync.enrol(data)
    return officer


def incidents(n: int, prefix: str = "Incident", region: str = "XT01") -> list[CaseRecord]:
    return [CaseRecord(kind="incident", title=f"{prefix} {i}", date=PartialDate(f"2026-{1 + i % 12:02d}"),
                       location=Location("XTV", adm1_pcode=region, adm1_name="Region"), severity=1 + i % 5,
                       narrative=f"Narrative of {prefix.lower()} {i}.")
            for i in range(n)]


def random_file(path: Path, size: int) -> Path:
    with open(path, "wb") as out:
        left = size
        while left:
            block = os.urandom(min(left, 1 << 20))
            out.write(block)
            left -= len(block)
    return path


TABLES = ("case_revision", "case_head", "person_revision", "source_revision", "case_attachment", "attachment",
          "audit_log", "sync_revision_origin", "sync_received", "sync_remote_audit", "sync_peer", "sync_outbox")


def store_digest(ws: Workspace, *, with_vault: bool = True) -> dict[str, object]:
    """Row counts, the audit chain length and a hash over the revisions and their origins."""
    out: dict[str, object] = {}
    with ws.engine.connect() as conn:
        for table in TABLES:
            out[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
        digest = hashlib.sha256()
        for row in conn.execute(text(
                "SELECT r.record_id, r.rev, r.author, r.created_at, r.content_hash, o.origin, o.origin_rev, "
                "o.item_sha256 FROM case_revision r LEFT JOIN sync_revision_origin o ON o.revision_id = r.id "
                "ORDER BY r.record_id, r.rev")):
            digest.update(repr(tuple(row)).encode())
        for row in conn.execute(text("SELECT record_id, revision_id FROM case_head ORDER BY record_id")):
            digest.update(repr(tuple(row)).encode())
        out["revisions_sha256"] = digest.hexdigest()
    out["audit_chain"] = CaseService(ws).verify_audit_chain()
    if with_vault:
        out["vault_files"] = sorted(p.name for p in ws.attachments_dir().rglob("*") if p.is_file())
    return out
