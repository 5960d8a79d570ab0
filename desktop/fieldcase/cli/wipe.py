"""`fieldcase wipe`: quick delete. The key slots are destroyed first (the passphrase and the recovery key
then open nothing), then the store, drafts, attachments and caches. No passphrase is asked: in an
emergency the officer may not have time, and anyone who can reach the folder could delete it anyway.

    fieldcase wipe --yes                    delete now, without the typed confirmation
    fieldcase wipe --after-failures 10      quick-delete after 10 wrong passphrases in a row (off: never)
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import Cancelled, FieldcaseError
from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("wipe", help="quick delete: destroy the key slots, then every file of the workspace")
    s.add_argument("--yes", action="store_true", help="do not ask for the typed confirmation")
    s.add_argument("--after-failures", metavar="N|off",
                   help="instead of deleting now: quick-delete after N wrong passphrases in a row (off: never)")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.after_failures is not None:
        return _set_after_failures(args)
    from ..services.emergency import quick_delete

    if not args.yes:
        if not sys.stdin.isatty():
            raise FieldcaseError("Nothing was deleted: confirm with --yes, or run in a terminal to be asked.")
        answer = input(f"Type DELETE to destroy the workspace in {args.workspace} for good: ")
        if answer.strip() != "DELETE":
            raise Cancelled("Cancelled; nothing was deleted.")
    report = quick_delete(args.workspace)
    out(f"Workspace destroyed: key slots gone after {report.keys_destroyed_s * 1000:.0f} ms, "
        f"{report.files_removed} files removed in {report.total_s:.1f} s. The passphrase opens nothing now.")
    return 0


def _set_after_failures(args: argparse.Namespace) -> int:
    from ..services import session

    value = str(args.after_failures).strip().lower()
    if value == "off":
        limit = None
    elif value.isdigit():
        limit = int(value)
    else:
        raise FieldcaseError("The {field} must be a whole number of attempts, or off.", field="--after-failures")
    with unlock(args.workspace) as ws:
        session.set_wipe_after(ws, limit)
    out("Quick delete after failed unlocks: off." if limit is None else
        f"The workspace will be quick-deleted after {limit} wrong passphrases in a row.")
    return 0
