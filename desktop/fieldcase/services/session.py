"""Opening a workspace: the use cases both drivers (the app, the command line) call to get one.

Each returns an unlocked `Workspace` whose store is open and migrated (a wrong passphrase, a damaged or
foreign store, or a store from a newer release fails here, with nothing changed). The caller locks it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..crypto import unlock_guard
from ..workspace import Workspace, is_workspace

if TYPE_CHECKING:  # each service is imported when first asked for: the briefing's reportlab is heavy
    from .acts import ActsService
    from .analysis import AnalysisService
    from .briefing import BriefingService
    from .conflicts import ConflictService
    from .gazetteer import GazetteerService
    from .identity_links import IdentityLinkService
    from .matches import MatchService
    from .records import CaseService
    from .rmr import RmrService
    from .security import KeyService
    from .sync import SyncService


def unlock(path: Path, passphrase: str, *, delays: tuple[int, ...] = unlock_guard.DELAYS_S,
           sleep: Callable[[float], None] = time.sleep) -> Workspace:
    """Open the workspace. After wrong passphrases (counted on disk, services/unlock_guard.py) the attempt
    first waits out the growing delay; the duress passphrase opens the decoy (services/duress.py)."""
    from ..crypto import keys
    from ..errors import WrongPassphrase
    from ..workspace import KeyFile

    if not is_workspace(path):
        return Workspace.unlock(path, "")  # raises the specific 'not a workspace' error before any key work
    state = unlock_guard.read(path)
    wait = state.wait_left_s(delays)
    if wait > 0:
        sleep(wait)
    from ..hq.users import UsersFile

    if UsersFile.exists(path):  # an HQ directory with users: opened by the first reviewer (services/hq_users.py)
        from ..hq.store import HqStore

        try:
            return HqStore.open(path, passphrase).ws
        except WrongPassphrase:
            unlock_guard.record_failure(path)
            raise
    keyfile = KeyFile.load(path)
    try:
        key, role, kek = keys.open_slots(keyfile.passphrase_slots, passphrase, keyfile.workspace_id)
    except WrongPassphrase:
        after = unlock_guard.record_failure(path)
        if after.wipe_after is not None and after.failures >= after.wipe_after:
            from ..wipe import wipe_workspace

            wipe_workspace(path)
        raise
    if role != keys.ROLE_REAL:
        from . import duress

        return duress.open_decoy(path, keyfile, key, role, kek)
    opening = time.perf_counter()
    ws = Workspace._opened(path, keyfile, key)
    try:
        _settle_guard(ws, state)
        from . import duress

        duress.pad_like_decoy(ws, time.perf_counter() - opening, sleep)
    except BaseException:
        ws.lock()
        raise
    return ws


def _settle_guard(ws: Workspace, state: unlock_guard.GuardState) -> None:
    """Report what happened since the last unlock, then start a new failed-unlock record and seal it."""
    from ..errors import FieldcaseError

    sealed = ws.sealed_guard()
    wipe_after = state.wipe_after
    if sealed:
        _anchor, _, setting = sealed.partition(":")
        wipe_after = int(setting) if setting.isdigit() and int(setting) > 0 else None  # the sealed setting wins
        if state.tampered or unlock_guard.guard_seal_value(state.anchor, state.wipe_after) != sealed:
            ws.guard_notice = FieldcaseError("The record of failed unlock attempts was altered or removed since "
                                             "the last unlock: someone may have tried passphrases on this "
                                             "workspace.")
    if ws.guard_notice is None and state.failures > 0:
        ws.guard_notice = FieldcaseError("Wrong passphrases entered since the last unlock: {count}.",
                                         count=state.failures)
    if ws.alarm is None:
        ws.seal_guard(unlock_guard.reset(ws.path, wipe_after))


def set_wipe_after(ws: Workspace, failures: int | None) -> None:
    """Quick-delete the workspace after this many wrong passphrases in a row (None: never)."""
    from ..errors import FieldcaseError

    if failures is not None and not 1 <= failures <= unlock_guard.CHAIN_LENGTH:
        raise FieldcaseError("The number of failed unlocks must be between 1 and {most}.",
                             most=unlock_guard.CHAIN_LENGTH)
    ws.seal_guard(unlock_guard.reset(ws.path, failures))


MAX_WIPE_AFTER = unlock_guard.CHAIN_LENGTH  # the most failures the record can count


def wipe_after(ws: Workspace) -> int | None:
    """The quick-delete-after-failures setting in force (None: off, the default), as sealed in the key file
    (the one unlock trusts); the record's own copy only when there is no valid seal."""
    sealed = ws.sealed_guard()
    if sealed:
        setting = sealed.partition(":")[2]
        return int(setting) if setting.isdigit() and int(setting) > 0 else None
    return unlock_guard.read(ws.path).wipe_after


def failed_unlocks(path: Path) -> unlock_guard.GuardState:
    """The failed-unlock record as it stands (for the unlock screen's countdown)."""
    return unlock_guard.read(path)


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
    def rmr(self) -> RmrService:
        from .rmr import RmrService

        return RmrService(self.ws)

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

    @cached_property
    def identity_links(self) -> IdentityLinkService:
        from .identity_links import IdentityLinkService

        return IdentityLinkService(self.ws)

    @property
    def conflicts(self) -> ConflictService:
        from .conflicts import ConflictService

        return ConflictService(self.ws)

    @property
    def matches(self) -> MatchService:
        from .matches import MatchService

        return MatchService(self.ws)
