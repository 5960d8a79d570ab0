"""The one helper for writing our own files: atomic (write, fsync, rename), private (0600)."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from .errors import DiskFull, FieldcaseError

PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3  # <linux/prctl.h>
PT_DENY_ATTACH = 31  # <sys/ptrace.h> on macOS


def restrict_process() -> None:
    """Start-up hardening: files we create are private, a crash writes no core dump, and no other process
    of the same user may read our memory (where the data key lives while unlocked).

    Linux: prctl(PR_SET_DUMPABLE, 0) - no core dump, /proc/<pid>/mem and ptrace attach refused to
    non-root processes (Yama's ptrace_scope is not relied on). macOS: ptrace(PT_DENY_ATTACH) - debuggers
    cannot attach. Windows has no per-process switch in the standard library's reach; a process of the
    same user can open ours there (README, "Limits")."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on every platform; best effort
        pass
    _not_dumpable()


def _not_dumpable() -> None:
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith(("linux", "darwin")):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        if sys.platform.startswith("linux"):
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        else:
            libc.ptrace(PT_DENY_ATTACH, 0, None, 0)
    except (OSError, AttributeError):  # a libc without the call: best effort, as for the core limit
        pass


def is_dumpable() -> bool | None:
    """Linux only (None elsewhere): whether this process may still be dumped or ptrace-attached."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


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
