"""`fieldcase attach ID FILE`: encrypt a file into the workspace and attach it to a record."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("attach", help="encrypt a file into the workspace and attach it to a record")
    s.add_argument("id")
    s.add_argument("file", type=Path)
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.records import CaseService

    with unlock(args.workspace) as ws:
        info = CaseService(ws).attach(args.id, args.file)
    out(f"Attached {info.size} bytes as {info.id} (sha256 {info.sha256}).")
    return 0
