"""`fieldcase import FILE`: import records from a .json or .csv file, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("import", help="import records from a .json or .csv file (all or nothing)")
    s.add_argument("file", type=Path)
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.importing import parse_import_file
    from ..services.records import CaseService
    from ..services.workspace_frameworks import workspace_registry

    with unlock(args.workspace) as ws:
        # Categories are checked against this workspace's frameworks: built-ins plus HQ-installed releases.
        records = parse_import_file(args.file, workspace_registry(ws).is_known)
        stored = CaseService(ws).import_records(records)  # a record naming its base_rev is checked against it
    out(f"Imported {len(stored)} record(s) from {args.file.name}.")
    return 0
