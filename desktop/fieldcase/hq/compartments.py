"""Compartments: what an HQ user below the top clearance can open.

    HQDIR/compartments/restricted.db     SQLCipher, keyed with the restricted level key
    HQDIR/compartments/confidential.db   SQLCipher, keyed with the confidential level key

Each is an ordinary Fieldcase store (same schema, same migrations) holding, whole, every record whose
confidentiality is at or below its level, and of each record above it only its id, kind and level
(`hq_withheld`). The HQ store itself (store.db or PostgreSQL), keyed with the store key, is the top
compartment: only strictly_confidential clearance holds that key. A user's slot (hq/users.py) holds the key
of their own compartment and nothing else, so a strictly confidential record's content is in no file their
key opens. The level keys live in the HQ store's `secret` table (the store key opens them all), which is
how a top-clearance user rebuilds the compartments after each import and hands a level key to a new user.

A compartment is rebuilt whole into a new file and renamed over the old one: records whose level was raised
leave it at once, and no stale copy lingers in free pages. When a user below the top clearance is removed,
their level's key is replaced and that compartment rebuilt under the new key at once (`replace_level_keys`),
so the key the removed user held opens none of the records HQ receives after.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..crypto import keys
from ..domain.records import CaseRecord
from ..errors import FieldcaseError
from ..store import compartment
from ..store.database import Database
from ..workspace import Workspace, utc_now
from .users import COMPARTMENT_LEVELS, level_rank

FOLDER = "compartments"
SECRET_PREFIX = "hq-level-key."
META_REFRESHED = "hq.compartment-refreshed-at"
META_MARK = "hq.compartment-mark"  # the HQ store's highest revision id when the compartment was built


def path_of(hq_dir: Path, level: str) -> Path:
    return hq_dir / FOLDER / f"{level}.db"


def level_keys(ws: Workspace) -> dict[str, bytearray]:
    """The level keys from the HQ store (made on first use: a one-passphrase HQ has none yet)."""
    from ..store import keyvalue

    names = [SECRET_PREFIX + lv for lv in COMPARTMENT_LEVELS]
    with ws.db.writing() as conn:
        found = keyvalue.secrets(conn, names)
        missing = {n: bytes(keys.new_data_key()) for n in names if n not in found}
        if missing:
            keyvalue.put_secrets(conn, missing)
            found = {**found, **missing}
    return {lv: bytearray(found[SECRET_PREFIX + lv]) for lv in COMPARTMENT_LEVELS}


def open_compartment(hq_dir: Path, level: str, key: bytearray) -> Database:
    path = path_of(hq_dir, level)
    if not path.is_file():
        raise FieldcaseError("The HQ directory has no {level} compartment yet: a reviewer or analyst opens the HQ "
                             "once (or imports) to make it.", level=level)
    db = Database.open(path, key)
    try:
        db.upgrade()
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def _exclusive(hq_dir: Path) -> Iterator[None]:
    """One rebuild at a time across processes (concurrent `hq import` workers on a PostgreSQL HQ store)."""
    folder = hq_dir / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:  # LK_LOCK gives up after ten seconds: keep waiting
                    continue
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _mark_of(hq_dir: Path, level: str, key: bytearray) -> str | None:
    path = path_of(hq_dir, level)
    if not path.is_file():
        return None
    try:
        db = Database.open(path, key)
    except FieldcaseError:
        return None  # under a level key since replaced (replace_level_keys): rebuilt
    try:
        from ..store import keyvalue

        with db.reading() as conn:
            return keyvalue.meta(conn, META_MARK)
    except FieldcaseError:
        return None  # unreadable or from an older release: rebuilt
    finally:
        db.close()


def rebuild(ws: Workspace) -> dict[str, int]:
    """Rebuild the compartments from the HQ store (those already current are left as they are); how many
    records each holds whole."""
    with _exclusive(ws.path):
        return _rebuild_held(ws)


def replace_level_keys(ws: Workspace, levels: Sequence[str], actor: str,
                       audit_detail: dict[str, str]) -> dict[str, bytearray]:
    """A new key for each of `levels`' compartments, kept in the HQ store (an `hq.level-key-replace` audit entry
    each, one transaction) and those compartments rebuilt under them, in one pass, before this returns; a copy
    of each new key for the caller to send on (and wipe)."""
    from ..store import audit, keyvalue

    new_keys = {level: keys.new_data_key() for level in levels}
    with _exclusive(ws.path):  # no rebuild in another process can write a compartment under an old key
        with ws.db.writing() as conn:
            keyvalue.put_secrets(conn, {SECRET_PREFIX + level: bytes(key) for level, key in new_keys.items()})
            audit.append(conn, [audit.AuditEvent("hq.level-key-replace", "hq-compartment", level, None, audit_detail)
                                for level in levels], actor=actor, at=utc_now())
        _rebuild_held(ws)
    return new_keys


def _rebuild_held(ws: Workspace) -> dict[str, int]:
    """`rebuild` inside the compartments' lock: the level keys are read under it, so a rebuild never writes a
    compartment under a key another process has just replaced."""
    from ..store import syncstore

    held = level_keys(ws)
    try:
        with ws.db.reading() as conn:
            mark = str(syncstore.max_revision_id(conn))  # a new revision (a level raised too) changes it
            heads = compartment.head_levels(conn)
            stale = [lv for lv in COMPARTMENT_LEVELS if _mark_of(ws.path, lv, held[lv]) != mark]
            wanted = [rev for _r, _k, c, rev in heads if stale and level_rank(c) <= level_rank(stale[-1])]
            records = compartment.current_records(conn, wanted)
        counts: dict[str, int] = {}
        for level in COMPARTMENT_LEVELS:
            inside = [rev for _r, _k, c, rev in heads if level_rank(c) <= level_rank(level)]
            counts[level] = len(inside)
            if level in stale:
                above = [(rid, k, c) for rid, k, c, _rev in heads if level_rank(c) > level_rank(level)]
                _write(ws.path, level, held[level], [records[rev] for rev in inside], above, mark)
        return counts
    finally:
        for key in held.values():
            keys.wipe(key)


def _write(hq_dir: Path, level: str, key: bytearray, inside: list[CaseRecord],
           above: list[tuple[str, str, str]], mark: str) -> None:
    final = path_of(hq_dir, level)
    final.parent.mkdir(mode=0o700, exist_ok=True)
    fresh = final.with_name(f"{final.name}.{os.getpid()}.new")
    for leftover in (fresh, fresh.with_name(fresh.name + "-wal"), fresh.with_name(fresh.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    db = Database.open(fresh, key)
    try:
        db.upgrade()
        from ..store import keyvalue

        with db.writing() as conn:
            compartment.copy_records(conn, inside)
            compartment.set_withheld(conn, above)
            keyvalue.set_meta(conn, {META_REFRESHED: utc_now(), META_MARK: mark, "hq.compartment-level": level})
    finally:
        db.close()
    # an old file's write-ahead log must not be replayed onto the new file
    for stale in (final.with_name(final.name + "-wal"), final.with_name(final.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    os.replace(fresh, final)
