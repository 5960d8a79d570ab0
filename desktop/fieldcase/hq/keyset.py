"""HQ's keys: age X25519 identities (several recipients, versioned, rotatable) and the CA.

The keyset lives in the HQ store's encrypted `secret` table as JSON:

    {"format": "fieldcase-hq-keyset/1", "version": 3,
     "keys": [{"id", "identity" (AGE-SECRET-KEY-1...), "recipient", "created_at", "retired"}],
     "external": [{"recipient", "label", "added_at"}]}

`keys` are identities HQ holds (the importer decrypts with all of them, retired ones included, so old
packages stay readable); `external` are recipients whose identities live elsewhere (e.g. an analyst's
own `age-keygen` key file). Officers receive the active recipients as a *key bundle* signed by the CA,
carrying the version; they accept only a newer version, so rotation cannot be rolled back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

import pyrage

from ..sync import signing
from ..sync.formats import KEYSET_FORMAT, PackageRefused, canonical_json

BUNDLE_FORMAT = "fieldcase-key-bundle/1"


@dataclass(frozen=True)
class AgeKey:
    id: str
    identity: str
    recipient: str
    created_at: str
    retired: bool = False


@dataclass(frozen=True)
class Keyset:
    version: int
    keys: tuple[AgeKey, ...]
    external: tuple[dict[str, str], ...] = field(default_factory=tuple)

    def recipients(self) -> list[str]:
        return [k.recipient for k in self.keys if not k.retired] + [e["recipient"] for e in self.external]

    def identities(self) -> list[Any]:
        return [pyrage.x25519.Identity.from_str(k.identity) for k in self.keys]

    def to_bytes(self) -> bytes:
        return canonical_json({"format": KEYSET_FORMAT, "version": self.version,
                               "keys": [k.__dict__ for k in self.keys], "external": list(self.external)})

    @staticmethod
    def from_bytes(data: bytes) -> Keyset:
        body = json.loads(data)
        if body.get("format") != KEYSET_FORMAT:
            raise PackageRefused("unknown-version", "The HQ keyset is of a format this Fieldcase does not know.")
        return Keyset(int(body["version"]), tuple(AgeKey(**k) for k in body["keys"]),
                      tuple(body.get("external", ())))


def new_key(created_at: str) -> AgeKey:
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    return AgeKey(recipient[4:12], str(identity), recipient, created_at)


def new_keyset(created_at: str) -> Keyset:
    return Keyset(1, (new_key(created_at),))


def rotate(keyset: Keyset, created_at: str) -> Keyset:
    """A new identity; the old ones are retired (kept for decrypting older packages)."""
    keys = (*(replace(k, retired=True) for k in keyset.keys), new_key(created_at))
    return Keyset(keyset.version + 1, keys, keyset.external)


def add_external(keyset: Keyset, recipient: str, label: str, added_at: str) -> Keyset:
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception:
        raise PackageRefused("malformed", "{recipient!r} is not an age X25519 recipient (age1...).",
                             recipient=recipient) from None
    if recipient in keyset.recipients():
        return keyset
    external = (*keyset.external, {"recipient": recipient, "label": label, "added_at": added_at})
    return Keyset(keyset.version + 1, keyset.keys, external)


# -- the bundle officers receive ------------------------------------------------------------------

def bundle(keyset: Keyset, hq_id: str, issued_at: str) -> dict[str, Any]:
    return {"format": BUNDLE_FORMAT, "hq_id": hq_id, "version": keyset.version,
            "recipients": keyset.recipients(), "issued_at": issued_at}


def sign_bundle(body: dict[str, Any], ca_key_der: bytes, ca_cert_pem: bytes) -> dict[str, Any]:
    return {"body": body, "signature": signing.sign(ca_key_der, ca_cert_pem, canonical_json(body)).decode()}


def open_bundle(signed: dict[str, Any], ca_cert_pem: bytes, hq_id: str) -> dict[str, Any]:
    body = signed.get("body")
    if not isinstance(body, dict) or body.get("format") != BUNDLE_FORMAT or body.get("hq_id") != hq_id:
        raise PackageRefused("malformed", "The HQ key bundle is malformed or for another HQ.")
    signing.verify(str(signed.get("signature", "")).encode(), canonical_json(body), ca_cert_pem,
                   who="HQ's certificate authority")
    recipients = body.get("recipients")
    if not isinstance(recipients, list) or not recipients or not all(
            isinstance(r, str) and r.startswith("age1") for r in recipients):
        raise PackageRefused("malformed", "The HQ key bundle lists no recipients.")
    return body
