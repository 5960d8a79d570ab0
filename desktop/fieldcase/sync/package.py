"""Sync packages: one standard age file holding a tar with a signed manifest, and beside it the
ciphertexts of the attachments it carries, in pieces.

Inside the package file (in this order):

    fieldcase-package                  the magic line "fieldcase-package/2"
    revision/00000.ndjson ...          one canonical-JSON item per line (<= BATCH lines per member)
    audit/00000.ndjson ...
    document/00000.ndjson ...
    manifest.json                      canonical JSON: who, sequence, previous hash, recipients,
                                       every member's size + SHA-256, every item's key + SHA-256, and
                                       every attachment's plaintext SHA-256 and size and the SHA-256
                                       of each piece of its ciphertext
    manifest.sig                       ECDSA P-256 / SHA-256 over manifest.json, with the signer's cert

Attachments travel as their own standard age files (the blob format of `crypto.attachments`:
Padmé-padded plaintext, encrypted to HQ's recipients and the officer's attachment key), split into
pieces of at most `PIECE` bytes named `<owner>.att.<piece SHA-256>.<size>.fcatt`. A blob sealed to
HQ at intake is sent as it is, so packing never decrypts and re-encrypts evidence files; the
signed manifest binds every piece, so a piece cannot be swapped for another file encrypted to
HQ's public keys. The receiver checks each piece's hash, decrypts, checks padding, size and the
plaintext SHA-256, and only then stores the attachment.

The manifest comes last in the tar so the packer streams everything once (hashing on the way)
and never holds the package in memory or writes it in the clear; nothing is released to the
caller until `RawPackage.verify` has checked the signature and every hash.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from ..crypto.attachments import CIPHER_PIECE, padded_size
from ..fsutil import fsync_dir
from . import signing
from .formats import (
    PACKAGE_FORMAT,
    PACKAGE_SUFFIX,
    PIECE_SUFFIX,
    PackageRefused,
    canonical_json,
    load_json_object,
    sha256_hex,
)
from .tarstream import Entry, MemberHandler, TarReadable, TarSink

MAGIC_MEMBER = "fieldcase-package"
MAGIC = (PACKAGE_FORMAT + "\n").encode("ascii")
PIECE = CIPHER_PIECE  # 16 MiB: what an interrupted WebDAV upload can lose
BATCH = 1000
MAX_MEMBER = 64 * 2**20
MAX_IN_MEMORY = 512 * 2**20  # all members of one package together
_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_FILE_NAME = re.compile(r"(?P<owner>[0-9a-f-]{36})\.(?P<kind>push|reply)\.(?P<seq>\d{8})\."
                        r"(?P<pid>[0-9a-f-]{36})\.(?P<size>\d+)" + re.escape(PACKAGE_SUFFIX))


@dataclass(frozen=True)
class Batch:
    """Small items of one type; each line is its canonical JSON."""

    type: str  # revision | audit | document
    lines: list[tuple[str, bytes]]  # (idempotency key, canonical JSON)


@dataclass
class Header:
    package_id: str
    kind: str  # push | reply
    sender: dict[str, str]  # id, name, cert_sha256
    to: str
    sequence: int
    previous: str | None
    created_at: str
    recipients: list[str]
    extra: dict[str, Any] = field(default_factory=dict)  # acknowledgements, key bundle


@dataclass(frozen=True)
class Built:
    path: Path
    manifest: dict[str, Any]
    manifest_sha256: str
    size: int


def file_name(sender: str, kind: str, sequence: int, package_id: str, size: int) -> str:
    return f"{sender}.{kind}.{sequence:08d}.{package_id}.{size}{PACKAGE_SUFFIX}"


def parse_file_name(name: str) -> dict[str, Any] | None:
    m = _FILE_NAME.fullmatch(name)
    if m is None:
        return None
    return {"owner": m["owner"], "kind": m["kind"], "sequence": int(m["seq"]), "package_id": m["pid"],
            "size": int(m["size"])}


def piece_name(owner: str, sha256: str, size: int) -> str:
    """Pieces are named by their content: the same piece uploaded twice is the same file."""
    return f"{owner}.att.{sha256}.{size}{PIECE_SUFFIX}"


def piece_sizes(cipher_size: int, piece_size: int) -> list[int]:
    return [min(piece_size, cipher_size - start) for start in range(0, cipher_size, piece_size)] or [0]


# -- writing --------------------------------------------------------------------------------------

class _Packer:
    def __init__(self, header: Header, batches: Iterator[Batch], attachments: Callable[[], list[dict[str, Any]]],
                 key_der: bytes, cert_pem: bytes) -> None:
        self.header, self.batches, self.attachments = header, batches, attachments
        self.key_der, self.cert_pem = key_der, cert_pem
        self.members: list[dict[str, Any]] = []
        self.manifest: dict[str, Any] = {}
        self.manifest_bytes = b""

    def entries(self) -> Iterator[Entry]:
        yield Entry(MAGIC_MEMBER, len(MAGIC), [MAGIC])
        counters: dict[str, int] = {}
        for batch in self.batches:
            n = counters[batch.type] = counters.get(batch.type, -1) + 1
            yield self._batch_entry(batch, n)
        self.manifest = {
            "format": PACKAGE_FORMAT, "package_id": self.header.package_id, "kind": self.header.kind,
            "sender": self.header.sender, "to": self.header.to, "sequence": self.header.sequence,
            "previous": self.header.previous, "created_at": self.header.created_at,
            "recipients": self.header.recipients, "members": self.members, "attachments": self.attachments(),
            **self.header.extra,
        }
        self.manifest_bytes = canonical_json(self.manifest)
        yield Entry("manifest.json", len(self.manifest_bytes), [self.manifest_bytes])
        sig = signing.sign(self.key_der, self.cert_pem, self.manifest_bytes)
        yield Entry("manifest.sig", len(sig), [sig])

    def _batch_entry(self, batch: Batch, n: int) -> Entry:
        body = b"".join(line + b"\n" for _key, line in batch.lines)
        self.members.append({"name": f"{batch.type}/{n:05d}.ndjson", "type": batch.type, "size": len(body),
                             "sha256": sha256_hex(body),
                             "items": [{"key": k, "sha256": sha256_hex(line)} for k, line in batch.lines]})
        return Entry(self.members[-1]["name"], len(body), [body])


def build(directory: Path, header: Header, batches: Iterator[Batch], *, key_der: bytes, cert_pem: bytes,
          attachments: Callable[[], list[dict[str, Any]]] = list) -> Built:
    """Write the package into `directory` (a `.part` first, then fsync + rename); returns what was built.

    `attachments()` is called once the batches are written and gives the manifest's attachment entries
    (metadata + `cipher`: size, piece_size, pieces); their ciphertext files are the caller's."""
    packer = _Packer(header, batches, attachments, key_der, cert_pem)
    readable = TarReadable(packer.entries())
    part = directory / f".{secrets.token_hex(8)}.part"
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            try:
                pyrage.encrypt_io(readable, out, [pyrage.x25519.Recipient.from_str(r) for r in header.recipients])
            except Exception:
                if readable.error is not None:
                    raise readable.error from None
                raise
            out.flush()
            os.fsync(out.fileno())
        size = part.stat().st_size
        owner = header.sender["id"] if header.kind == "push" else header.to  # whose packages these are
        final = directory / file_name(owner, header.kind, header.sequence, header.package_id, size)
        os.replace(part, final)
        fsync_dir(directory)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return Built(final, packer.manifest, sha256_hex(packer.manifest_bytes), size)


