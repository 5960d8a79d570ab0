"""`fieldcase change-passphrase [--recovery-key]`: re-wrap the workspace key under a new passphrase."""

from __future__ import annotations

import argparse
from typing import Any

from .output import out
from .prompts import NEW_PASS_ENV, new_passphrase, recovery_key, unlock


def register(sub: Any) -> None:
    s = sub.add_parser("change-passphrase", help="re-wrap the workspace key under a new passphrase")
    s.add_argument("--recovery-key", action="store_true", help="unlock with the recovery key instead")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services import session

    if args.recovery_key:
        key = recovery_key()
        session.recover(args.workspace, key, new_passphrase(NEW_PASS_ENV)).lock()
    else:
        with unlock(args.workspace) as ws:
            ws.change_passphrase(new_passphrase(NEW_PASS_ENV))
    out("Passphrase changed. The store was not re-encrypted; the old passphrase no longer opens it.")
    return 0
