"""`fieldcase duress set [--wipe] | clear`: a second passphrase that opens an empty decoy workspace.

    FIELDCASE_PASSPHRASE          the current passphrase (asked for it is not set)
    FIELDCASE_DURESS_PASSPHRASE   the duress passphrase (else asked twice)

With --wipe, typing the duress passphrase quick-deletes this workspace before the decoy opens. Nothing
on disk tells that a duress passphrase is set (see README, "Duress passphrase", for the limits).
"""

from __future__ import annotations

import argparse
from typing import Any

from .output import out
from .prompts import new_passphrase, passphrase, unlock

DURESS_ENV = "FIELDCASE_DURESS_PASSPHRASE"


def register(sub: Any) -> None:
    s = sub.add_parser("duress", help="set or clear a duress passphrase (opens a decoy workspace)")
    action = s.add_subparsers(dest="duress_action", required=True, metavar="ACTION")
    set_ = action.add_parser("set", help="set or replace the duress passphrase")
    set_.add_argument("--wipe", action="store_true",
                      help="typing the duress passphrase also quick-deletes this workspace")
    action.add_parser("clear", help="remove the duress passphrase")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services import duress

    with unlock(args.workspace) as ws:
        current = passphrase()
        if args.duress_action == "set":
            duress.set_duress(ws, current, new_passphrase(DURESS_ENV), wipe_real=args.wipe)
            out("Duress passphrase set: it opens an empty decoy workspace"
                + (" after quick-deleting this one." if args.wipe else "; this workspace stays as it is."))
        else:
            duress.clear_duress(ws, current)
            out("Duress passphrase removed.")
    return 0
