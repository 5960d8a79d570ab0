"""Evidence files encrypted at rest, in the standard age format (through pyrage).

Each workspace has one age X25519 identity; its secret string lives in the encrypted database and is
handed to `AttachmentVault`. age gives every file a fresh file key and encrypts the payload with
STREAM (ChaCha20-Poly1305 in 64 KiB chunks), so files of any size go through in constant memory and
any blob can be checked independently with the `age` command-line tool.

What a seized disk shows: random 32-hex-digit names under `<dir>/<id[:2]>/`, no original names, and
sizes that do not give the exact plaintext size. Before encryption the plaintext is zero-padded to
its Padmé size (at most ~12% larger; at least 64 KiB), and the true size and SHA-256 are returned
for the caller to keep in the encrypted database. (age's header also carries a random "grease"
stanza, so the file size varies by a few hundred bytes between blobs of the same padded size.)

A vault can also seal new blobs to further age recipients (`share_with`: HQ's keys once the
officer is enrolled), so a sync package can carry the very ciphertext stored here instead of
decrypting and encrypting every evidence file again; `StoredBlob.sealed_to` says which keys.

Plaintext never touches the disk here: intake reads the source and writes only ciphertext (to a
`.part` file that is fsync'd and then atomically renamed); decryption writes only to the caller's
destination. age authenticates chunk by chunk, so `export_to` may already have written plaintext
when it finds damage at the end: on `AttachmentError` the caller must discard its destination.
Deleting a blob unlinks it; the reliable erasure is destroying the workspace identity.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import io
import os
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage

from ..errors import DiskFull, FieldcaseError
from ..fsutil import fsync_dir


class Readable(Protocol):
    """A stream read with `read(n)`: a file opened "rb", or one of the sync layer's readers."""

    def read(self, n: int = -1, /) -> bytes: ...


CIPHER_PIECE = 16 * 2**20  # sync sends ciphertext in pieces of this size; their hashes are taken on writing
MIN_PADDED_SIZE = 64 * 1024  # one age chunk: all files up to 64 KiB look alike
PREVIEW_LIMIT = 64 * 2**20
_PROGRESS_STEP = 1 << 20  # call `progress` about once per MiB, not once per 8 KiB read
_BLOB_ID = re.compile(r"[0-9a-f]{32}")
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate newlines


class AttachmentError(FieldcaseError):
    """An attachment could not be stored or read. Messages never contain keys or file contents."""

    code = "attachment"


class AttachmentCancelled(AttachmentError):
    code = "cancelled"
    exit_status = 130


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    sha256: str  # of the original plaintext, for chain of custody
    size: int  # true plaintext size: needed to strip the padding again
    stored_size: int  # bytes on disk
    sealed_to: tuple[str, ...] = ()  # age recipients besides the workspace's own, sorted
    pieces: tuple[str, ...] = ()  # SHA-256 of each CIPHER_PIECE slice of the ciphertext, in order


def new_identity() -> str:
    """A new workspace identity, "AGE-SECRET-KEY-1...", to be kept in the encrypted database."""
    return str(pyrage.x25519.Identity.generate())


def padded_size(size: int) -> int:
    """Padmé (Nikitin et al., PETS 2019): leaks O(log log n) bits of the size, overhead <= 12%."""
    if size <= MIN_PADDED_SIZE:
        return MIN_PADDED_SIZE
    exponent = size.bit_length() - 1  # floor(log2 size)
    low_bits = exponent - exponent.bit_length()  # E - (floor(log2 E) + 1)
    mask = (1 << low_bits) - 1
    return (size + mask) & ~mask


class _Cancelled(Exception):
    pass


