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


def unlock(path: Path, passphrase: str, show_pending_key: bool = True) -> Opened:
    from ...services import session

    ws = session.unlock(path, passphrase)
    try:
        return Opened(ws, load_vocabulary(), session.pending_recovery_key(ws) if show_pending_key else None)
    except BaseException:
        ws.lock()
        raise


def create(path: Path, passphrase: str, officer: str) -> Opened:
    from ...services import session

    ws, recovery_key = session.create(path, passphrase, officer)
    try:
        return Opened(ws, load_vocabulary(), recovery_key)
    except BaseException:
        ws.lock()
        raise


def unlock_with_recovery_key(path: Path, recovery_key: str, new_passphrase: str) -> Opened:
    """Forgotten passphrase: open with the recovery key, set a new passphrase at once."""
    from ...services import session

    ws = session.recover(path, recovery_key, new_passphrase)
    try:
        return Opened(ws, load_vocabulary(), None)
    except BaseException:
        ws.lock()
        raise


def confirm_recovery_key(ws: Workspace) -> Any:
    """The officer wrote the key down: erase the copy kept in the store until now."""
    from ...services import session

    return session.confirm_recovery_key(ws)


def warm_up() -> None:
    """Import the core and load the frameworks while the officer types the passphrase."""
    from ...services import (  # noqa: F401 - imported for the module cache
        analysis,
        records,
        validation,
    )
    from .. import workspace_view  # noqa: F401

    load_vocabulary()
