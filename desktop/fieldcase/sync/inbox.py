"""The officer's side of HQ's replies (`fieldcase sync pull`).

A reply is verified against the HQ signing certificate from the enrolment (issued by the pinned
CA), must follow the previous reply in sequence, and then, in one transaction:
* acknowledges this officer's packages up to a sequence, provided the manifest hash HQ names is
  the one this workspace built (so the items in them show as received);
* installs a newer key bundle (HQ recipients) when its version is higher (no rollback);
* merges HQ's revisions of this officer's records (feedback, corrections), stores the identity links HQ
  decided between this officer's records (or undid), and stores documents (framework releases, feedback on
  action points).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..errors import Cancelled
from ..store import audit, syncstore
from ..store.database import UnitOfWork as Connection
from ..workspace import Workspace, utc_now
from . import bundles, package
from .formats import PackageRefused, load_json_object
from .receive import Outcome, Receiver, apply_links, merge_revisions, receive
from .transports import Target

META_HQ = "sync.hq_id"
META_CA = "sync.ca_cert"
SECRET_SYNC_IDENTITY = "sync-age-identity"
STAGING_DIR = "staging"


def _apply_reply(ws: Workspace) -> Callable[[Connection, Any, package.VerifiedPackage, Receiver, Outcome], None]:
    def apply(conn: Connection, peer: Any, verified: package.VerifiedPackage, _receiver: Receiver,
              outcome: Outcome) -> None:
        now = utc_now()
        manifest = verified.manifest
        if verified.attachments:
            raise PackageRefused("malformed", "HQ replies do not carry attachments.")
        ack = manifest.get("acknowledge") or {}
        through = int(ack.get("through_sequence") or 0)
        acked = 0
        if through:
            own = {r.sequence: r for r in syncstore.outbox(conn, peer.peer_id)}
            row = own.get(through)
            if row is None or row.manifest_sha256 != ack.get("manifest_sha256"):
                raise PackageRefused("chain", "HQ acknowledges a package this workspace did not send.")
            for r in own.values():
                if r.sequence <= through and r.acknowledged_at is None:
                    acked += syncstore.acknowledge(conn, r.package_id, r.manifest_sha256, now)
        bundle = manifest.get("key_bundle")
        if bundle:
            applied = bundles.apply(conn, bundle, hq_id=peer.peer_id, ca_pem=str(ws.meta(META_CA)).encode("ascii"),
                                    keyset_version=peer.keyset_version)
            if applied.recipients is not None:
                syncstore.set_peer(conn, peer.peer_id, recipients=json.dumps(applied.recipients),
                                   keyset_version=applied.keyset_version)
            if applied.newly_pinned_root:
                audit.append(conn, [audit.AuditEvent("sync.root-pinned", "hq", peer.peer_id, None, {
                    "root_sha256": applied.newly_pinned_root})], actor=ws.officer, at=now)
        for _key, line in verified.items.get("document", []):
            doc = load_json_object(line, "document")
            syncstore.add_document(conn, {"doc_id": str(doc["doc_id"]), "origin": peer.peer_id, "peer_id": None,
                                          "kind": str(doc["kind"]), "name": str(doc["name"]),
                                          "body": str(doc["body"]), "created_at": str(doc["created_at"])})
        result = merge_revisions(conn, verified, sender=peer.peer_id, own_id=ws.keyfile.workspace_id,
                                 actor=ws.officer, now=now)
        links, link_duplicates, link_conflicts = apply_links(conn, verified, sender=peer.peer_id, actor=ws.officer,
                                                             now=now)
        outcome.added, outcome.duplicates = result.added + links, result.duplicates + link_duplicates
        outcome.conflicts = result.conflicts + link_conflicts
        audit.append(conn, [audit.AuditEvent("sync.pull", "package", outcome.package_id, outcome.sequence, {
            "acknowledged_packages": acked, "revisions": result.added,
            "documents": len(verified.items.get("document", [])),
            **({"identity_links": links} if links else {})})], actor=ws.officer, at=now)
    return apply


def pull(ws: Workspace, target: Target, hq_id: str, identity: Any, *,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> list[Outcome]:
    """Apply HQ's new replies in sequence order, each in its own transaction. `cancelled` is checked
    between replies only: what was applied stays applied, the rest waits for the next pull."""
    with ws.db.reading() as conn:
        done = syncstore.received_files(conn)
    mine = []
    for name in target.list():
        parsed = package.parse_file_name(name)
        if parsed and parsed["kind"] == "reply" and parsed["owner"] == ws.keyfile.workspace_id and name not in done:
            mine.append((parsed["sequence"], name))
    outcomes = []
    for n, (_seq, name) in enumerate(sorted(mine)):
        if progress:
            progress(n, len(mine))
        if cancelled and cancelled():
            raise Cancelled("Pull stopped; the replies already applied stay applied, pull again for the rest.")
        with target.fetch(name, ws.path / STAGING_DIR) as path:
            outcomes.append(receive(
                ws, path, [identity], kind="reply", expected_to=ws.keyfile.workspace_id,
                find_peer=lambda conn, sender: _find_hq(conn, sender, hq_id), who=lambda _p: "HQ",
                apply=_apply_reply(ws)))
    return outcomes


def _find_hq(conn: Connection, sender: str, hq_id: str) -> Any:
    if sender != hq_id:
        return None
    return syncstore.peer(conn, hq_id)
