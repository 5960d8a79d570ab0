"""The one helper for writing our own files: atomic (write, fsync, rename), private (0600)."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from .errors import DiskFull, FieldcaseError


def restrict_process() -> None:
    """Start-up hardening: files we create are private, and a crash writes no core dump."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on every platform; best effort
        pass


def disk_error(exc: OSError, what: str) -> FieldcaseError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull("The disk is full: {what} could not be written. Nothing was changed; "
                        "free some space and try again.", what=what)
    reason = os.strerror(exc.errno or 0)
    return FieldcaseError("{what} could not be written ({reason}). Nothing was changed.", what=what, reason=reason)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise disk_error(exc, path.name) from None
