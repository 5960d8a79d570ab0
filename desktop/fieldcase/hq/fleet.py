"""HQ's fleet keys: the offline root's public key, the root-signed key bundle, device revocations.

Kept in the HQ store's metadata (all public, nothing secret):

    hq.root-public     base64 Ed25519 public key of the offline root (set once by `hq root init`)
    hq.root-bundle     the signed bundle replies and enrolment files carry (JSON)
    hq.bundle-version  the last bundle serial signed (bundles only ever grow in version)
    hq.revocations     [{"workspace_id", "from_sequence", "cert_sha256", "revoked_at"}]

A revocation takes effect at HQ at once (the importer refuses the device's packages from that sequence
on, whatever the bundle says); the next bundle HQ signs carries it to officers.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..errors import FieldcaseError
from ..store import audit, keyvalue, syncstore
from ..sync.bundles import root_fingerprint
from ..sync.formats import PackageRefused
from ..workspace import utc_now
from . import root
from .store import META_ROOT_BUNDLE, HqStore

META_ROOT = "hq.root-public"
META_BUNDLE = META_ROOT_BUNDLE
META_VERSION = "hq.bundle-version"
META_REVOCATIONS = "hq.revocations"
DEFAULT_VALID_DAYS = 90


def root_public(hq: HqStore) -> str | None:
    return hq.ws.meta(META_ROOT)


def register_root(hq: HqStore, public_b64: str) -> str:
    """Record the root's public key (once); its fingerprint."""
    with hq.ws.db.writing() as conn:
        if keyvalue.meta(conn, META_ROOT) is not None:
            raise FieldcaseError("This HQ directory already has a root key; officers pin it and would refuse "
                                 "bundles from another one.")
        keyvalue.set_meta(conn, {META_ROOT: public_b64})
        audit.append(conn, [audit.AuditEvent("hq.root-init", "hq", hq.hq_id, None,
                                             {"root_sha256": root_fingerprint(public_b64)})],
                     actor=hq.name, at=utc_now())
    return root_fingerprint(public_b64)


def signed_bundle(hq: HqStore) -> dict[str, Any] | None:
    data = hq.ws.meta(META_BUNDLE)
    return json.loads(data) if data else None


def revocations(hq: HqStore) -> list[dict[str, Any]]:
    data = hq.ws.meta(META_REVOCATIONS)
    return list(json.loads(data)) if data else []


def revoked_from(hq: HqStore) -> dict[str, int]:
    """workspace id -> the first package sequence refused."""
    return {str(r["workspace_id"]): int(r["from_sequence"]) for r in revocations(hq)}


def revoke(hq: HqStore, workspace_id: str, from_sequence: int | None = None) -> dict[str, Any]:
    """Refuse the device's packages from `from_sequence` on (default: every package not yet received)."""
    with hq.ws.db.writing() as conn:
        peer = syncstore.peer(conn, workspace_id)
        if peer is None or peer.role != "officer":
            raise FieldcaseError("No officer with workspace id {id} is enrolled here.", id=workspace_id)
        data = keyvalue.meta(conn, META_REVOCATIONS)
        listed = list(json.loads(data)) if data else []
        if any(r["workspace_id"] == workspace_id for r in listed):
            raise FieldcaseError("This device is already revoked.")
        start = peer.in_sequence + 1 if from_sequence is None else from_sequence
        if start < 1:
            raise FieldcaseError("The revocation sequence must be 1 or more.")
        entry = {"workspace_id": workspace_id, "from_sequence": start, "cert_sha256": peer.cert_sha256,
                 "revoked_at": utc_now()}
        keyvalue.set_meta(conn, {META_REVOCATIONS: json.dumps([*listed, entry], sort_keys=True)})
        audit.append(conn, [audit.AuditEvent("hq.revoke", "officer", workspace_id, None, {
            "from_sequence": start, "already_received": peer.in_sequence,
            "certificate_sha256": peer.cert_sha256})], actor=hq.name, at=utc_now())
    return {**entry, "already_received": peer.in_sequence}


def check_admitted(revoked: dict[str, int], sender: str, sequence: object) -> None:
    """Refuse a package from a revoked device at or beyond its revocation sequence."""
    start = revoked.get(sender)
    if start is not None and (not isinstance(sequence, int) or sequence >= start):
        raise PackageRefused("revoked", "The package comes from a device HQ revoked, from a sequence at or "
                             "after its revocation point: refused.")


def sign_bundle(hq: HqStore, key: Ed25519PrivateKey, *, valid_days: int = DEFAULT_VALID_DAYS,
                now: dt.datetime | None = None) -> dict[str, Any]:
    """Sign the current keyset and revocations as the next bundle version, and keep it for replies."""
    public = root_public(hq)
    if public is None:
        raise FieldcaseError("This HQ directory has no root key yet: fieldcase hq root init --dir HQDIR --out FILE")
    moment = now or dt.datetime.now(dt.UTC)
    with hq.ws.db.reading() as conn:
        version = int(keyvalue.meta(conn, META_VERSION) or 0) + 1
    body = root.bundle_body(hq.keyset(), hq_id=hq.hq_id, version=version, revocations=revocations(hq),
                            root_public=public, issued_at=moment, valid_days=valid_days)
    signed = root.sign(body, key)
    with hq.ws.db.writing() as conn:
        keyvalue.set_meta(conn, {META_BUNDLE: root.dumps(signed), META_VERSION: str(version)})
        audit.append(conn, [audit.AuditEvent("hq.bundle-sign", "hq", hq.hq_id, None, {
            "version": version, "keyset_version": body["keyset_version"], "recipients": body["recipients"],
            "revoked": [r["workspace_id"] for r in body["revocations"]], "expires_at": body["expires_at"]})],
            actor=hq.name, at=utc_now())
    return signed
