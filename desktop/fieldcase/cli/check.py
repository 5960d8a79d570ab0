"""`fieldcase check`: read every page of the store and check it, then the audit chain and the rollback seal."""

from __future__ import annotations

import argparse
from typing import Any

from .output import err, out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("check", help="check every page of the store, the audit chain and the rollback seal")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.integrity import RECOVERY_ADVICE, full_check

    with unlock(args.workspace) as ws:
        result = full_check(ws)
    if result.ok:
        out(f"The store is intact: every page verified; the audit log verifies ({result.audit_entries} entries); "
            "no rollback detected.")
        return 0
    if result.alarm:
        err(f"fieldcase: {result.alarm}")
    if result.audit_problem and result.audit_problem != result.alarm:
        err(f"fieldcase: {result.audit_problem}")
    err(f"fieldcase: {RECOVERY_ADVICE}")
    return 12
