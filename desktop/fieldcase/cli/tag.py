"""`fieldcase tag ID CATEGORY --rationale ...`: tag a record with a framework category."""

from __future__ import annotations

import argparse
from typing import Any

from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("tag", help="tag a record with a risk area, atrocity factor/indicator or violation type")
    s.add_argument("id", help="record id or unique prefix")
    s.add_argument("category", help="e.g. cca.democratic_space, foa.rf08.i07, sdg16101.D")
    s.add_argument("--rationale", required=True, help="why, in a sentence")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.analysis import AnalysisService

    with unlock(args.workspace) as ws:
        record = AnalysisService(ws).tag(args.id, args.category, args.rationale)
    tag = next(t for t in record.risk_tags if t.category == args.category)
    out(f"Tagged {record.id} with {tag.category} ({tag.framework_id} release {tag.framework_version}); "
        f"now at revision {record.rev}.")
    return 0
