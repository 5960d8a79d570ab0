"""`fieldcase demo`: a workspace full of fictional demo records."""

from __future__ import annotations

import argparse
import os
from typing import Any

from .output import out
from .prompts import PASS_ENV


def register(sub: Any) -> None:
    s = sub.add_parser("demo", help="create a workspace full of fictional demo records")
    s.add_argument("--neighbour", action="store_true",
                   help="the neighbouring country's small workspace instead (for the HQ regional review demo)")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.demo import DEMO_PASSPHRASE, create_demo_workspace

    passphrase = os.environ.get(PASS_ENV) or DEMO_PASSPHRASE
    count = create_demo_workspace(args.workspace, passphrase, neighbour=args.neighbour)
    out(f"Created a demo workspace with {count} fictional records in {args.workspace}.")
    if passphrase == DEMO_PASSPHRASE:
        out(f"Its passphrase is: {DEMO_PASSPHRASE}")
    return 0
