"""`fieldcase enrol-request --out FILE`: the officer's request for HQ enrolment (certificate + keys)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import out, write_new_file
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("enrol-request", help="write a request for HQ enrolment (certificate + keys)")
    s.add_argument("--out", type=Path, required=True)
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.sync import SyncService

    with unlock(args.workspace) as ws:
        data = SyncService(ws).enrolment_request()
    write_new_file(args.out, data)
    out(f"Wrote the enrolment request to {args.out}; give it to HQ (it holds no secret).")
    return 0
