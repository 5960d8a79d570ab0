"""`fieldcase export-attachment ID --out FILE`: decrypt an attachment to a new file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("export-attachment", help="decrypt an attachment to a file you choose")
    s.add_argument("attachment_id")
    s.add_argument("--out", type=Path, required=True)
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.records import CaseService

    if args.out.exists():
        raise FieldcaseError("{file} already exists; choose another file name.", file=args.out)
    with unlock(args.workspace) as ws:
        try:
            with open(args.out, "xb") as dest:
                info = CaseService(ws).export_attachment(args.attachment_id, dest)
        except BaseException:
            args.out.unlink(missing_ok=True)
            raise
    out(f"Wrote {info.size} bytes to {args.out} (sha256 {info.sha256} matches the intake record).")
    return 0
