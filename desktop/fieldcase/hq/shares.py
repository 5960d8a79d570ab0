"""Split recovery of HQ's identity: k-of-n SLIP-39 mnemonic shares (Trezor's `shamir-mnemonic`).

HQ's identity is more than a SLIP-39 master secret can hold (every age identity of the keyset, retired
ones included, the CA key and certificate, HQ's reply-signing key and certificate, the root's public
key), so it is sealed in an *escrow file* — standard age, passphrase (scrypt) mode — whose passphrase
is a fresh random 256-bit key; only that key is split into shares:

    escrow file   age -p ciphertext of {"format": "fieldcase-hq-escrow/1", ...}   (kept anywhere: it is useless alone)
    share i       33 SLIP-39 words, one per custodian; any `threshold` of them give the key back

Nothing here does secret sharing or encryption by itself: SLIP-39 splitting and combining (with its
checksums and digest) is `shamir_mnemonic`'s, the escrow file is age's.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import shamir_mnemonic

from ..errors import FieldcaseError
from ..store import audit, keyvalue
from ..sync.formats import canonical_json
from ..workspace import utc_now
from .store import META_CA_CERT, META_ROLE, SECRET_CA_KEY, SECRET_KEYSET, HqStore

ESCROW_FORMAT = "fieldcase-hq-escrow/1"
MAX_SHARES = 16  # SLIP-39's limit per group


class RecoveryRefused(FieldcaseError):
    code = "recovery-refused"
    exit_status = 14


@dataclass(frozen=True)
class Split:
    escrow: bytes  # the age file
    mnemonics: list[str]
    threshold: int


def _material(hq: HqStore) -> dict[str, Any]:
    from .fleet import META_ROOT

    signer = hq.signer()
    ca = hq.ca()
    return {"format": ESCROW_FORMAT, "hq_id": hq.hq_id, "hq_name": hq.name, "keyset": hq.keyset().to_bytes().decode(),
            "ca_key": base64.b64encode(ca.key_der).decode("ascii"), "ca_cert": ca.cert_pem.decode("ascii"),
            "signing_key": base64.b64encode(signer.key_der).decode("ascii"),
            "signing_cert": signer.cert_pem.decode("ascii"),
            "signing_chain": [c.decode("ascii") for c in signer.chain_pem],
            "root_public": hq.ws.meta(META_ROOT), "made_at": utc_now()}


def split(hq: HqStore, *, shares: int, threshold: int) -> Split:
    if not 2 <= threshold <= shares <= MAX_SHARES:
        raise FieldcaseError("The threshold must be at least 2 and at most the number of shares (at most {max}).",
                             max=MAX_SHARES)
    key = secrets.token_bytes(32)
    escrow = pyrage.passphrase.encrypt(canonical_json(_material(hq)), key.hex())
    (group,) = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], key)
    with hq.ws.db.writing() as conn:
        audit.append(conn, [audit.AuditEvent("hq.identity-split", "hq", hq.hq_id, None,
                                             {"shares": shares, "threshold": threshold})],
                     actor=hq.name, at=utc_now())
    return Split(bytes(escrow), list(group), threshold)


def recover(escrow: bytes, mnemonics: list[str]) -> dict[str, Any]:
    """HQ's key material from the escrow file and enough shares; RecoveryRefused otherwise."""
    words = [" ".join(m.lower().split()) for m in mnemonics if m.strip()]
    try:
        parsed = [shamir_mnemonic.Share.from_mnemonic(w) for w in words]
    except shamir_mnemonic.MnemonicError:
        raise RecoveryRefused("A share is mistyped or damaged (its checksum does not match): nothing was "
                              "recovered.") from None
    if not parsed:
        raise RecoveryRefused("No shares were given: nothing was recovered.")
    distinct = {(p.identifier, p.group_index, p.index) for p in parsed}
    if len(distinct) < parsed[0].member_threshold:
        raise RecoveryRefused("Not enough shares: {need} different shares are needed, {have} were given "
                              "(nothing was recovered).", need=parsed[0].member_threshold, have=len(distinct))
    try:
        key = shamir_mnemonic.combine_mnemonics(words)
    except shamir_mnemonic.MnemonicError:
        raise RecoveryRefused("The shares do not belong to one split (or one is given twice): nothing was "
                              "recovered.") from None
    try:
        plain = pyrage.passphrase.decrypt(escrow, key.hex())
        material = json.loads(plain)
    except Exception:
        raise RecoveryRefused("The shares do not open this escrow file (another split, or the file was "
                              "changed): nothing was recovered.") from None
    if not isinstance(material, dict) or material.get("format") != ESCROW_FORMAT:
        raise RecoveryRefused("The escrow file is not a Fieldcase HQ escrow file.")
    return material


def identity_file(material: dict[str, Any]) -> bytes:
    """Every age identity of the recovered keyset, as an `age -i` file (it opens every package)."""
    from .keyset import Keyset

    keys = Keyset.from_bytes(str(material["keyset"]).encode())
    lines = [f"# Fieldcase HQ {material['hq_name']} ({material['hq_id']}), recovered age identities"]
    for k in keys.keys:
        lines += [f"# {k.id}{' (retired)' if k.retired else ''}: {k.recipient}", k.identity]
    return ("\n".join(lines) + "\n").encode()


def restore(material: dict[str, Any], path: Path, passphrase: str) -> str:
    """A new HQ directory holding the recovered keyset, CA and reply-signing identity (enrolled officers'
    pins still hold). Returns its HQ id, which is new: officers are enrolled again with a fresh
    enrolment file from it (same CA, so their CA pin holds)."""
    from ..workspace import SECRET_SIGNING_CERT, SECRET_SIGNING_CHAIN, SECRET_SIGNING_KEY, Workspace
    from .fleet import META_ROOT

    ws, _recovery = Workspace.create(path, passphrase, str(material["hq_name"]))
    meta = {META_ROLE: "hq", META_CA_CERT: str(material["ca_cert"])}
    if material.get("root_public"):
        meta[META_ROOT] = str(material["root_public"])
    with ws.db.writing() as conn:
        keyvalue.set_meta(conn, meta)
        keyvalue.put_secrets(conn, {
            SECRET_KEYSET: str(material["keyset"]).encode(), SECRET_CA_KEY: base64.b64decode(material["ca_key"]),
            SECRET_SIGNING_KEY: base64.b64decode(material["signing_key"]),
            SECRET_SIGNING_CERT: str(material["signing_cert"]).encode("ascii"),
            SECRET_SIGNING_CHAIN: "".join(material.get("signing_chain", [])).encode("ascii")})
        audit.append(conn, [audit.AuditEvent("hq.identity-recover", "hq", ws.keyfile.workspace_id, None,
                                             {"recovered_from": material["hq_id"]})], actor=ws.officer, at=utc_now())
    new_id = ws.keyfile.workspace_id
    ws.lock()
    return new_id
