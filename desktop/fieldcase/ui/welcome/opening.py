"""What unlocking or creating a workspace hands to the main window (Qt-free work, run as tasks)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..vocab import Vocabulary, load_vocabulary

if TYPE_CHECKING:  # the core is imported on a worker thread, not while the window first paints
    from ...workspace import Workspace


@dataclass(frozen=True)
class Opened:
    workspace: Workspace
    vocab: Vocabulary
    recovery_key: str | None  # still to be confirmed as written down (shown once)


def _pending_key(ws: Workspace) -> str | None:
    from ...workspace import SECRET_PENDING_RECOVERY

    value = ws.secret(SECRET_PENDING_RECOVERY)
    return value.decode() if value else None


def unlock(path: Path, passphrase: str, show_pending_key: bool = True) -> Opened:
    from ...workspace import Workspace

    ws = Workspace.unlock(path, passphrase)
    try:
        return Opened(ws, load_vocabulary(), _pending_key(ws) if show_pending_key else None)
    except BaseException:
        ws.lock()
        raise


def create(path: Path, passphrase: str, officer: str) -> Opened:
    from ...workspace import Workspace

    ws, recovery_key = Workspace.create(path, passphrase, officer)
    try:
        return Opened(ws, load_vocabulary(), recovery_key)
    except BaseException:
        ws.lock()
        raise


def unlock_with_recovery_key(path: Path, recovery_key: str, new_passphrase: str) -> Opened:
    """Forgotten passphrase: open with the recovery key, set a new passphrase at once."""
    from ...workspace import Workspace

    ws = Workspace.unlock_with_recovery_key(path, recovery_key)
    try:
        ws.change_passphrase(new_passphrase)
        return Opened(ws, load_vocabulary(), None)
    except BaseException:
        ws.lock()
        raise


def confirm_recovery_key(ws: Workspace) -> Any:
    """The officer wrote the key down: erase the copy kept in the store until now."""
    return ws.take_pending_recovery_key()


def warm_up() -> None:
    """Import the core and load the frameworks while the officer types the passphrase."""
    from ...services import records, validation  # noqa: F401 - imported for the module cache
    from ...store import cases  # noqa: F401
    from .. import workspace_view  # noqa: F401

    load_vocabulary()
