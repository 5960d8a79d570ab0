"""Key bundles signed by HQ's offline root key (Ed25519), as officers check and install them.

A root-signed bundle (`fieldcase-key-bundle/2`) travels in enrolment files and in every HQ reply:

    {"body": {"format", "hq_id", "version" (serial, only ever grows), "keyset_version",
              "recipients" (active HQ age recipients), "retired" (HQ recipients no longer to be used),
              "revocations" ([{"workspace_id", "from_sequence", "cert_sha256", "revoked_at"}]),
              "issued_at", "expires_at", "root_public" (base64 raw Ed25519 key)},
     "alg": "ed25519", "signature": base64 over the canonical body}

The officer pins the root's public key once (at enrolment, or — for a workspace enrolled before HQ
had a root — from the first root-signed bundle that arrives inside a reply signed by HQ's certificate,
which the pinned CA issued: trust on first use, anchored in the CA; the fingerprint is shown by
`fieldcase sync status` and audit-logged for comparison by another channel). After that only bundles
signed by that root are installed, with a higher version than the installed one (no rollback) and not
past their expiry; a CA-signed (version 1) bundle is then refused too, so a stolen CA key alone cannot
redirect officers' packages.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..store import keyvalue
from ..store.database import UnitOfWork as Connection
from .formats import PackageRefused, canonical_json

ROOT_BUNDLE_FORMAT = "fieldcase-key-bundle/2"
ALG = "ed25519"
META_ROOT = "sync.root_public"  # base64 raw Ed25519 public key of HQ's root, once pinned
META_BUNDLE = "sync.root_bundle"  # the installed root-signed bundle body (canonical JSON)


def root_fingerprint(public_b64: str) -> str:
    """SHA-256 of the raw public key, as colon-separated hex groups (what HQ reads out to officers)."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest().upper()
    return ":".join(digest[i:i + 4] for i in range(0, 32, 4))


def is_root_signed(signed: Any) -> bool:
    return isinstance(signed, dict) and isinstance(signed.get("body"), dict) and \
        signed["body"].get("format") == ROOT_BUNDLE_FORMAT


def _parse_time(value: Any) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise PackageRefused("malformed", "The HQ key bundle has no valid expiry date.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def verify(signed: dict[str, Any], *, hq_id: str, pinned_root: str | None, installed_version: int,
           installed_body: bytes | None = None, now: dt.datetime | None = None) -> dict[str, Any]:
    """The bundle's body once it is signed by the pinned root (or, with none pinned, by the root it
    names), for this HQ, newer than (or identical to) the installed one and not expired. Raises
    PackageRefused with reason forged | rollback | expired | malformed."""
    body = signed.get("body")
    if not isinstance(body, dict) or body.get("format") != ROOT_BUNDLE_FORMAT or body.get("hq_id") != hq_id:
        raise PackageRefused("malformed", "The HQ key bundle is malformed or for another HQ.")
    root = str(body.get("root_public", ""))
    if pinned_root is not None and root != pinned_root:
        raise PackageRefused("forged", "The HQ key bundle is signed by another root key than the one this "
                             "workspace trusts: refused.")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(root, validate=True))
        key.verify(base64.b64decode(str(signed.get("signature", "")), validate=True), canonical_json(body))
    except (InvalidSignature, ValueError):
        raise PackageRefused("forged", "The HQ key bundle's root signature does not verify (forged or "
                             "altered): refused.") from None
    if signed.get("alg") != ALG:
        raise PackageRefused("malformed", "The HQ key bundle's signature is not in a format Fieldcase knows.")
    version = body.get("version")
    if not isinstance(version, int) or version < 1:
        raise PackageRefused("malformed", "The HQ key bundle has no valid version.")
    if version < installed_version:
        raise PackageRefused("rollback", "The HQ key bundle is older than the one installed here (a rollback): "
                             "refused.")
    if version == installed_version and installed_body is not None and canonical_json(body) != installed_body:
        raise PackageRefused("rollback", "The HQ key bundle reuses the version of the installed one with other "
                             "content: refused.")
    same_as_installed = installed_body is not None and canonical_json(body) == installed_body
    # the installed bundle coming again (every reply carries it) is no news, even past its expiry: refusing
    # it would block the replies' acknowledgements; only a bundle that would change something must be current
    if not same_as_installed and _parse_time(body.get("expires_at")) <= (now or dt.datetime.now(dt.UTC)):
        raise PackageRefused("expired", "The HQ key bundle has expired: refused (HQ must sign a new one).")
    recipients = body.get("recipients")
    retired = body.get("retired", [])
    if not isinstance(recipients, list) or not recipients or not all(
            isinstance(r, str) and r.startswith("age1") for r in recipients) or not isinstance(retired, list):
        raise PackageRefused("malformed", "The HQ key bundle lists no recipients.")
    if set(recipients) & set(retired):
        raise PackageRefused("malformed", "The HQ key bundle lists a recipient as both active and retired.")
    if not isinstance(body.get("revocations", []), list):
        raise PackageRefused("malformed", "The HQ key bundle's revocation list is malformed.")
    return body


