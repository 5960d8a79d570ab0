"""`fieldcase gazetteer import FILE [--country XXX]` and `fieldcase gazetteer find TEXT`: places and P-codes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import clean, out
from .prompts import unlock

LEVEL_WORDS = {1: "region (admin 1)", 2: "district (admin 2)", 3: "place (admin 3)"}


def register(sub: Any) -> None:
    s = sub.add_parser("gazetteer", help="admin boundaries and P-codes from an OCHA COD-AB table")
    actions = s.add_subparsers(dest="gazetteer_action", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="load a COD-AB CSV (ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN …)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--country", help="ISO 3166 alpha-3 code of the country (default: the workspace's)")
    imp.set_defaults(func=run_import)
    find = actions.add_parser("find", help="find units by the start of their name or P-code")
    find.add_argument("text")
    find.add_argument("--level", type=int, choices=(1, 2, 3), default=2)
    find.set_defaults(func=run_find)


def run_import(args: argparse.Namespace) -> int:
    from ..services.gazetteer import GazetteerService

    with unlock(args.workspace) as ws:
        done = GazetteerService(ws).import_file(args.file, country=args.country)
    parts = [f"{n} {LEVEL_WORDS[level].split(' ')[0]}{'s' if n != 1 else ''}"
             for level, n in sorted(done.units.items())]
    out(f"Gazetteer of {done.country}: " + ", ".join(parts) + ".")
    return 0


def run_find(args: argparse.Namespace) -> int:
    from ..services.gazetteer import GazetteerService

    with unlock(args.workspace) as ws:
        units = GazetteerService(ws).find(args.text, level=args.level)
    for u in units:
        local = f" / {clean(u.name_local)}" if u.name_local else ""
        out(f"{u.pcode:<12} {clean(u.name)}{local}")
    if not units:
        out(f"No {LEVEL_WORDS[args.level]} matches.")
    return 0