class _PaddingReader:
    """What pyrage reads: the source's bytes, hashed on the way through, then the zero padding.

    pyrage flattens exceptions raised here into a string, so the original is kept in `error`.
    """

    def __init__(self, source: Readable, progress: Callable[[int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self._source, self._progress, self._cancelled = source, progress, cancelled
        self._hash = hashlib.sha256()
        self._next_report = _PROGRESS_STEP
        self._padding: int | None = None  # known only at the end of the source
        self.size = 0
        self.error: BaseException | None = None

    def sha256(self) -> str:
        return self._hash.hexdigest()

    def read(self, n: int = -1) -> bytes:
        try:
            return self._read(n if n is not None and n > 0 else io.DEFAULT_BUFFER_SIZE)
        except BaseException as exc:
            self.error = exc
            raise

    def _read(self, n: int) -> bytes:
        if self._padding is None:
            if self._cancelled is not None and self._cancelled():
                raise _Cancelled
            data = self._source.read(n)
            if data:
                self._hash.update(data)
                self.size += len(data)
                if self._progress is not None and self.size >= self._next_report:
                    self._next_report = self.size + _PROGRESS_STEP
                    self._progress(self.size)
                return data
            if self._progress is not None:
                self._progress(self.size)
            self._padding = padded_size(self.size) - self.size
        take = min(n, self._padding)
        self._padding -= take
        return bytes(take)


class _UnpaddingWriter:
    """What pyrage writes to: passes the first `size` bytes on (hashed), checks the rest are zeros.

    With no destination it only hashes (for `verify`).
    """

    def __init__(self, destination: BinaryIO | None, size: int) -> None:
        self._destination = destination
        self._remaining = size
        self._hash = hashlib.sha256()
        self.total = 0
        self.padding_ok = True
        self.error: BaseException | None = None

    def sha256(self) -> str:
        return self._hash.hexdigest()

    def write(self, data: bytes) -> int:
        try:
            n = len(data)
            keep = min(n, self._remaining)
            if keep:
                chunk = data if keep == n else data[:keep]
                self._hash.update(chunk)
                if self._destination is not None:
                    self._destination.write(chunk)
                self._remaining -= keep
            if keep < n and data.count(0, keep) != n - keep:
                self.padding_ok = False
            self.total += n
            return n
        except BaseException as exc:
            self.error = exc
            raise


class AttachmentVault:
    """The encrypted blobs of one workspace, in `directory` (the workspace's `attachments/`)."""

    def __init__(self, directory: Path, identity: str, *, share_with: Sequence[str] = ()) -> None:
        try:
            self._identity = pyrage.x25519.Identity.from_str(identity)
        except Exception:  # `from None`: the key must not reach a traceback through the cause
            raise AttachmentError("The workspace's attachment key is malformed.") from None
        self._recipient = self._identity.to_public()
        self.sealed_to = tuple(sorted(set(share_with)))
        self._shared = _recipients(self.sealed_to)
        self._dir = Path(directory)
        self._dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    def __repr__(self) -> str:
        return f"AttachmentVault({str(self._dir)!r})"

    def _path(self, blob_id: str) -> Path:
        if not isinstance(blob_id, str) or not _BLOB_ID.fullmatch(blob_id):
            raise AttachmentError("Invalid attachment id.")  # also keeps ids from escaping the folder
        return self._dir / blob_id[:2] / blob_id

    # -- intake ------------------------------------------------------------------------------------

    def put_file(self, source: Path, *, progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> StoredBlob:
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed below; open errors reported on their own
        except OSError as exc:
            # the file's name stays out of the message: messages end up in logs
            raise AttachmentError("The file to attach could not be read ({reason}).", reason=exc.strerror) from None
        with stream:
            return self.put_stream(stream, progress=progress, cancelled=cancelled)

    def put_stream(self, source: Readable, *, progress: Callable[[int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> StoredBlob:
        """Encrypt `source` to a new blob. `progress` gets plaintext bytes read so far."""
        blob_id = secrets.token_hex(16)
        final = self._path(blob_id)
        reader = _PaddingReader(source, progress, cancelled)
        stored_size, pieces = _encrypt_into(reader, final, [self._recipient, *self._shared])
        return StoredBlob(blob_id, reader.sha256(), reader.size, stored_size, self.sealed_to, pieces)

    def seal_copy(self, source: Readable, destination: Path, share_with: Sequence[str]) -> StoredBlob:
        """Encrypt plaintext from `source` like a blob, but into `destination` (outside the vault) and
        to this vault's key plus `share_with`: re-sealing an older blob for new recipients."""
        reader = _PaddingReader(source, None, None)
        shared = tuple(sorted(set(share_with)))
        stored_size, pieces = _encrypt_into(reader, destination, [self._recipient, *_recipients(shared)])
        return StoredBlob("", reader.sha256(), reader.size, stored_size, shared, pieces)

    def blob_path(self, blob_id: str) -> Path:
        """Where a blob's ciphertext lives (for linking it into an outbox; it is never rewritten)."""
        return self._path(blob_id)

    # -- output ------------------------------------------------------------------------------------

    def _decrypt(self, blob_id: str, size: int, destination: BinaryIO | None) -> _UnpaddingWriter:
        path = self._path(blob_id)
        try:
            source = open(path, "rb")  # noqa: SIM115
        except FileNotFoundError:
            raise AttachmentError("Attachment {blob_id} is missing from the workspace.", blob_id=blob_id) from None
        except OSError as exc:
            raise AttachmentError("Attachment {blob_id} could not be read ({reason}).",
                                  blob_id=blob_id, reason=exc.strerror) from None
        with source:
            return _decrypt_stream(source, [self._identity], size, destination, f"Attachment {blob_id}")

    def _decrypt_checked(self, blob_id: str, size: int, destination: BinaryIO | None) -> str:
        writer = self._decrypt(blob_id, size, destination)
        if writer.total != padded_size(size) or not writer.padding_ok:
            raise AttachmentError("Attachment {blob_id} does not have the recorded size.", blob_id=blob_id)
        return writer.sha256()

    def export_to(self, blob_id: str, size: int, destination: BinaryIO) -> str:
        """Decrypt into the caller's `destination`; returns the SHA-256 of what was written.

        The caller compares it with the recorded hash, and on any error (including a mismatch)
        deletes the destination: the data was authenticated chunk by chunk, not as a whole, until
        this returns.
        """
        digest = self._decrypt_checked(blob_id, size, destination)
        destination.flush()
        return digest

    def read_bytes(self, blob_id: str, size: int, limit: int = PREVIEW_LIMIT) -> bytes:
        """The whole plaintext in memory, for previews; refused above `limit` bytes."""
        if size > limit:
            raise AttachmentError("Attachment {blob_id} is too large to preview ({size} bytes).",
                                  blob_id=blob_id, size=size)
        buffer = io.BytesIO()
        self._decrypt_checked(blob_id, size, buffer)
        return buffer.getvalue()

    def verify(self, blob_id: str, size: int, sha256: str) -> bool:
        """Whether the blob decrypts to `size` bytes with this SHA-256 (chain-of-custody check).

        False for a different size or hash; AttachmentError if the blob is missing, damaged or
        tampered with, or belongs to another key.
        """
        writer = self._decrypt(blob_id, size, None)  # hash only, keep nothing
        if writer.total != padded_size(size) or not writer.padding_ok:
            return False
        return hmac.compare_digest(writer.sha256(), sha256.lower())

    def delete(self, blob_id: str) -> None:
        """Remove a blob; a blob that is already gone is not an error."""
        path = self._path(blob_id)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise AttachmentError("Attachment {blob_id} could not be deleted ({reason}).",
                                  blob_id=blob_id, reason=exc.strerror) from None


def decrypt_padded(source: Readable, identities: Sequence[object], size: int, destination: BinaryIO | None,
                   what: str = "The attachment") -> str:
    """Decrypt a blob-format age stream (from anywhere, e.g. a sync package) with `identities`: the
    first `size` bytes go to `destination`, the rest must be zero padding. Returns their SHA-256."""
    writer = _decrypt_stream(source, identities, size, destination, what)
    if writer.total != padded_size(size) or not writer.padding_ok:
        raise AttachmentError("{what} does not have the recorded size.", what=what)
    return writer.sha256()


def _decrypt_stream(source: Readable, identities: Sequence[object], size: int, destination: BinaryIO | None,
                    what: str) -> _UnpaddingWriter:
    if not isinstance(size, int) or size < 0:
        raise AttachmentError("Invalid attachment size.")
    writer = _UnpaddingWriter(destination, size)
    try:
        pyrage.decrypt_io(source, writer, list(identities))
    except Exception as exc:
        if writer.error is not None:
            raise AttachmentError("{what} could not be written out ({reason}).",
                                  what=what, reason=_describe(writer.error)) from writer.error
        if "no matching keys" in str(exc).lower():
            raise AttachmentError("{what} cannot be opened with this workspace's key (a different key, or its "
                                  "header is damaged).", what=what) from None
        raise AttachmentError("{what} is damaged or was tampered with.", what=what) from None
    return writer


def _recipients(strings: Sequence[str]) -> list[object]:
    try:
        return [pyrage.x25519.Recipient.from_str(r) for r in strings]
    except Exception:
        raise AttachmentError("An age recipient to share attachments with is malformed.") from None


class _PieceHashingWriter:
    """Passes ciphertext on to the file and hashes it in CIPHER_PIECE slices on the way."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._digest = hashlib.sha256()
        self._in_piece = 0
        self.pieces: list[str] = []

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            take = min(len(view), CIPHER_PIECE - self._in_piece)
            self._digest.update(view[:take])
            self._in_piece += take
            view = view[take:]
            if self._in_piece == CIPHER_PIECE:
                self._close_piece()
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()

    def _close_piece(self) -> None:
        self.pieces.append(self._digest.hexdigest())
        self._digest, self._in_piece = hashlib.sha256(), 0

    def finish(self) -> tuple[str, ...]:
        if self._in_piece or not self.pieces:
            self._close_piece()
        return tuple(self.pieces)


def _encrypt_into(reader: _PaddingReader, final: Path, recipients: Sequence[object]) -> tuple[int, tuple[str, ...]]:
    """Encrypt what `reader` gives into a `.part` beside `final`, fsync, rename; returns the size and the
    SHA-256 of each CIPHER_PIECE slice of the ciphertext."""
    part = final.parent / f"{secrets.token_hex(16)}.part"
    try:
        final.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600)
        with os.fdopen(fd, "wb") as out:
            hashing = _PieceHashingWriter(out)
            pyrage.encrypt_io(reader, hashing, list(recipients))
            out.flush()
            os.fsync(out.fileno())
        stored_size = part.stat().st_size
        pieces = hashing.finish()
        os.replace(part, final)
        fsync_dir(final.parent)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(reader.error, _Cancelled):
            raise AttachmentCancelled("Attaching the file was cancelled; nothing was stored.") from None
        if reader.error is not None and not isinstance(reader.error, Exception):
            raise reader.error from None  # KeyboardInterrupt and friends go through unchanged
        if reader.error is not None:
            raise AttachmentError("The file to attach could not be read ({reason}); "
                                  "nothing was stored.", reason=_describe(reader.error)) from reader.error
        if _is_disk_full(exc):
            raise DiskFull("The disk is full: the attachment was not stored and the workspace is "
                           "unchanged. Free some space and try again.") from None
        if isinstance(exc, Exception):
            raise AttachmentError("The attachment could not be stored ({reason}); "
                                  "nothing was stored.", reason=_describe(exc)) from exc
        raise
    return stored_size, pieces


def _is_disk_full(exc: BaseException) -> bool:
    # pyrage flattens exceptions raised by our writer into its own error's text.
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return "[Errno 28]" in str(exc) or "No space left on device" in str(exc)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror  # without the file name
    return str(exc) or type(exc).__name__
