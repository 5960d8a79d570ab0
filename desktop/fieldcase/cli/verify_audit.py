"""`fieldcase verify-audit`: check the audit log's hash chain."""

from __future__ import annotations

import argparse
from typing import Any

from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("verify-audit", help="check the audit log's hash chain")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.records import CaseService

    with unlock(args.workspace) as ws:
        n = CaseService(ws).verify_audit_chain()
    out(f"The audit log verifies: {n} entries, hash chain intact.")
    return 0
