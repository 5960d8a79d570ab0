"""The duress passphrase: a second passphrase that opens a harmless, empty decoy workspace and, if the
officer chose so, quick-deletes the real one first.

How it hides (crypto/keys.py): every key file carries the same number of passphrase slots, sharing one
salt and one set of Argon2id parameters; a slot nobody uses is random bytes of the same size. The duress
slot is one of them, wrapped under the duress passphrase with its role ("keep" or "wipe") bound into the
associated data, which is never written down. Unlocking derives the key once and tries every slot under
every role, so the work is the same whichever passphrase is typed. Setting or clearing the duress
passphrase rewrites every passphrase slot (new salt, new filler, new order), exactly as a change of
passphrase does; what it was for is recorded only inside the encrypted store (the duress passphrase itself
is kept there, so later passphrase changes can re-wrap its slot under the new salt).

Limits (README): an adversary who imaged the disk before will see, after a wipe, that the workspace
changed completely; one who holds the real passphrase (or the recovery key) can read that a duress
passphrase exists. In "keep" mode the decoy lives in a temporary folder for as long as it is open.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..crypto import keys
from ..errors import Cancelled, FieldcaseError, WrongPassphrase
from ..wipe import wipe_workspace

if TYPE_CHECKING:
    from ..workspace import KeyFile, Workspace

SECRET_DURESS = "duress-passphrase"
DECOY_OFFICER = "Field officer"
DuressMode = Literal["off", "keep", "wipe"]  # none set; opens the decoy; quick-deletes this workspace first


def _stored(ws: Workspace) -> dict[str, Any] | None:
    value = ws.secret(SECRET_DURESS)
    if not value:
        return None
    data: dict[str, Any] = json.loads(value)
    return data


def is_set(ws: Workspace) -> bool:
    return _stored(ws) is not None


def wipes_real(ws: Workspace) -> bool:
    data = _stored(ws)
    return bool(data and data["role"] == keys.ROLE_DURESS_WIPE)


def mode(ws: Workspace) -> DuressMode:
    """What the duress passphrase of this workspace does (a decoy has none: it reads "off")."""
    data = _stored(ws)
    if data is None:
        return "off"
    return "wipe" if data["role"] == keys.ROLE_DURESS_WIPE else "keep"


def rewrapped(ws: Workspace, kdf: dict[str, Any]) -> list[tuple[bytes, bytearray, str]]:
    """The duress slot's (kek, key, role) under new parameters, if a duress passphrase is set."""
    data = _stored(ws)
    if data is None:
        return []
    return [(keys.passphrase_kek(data["passphrase"], kdf), bytearray(bytes.fromhex(data["key"])), data["role"])]


def _check_current(ws: Workspace, current: str) -> None:
    try:
        key, role = keys.open_passphrase_slots(ws.keyfile.passphrase_slots, current, ws.keyfile.workspace_id)
    except WrongPassphrase:  # opens no slot: said as what it is here, not as a failed unlock
        raise WrongPassphrase("The current passphrase is wrong; nothing was changed.") from None
    same = role == keys.ROLE_REAL and ws.raw_key_hex() == bytes(key).hex()
    keys.wipe(key)
    if not same:
        raise WrongPassphrase("The current passphrase is wrong; nothing was changed.")