# -- reading --------------------------------------------------------------------------------------

@dataclass
class RawPackage:
    """Decrypted but NOT yet verified: nothing here may be used before `verify` returns."""

    manifest_bytes: bytes
    signature: bytes
    manifest: dict[str, Any]
    members: dict[str, tuple[int, str]]  # name -> (size, sha256) as received
    small: dict[str, bytes]  # ndjson members
    order: list[str]

    @property
    def sender_id(self) -> str:
        sender = self.manifest.get("sender")
        return str(sender.get("id", "")) if isinstance(sender, dict) else ""

    @property
    def manifest_sha256(self) -> str:
        return sha256_hex(self.manifest_bytes)

    def verify(self, cert_pem: bytes, *, who: str) -> VerifiedPackage:
        signing.verify(self.signature, self.manifest_bytes, cert_pem, who=who)
        return _check_contents(self)


@dataclass(frozen=True)
class Piece:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class VerifiedPackage:
    manifest: dict[str, Any]
    manifest_sha256: str
    items: dict[str, list[tuple[str, bytes]]]  # type -> [(key, canonical JSON line)]
    attachments: list[dict[str, Any]]  # manifest entries, each with "pieces": [Piece] in order


class _Collector(MemberHandler):
    def __init__(self) -> None:
        self.current: str | None = None
        self.size = 0
        self.buffer = bytearray()
        self.digest = hashlib.sha256()
        self.members: dict[str, tuple[int, str]] = {}
        self.small: dict[str, bytes] = {}
        self.order: list[str] = []
        self.in_memory = 0

    def start(self, name: str, size: int) -> None:
        if name in self.members:
            raise PackageRefused("malformed", "The package holds the same entry twice.")
        if not self.order and name != MAGIC_MEMBER:
            raise PackageRefused("not-a-package", "This is not a Fieldcase package (no magic header).")
        if size > MAX_MEMBER:
            raise PackageRefused("too-large", "The package holds an entry larger than allowed.")
        self.in_memory += size
        if self.in_memory > MAX_IN_MEMORY:
            raise PackageRefused("too-large", "The package is larger than one import may hold.")
        self.current, self.size = name, size
        self.buffer = bytearray()
        self.digest = hashlib.sha256()
        self.order.append(name)

    def data(self, piece: bytes) -> None:
        self.buffer += piece
        self.digest.update(piece)

    def end(self) -> None:
        name = self.current or ""
        self.members[name] = (self.size, self.digest.hexdigest())
        data = bytes(self.buffer)
        self.buffer = bytearray()
        if name == MAGIC_MEMBER:
            if data != MAGIC:
                raise PackageRefused("unknown-version", "This package is of a format or version this "
                                     "Fieldcase does not know.")
        else:
            self.small[name] = data


