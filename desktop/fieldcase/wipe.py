"""Quick delete: destroy a workspace so that its passphrase and recovery key open nothing.

The order matters. The key slots go first (crypto-erase): workspace.json is overwritten in place with
random bytes, flushed, and removed, so within milliseconds no secret anyone holds can recover the data
key, and the store, the attachments (whose age identity lives inside the store) and everything else are
ciphertext nobody can decrypt. Only then are the store (with its -wal/-shm), drafts (inside the store),
attachments, the sync outbox/staging caches and every other file in the folder overwritten where cheap
and removed.

Limits (README): on flash storage (SSD, eMMC) an overwrite may land on a new physical block and the old
one can survive until the drive reuses it; the key file is small and overwritten first, but an adversary
who imaged the disk *before* the wipe keeps that image, and with the passphrase it opens.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import FieldcaseError, NotAWorkspace
from .fsutil import fsync_dir

KEY_FILE = "workspace.json"
# Files up to this size are overwritten before removal; larger ones (attachments, a big store) are
# ciphertext under keys that no longer exist, so removing them is enough and keeps the wipe fast.
OVERWRITE_UP_TO = 64 * 1024 * 1024


@dataclass(frozen=True)
class WipeReport:
    keys_destroyed_s: float  # seconds until the key slots were gone (from the start of the wipe)
    total_s: float
    files_removed: int


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    fd = os.open(path, os.O_WRONLY)
    try:
        left = size
        while left > 0:
            left -= os.write(fd, secrets.token_bytes(min(left, 1 << 20)))
        os.fsync(fd)
    finally:
        os.close(fd)


def destroy_key_file(folder: Path) -> None:
    """Overwrite the key slots with random bytes, flush, remove: the crypto-erase step."""
    path = folder / KEY_FILE
    if path.is_file():
        _overwrite(path)
        path.unlink()
        fsync_dir(folder)
    for stray in folder.glob(f".{KEY_FILE}.*.tmp"):  # a half-written key file from a crash
        _overwrite(stray)
        stray.unlink()


def wipe_workspace(folder: Path, *, remove_folder: bool = True) -> WipeReport:
    """Destroy the workspace in `folder` (the caller has locked it). Raises NotAWorkspace if it is none."""
    start = time.monotonic()
    if not (folder / KEY_FILE).is_file():
        raise NotAWorkspace("{file} is not a Fieldcase workspace; nothing was deleted.", file=folder)
    try:
        destroy_key_file(folder)
    except OSError as exc:
        raise FieldcaseError("The quick delete could not destroy the key file ({reason}); nothing else was "
                             "touched. Delete the folder by hand.", reason=os.strerror(exc.errno or 0)) from None
    keys_gone = time.monotonic() - start
    try:
        removed = 1
        # The store first (the data), then everything else, deepest first.
        ordered = [folder / name for name in ("store.db", "store.db-wal", "store.db-shm")]
        ordered += sorted((p for p in folder.rglob("*") if p.is_file() or p.is_symlink()),
                          key=lambda p: -len(p.parts))
        for path in ordered:
            if path.is_symlink():
                path.unlink()
            elif path.is_file():
                if path.stat().st_size <= OVERWRITE_UP_TO:
                    _overwrite(path)
                path.unlink()
            else:
                continue
            removed += 1
        if remove_folder:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            for sub in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
                sub.rmdir()
    except OSError as exc:
        raise FieldcaseError("The quick delete stopped part-way ({reason}); the key slots were destroyed first, "
                             "so the passphrase no longer opens the workspace. Remove the folder by hand.",
                             reason=os.strerror(exc.errno or 0)) from None
    return WipeReport(keys_gone, time.monotonic() - start, removed)
