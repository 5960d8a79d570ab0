"""HQ use cases (the `fieldcase hq ...` commands): create and open the HQ directory, enrol officers,
import their packages, list them, rotate or extend the age keyset, queue documents, regional briefing.

Drivers call these and print; the HQ directory's internals (hq/, store/) stay behind this module.
Every function that takes an `HqStore` expects it open (from `create`-then-`open` or `open_hq`);
the caller locks it (`with open_hq(...) as hq:`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..crypto.identity import fingerprint
from ..hq import keyset as ks
from ..hq.importer import ImportReport
from ..hq.store import HqStore
from ..hq.users import FIRST_USER
from ..store import syncstore
from ..workspace import Workspace, is_workspace, utc_now
from . import sync as sync_services

__all__ = ["HqCreated", "HqStore", "ImportReport", "KeysetInfo", "Officer", "add_target", "check_hq_dir",
           "create", "enrol_officer", "export_identity", "import_packages", "keyset_info", "officers", "open_hq",
           "queue_document", "regional_briefing", "update_keyset"]


@dataclass(frozen=True)
class HqCreated:
    ca_sha256: str  # the fingerprint officers compare by another channel
    recipients: list[str]  # age recipients of the new keyset


@dataclass(frozen=True)
class KeysetInfo:
    version: int
    recipients: list[str]


@dataclass(frozen=True)
class Officer:
    peer_id: str  # the officer's workspace id
    name: str
    region: str | None
    in_sequence: int  # the last package sequence number received
    cert_sha256: str


# -- opening --------------------------------------------------------------------------------------

def check_hq_dir(path: Path) -> None:
    """Raise the specific 'not a workspace' error for a folder that is not one (before asking a passphrase)."""
    if not is_workspace(path):
        Workspace.unlock(path, "")


def create(path: Path, passphrase: str, name: str = "HQ", database: str | None = None,
           user: str | None = None) -> HqCreated:
    """A new HQ directory: encrypted store, age keyset, certificate authority (left locked). With
    `database` (postgresql://...), the store is that PostgreSQL database, its sensitive columns sealed.
    The passphrase is the slot of `user` (default FIRST_USER), the first reviewer (services/hq_users.py)."""
    with HqStore.create(path, passphrase, name, database, user or FIRST_USER) as hq:
        return HqCreated(fingerprint(hq.ca().cert_pem), hq.keyset().recipients())


def open_hq(path: Path, passphrase: str, user: str | None = None) -> HqStore:
    """The whole HQ store, as `user` (default: the first reviewer); only the top clearance opens it."""
    check_hq_dir(path)
    return HqStore.open(path, passphrase, user)


# -- officers -------------------------------------------------------------------------------------

def enrol_officer(hq: HqStore, request: bytes, officer: str, region: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """Issue an officer's certificate: the enrolment file to hand back, and what was issued."""
    from ..hq.enrolment import enrol

    hq.require("manage")
    return enrol(hq, request, officer, region)


def officers(hq: HqStore) -> list[Officer]:
    """Enrolled officers, by name."""
    hq.require("read")
    with hq.ws.db.reading() as conn:
        return [Officer(p.peer_id, p.name, p.region, p.in_sequence, p.cert_sha256)
                for p in syncstore.peers(conn, "officer")]


def import_packages(hq: HqStore, source: str, *, recheck: bool = False,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Verify and merge officers' packages from a target name or folder, then write the replies.
    `progress(done, total)` counts packages; `cancelled()` is asked before each one (hq/importer.import_from):
    a stopped import keeps what it took whole, rebuilds the compartments, and leaves the replies to the next."""
    from ..hq import compartments
    from ..hq.importer import import_from

    hq.require("analyse")
    with hq.ws.db.attending("hq-import") as attendance:
        report = import_from(hq, sync_services.resolve_target(hq.ws, source), recheck=recheck, progress=progress,
                             cancelled=cancelled)
    if attendance.last:  # else another `hq import` still at work rebuilds them when it is done (no twice)
        compartments.rebuild(hq.ws)  # users below the top clearance see what came in, within their level
    return report


def add_target(hq: HqStore, name: str, location: str, username: str | None = None,
               password: str | None = None, *, profile: str | None = None) -> None:
    """A folder, WebDAV or S3 target for HQ (credentials kept in the encrypted store)."""
    hq.require("manage")
    sync_services.add_target(hq.ws, name, location, username, password, profile=profile)


def queue_document(hq: HqStore, name: str, body: str, kind: str, officer: str | None = None) -> str:
    """Queue a framework release or feedback document for one officer (workspace id) or all; its id."""
    hq.require("manage")
    doc_id = str(uuid.uuid4())
    with hq.ws.db.writing() as conn:
        syncstore.add_document(conn, {"doc_id": doc_id, "origin": hq.hq_id, "peer_id": officer, "kind": kind,
                                      "name": name, "body": body, "created_at": utc_now()})
    return doc_id


def regional_briefing(hq: HqStore, *, region: str, period: str, out: Path, annex_csv: Path | None = None) -> Path:
    """A regional grouping of countries defined in HQ's settings (services/hq_region.py), else one admin-1
    region over every officer's records."""
    from . import hq_region

    hq.require("analyse")
    if region in hq_region.groupings(hq):
        return hq_region.regional_review(hq, name=region, period=period, out=out, annex_csv=annex_csv)
    from ..hq.brief import regional_briefing as build

    return build(hq, region=region, period=period, out=out, annex_csv=annex_csv)


# -- the age keyset -------------------------------------------------------------------------------

def keyset_info(hq: HqStore) -> KeysetInfo:
    hq.require("read")
    keys = hq.keyset()
    return KeysetInfo(keys.version, keys.recipients())


def update_keyset(hq: HqStore, *, rotate: bool = False, add_recipient: str | None = None,
                  label: str = "") -> KeysetInfo:
    """Rotate (new identity; old ones kept for old packages) and/or add an analyst's age recipient;
    each change is saved and audit-logged. With neither, the keyset as it is."""
    if rotate or add_recipient:
        hq.require("manage")
    keys = hq.keyset()
    if rotate:
        keys = ks.rotate(keys, utc_now())
        hq.save_keyset(keys, "hq.rotate-keys")
    if add_recipient:
        keys = ks.add_external(keys, add_recipient, label, utc_now())
        hq.save_keyset(keys, "hq.add-recipient")
    return KeysetInfo(keys.version, keys.recipients())


def export_identity(hq: HqStore) -> bytes:
    """The current age identity as an `age -i` file (it decrypts every package: the caller warns)."""
    hq.require("manage")
    keys = hq.keyset()
    active = [k for k in keys.keys if not k.retired][-1]
    return (f"# Fieldcase HQ age identity {active.id}, keyset version {keys.version}\n"
            f"# public key: {active.recipient}\n{active.identity}\n").encode()
