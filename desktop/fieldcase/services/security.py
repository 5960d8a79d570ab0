"""Key management the desktop offers while unlocked (the workspace does the cryptography)."""

from __future__ import annotations

from pathlib import Path

from ..crypto import keys
from ..errors import Cancelled, FieldcaseError, WrongPassphrase
from ..tasks import IsCancelled
from ..workspace import Workspace
from . import duress, session
from .duress import DuressMode

MAX_WIPE_AFTER = session.MAX_WIPE_AFTER


def check_passphrase(ws: Workspace, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens this workspace (asked again before key changes)."""
    key, role = keys.open_passphrase_slots(ws.keyfile.passphrase_slots, passphrase, ws.keyfile.workspace_id)
    same = role == keys.ROLE_REAL and bytes(key).hex() == ws.raw_key_hex()
    keys.wipe(key)
    if not same:
        raise WrongPassphrase()


def change_passphrase(ws: Workspace, current: str, new: str, *, cancelled: IsCancelled | None = None) -> None:
    """Check `current`, then re-wrap the key under `new` (two Argon2id derivations, a second or more each).
    `cancelled` is checked between them and before anything is written: a cancel changes nothing."""
    if new == current:
        raise FieldcaseError("The new passphrase is the same as the current one; nothing was changed.")
    try:
        check_passphrase(ws, current)
    except WrongPassphrase:
        raise WrongPassphrase("The current passphrase is wrong; nothing was changed.") from None
    if cancelled is not None and cancelled():
        raise Cancelled()
    ws.change_passphrase(new, cancelled=cancelled)


class KeyService:
    """The workspace's keys and identity as the settings page offers them."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @property
    def path(self) -> Path:
        """The folder the officer opened (a duress decoy shows the real one: services/duress.py)."""
        return self.ws.opened_from

    @property
    def officer(self) -> str:
        return self.ws.officer

    @property
    def workspace_id(self) -> str:
        return self.ws.keyfile.workspace_id

    def change_passphrase(self, current: str, new: str, *, cancelled: IsCancelled | None = None) -> None:
        change_passphrase(self.ws, current, new, cancelled=cancelled)

    def replace_recovery_key(self) -> str:
        return self.ws.replace_recovery_key()

    # -- emergency settings (duress passphrase, quick delete after failed unlocks) ---------------------
    def duress_mode(self) -> DuressMode:
        """What the duress passphrase does: off, keep or wipe (a decoy reads off: it has none of its own)."""
        return duress.mode(self.ws)

    def set_duress(self, current: str, duress_passphrase: str, *, wipe_real: bool,
                   cancelled: IsCancelled | None = None) -> DuressMode:
        """Check `current`, then set (or replace) the duress passphrase; returns the mode now in force."""
        duress.set_duress(self.ws, current, duress_passphrase, wipe_real=wipe_real, cancelled=cancelled)
        return duress.mode(self.ws)

    def clear_duress(self, current: str, *, cancelled: IsCancelled | None = None) -> DuressMode:
        duress.clear_duress(self.ws, current, cancelled=cancelled)
        return duress.mode(self.ws)

    def wipe_after(self) -> int | None:
        """Quick delete after this many wrong passphrases in a row; None: never (the default)."""
        return session.wipe_after(self.ws)

    def set_wipe_after(self, failures: int | None) -> int | None:
        """Change the setting; returns what is now in force, read back from the sealed key file."""
        session.set_wipe_after(self.ws, failures)
        return session.wipe_after(self.ws)
