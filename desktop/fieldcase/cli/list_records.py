"""`fieldcase list`: records, newest first, filtered."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from .output import clean, out, out_json
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("list", help="list records, newest first")
    s.add_argument("--search", help="words to find in titles, narratives, places, P-codes and pseudonyms (Arabic "
                                    "spellings folded, the article ignored)")
    s.add_argument("--names", action="store_true",
                   help="search people's real names too, with their spelling variants (names stay hidden otherwise)")
    s.add_argument("--kind", choices=["incident", "community_info"])
    s.add_argument("--region", help="admin-1 P-code")
    s.add_argument("--verification", help="e.g. vs.verified")
    s.add_argument("--risk-area", help="e.g. cca.internal_security")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..domain.records import CaseFilter
    from ..services.records import CaseService

    with unlock(args.workspace) as ws:
        service = CaseService(ws)
        f = CaseFilter(search=args.search, search_names=args.names, kind=args.kind, adm1_pcode=args.region,
                       verification=args.verification,
                       risk_area=args.risk_area)
        rows = service.list(f, limit=args.limit)
        total = service.count(f)
    if args.json:
        out_json({"total": total, "records": [asdict(r) for r in rows]})
        return 0
    for r in rows:
        where = r.adm2_name or r.adm1_name or ""
        out(f"{r.id[:8]}  {r.date_text:<10}  {r.kind[:9]:<9}  sev {r.severity or '-'}  "
            f"{r.verification.removeprefix('vs.'):<13}  {clean(where)[:18]:<18}  {clean(r.title)}")
    out(f"Shown: {len(rows)} of {total}.")
    return 0
