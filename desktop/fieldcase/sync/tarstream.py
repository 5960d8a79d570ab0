"""Tar (POSIX ustar) in both directions without holding an archive in memory or on disk.

* `TarReadable` is *pulled*: it is the file object pyrage's `encrypt_io` reads from, and it builds
  the archive lazily from entries whose data are iterables of bytes (records serialised on demand,
  attachments decrypted as they go).
* `TarSink` is *pushed*: it is the file object pyrage's `decrypt_io` writes to, and it parses the
  archive as the bytes arrive, handing each member's data to a handler in pieces.

Headers carry no timestamps, owners or modes of the sender's machine (mtime 0, mode 0600).
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from .formats import PackageRefused

BLOCK = 512
_PIECE = 1 << 20
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){0,3}")


@dataclass
class Entry:
    name: str
    size: int
    data: Iterable[bytes]
    on_data: Callable[[bytes], None] | None = None  # e.g. a hash's update
    on_end: Callable[[], None] | None = None


def header(name: str, size: int) -> bytes:
    if not _NAME.fullmatch(name) or len(name) > 100:
        raise ValueError(f"bad member name {name!r}")
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode, info.type = size, 0, 0o600, tarfile.REGTYPE
    info.uname = info.gname = ""
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")


def _padding(size: int) -> bytes:
    return bytes(-size % BLOCK)


class TarReadable:
    """A read()-able stream producing the archive of `entries` (an iterator, consumed lazily)."""

    def __init__(self, entries: Iterator[Entry]) -> None:
        self._pieces = self._generate(entries)
        self._buf = b""
        self._off = 0
        self.total = 0
        self.error: BaseException | None = None  # pyrage flattens exceptions: keep the original

    def _generate(self, entries: Iterator[Entry]) -> Iterator[bytes]:
        for entry in entries:
            yield header(entry.name, entry.size)
            written = 0
            for piece in entry.data:
                if not piece:
                    continue
                written += len(piece)
                if written > entry.size:
                    raise ValueError(f"member {entry.name} is longer than declared")
                if entry.on_data is not None:
                    entry.on_data(piece)
                yield piece
            if written != entry.size:
                raise ValueError(f"member {entry.name} is shorter than declared")
            if entry.on_end is not None:
                entry.on_end()
            pad = _padding(entry.size)
            if pad:
                yield pad
        yield bytes(2 * BLOCK)

    def read(self, n: int = -1) -> bytes:
        if self.error is not None:
            raise self.error
        try:
            return self._read(n if n is not None and n > 0 else _PIECE)
        except BaseException as exc:
            self.error = exc
            raise

    def _read(self, n: int) -> bytes:
        while self._off >= len(self._buf):
            piece = next(self._pieces, None)
            if piece is None:
                return b""
            self._buf, self._off = piece, 0
        out = self._buf[self._off:self._off + n]
        self._off += len(out)
        self.total += len(out)
        return out


class MemberHandler(Protocol):
    def start(self, name: str, size: int) -> None: ...
    def data(self, piece: bytes) -> None: ...
    def end(self) -> None: ...


class TarSink:
    """A write()-able object that parses a ustar stream and drives `handler` member by member."""

    def __init__(self, handler: MemberHandler, *, max_members: int = 1_000_000) -> None:
        self._handler = handler
        self._max_members = max_members
        self._head = bytearray()
        self._remaining = 0  # data bytes left in the current member
        self._pad = 0  # padding bytes left after it
        self._in_member = False
        self._zero_blocks = 0
        self.members = 0
        self.finished = False
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        if self.error is not None:  # pyrage may call again after a failed write: stay failed
            raise self.error
        try:
            self._write(memoryview(data))
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def flush(self) -> None:
        pass

    def _write(self, view: memoryview) -> None:
        while view:
            if self._in_member:
                take = min(self._remaining, len(view))
                if take:
                    self._handler.data(bytes(view[:take]))
                    self._remaining -= take
                    view = view[take:]
                if self._remaining == 0:
                    self._in_member = False
                    self._handler.end()
                continue
            if self._pad:
                take = min(self._pad, len(view))
                self._pad -= take
                view = view[take:]
                continue
            take = min(BLOCK - len(self._head), len(view))
            self._head += view[:take]
            view = view[take:]
            if len(self._head) == BLOCK:
                block, self._head = bytes(self._head), bytearray()
                self._header(block)

    def _header(self, block: bytes) -> None:
        if self.finished:
            if block.strip(b"\0"):
                raise PackageRefused("malformed", "The package has data after its end.")
            return
        if not block.strip(b"\0"):
            self._zero_blocks += 1
            self.finished = self._zero_blocks == 2
            return
        if self._zero_blocks:
            raise PackageRefused("malformed", "The package's archive is malformed (a gap in it).")
        try:
            info = tarfile.TarInfo.frombuf(block, encoding="ascii", errors="strict")
        except (tarfile.TarError, UnicodeDecodeError):
            raise PackageRefused("malformed", "The package's archive is malformed (a bad header).") from None
        if info.type != tarfile.REGTYPE or not _NAME.fullmatch(info.name) or info.size < 0:
            raise PackageRefused("malformed", "The package holds an entry Fieldcase does not make.")
        self.members += 1
        if self.members > self._max_members:
            raise PackageRefused("too-large", "The package holds too many entries.")
        self._handler.start(info.name, info.size)
        self._remaining, self._pad = info.size, -info.size % BLOCK
        self._in_member = True
        if info.size == 0:
            self._in_member = False
            self._handler.end()

    def close_check(self) -> None:
        """After the last write: the archive must have ended properly."""
        if not self.finished or self._in_member or self._head or self._pad:
            raise PackageRefused("truncated", "The package is truncated (its archive ends early).")