@dataclass(frozen=True)
class Installed:
    body: dict[str, Any]
    newly_pinned: bool  # the root was pinned by this bundle (trust on first use)
    changed: bool  # a newer bundle than the installed one


def install(conn: Connection, signed: dict[str, Any], *, hq_id: str,
            now: dt.datetime | None = None, write: bool = True) -> Installed:
    """Check `signed` against the workspace's pinned root and installed bundle, and record it (pinning the
    root the first time). The caller updates HQ's recipients from the body when `changed`."""
    pinned = keyvalue.meta(conn, META_ROOT)
    current = keyvalue.meta(conn, META_BUNDLE)
    current_version = int(json.loads(current)["version"]) if current else 0
    body = verify(signed, hq_id=hq_id, pinned_root=pinned, installed_version=current_version,
                  installed_body=current.encode() if current else None, now=now)
    changed = int(body["version"]) > current_version
    if write and (changed or pinned is None):
        keyvalue.set_meta(conn, {META_ROOT: str(body["root_public"]),
                                 META_BUNDLE: canonical_json(body).decode()})
    return Installed(body, pinned is None, changed)


def pinned_root(conn: Connection) -> str | None:
    return keyvalue.meta(conn, META_ROOT)


def installed(conn: Connection) -> dict[str, Any] | None:
    current = keyvalue.meta(conn, META_BUNDLE)
    return json.loads(current) if current else None


@dataclass(frozen=True)
class Applied:
    recipients: list[str] | None  # HQ's recipients to use from now on; None: keep the current ones
    keyset_version: int
    root_signed: bool
    newly_pinned_root: str | None  # the root fingerprint pinned by this bundle (trust on first use)


def apply(conn: Connection, signed: Any, *, hq_id: str, ca_pem: bytes, keyset_version: int,
          now: dt.datetime | None = None, write: bool = True) -> Applied:
    """Check an HQ key bundle from an enrolment file or a reply (already inside a message the pinned CA
    vouches for) and say what changes. Root-signed bundles go through `install`; a CA-signed bundle
    (release 0.1) is accepted only while no root is pinned, with its version above `keyset_version`.
    With `write` False, only checks (nothing is recorded)."""
    if is_root_signed(signed):
        result = install(conn, signed, hq_id=hq_id, now=now, write=write)
        body = result.body
        pinned = root_fingerprint(str(body["root_public"])) if result.newly_pinned else None
        if result.changed or result.newly_pinned:
            return Applied(list(body["recipients"]), int(body.get("keyset_version", 0)), True, pinned)
        return Applied(None, keyset_version, True, None)
    if pinned_root(conn) is not None:
        raise PackageRefused("forged", "This key bundle is not signed by HQ's root key, which this workspace "
                             "trusts since it first received one: refused.")
    from ..hq.keyset import open_bundle

    body = open_bundle(signed, ca_pem, hq_id)
    version = int(body["version"])
    if version > keyset_version:
        return Applied(list(body["recipients"]), version, False, None)
    return Applied(None, keyset_version, False, None)
