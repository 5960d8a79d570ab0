"""`fieldcase init`: create a new encrypted workspace."""

from __future__ import annotations

import argparse
import os
from typing import Any

from .output import out
from .prompts import new_passphrase


def register(sub: Any) -> None:
    s = sub.add_parser("init", help="create a new encrypted workspace")
    s.add_argument("--officer", default=os.environ.get("USER", "officer"), help="your name, as author of edits")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services import session

    passphrase = new_passphrase()
    ws, _recovery = session.create(args.workspace, passphrase, args.officer)
    ws.lock()
    out(f"Created an encrypted workspace in {args.workspace}.")
    out("Next: run `fieldcase recovery-key` now and write the recovery key down; it is shown only once.")
    return 0
