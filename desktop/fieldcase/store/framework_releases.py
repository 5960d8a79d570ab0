"""Framework releases installed into the workspace (an HQ update), kept inside the encrypted store."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from . import audit
from .models import FrameworkRelease

FR = FrameworkRelease.__table__


@dataclass(frozen=True)
class InstalledRelease:
    framework_id: str
    release: int
    version: str
    sha256: str
    document: str  # the file's text, exactly as validated at install
    source_name: str
    installed_at: str
    installed_by: str


def installed(conn: Connection) -> list[InstalledRelease]:
    """Every installed release, oldest release of each framework first."""
    rows = conn.execute(select(FR).order_by(FR.c.framework_id, FR.c.release))
    return [InstalledRelease(r.framework_id, r.release, r.version, r.sha256, r.document, r.source_name,
                             r.installed_at, r.installed_by) for r in rows]


def add(conn: Connection, item: InstalledRelease) -> None:
    conn.execute(insert(FR), [{
        "framework_id": item.framework_id, "release": item.release, "version": item.version, "sha256": item.sha256,
        "document": item.document, "source_name": item.source_name, "installed_at": item.installed_at,
        "installed_by": item.installed_by}])
    audit.append(conn, [audit.AuditEvent("framework.install", "framework", item.framework_id, item.release,
                                         {"version": item.version, "sha256": item.sha256,
                                          "file": item.source_name})],
                 actor=item.installed_by, at=item.installed_at)
