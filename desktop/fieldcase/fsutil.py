"""The one helper for writing our own files: atomic (write, fsync, rename), private (0600)."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Sequence
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


def _temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def _write_synced(tmp: Path, data: bytes) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, never half."""
    tmp = _temporary_name(path)
    try:
        _write_synced(tmp, data)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise disk_error(exc, path.name) from None


def atomic_write_together(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write files that belong together (a briefing and its complete list): all or none.

    Every file is written and synced under a temporary name first, so a full disk or an unwritable folder
    changes none of them; only then are they renamed into place, each older file first set aside under a
    temporary name (renames within a folder need no space, and work on a FAT memory stick too). Should a
    rename fail (a folder by that name), the new files are removed and the older ones put back, so the
    folder holds what it held before."""
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    set_aside: list[tuple[Path, Path]] = []  # (older file's temporary name, its name)
    current = files[0][0] if files else Path()
    try:
        for path, data in files:
            current = path
            staged.append((_temporary_name(path), path))
            _write_synced(staged[-1][0], data)
        for tmp, path in staged:
            current = path
            if path.is_file():
                aside = _temporary_name(path)
                os.rename(path, aside)
                set_aside.append((aside, path))
            os.replace(tmp, path)
            placed.append(path)
        for folder in dict.fromkeys(path.parent for _tmp, path in staged):
            fsync_dir(folder)
    except OSError as exc:
        for tmp, _path in staged:
            tmp.unlink(missing_ok=True)
        for path in placed:
            path.unlink(missing_ok=True)
        for aside, path in set_aside:
            with contextlib.suppress(OSError):
                os.rename(aside, path)
        raise disk_error(exc, current.name) from None
    for aside, _path in set_aside:
        aside.unlink(missing_ok=True)