def read(path: Path, identities: list[Any]) -> RawPackage:
    """Decrypt and parse the package file `path` in one pass (its attachments are fetched later)."""
    expected = parse_file_name(path.name)
    actual = path.stat().st_size
    if expected is not None and actual != expected["size"]:
        if actual < expected["size"]:
            raise PackageRefused("truncated", "The package is truncated: it has {actual} of its "
                                 "{size} bytes (an interrupted copy?).", actual=actual, size=expected['size'])
        raise PackageRefused("damaged", "The package is longer than when it was made: it was changed.")
    collector = _Collector()
    sink = TarSink(collector)
    try:
        with open(path, "rb") as source:
            pyrage.decrypt_io(source, sink, identities)
    except PackageRefused:
        raise
    except Exception as exc:
        if sink.error is not None:
            raise sink.error from None
        if "no matching keys" in str(exc).lower():
            raise PackageRefused("not-for-us", "The package is not encrypted to any key held here "
                                 "(or its age header was changed).") from None
        raise PackageRefused("damaged", "The package is damaged or was tampered with: decryption "
                             "failed (age authenticates every 64 KiB).") from None
    sink.close_check()
    if collector.order[-2:] != ["manifest.json", "manifest.sig"]:
        raise PackageRefused("malformed", "The package does not end with its signed manifest.")
    manifest_bytes = collector.small.pop("manifest.json")
    signature = collector.small.pop("manifest.sig")
    manifest = load_json_object(manifest_bytes, "package manifest")
    if manifest.get("format") != PACKAGE_FORMAT:
        raise PackageRefused("unknown-version", "The package manifest is of a format this Fieldcase does not know.")
    return RawPackage(manifest_bytes, signature, manifest, collector.members, collector.small, collector.order)


