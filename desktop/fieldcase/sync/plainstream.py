"""Attachment plaintext as a *readable* stream, for packing.

Two ways: `ChildDecryptor` (a child process decrypting on another core, the default) and
`PlaintextReader` (a helper thread; for frozen builds where no interpreter can be started).

The vault decrypts by pushing into a writer (pyrage's `decrypt_io`), and the packer needs to pull.
A helper thread runs the vault's checked export into a small bounded queue of 1 MiB blocks; the
plaintext only ever exists in those blocks in memory (never on disk), and the vault checks size and
padding as it goes. Closing the reader early stops the thread.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
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
    """`read(n)` gives the attachment's plaintext; raises the vault's error if decryption fails."""

    def __init__(self, vault: Any, blob_id: str, size: int, sha256: str) -> None:
        self._q: queue.Queue[Any] = queue.Queue(maxsize=_DEPTH)
        self._stop = threading.Event()
        self._writer = _QueueWriter(self._q, self._stop)
        self._buf = b""
        self._off = 0
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(vault, blob_id, size, sha256), daemon=True,
                                        name="fieldcase-attachment-reader")
        self._thread.start()

    def _run(self, vault: Any, blob_id: str, size: int, sha256: str) -> None:
        try:
            digest = vault.export_to(blob_id, size, self._writer)
            self._writer.finish()
            if digest != sha256:
                raise AttachmentChanged(f"Attachment blob {blob_id} does not match the SHA-256 recorded when it "
                                        "was attached; nothing was sent.")
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


class ChildDecryptor:
    """Decrypts a package's attachments in a child process (see decrypt_child.py), one after another.

    `next_reader()` gives a readable for the next attachment in the order given; reading past its end
    checks the child's status byte (the SHA-256 recorded at intake). Used where a Python interpreter
    can be started (not in a frozen build, which uses `PlaintextReader`).
    """

    def __init__(self, vault_dir: Path, identity: str, items: list[tuple[str, int, str]]) -> None:
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
        self._proc = subprocess.Popen([sys.executable, "-m", "fieldcase.sync.decrypt_child"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        request = "\n".join([identity, str(vault_dir), *(f"{b} {n} {h}" for b, n, h in items)]) + "\n"
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(request.encode("ascii"))
        self._proc.stdin.close()
        self._out = self._proc.stdout
        self._sizes = [n for _b, n, _h in items]

    def next_reader(self) -> _ChildReader:
        return _ChildReader(self, self._sizes.pop(0))

    def fail(self) -> FieldcaseError:
        self._proc.kill()
        self._proc.wait()
        message = (self._proc.stderr.read() if self._proc.stderr else b"").decode("utf-8", "replace").strip()
        return AttachmentChanged(message.splitlines()[-1] if message else "An attachment could not be decrypted "
                                 "for packing; nothing was sent.")

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        for stream in (self._proc.stdout, self._proc.stderr):
            if stream:
                stream.close()

    def __enter__(self) -> ChildDecryptor:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _ChildReader:
    def __init__(self, owner: ChildDecryptor, size: int) -> None:
        self._owner, self._left = owner, size
        self._checked = False

    def read(self, n: int = -1) -> bytes:
        if self._left == 0:
            if not self._checked:
                self._checked = True
                if self._owner._out.read(1) != b"\0":
                    raise self._owner.fail()
            return b""
        want = self._left if n is None or n < 0 else min(n, self._left)
        data = self._owner._out.read(want)
        if not data:
            raise self._owner.fail()
        self._left -= len(data)
        return data

    def __enter__(self) -> _ChildReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass
