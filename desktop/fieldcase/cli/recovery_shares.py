"""`fieldcase recovery-shares split|combine`: the recovery key as k-of-n SLIP-39 shares (optional).

    FIELDCASE_RECOVERY_KEY   the recovery key to split (else asked)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import out
from .prompts import recovery_key, unlock


def register(sub: Any) -> None:
    p = sub.add_parser("recovery-shares", help="split the recovery key into SLIP-39 shares, or combine them")
    s = p.add_subparsers(dest="shares_command", required=True)
    split = s.add_parser("split", help="k-of-n shares of this workspace's recovery key, one file each")
    split.add_argument("--shares", type=int, default=5)
    split.add_argument("--threshold", type=int, default=3)
    split.add_argument("--out-dir", type=Path, required=True)
    split.set_defaults(func=run_split)
    combine = s.add_parser("combine", help="print the recovery key from enough share files")
    combine.add_argument("--share", type=Path, action="append", required=True, help="a share file (repeat)")
    combine.set_defaults(func=run_combine)


def run_split(args: argparse.Namespace) -> int:
    from ..services.recovery_split import split_recovery_key

    with unlock(args.workspace) as ws:
        paths = split_recovery_key(ws, recovery_key(), args.out_dir, shares=args.shares, threshold=args.threshold)
    out(f"Wrote {len(paths)} share files to {args.out_dir}; any {args.threshold} give the recovery key back. "
        "Give each to a different person and delete them here.")
    return 0


def run_combine(args: argparse.Namespace) -> int:
    from ..services.recovery_split import combine

    code = combine([p.read_text(encoding="utf-8") for p in args.share])
    out("Recovery key (use it with: fieldcase change-passphrase --recovery-key):\n")
    out("    " + code + "\n")
    return 0
