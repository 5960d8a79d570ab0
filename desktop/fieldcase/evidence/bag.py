"""Turn a staged payload into a signed BagIt bag, and the bag into a folder, a zip or an age file.

The bag is made by the `bagit` library (make_bag, then Bag.save after the tag files are added) with
SHA-256 only, and declared BagIt 1.0 (RFC 8500). The officer's certificate is a tag file, so the tag
manifest covers it, bag-info.txt and the payload manifest; the tag manifest's detached CMS signature
is then the one file no manifest lists.

Note: the bagit library changes the process's working directory while it works (os.chdir); nothing
else in Fieldcase uses relative paths.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..crypto.identity import OfficerIdentity
from . import layout
from .cms import sign_detached
from .verify import sha256_file

ZIP_CHUNK = 1 << 20


@dataclass(frozen=True)
class BagDigests:
    manifest_sha256: str
    tagmanifest_sha256: str
    payload_oxum: str


def safe_name(name: str, limit: int = 80) -> str:
    """A file name that is the same on every system: letters, digits, dot, dash, underscore."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "file"
    return stem[-limit:]


def make_signed_bag(stage: Path, bag_info: Mapping[str, str | Sequence[str]], identity: OfficerIdentity) -> BagDigests:
    """`stage` holds the payload files (not yet under data/); afterwards it is the signed bag."""
    import bagit

    info = {k: (list(v) if not isinstance(v, str) else v) for k, v in bag_info.items()}
    bagit.make_bag(str(stage), info, checksums=[layout.CHECKSUM])
    (stage / "bagit.txt").write_text(f"BagIt-Version: {layout.BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n",
                                     encoding="utf-8")
    (stage / layout.CERTIFICATE).write_bytes(identity.cert_pem + b"".join(identity.chain_pem))
    bag = bagit.Bag(str(stage))
    bag.save()  # rewrites bag-info.txt and the tag manifest over bagit.txt and the certificate
    tagmanifest = _two_spaces(stage / layout.TAGMANIFEST)
    (stage / layout.SIGNATURE).write_bytes(sign_detached(tagmanifest, identity))
    return BagDigests(sha256_file(stage / layout.MANIFEST), hashlib.sha256(tagmanifest).hexdigest(),
                      str(bag.info.get("Payload-Oxum", "")))


def _two_spaces(path: Path) -> bytes:
    """The library writes the tag manifest as `hash name`; `sha256sum -c` wants `hash  name` (RFC 8500 allows
    any whitespace there, and the payload manifest already has two spaces)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    body = "".join(f"{digest}  {name}\n" for digest, name in (line.split(" ", 1) for line in lines if line))
    path.write_text(body, encoding="utf-8")
    return body.encode("utf-8")


def files_of(bag_dir: Path) -> list[Path]:
    return sorted(p for p in bag_dir.rglob("*") if p.is_file())


def write_zip(bag_dir: Path, destination: Path, top: str) -> None:
    """The bag as a zip with one top folder `top`; members in sorted order, originals stored byte for byte."""
    with zipfile.ZipFile(destination, "x", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for path in files_of(bag_dir):
            zf.write(path, f"{top}/{path.relative_to(bag_dir).as_posix()}")  # streamed, CRC-checked on reading


def encrypt_file(source: Path, destination: Path, recipient: str) -> None:
    import pyrage

    with open(source, "rb") as src, open(destination, "xb") as dst:
        pyrage.encrypt_io(src, dst, [pyrage.x25519.Recipient.from_str(recipient)])
        dst.flush()
        os.fsync(dst.fileno())


def parse_recipient(recipient: str) -> str:
    """An age X25519 public key (age1...), checked; raises ValueError otherwise."""
    import pyrage

    value = recipient.strip()
    pyrage.x25519.Recipient.from_str(value)
    return value
