"""`fieldcase indicators --period P [--region R] [--include-unverified]`: SDG 16.10.1 and 16.1.2 counts.

JSON output follows schema/indicators.output.schema.json.
"""

from __future__ import annotations

import argparse
from typing import Any

from .output import clean, out, out_json
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("indicators", help="SDG 16.10.1 and 16.1.2 counts for a period")
    s.add_argument("--period", required=True, help="YYYY-MM, YYYY or YYYY-MM..YYYY-MM")
    s.add_argument("--region", help="one admin-1 P-code")
    s.add_argument("--include-unverified", action="store_true", help="count unverified cases too (labelled so)")
    s.add_argument("--json", action="store_true", help="machine-readable (schema/indicators.output.schema.json)")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..analysis.output import indicators_json
    from ..services.analysis import AnalysisService

    with unlock(args.workspace) as ws:
        result = AnalysisService(ws).indicators(args.period, args.region, args.include_unverified)
    data = indicators_json(result)
    if args.json:
        out_json(data)
        return 0
    a, d = data["sdg_16_10_1"], data["sdg_16_1_2"]
    scope = f"region {data['region']}" if data["region"] else "country-wide"
    out(f"SDG 16.10.1 ({a['label']}), {scope}")
    for block, title in ((a["headline"], "headline, 12 months"), (a["month"], "the month alone")):
        if block is not None:
            _print_16_10_1(block, title)
    for o in a["overrides"]:
        out(f"  analyst override: record {o['record_id'][:8]} act {o['act'] + 1} ({clean(o['victim'])[:30]}): "
            f"{o['derived']} -> {o['override']}: {clean(o['rationale'])[:80]}")
    out(f"\nSDG 16.1.2 conflict-related deaths ({d['label']})")
    for block, title in ((d["headline"], "headline, 12 months"), (d["month"], "the month alone")):
        if block is not None:
            _print_16_1_2(block, title)
    return 0


def _pairs(counts: dict[str, int], prefix: str = "") -> str:
    return ", ".join(f"{k.removeprefix(prefix)} {v}" for k, v in counts.items() if v) or "-"


def _print_16_10_1(b: dict[str, Any], title: str) -> None:
    out(f"  {b['window']['label']} ({title}): {b['total']} victim(s), each once under the most serious violation "
        f"({b['acts']} qualifying act(s))")
    out("    by violation type: " + _pairs(b["by_violation_type"], "sdg16101."))
    out("    by victim group:   " + _pairs(b["by_victim_group"], "sdg16101.victim.")
        + f"  (in several groups: {b['persons_in_several_groups']})")
    out("    by sex and age:    " + _pairs(b["by_sex_age"]))
    out("    by perpetrator:    " + _pairs(b["by_perpetrator_status"]))
    out("    by admin-1:        " + _pairs(b["by_adm1"]) + ";  admin-2: " + _pairs(b["by_adm2"]))
    out("    not counted:       " + (_pairs(b["excluded"]).replace("_", " ") if b["excluded"] else "none")
        + f"; dated too coarsely: {b['imprecise']}")
    for v in b["excluded_victims"]:
        out(f"      {v['record_id'][:8]} act {v['act'] + 1} {clean(v['pseudonym'])[:30]:<30} "
            f"{v['reason'].replace('_', ' ')}")


def _print_16_1_2(b: dict[str, Any], title: str) -> None:
    out(f"  {b['window']['label']} ({title}): {b['total']} death(s)")
    for key, name in (("by_cause", "cause"), ("by_sex", "sex"), ("by_age_group", "age"), ("by_status", "status")):
        out(f"    by {name + ':':<7} " + (", ".join(f"{k.split('.')[-1]} {v}" for k, v in b[key].items() if v)
                                      or "-"))
    out("    not counted: " + (_pairs(b["not_counted"]).replace("_", " ") if b["not_counted"] else "none")
        + f"; dated too coarsely: {b['imprecise']}")
    for r in b["not_counted_records"]:
        out(f"      {r['record_id'][:8]} {r['deaths']} death(s): {r['reason'].replace('_', ' ')}")
