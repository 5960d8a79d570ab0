"""Opening a workspace: the use cases both drivers (the app, the command line) call to get one.

Each returns an unlocked `Workspace` whose store is open and migrated (a wrong passphrase, a damaged or
foreign store, or a store from a newer release fails here, with nothing changed). The caller locks it.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..workspace import Workspace, is_workspace

if TYPE_CHECKING:  # each service is imported when first asked for: the briefing's reportlab is heavy
    from .acts import ActsService
    from .analysis import AnalysisService
    from .briefing import BriefingService
    from .gazetteer import GazetteerService
    from .records import CaseService
    from .security import KeyService
    from .sync import SyncService


def unlock(path: Path, passphrase: str) -> Workspace:
    if not is_workspace(path):
        return Workspace.unlock(path, "")  # raises the specific 'not a workspace' error before any key work
    return Workspace.unlock(path, passphrase)


def create(path: Path, passphrase: str, officer: str) -> tuple[Workspace, str]:
    """A new workspace and its recovery key (to show once, then `confirm_recovery_key`)."""
    return Workspace.create(path, passphrase, officer)


def recover(path: Path, recovery_key: str, new_passphrase: str) -> Workspace:
    """Forgotten passphrase: open with the recovery key and set the new passphrase at once."""
    ws = Workspace.unlock_with_recovery_key(path, recovery_key)
    try:
        ws.change_passphrase(new_passphrase)
    except BaseException:
        ws.lock()
        raise
    return ws


def pending_recovery_key(ws: Workspace) -> str | None:
    """The recovery key made at creation while the officer has not yet confirmed writing it down."""
    from ..workspace import SECRET_PENDING_RECOVERY

    value = ws.secret(SECRET_PENDING_RECOVERY)
    return value.decode() if value else None


def confirm_recovery_key(ws: Workspace) -> str | None:
    """The officer wrote the key down: erase the copy kept in the store (returns it one last time)."""
    return ws.take_pending_recovery_key()


class Session:
    """The services of one unlocked workspace, each made on first use. The drivers hand each page or
    command the service it needs (typed); none of them builds a service from a workspace itself."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @cached_property
    def cases(self) -> CaseService:
        from .records import CaseService

        return CaseService(self.ws)

    @cached_property
    def analysis(self) -> AnalysisService:
        from .analysis import AnalysisService

        return AnalysisService(self.ws)

    @cached_property
    def acts(self) -> ActsService:
        from .acts import ActsService

        return ActsService(self.ws)

    @cached_property
    def briefing(self) -> BriefingService:
        from .briefing import BriefingService

        return BriefingService(self.ws)

    @cached_property
    def sync(self) -> SyncService:
        from .sync import SyncService

        return SyncService(self.ws)

    @cached_property
    def keys(self) -> KeyService:
        from .security import KeyService

        return KeyService(self.ws)

    @cached_property
    def gazetteer(self) -> GazetteerService:
        from .gazetteer import GazetteerService

        return GazetteerService(self.ws)
