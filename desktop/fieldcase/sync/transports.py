"""Where packages travel: a folder (USB stick, shared drive) or a WebDAV collection.

Every upload is idempotent and lands atomically: the bytes go to `<name>.part`, and only a complete
file is renamed (folder: fsync + rename; WebDAV: MOVE) to its final name. Package names carry the
package id and size, attachment pieces their SHA-256 and size, so a file already there under its
final name with the right size is skipped, and a repeated upload can never make a second package.
A folder upload resumes a `.part` left by an interrupted run (after checking its bytes are a prefix
of the file); a WebDAV upload starts the `.part` again (generic servers have no partial PUT), which
is why attachments travel in pieces of at most 16 MiB: an interrupted push loses at most one piece.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from ..fsutil import fsync_dir
from .formats import PACKAGE_SUFFIX, PIECE_SUFFIX, SyncError
from .webdav import WebDavClient

_BLOCK = 1 << 20
_OURS = (PACKAGE_SUFFIX, PIECE_SUFFIX)
Progress = Callable[[int], None]


class Target(Protocol):
    name: str

    def list(self) -> dict[str, int]: ...
    def upload(self, path: Path, progress: Progress | None = None, *, name: str | None = None, offset: int = 0,
               length: int | None = None, sha256: str | None = None) -> bool: ...
    @contextlib.contextmanager
    def fetch(self, name: str, staging: Path) -> Iterator[Path]: ...


class FolderTarget:
    def __init__(self, name: str, directory: Path) -> None:
        self.name, self.directory = name, directory

    def list(self) -> dict[str, int]:
        try:
            return {e.name: e.stat().st_size for e in os.scandir(self.directory)
                    if e.is_file() and e.name.endswith(_OURS)}
        except OSError as exc:
            raise SyncError("The sync folder {folder} cannot be read ({reason}).",
                            folder=self.directory, reason=exc.strerror) from None

    def upload(self, path: Path, progress: Progress | None = None, *, name: str | None = None, offset: int = 0,
               length: int | None = None, sha256: str | None = None) -> bool:
        """Copy `path` (or `length` bytes of it from `offset`) into the folder as `name` (default: its own
        name); False when it was already there. With `sha256`, the bytes must have that hash, or
        nothing appears under `name` (a damaged file in the outbox never reaches the target)."""
        name = name or path.name
        size = path.stat().st_size - offset if length is None else length
        final = self.directory / name
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if final.is_file() and final.stat().st_size == size:
                return False
            part = self.directory / (name + ".part")
            digest = hashlib.sha256()
            with open(path, "rb") as src:
                src.seek(offset)
                start = _resumable_prefix(src, part, size)
                src.seek(offset)
                digest.update(src.read(start))
                with open(part, "ab" if start else "wb") as out:
                    out.truncate(start)
                    done = start
                    while done < size:
                        block = src.read(min(_BLOCK, size - done))
                        if not block:
                            raise SyncError("{file} in the outbox is shorter than recorded; it may be "
                                            "damaged.", file=path.name)
                        digest.update(block)
                        out.write(block)
                        done += len(block)
                        if progress:
                            progress(done)
                    out.flush()
                    os.fsync(out.fileno())
            if sha256 is not None and digest.hexdigest() != sha256:
                part.unlink(missing_ok=True)
                raise OutboxDamaged(path.name)
            os.replace(part, final)
            fsync_dir(self.directory)
        except OSError as exc:
            raise SyncError("The package could not be copied to {folder} ({reason}); "
                            "run the push again to resume.", folder=self.directory, reason=exc.strerror) from None
        return True

    @contextlib.contextmanager
    def fetch(self, name: str, staging: Path) -> Iterator[Path]:
        del staging
        yield self.directory / name


def _resumable_prefix(src: BinaryIO, part: Path, size: int) -> int:
    """How many bytes of an earlier `.part` can be kept (they must equal the file's own bytes)."""
    try:
        have = part.stat().st_size
    except FileNotFoundError:
        return 0
    if have > size:
        return 0
    with open(part, "rb") as old:
        kept = 0
        while kept < have:
            a = old.read(_BLOCK)
            b = src.read(len(a))
            if not a or a != b:
                return 0
            kept += len(a)
    return kept


class WebDavTarget:
    def __init__(self, name: str, client: WebDavClient) -> None:
        self.name, self.client = name, client

    def list(self) -> dict[str, int]:
        return {n: s for n, s in self.client.list().items() if n.endswith(_OURS)}

    def upload(self, path: Path, progress: Progress | None = None, *, name: str | None = None, offset: int = 0,
               length: int | None = None, sha256: str | None = None) -> bool:
        """As `FolderTarget.upload`."""
        name = name or path.name
        size = path.stat().st_size - offset if length is None else length
        if self.client.list().get(name) == size:
            return False
        with open(path, "rb") as src:
            src.seek(offset)
            hashing = _HashingReader(src)
            self.client.put(hashing, size, name + ".part", progress)
        if sha256 is not None and hashing.digest.hexdigest() != sha256:
            self.client.delete(name + ".part")
            raise OutboxDamaged(path.name)
        self.client.move(name + ".part", name)
        return True

    @contextlib.contextmanager
    def fetch(self, name: str, staging: Path) -> Iterator[Path]:
        """Download to the staging folder (the file is age ciphertext) and remove it afterwards."""
        staging.mkdir(mode=0o700, parents=True, exist_ok=True)
        local = staging / name
        try:
            with open(local, "wb") as out:
                self.client.get(name, out)
            yield local
        finally:
            local.unlink(missing_ok=True)


class _HashingReader:
    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._source.read(n)
        self.digest.update(data)
        return data


class OutboxDamaged(SyncError):
    def __init__(self, file_name: str) -> None:
        super().__init__("{file} in the outbox no longer matches the SHA-256 taken when it was written "
                         "(disk damage?); it was not sent. Check the disk; the attachment may be damaged too.",
                         file=file_name)
