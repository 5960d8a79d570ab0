"""Sync packages: one standard age file holding a tar with a signed manifest.

Inside (in this order):

    fieldcase-package                  the magic line "fieldcase-package/1"
    revision/00000.ndjson ...          one canonical-JSON item per line (<= BATCH lines per member)
    audit/00000.ndjson ...
    document/00000.ndjson ...
    attachments/<id>/00000 ...         attachment plaintext in chunks of <= 16 MiB
    manifest.json                      canonical JSON: who, sequence, previous hash, recipients, and
                                       every member's size + SHA-256 and every item's key + SHA-256
    manifest.sig                       ECDSA P-256 / SHA-256 over manifest.json, with the signer's cert

The manifest comes last so the packer streams everything once (hashing on the way) and never holds
the package in memory or writes it in the clear. The reader decrypts in one pass, keeps small items
in memory and hands attachment chunks to a callback that stores them encrypted; nothing is released
to the caller until `RawPackage.verify` has checked the signature and every hash.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from ..fsutil import fsync_dir
from . import signing
from .formats import PACKAGE_FORMAT, PACKAGE_SUFFIX, PackageRefused, canonical_json, load_json_object, sha256_hex
from .tarstream import Entry, MemberHandler, TarReadable, TarSink

MAGIC_MEMBER = "fieldcase-package"
MAGIC = (PACKAGE_FORMAT + "\n").encode("ascii")
CHUNK = 16 * 2**20
BATCH = 1000
MAX_MEMBER = 64 * 2**20  # any member other than an attachment chunk
MAX_IN_MEMORY = 512 * 2**20  # all small members of one package together
_FILE_NAME = re.compile(r"(?P<owner>[0-9a-f-]{36})\.(?P<kind>push|reply)\.(?P<seq>\d{8})\."
                        r"(?P<pid>[0-9a-f-]{36})\.(?P<size>\d+)" + re.escape(PACKAGE_SUFFIX))


@dataclass(frozen=True)
class Batch:
    """Small items of one type; each line is its canonical JSON."""

    type: str  # revision | audit | document
    lines: list[tuple[str, bytes]]  # (idempotency key, canonical JSON)


@dataclass(frozen=True)
class AttachmentPart:
    meta: dict[str, Any]  # id, sha256, size, media_type, original_name, added_at, added_by
    open: Callable[[], BinaryIO]  # a readable giving exactly meta["size"] plaintext bytes


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


# -- writing --------------------------------------------------------------------------------------

class _Packer:
    def __init__(self, header: Header, parts: Iterator[Batch | AttachmentPart], key_der: bytes,
                 cert_pem: bytes) -> None:
        self.header, self.parts = header, parts
        self.key_der, self.cert_pem = key_der, cert_pem
        self.members: list[dict[str, Any]] = []
        self.attachments: list[dict[str, Any]] = []
        self.manifest: dict[str, Any] = {}
        self.manifest_bytes = b""
        self.items = 0

    def entries(self) -> Iterator[Entry]:
        yield Entry(MAGIC_MEMBER, len(MAGIC), [MAGIC])
        counters: dict[str, int] = {}
        for part in self.parts:
            if isinstance(part, Batch):
                n = counters[part.type] = counters.get(part.type, -1) + 1
                yield self._batch_entry(part, n)
            else:
                yield from self._attachment_entries(part)
        self.manifest = {
            "format": PACKAGE_FORMAT, "package_id": self.header.package_id, "kind": self.header.kind,
            "sender": self.header.sender, "to": self.header.to, "sequence": self.header.sequence,
            "previous": self.header.previous, "created_at": self.header.created_at,
            "recipients": self.header.recipients, "members": self.members, "attachments": self.attachments,
            **self.header.extra,
        }
        self.manifest_bytes = canonical_json(self.manifest)
        yield Entry("manifest.json", len(self.manifest_bytes), [self.manifest_bytes])
        sig = signing.sign(self.key_der, self.cert_pem, self.manifest_bytes)
        yield Entry("manifest.sig", len(sig), [sig])

    def _batch_entry(self, batch: Batch, n: int) -> Entry:
        body = b"".join(line + b"\n" for _key, line in batch.lines)
        self.items += len(batch.lines)
        self.members.append({"name": f"{batch.type}/{n:05d}.ndjson", "type": batch.type, "size": len(body),
                             "sha256": sha256_hex(body),
                             "items": [{"key": k, "sha256": sha256_hex(line)} for k, line in batch.lines]})
        return Entry(self.members[-1]["name"], len(body), [body])

    def _attachment_entries(self, part: AttachmentPart) -> Iterator[Entry]:
        """Chunks carry no hash of their own: the signed manifest holds the attachment's SHA-256 (from
        intake; `part.open()` checks the plaintext against it), and the receiver hashes the chunks in order."""
        meta = part.meta
        size = int(meta["size"])
        chunks = max(1, -(-size // CHUNK))
        self.attachments.append({**meta, "chunks": chunks})
        self.items += 1
        with part.open() as source:
            for n in range(chunks):
                length = min(CHUNK, size - n * CHUNK)
                self.members.append({"name": f"attachments/{meta['id']}/{n:05d}", "type": "attachment",
                                     "size": length, "attachment": meta["id"], "chunk": n})
                yield Entry(self.members[-1]["name"], length, _read_exactly(source, length))
            if source.read(1):
                raise PackageRefused("attachment-changed", f"Attachment {meta['id']} is longer than recorded.")


def _read_exactly(source: BinaryIO, length: int) -> Iterator[bytes]:
    left = length
    while left:
        piece = source.read(min(left, 1 << 20))
        if not piece:
            raise PackageRefused("attachment-short", "An attachment ended early while packing.")
        left -= len(piece)
        yield piece


def build(directory: Path, header: Header, parts: Iterator[Batch | AttachmentPart], *, key_der: bytes,
          cert_pem: bytes) -> Built:
    """Write the package into `directory` (a `.part` first, then fsync + rename); returns what was built."""
    packer = _Packer(header, parts, key_der, cert_pem)
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

Spill = Callable[[str, int, bytes], str]  # (attachment id, chunk number, plaintext) -> a stored blob id


@dataclass
class RawPackage:
    """Decrypted but NOT yet verified: nothing here may be used before `verify` returns."""

    manifest_bytes: bytes
    signature: bytes
    manifest: dict[str, Any]
    members: dict[str, tuple[int, str]]  # name -> (size, sha256) as received
    small: dict[str, bytes]  # ndjson members
    spilled: dict[str, str]  # attachment member name -> stored blob id
    order: list[str]
    whole: dict[str, str]  # attachment id -> SHA-256 of its chunks in order

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
class VerifiedPackage:
    manifest: dict[str, Any]
    manifest_sha256: str
    items: dict[str, list[tuple[str, bytes]]]  # type -> [(key, canonical JSON line)]
    attachments: list[dict[str, Any]]  # manifest entries, each with "blobs": [blob id per chunk]


class _Collector(MemberHandler):
    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self.current: str | None = None
        self.size = 0
        self.buffer = bytearray()
        self.digest = hashlib.sha256()
        self.members: dict[str, tuple[int, str]] = {}
        self.small: dict[str, bytes] = {}
        self.spilled: dict[str, str] = {}
        self.order: list[str] = []
        self.whole: dict[str, Any] = {}
        self.in_memory = 0

    def start(self, name: str, size: int) -> None:
        if name in self.members:
            raise PackageRefused("malformed", "The package holds the same entry twice.")
        if not self.order and name != MAGIC_MEMBER:
            raise PackageRefused("not-a-package", "This is not a Fieldcase package (no magic header).")
        limit = CHUNK if name.startswith("attachments/") else MAX_MEMBER
        if size > limit:
            raise PackageRefused("too-large", "The package holds an entry larger than allowed.")
        self.in_memory += size
        if not name.startswith("attachments/") and self.in_memory > MAX_IN_MEMORY:
            raise PackageRefused("too-large", "The package is larger than one import may hold.")
        self.current, self.size = name, size
        self.buffer = bytearray()
        self.digest = hashlib.sha256()
        self.order.append(name)

    def data(self, piece: bytes) -> None:
        self.buffer += piece
        if not self.current or not self.current.startswith("attachments/"):  # chunks: hashed whole, below
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
        elif name.startswith("attachments/"):
            m = re.fullmatch(r"attachments/([0-9a-f-]{36})/(\d{5})", name)
            if m is None:
                raise PackageRefused("malformed", "The package holds a badly named attachment chunk.")
            self.in_memory -= self.size
            self.whole.setdefault(m[1], hashlib.sha256()).update(data)
            self.spilled[name] = self.spill(m[1], int(m[2]), data)
        else:
            self.small[name] = data


def read(path: Path, identities: list[Any], spill: Spill) -> RawPackage:
    """Decrypt and parse `path` in one pass. Attachment chunks go to `spill` (the caller stores them
    encrypted and deletes them again if verification fails; `RawPackage.spilled` lists them)."""
    expected = parse_file_name(path.name)
    actual = path.stat().st_size
    if expected is not None and actual != expected["size"]:
        if actual < expected["size"]:
            raise PackageRefused("truncated", f"The package is truncated: it has {actual} of its "
                                 f"{expected['size']} bytes (an interrupted copy?).")
        raise PackageRefused("damaged", "The package is longer than when it was made: it was changed.")
    collector = _Collector(spill)
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
    return RawPackage(manifest_bytes, signature, manifest, collector.members, collector.small,
                      collector.spilled, collector.order, {k: h.hexdigest() for k, h in collector.whole.items()})


def _check_contents(raw: RawPackage) -> VerifiedPackage:
    """Everything the signed manifest lists is present with the right size and hash, and nothing else."""
    manifest = raw.manifest
    listed = manifest.get("members")
    if not isinstance(listed, list):
        raise PackageRefused("malformed", "The package manifest lists no members.")
    names = {MAGIC_MEMBER, "manifest.json", "manifest.sig"}
    items: dict[str, list[tuple[str, bytes]]] = {}
    chunks: dict[str, dict[int, str]] = {}
    for member in listed:
        name = str(member.get("name"))
        names.add(name)
        got = raw.members.get(name)
        if member.get("type") == "attachment" and got is not None:
            got = (got[0], member.get("sha256"))  # chunks: size here, content by the attachment's SHA-256
        if got is None or got != (member.get("size"), member.get("sha256")):
            raise PackageRefused("hash-mismatch", f"Package member {name} is missing or does not match "
                                 "its signed hash.")
        if member.get("type") == "attachment":
            if name not in raw.spilled:
                raise PackageRefused("malformed", f"Package member {name} is not an attachment chunk.")
            chunks.setdefault(str(member.get("attachment")), {})[int(member.get("chunk", -1))] = raw.spilled[name]
            continue
        if name not in raw.small:
            raise PackageRefused("malformed", f"Package member {name} is not an item list.")
        lines = raw.small[name].split(b"\n")
        if lines[-1] != b"" or len(lines) - 1 != len(member.get("items", [])):
            raise PackageRefused("hash-mismatch", f"Package member {name} does not hold the signed items.")
        out = items.setdefault(str(member.get("type")), [])
        for line, item in zip(lines[:-1], member["items"], strict=True):
            if sha256_hex(line) != item.get("sha256"):
                raise PackageRefused("hash-mismatch", f"An item in {name} does not match its signed hash.")
            out.append((str(item.get("key")), line))
    extra = set(raw.members) - names
    if extra:
        raise PackageRefused("hash-mismatch", "The package holds entries its manifest does not list.")
    attachments = []
    for att in manifest.get("attachments", []):
        have = chunks.get(str(att.get("id")), {})
        count = int(att.get("chunks", 0))
        if sorted(have) != list(range(count)) or raw.whole.get(str(att.get("id"))) != att.get("sha256"):
            raise PackageRefused("hash-mismatch", f"Attachment {att.get('id')} is incomplete in the package "
                                 "or does not match its signed SHA-256.")
        attachments.append({**att, "blobs": [have[n] for n in range(count)]})
    return VerifiedPackage(manifest, raw.manifest_sha256, items, attachments)
