"""Secrets from the environment or the terminal, and opening the workspace through services/session.py.

    FIELDCASE_PASSPHRASE        the workspace (or HQ directory) passphrase; for `init`, the new one
    FIELDCASE_NEW_PASSPHRASE    the new passphrase for `change-passphrase`
    FIELDCASE_RECOVERY_KEY      the recovery key for `change-passphrase --recovery-key`
    FIELDCASE_WEBDAV_PASSWORD   the WebDAV password for `sync target add --user` / `hq target --user`
    FIELDCASE_HQ_USER           the HQ user for `hq ...` commands without --user (`--hq-user` on `hq target`)

Without the variable a terminal is asked (never echoed); without a terminal the command stops.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FieldcaseError

if TYPE_CHECKING:
    from ..services.hq import HqStore
    from ..workspace import Workspace

PASS_ENV = "FIELDCASE_PASSPHRASE"
NEW_PASS_ENV = "FIELDCASE_NEW_PASSPHRASE"
RECOVERY_ENV = "FIELDCASE_RECOVERY_KEY"
WEBDAV_PASSWORD_ENV = "FIELDCASE_WEBDAV_PASSWORD"
HQ_USER_ENV = "FIELDCASE_HQ_USER"


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise FieldcaseError("No passphrase given: set {pass_env} or run in a terminal to be asked.", pass_env=PASS_ENV)
    return getpass.getpass(prompt)


def passphrase(prompt: str = "Passphrase: ") -> str:
    return os.environ.get(PASS_ENV) or ask(prompt)


def new_passphrase(env: str = PASS_ENV) -> str:
    """A new passphrase from `env`, else asked twice."""
    if os.environ.get(env):
        return os.environ[env]
    first = ask("New passphrase: ")
    if first != ask("Repeat the new passphrase: "):
        raise FieldcaseError("The two passphrases differ; nothing was changed.")
    return first


def recovery_key() -> str:
    return os.environ.get(RECOVERY_ENV) or ask("Recovery key: ")


def webdav_password(user: str | None) -> str | None:
    """The WebDAV password when a user name was given (from the environment, else asked)."""
    if not user:
        return None
    if os.environ.get(WEBDAV_PASSWORD_ENV) is not None:
        return os.environ[WEBDAV_PASSWORD_ENV]
    return ask("WebDAV password: ")


def unlock(path: Path) -> Workspace:
    """The officer's workspace, unlocked (the caller locks it: `with unlock(path) as ws:`).

    A folder that is not a workspace is refused before the passphrase is asked for."""
    from ..services import session
    from ..workspace import is_workspace

    if not is_workspace(path):
        return session.unlock(path, "")  # raises the specific 'not a workspace' error
    ws = session.unlock(path, passphrase())
    from .output import err

    if ws.guard_notice is not None:
        err(f"fieldcase: {ws.guard_notice.message}")
    if ws.alarm is not None:
        err(f"fieldcase: {ws.alarm.message}")
    return ws


def hq_user(given: str | None) -> str | None:
    """The HQ user named by --user, else FIELDCASE_HQ_USER, else None (the first reviewer)."""
    return given or os.environ.get(HQ_USER_ENV) or None


def open_hq(path: Path, user: str | None = None) -> HqStore:
    """The HQ directory, unlocked as `user` (the caller locks it: `with open_hq(path) as hq:`)."""
    from ..services import hq

    hq.check_hq_dir(path)
    return hq.open_hq(path, passphrase("HQ passphrase: "), hq_user(user))


def add_hq_options(parser: argparse.ArgumentParser, user_help: str = "the HQ user running the command "
                   "(default: the first reviewer)", *, user_flags: tuple[str, ...] = ("--user", "--hq-user")) -> None:
    """`--dir HQDIR` and the HQ user (`args.hq_user`, for `open_hq`), the same on every `fieldcase hq` command."""
    parser.add_argument("--dir", type=Path, required=True, help="the HQ directory")
    parser.add_argument(*user_flags, dest="hq_user", help=user_help)
