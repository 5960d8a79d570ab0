"""HQ fleet use cases: the offline root key, root-signed key bundles, device revocation, and split
recovery of HQ's identity (SLIP-39). Drivers call these; hq/ holds the mechanics."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from ..hq import fleet, root, shares
from ..hq.store import HqStore
from ..sync.bundles import root_fingerprint

__all__ = ["BundleInfo", "Revocation", "bundle_warning", "current_bundle", "recover_identity", "revoke",
           "root_init", "sign_bundle", "split_identity"]


@dataclass(frozen=True)
class BundleInfo:
    version: int
    keyset_version: int
    expires_at: str
    recipients: list[str]
    retired: list[str]
    revoked: list[str]
    root_sha256: str


@dataclass(frozen=True)
class Revocation:
    workspace_id: str
    from_sequence: int
    already_received: int  # packages up to here were accepted before the revocation


def root_init(hq: HqStore, out: Path, root_passphrase: str) -> str:
    """Make the offline root key in `out` (for HQ to keep apart) and register its public key; its
    fingerprint (read it out to officers, who see it at enrolment)."""
    hq.require("manage")
    if fleet.root_public(hq) is not None:
        raise FieldcaseError("This HQ directory already has a root key; officers pin it and would refuse "
                             "bundles from another one.")
    public = root.new_root_file(out, root_passphrase)
    return fleet.register_root(hq, public)


def sign_bundle(hq: HqStore, root_file: Path, root_passphrase: str, *,
                valid_days: int = fleet.DEFAULT_VALID_DAYS) -> BundleInfo:
    """Sign HQ's current recipients and revocations with the root key as the next bundle version; every
    reply carries it from now on."""
    hq.require("manage")
    key = root.load_root(root_file, root_passphrase)
    body = fleet.sign_bundle(hq, key, valid_days=valid_days)["body"]
    return BundleInfo(int(body["version"]), int(body["keyset_version"]), str(body["expires_at"]),
                      list(body["recipients"]), list(body["retired"]),
                      [str(r["workspace_id"]) for r in body["revocations"]], root_fingerprint(str(body["root_public"])))


def current_bundle(hq: HqStore) -> dict[str, Any] | None:
    signed = fleet.signed_bundle(hq)
    return signed["body"] if signed else None


def bundle_warning(hq: HqStore, *, soon_days: int = 14) -> str | None:
    """What HQ should do about its root-signed bundle, if anything: officers refuse an expired one that
    would change their keys, and keep encrypting to retired keys until a new one is signed."""
    import datetime as dt

    if fleet.root_public(hq) is None:
        return None
    body = current_bundle(hq)
    if body is None:
        return "No key bundle is signed with the root key yet: fieldcase hq bundle sign --dir HQDIR --root FILE"
    if int(body["keyset_version"]) != hq.keyset().version or \
            [str(r["workspace_id"]) for r in body["revocations"]] != [r["workspace_id"] for r in fleet.revocations(hq)]:
        return ("The keyset or the revocations changed since the last signed bundle: sign a new one "
                "(fieldcase hq bundle sign) so officers learn of it.")
    expires = dt.datetime.fromisoformat(str(body["expires_at"]).replace("Z", "+00:00"))
    if expires - dt.datetime.now(dt.UTC) < dt.timedelta(days=soon_days):
        return "The signed key bundle expires on {date}: sign a new one (fieldcase hq bundle sign).".replace(
            "{date}", str(body["expires_at"]))
    return None


def revoke(hq: HqStore, workspace_id: str, from_sequence: int | None = None) -> Revocation:
    hq.require("manage")
    entry = fleet.revoke(hq, workspace_id, from_sequence)
    return Revocation(entry["workspace_id"], int(entry["from_sequence"]), int(entry["already_received"]))


def split_identity(hq: HqStore, out_dir: Path, *, shares_count: int, threshold: int) -> list[Path]:
    """The escrow file and one file per share (new files, 0600) in `out_dir`: hand each share to another
    custodian and delete it here."""
    hq.require("manage")
    made = shares.split(hq, shares=shares_count, threshold=threshold)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    files = [(out_dir / "hq-identity.escrow.age", made.escrow)]
    files += [(out_dir / f"hq-identity.share-{i}-of-{shares_count}.txt",
               (f"# Fieldcase HQ identity share {i} of {shares_count}; any {threshold} recover it.\n"
                f"{m}\n").encode()) for i, m in enumerate(made.mnemonics, start=1)]
    written: list[Path] = []
    for path, data in files:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise FieldcaseError("{path} already exists; choose an empty folder.", path=str(path)) from None
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        written.append(path)
    return written


def read_share(text: str) -> str:
    """The mnemonic in a share file or typed line (comment lines dropped)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def recover_identity(escrow: Path, share_texts: list[str], *, identity_out: Path | None = None,
                     new_dir: Path | None = None, passphrase: str | None = None) -> dict[str, str]:
    """Recover HQ's identity from the escrow file and `threshold` shares: write the age identities
    (`age -i` file) and/or a new HQ directory holding them."""
    try:
        escrow_bytes = escrow.read_bytes()
    except OSError:
        raise FieldcaseError("The escrow file {path} cannot be read.", path=str(escrow)) from None
    material = shares.recover(escrow_bytes, [read_share(t) for t in share_texts])
    result = {"hq_id": str(material["hq_id"]), "hq_name": str(material["hq_name"])}
    if identity_out is not None:
        try:
            fd = os.open(identity_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise FieldcaseError("{path} already exists.", path=str(identity_out)) from None
        with os.fdopen(fd, "wb") as f:
            f.write(shares.identity_file(material))
    if new_dir is not None:
        if passphrase is None:
            raise FieldcaseError("A passphrase for the new HQ directory is needed.")
        result["new_hq_id"] = shares.restore(material, new_dir, passphrase)
    return result
