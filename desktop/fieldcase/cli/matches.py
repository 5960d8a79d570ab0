"""`fieldcase matches`: possible duplicates (people, incidents), best first, with the reasons for each."""

from __future__ import annotations

import argparse
from typing import Any

from .output import clean, out, out_json
from .prompts import unlock

_KINDS = {"people": "person", "incidents": "incident"}


def register(sub: Any) -> None:
    s = sub.add_parser("matches", help="possible duplicates: the same person or incident in several records")
    s.add_argument("--record", metavar="ID", help="only the pairs involving this record (id or unique prefix) "
                                                  "or its people")
    s.add_argument("--kind", choices=sorted(_KINDS), help="only people or only incidents")
    s.add_argument("--limit", type=int, default=50, help="at most this many pairs (default %(default)s)")
    s.add_argument("--names", action="store_true", help="show people's real names (pseudonyms otherwise)")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=run)


def _side(side: Any, names: bool) -> dict[str, Any]:
    data = {"id": side.id, "label": side.label, "records": list(side.record_ids)}
    if names and side.name:
        data["name"] = side.name
    for key in ("sex", "age_group", "date_text", "place", "record_title"):
        if getattr(side, key):
            data[key] = getattr(side, key)
    if side.roles:
        data["roles"] = list(side.roles)
    return data


def _line(kind: str, side: Any, names: bool) -> str:
    if kind == "incident":
        return f"{side.id[:8]} {clean(side.date_text)} {clean(side.label)[:40]}"
    shown = side.name if names and side.name else side.label
    return f"{side.id[:8]} {clean(shown)[:30]} ({', '.join(side.roles)}; {clean(side.record_title)[:40]})"


def run(args: argparse.Namespace) -> int:
    from ..services.matches import MatchService

    with unlock(args.workspace) as ws:
        report = MatchService(ws).find(kind=_KINDS.get(args.kind or ""), record_id=args.record, limit=args.limit)
    if args.json:
        out_json({"record": report.record_id, "people_compared": report.people, "incidents": report.incidents,
                  "pairs_scored": report.compared, "blocks_skipped": report.skipped_blocks,
                  "pairs": [{"kind": p.kind, "score": p.score, "first": _side(p.first, args.names),
                             "second": _side(p.second, args.names),
                             "reasons": [{"code": r.code, "count": r.count, "text": t}
                                         for r, t in zip(p.reasons, p.reason_texts(), strict=True)]}
                            for p in report.pairs]})
        return 0
    for p in report.pairs:
        out(f"{p.score:>3}  {p.kind:<8}  {_line(p.kind, p.first, args.names)}")
        out(f"     {'':<8}  {_line(p.kind, p.second, args.names)}")
        out(f"     {'':<8}  because: {'; '.join(p.reason_texts())}")
    out(f"Possible duplicates: {len(report.pairs)} (people with a name: {report.people}, incidents: "
        f"{report.incidents}; pairs scored: {report.compared}).")
    if report.skipped_blocks:
        out(f"Names or places too common to compare: {report.skipped_blocks}.")
    return 0