def _rewrite_slots(ws: Workspace, current: str, duress: tuple[str, str, bytearray] | None) -> None:
    """Every passphrase slot anew: new salt (parameters at least as strong), new filler, new order."""
    from ..workspace import KEY_FILE  # noqa: F401  (the file this rewrites)

    previous = ws.keyfile.passphrase_slots[0].kdf
    kdf = keys.new_kdf(keys.at_least_as_strong(previous))
    real_key = bytearray(bytes.fromhex(ws.raw_key_hex()))
    wrapped = [(keys.passphrase_kek(current, kdf), real_key, keys.ROLE_REAL)]
    if duress is not None:
        passphrase, role, decoy_key = duress
        wrapped.append((keys.passphrase_kek(passphrase, kdf), decoy_key, role))
    ws.keyfile.passphrase_slots = keys.passphrase_slots(kdf, ws.keyfile.workspace_id, wrapped)
    for _kek, key, _role in wrapped:
        keys.wipe(key)
    ws.keyfile.save(ws.path)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def set_duress(ws: Workspace, current: str, duress_passphrase: str, *, wipe_real: bool,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Set (or replace) the duress passphrase. `wipe_real`: typing it quick-deletes this workspace.
    `cancelled` is checked before anything is written: a cancel changes nothing."""
    from ..store import audit, keyvalue
    from ..workspace import utc_now

    if len(duress_passphrase) < 8:
        raise FieldcaseError("The duress passphrase is too short: use at least 8 characters.")
    if duress_passphrase == current:
        raise FieldcaseError("The duress passphrase must differ from the passphrase; nothing was changed.")
    _check_current(ws, current)
    _stop_if(cancelled)
    role = keys.ROLE_DURESS_WIPE if wipe_real else keys.ROLE_DURESS_KEEP
    decoy_s = _time_a_decoy(ws)
    _stop_if(cancelled)  # the last point where nothing has changed
    decoy_key = keys.new_data_key()
    body = json.dumps({"passphrase": duress_passphrase, "role": role, "key": bytes(decoy_key).hex(),
                       "decoy_s": decoy_s})
    with ws.db.writing() as conn:
        keyvalue.put_secrets(conn, {SECRET_DURESS: body.encode("utf-8")})
        audit.append(conn, [audit.AuditEvent("key.duress-set", "workspace", ws.keyfile.workspace_id, None,
                                             {"wipes_real": wipe_real})], actor=ws.officer, at=utc_now())
    _rewrite_slots(ws, current, (duress_passphrase, role, decoy_key))


def clear_duress(ws: Workspace, current: str, *, cancelled: Callable[[], bool] | None = None) -> None:
    from ..store import audit, keyvalue
    from ..workspace import utc_now

    _check_current(ws, current)
    _stop_if(cancelled)
    _rewrite_slots(ws, current, None)
    with ws.db.writing() as conn:
        keyvalue.delete_secrets(conn, [SECRET_DURESS])
        audit.append(conn, [audit.AuditEvent("key.duress-cleared", "workspace", ws.keyfile.workspace_id)],
                     actor=ws.officer, at=utc_now())


def _time_a_decoy(ws: Workspace) -> float:
    """Seconds it takes here to make a decoy (one made and removed now): the real unlock waits as long,
    so that the two passphrases take the same time (services/session.py)."""
    import os
    import time

    from ..workspace import Workspace

    scratch = Path(tempfile.mkdtemp(prefix="fieldcase-"))
    try:
        kdf = ws.keyfile.passphrase_slots[0].kdf
        runs: list[float] = []
        for _ in range(3):  # the median: the first run also pays for imports and cold caches
            start = time.perf_counter()
            made, _recovery = Workspace.create_with_kek(scratch / str(len(runs)), os.urandom(32), kdf,
                                                        DECOY_OFFICER)
            made.take_pending_recovery_key()  # as open_decoy does
            made.lock()
            runs.append(time.perf_counter() - start)
        return round(sorted(runs)[1], 4)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def pad_like_decoy(ws: Workspace, elapsed_s: float, sleep: Callable[[float], None]) -> None:
    """With a duress passphrase set, the real unlock lasts at least as long as making the decoy does."""
    data = _stored(ws)
    if data is None:
        return
    left = float(data.get("decoy_s", 0.0)) - elapsed_s
    if left > 0:
        sleep(left)


def open_decoy(path: Path, keyfile: KeyFile, decoy_key: bytearray, role: str, kek: bytes) -> Workspace:
    """What the duress passphrase opens: an empty workspace, made now with the key its unlock derived.

    It must look like a workspace in use, not one just made: its recovery key counts as written down
    (else the app would show a new workspace's recovery-key screen), and a decoy made elsewhere says it is
    the folder the officer opened (`opened_from`: what the window, the settings page and the list of
    recent workspaces show)."""
    from ..workspace import Workspace

    keys.wipe(decoy_key)
    kdf = keyfile.passphrase_slots[0].kdf
    if role == keys.ROLE_DURESS_WIPE:
        # The real workspace goes first (its key slots before anything else); the decoy then takes its
        # place, so the duress passphrase goes on opening it.
        wipe_workspace(path, remove_folder=False)
        ws, _recovery = Workspace.create_with_kek(path, kek, kdf, DECOY_OFFICER)
        return _as_if_in_use(ws)
    scratch = Path(tempfile.mkdtemp(prefix="fieldcase-"))
    try:
        ws, _recovery = Workspace.create_with_kek(scratch / "workspace", kek, kdf, DECOY_OFFICER)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    ws.on_lock.append(lambda: shutil.rmtree(scratch, ignore_errors=True))
    ws.opened_from = path
    return _as_if_in_use(ws)


def _as_if_in_use(ws: Workspace) -> Workspace:
    try:
        ws.take_pending_recovery_key()
    except BaseException:
        ws.lock()
        raise
    return ws
