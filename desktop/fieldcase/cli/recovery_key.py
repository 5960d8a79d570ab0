"""`fieldcase recovery-key [--replace]`: show the recovery key made at `init` (once), or a new one."""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import FieldcaseError
from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("recovery-key", help="show the recovery key (once)")
    s.add_argument("--replace", action="store_true", help="make a new recovery key; the old one stops working")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services import session

    with unlock(args.workspace) as ws:
        code = ws.replace_recovery_key() if args.replace else session.confirm_recovery_key(ws)
    if code is None:
        raise FieldcaseError("The recovery key was already shown once. To make a new one (the old one then "
                             "stops working), run: fieldcase recovery-key --replace")
    out("Recovery key (write it down and keep it apart from this device; it is not shown again):\n")
    out("    " + code + "\n")
    return 0
