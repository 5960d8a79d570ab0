"""`fieldcase recommendations import FILE | list [--json]`: mechanism recommendations and communications.

The CSV columns and the reference forms are documented in analysis/recommendations.py (and README.md).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .output import clean, out, out_json
from .prompts import unlock

_MECHANISMS = ["upr", "special_procedure", "treaty_body", "hrc_resolution", "other"]


def register(sub: Any) -> None:
    s = sub.add_parser("recommendations", help="UPR recommendations, Special Procedures communications ...")
    xsub = s.add_subparsers(dest="recommendations_command", required=True, metavar="import|list")
    t = xsub.add_parser("import", help="import recommendations from CSV (UHRI-style columns) or JSON; all or nothing")
    t.add_argument("file", type=Path)
    t.set_defaults(func=run_import)
    t = xsub.add_parser("list", help="the recorded recommendations and communications")
    t.add_argument("--mechanism", choices=_MECHANISMS)
    t.add_argument("--area", help="only those linked to this risk area")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    from ..services.recommendations import RecommendationService

    with unlock(args.workspace) as ws:
        stored = RecommendationService(ws).import_file(args.file)
    new = sum(1 for r in stored if r.rev == 1)
    out(f"Imported {len(stored)} recommendation(s): {new} new, {len(stored) - new} revised.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..analysis.recommendations import MECHANISM_LABELS, RESPONSE_LABELS
    from ..services.recommendations import RecommendationService

    with unlock(args.workspace) as ws:
        found = RecommendationService(ws).list(args.mechanism, args.area)
    if args.json:
        out_json({"recommendations": [asdict(r) for r in found]})
        return 0
    for r in found:
        response = RESPONSE_LABELS.get(r.status or "", "-") + (f" {r.response_date}" if r.response_date else "")
        out(f"{clean(r.ref_id)[:38]:<38} {MECHANISM_LABELS.get(r.mechanism, r.mechanism):<18} {r.date or '-':<10} "
            f"{clean(', '.join(r.recommending))[:24]:<24} {response:<25}")
        out(f"    {clean(r.text)[:110]}")
        if r.risk_areas or r.sdg_targets:
            out(f"    areas: {', '.join(r.risk_areas) or '-'}; SDG targets: {', '.join(r.sdg_targets) or '-'}")
    out(f"{len(found)} recommendation(s).")
    return 0