def _check_contents(raw: RawPackage) -> VerifiedPackage:
    """Everything the signed manifest lists is present with the right size and hash, and nothing else."""
    manifest = raw.manifest
    listed = manifest.get("members")
    if not isinstance(listed, list):
        raise PackageRefused("malformed", "The package manifest lists no members.")
    names = {MAGIC_MEMBER, "manifest.json", "manifest.sig"}
    items: dict[str, list[tuple[str, bytes]]] = {}
    for member in listed:
        name = str(member.get("name"))
        names.add(name)
        got = raw.members.get(name)
        if got is None or got != (member.get("size"), member.get("sha256")):
            raise PackageRefused("hash-mismatch", "Package member {name} is missing or does not match "
                                 "its signed hash.", name=name)
        if name not in raw.small or member.get("type") not in ("revision", "audit", "document", "link"):
            raise PackageRefused("malformed", "Package member {name} is not an item list.", name=name)
        lines = raw.small[name].split(b"\n")
        if lines[-1] != b"" or len(lines) - 1 != len(member.get("items", [])):
            raise PackageRefused("hash-mismatch", "Package member {name} does not hold the signed items.", name=name)
        out = items.setdefault(str(member.get("type")), [])
        for line, item in zip(lines[:-1], member["items"], strict=True):
            if sha256_hex(line) != item.get("sha256"):
                raise PackageRefused("hash-mismatch", "An item in {name} does not match its signed hash.", name=name)
            out.append((str(item.get("key")), line))
    extra = set(raw.members) - names
    if extra:
        raise PackageRefused("hash-mismatch", "The package holds entries its manifest does not list.")
    owner = raw.sender_id if manifest.get("kind") == "push" else str(manifest.get("to"))
    attachments = manifest.get("attachments", [])
    if not isinstance(attachments, list):
        raise PackageRefused("malformed", "The package manifest's attachment list is malformed.")
    return VerifiedPackage(manifest, raw.manifest_sha256, items, [_attachment(a, owner) for a in attachments])


def _attachment(att: Any, owner: str) -> dict[str, Any]:
    """A signed attachment entry, checked for shape, with the names and sizes of its pieces."""
    try:
        cipher = att["cipher"]
        size, cipher_size, piece_size = int(att["size"]), int(cipher["size"]), int(cipher["piece_size"])
        digests = list(cipher["pieces"])
        padded = padded_size(size)
        well_formed = (
            _UUID.fullmatch(str(att["id"])) is not None and _HEX64.fullmatch(str(att["sha256"])) is not None
            and size >= 0 and 64 * 1024 <= piece_size <= 64 * 2**20
            # age adds a header and 16 bytes per 64 KiB chunk: anything else is not a blob of `size`
            and padded < cipher_size <= padded + 16 * (padded // 65536 + 1) + 8192
            and all(isinstance(d, str) and _HEX64.fullmatch(d) for d in digests))
        sizes = piece_sizes(cipher_size, piece_size)
    except (KeyError, TypeError, ValueError):
        well_formed, sizes, digests = False, [], []
    if not well_formed or len(sizes) != len(digests):
        raise PackageRefused("malformed", "An attachment entry in the package manifest is malformed.")
    pieces = [Piece(piece_name(owner, d, n), n, d) for d, n in zip(digests, sizes, strict=True)]
    return {**att, "pieces": pieces}
