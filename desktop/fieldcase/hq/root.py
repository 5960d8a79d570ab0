"""HQ's offline root key (Ed25519) and the key bundles it signs.

The root private key never enters the HQ directory: `fieldcase hq root init` writes it to a file of
its own: a PKCS#8 PEM key encrypted with a root passphrase as a standard armored age file (scrypt), so
`age -d FILE` opens it too, for HQ to keep apart (offline, a safe). The HQ directory keeps only the public key,
the signed bundle to hand out, the bundle serial and the revocations.

A bundle names the active recipients, the retired ones (officers must stop encrypting to them) and the
revoked devices with the sequence from which their packages are refused; it carries a version that
only grows and an expiry (see sync/bundles.py for the officer's checks).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..errors import FieldcaseError
from ..sync.bundles import ALG, ROOT_BUNDLE_FORMAT
from ..sync.formats import canonical_json
from .keyset import Keyset

MIN_PASSPHRASE = 12


def new_root_file(path: Path, passphrase: str) -> str:
    """Write a new root private key to `path` (must not exist); its public key, base64."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise FieldcaseError("The root key passphrase must be at least {n} characters.", n=MIN_PASSPHRASE)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    sealed = pyrage.passphrase.encrypt(pem, passphrase, armored=True)
    try:
        with open(path, "xb") as out:
            out.write(sealed)
    except FileExistsError:
        raise FieldcaseError("{path} already exists; choose a new file for the root key.", path=str(path)) from None
    path.chmod(0o600)
    return public_b64(key)


def public_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_root(path: Path, passphrase: str) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError:
        raise FieldcaseError("The root key file {path} cannot be read.", path=str(path)) from None
    try:
        key = serialization.load_pem_private_key(pyrage.passphrase.decrypt(data, passphrase), password=None)
    except Exception:
        raise FieldcaseError("The root key file could not be opened: wrong root passphrase, or not a "
                             "Fieldcase root key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise FieldcaseError("The root key file does not hold an Ed25519 root key.")
    return key


def bundle_body(keyset: Keyset, *, hq_id: str, version: int, revocations: list[dict[str, Any]],
                root_public: str, issued_at: dt.datetime, valid_days: int) -> dict[str, Any]:
    if not 1 <= valid_days <= 3650:
        raise FieldcaseError("The bundle's validity must be 1 to 3650 days.")
    active = keyset.recipients()
    retired = [k.recipient for k in keyset.keys if k.retired and k.recipient not in active]
    return {"format": ROOT_BUNDLE_FORMAT, "hq_id": hq_id, "version": version, "keyset_version": keyset.version,
            "recipients": active, "retired": retired, "revocations": revocations,
            "issued_at": _iso(issued_at), "expires_at": _iso(issued_at + dt.timedelta(days=valid_days)),
            "root_public": root_public}


def sign(body: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    if body.get("root_public") != public_b64(key):
        raise FieldcaseError("This root key is not the one registered in the HQ directory.")
    signature = key.sign(canonical_json(body))
    return {"body": body, "alg": ALG, "signature": base64.b64encode(signature).decode("ascii")}


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(signed: dict[str, Any]) -> str:
    return json.dumps(signed, sort_keys=True)
