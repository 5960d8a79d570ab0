"""Attachment plaintext as a *readable* stream (re-sealing a blob for new recipients, or storing one
received from a package).

Decryption pushes into a writer (pyrage's `decrypt_io`), and encryption pulls from a reader. A
helper thread runs the decryption (`produce`, e.g. the vault's checked export) into a small bounded
queue of 1 MiB blocks; the plaintext only ever exists in those blocks in memory (never on disk),
and size, padding and SHA-256 are checked as it goes. Closing the reader early stops the thread.

(A child process decrypting on the other core was tried: on a busy two-core machine it was slower
than this thread, since pyrage holds the GIL either way and the pipe adds copies.)
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from ..errors import FieldcaseError

_BLOCK = 1 << 20
_DEPTH = 4
_END = object()


class _Stop(Exception):
    pass


class AttachmentChanged(FieldcaseError):
    code = "attachment-changed"


class _QueueWriter:
    def __init__(self, q: queue.Queue[Any], stop: threading.Event) -> None:
        self._q, self._stop = q, stop
        self._buf = bytearray()

    def write(self, data: bytes) -> int:
        self._buf += data
        if len(self._buf) >= _BLOCK:
            self._put(bytes(self._buf))
            self._buf = bytearray()
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        if self._buf:
            self._put(bytes(self._buf))
            self._buf = bytearray()

    def _put(self, item: Any) -> None:
        while True:
            if self._stop.is_set():
                raise _Stop
            try:
                self._q.put(item, timeout=0.2)
                return
            except queue.Full:
                continue


class PlaintextReader:
    """`read(n)` gives the plaintext `produce(writer)` writes (it returns the SHA-256 of what it wrote,
    which must be `sha256`); raises the producer's error if decryption fails."""

    def __init__(self, produce: Callable[[Any], str], sha256: str, what: str) -> None:
        self._q: queue.Queue[Any] = queue.Queue(maxsize=_DEPTH)
        self._stop = threading.Event()
        self._writer = _QueueWriter(self._q, self._stop)
        self._buf = b""
        self._off = 0
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(produce, sha256, what), daemon=True,
                                        name="fieldcase-attachment-reader")
        self._thread.start()

    @classmethod
    def of_blob(cls, vault: Any, blob_id: str, size: int, sha256: str) -> PlaintextReader:
        """A vault blob's plaintext, checked against the SHA-256 recorded at intake."""
        return cls(lambda writer: vault.export_to(blob_id, size, writer), sha256, f"Attachment blob {blob_id}")

    def _run(self, produce: Callable[[Any], str], sha256: str, what: str) -> None:
        try:
            digest = produce(self._writer)
            self._writer.finish()
            if digest != sha256:
                raise AttachmentChanged("{what} does not match the SHA-256 recorded when it was attached.", what=what)
            self._writer._put(_END)
        except _Stop:
            return
        except BaseException as exc:  # handed to the reading side
            if not self._stop.is_set():
                self._q.put(exc)

    def read(self, n: int = -1) -> bytes:
        while self._off >= len(self._buf):
            if self._done:
                return b""
            item = self._q.get()
            if item is _END:
                self._done = True
                return b""
            if isinstance(item, BaseException):
                self._done = True
                raise item
            self._buf, self._off = item, 0
        end = len(self._buf) if n is None or n < 0 else self._off + n
        out = self._buf[self._off:end]
        self._off += len(out)
        return out

    def close(self) -> None:
        self._stop.set()
        while self._thread.is_alive():
            try:
                self._q.get_nowait()
            except queue.Empty:
                self._thread.join(0.05)

    def __enter__(self) -> PlaintextReader:
        return self

    def __exit__(self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None) -> None:
        self.close()

