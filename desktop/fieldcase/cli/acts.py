"""`fieldcase acts list|override|review`: a record's acts with their derived SDG 16.10.1 type, analyst
overrides (audit-logged), and the review list the acts migration left."""

from __future__ import annotations

import argparse
from typing import Any

from .output import clean, out
from .prompts import unlock

_TYPE_ARG = {"a": "sdg16101.A", "b": "sdg16101.B", "c": "sdg16101.C", "d": "sdg16101.D", "e": "sdg16101.E",
             "f": "sdg16101.F", "none": "sdg16101.none"}


def register(sub: Any) -> None:
    s = sub.add_parser("acts", help="a record's acts, their derived SDG 16.10.1 type, overrides and review items")
    asub = s.add_subparsers(dest="acts_command", required=True)
    t = asub.add_parser("list", help="the acts of a record with the type each derives to")
    t.add_argument("id", help="record id or a unique prefix")
    t.set_defaults(func=run_list)
    t = asub.add_parser("override", help="override the derived SDG 16.10.1 type of one act (audit-logged)")
    t.add_argument("id", help="record id or a unique prefix")
    t.add_argument("--act", type=int, required=True, help="the act's number as `acts list` shows it")
    group = t.add_mutually_exclusive_group(required=True)
    group.add_argument("--type", choices=sorted(_TYPE_ARG, key=str.lower), type=str.lower,
                       help="A-F, or none (does not qualify)")
    group.add_argument("--clear", action="store_true", help="remove the override (the derived type applies)")
    t.add_argument("--rationale", required=True, help="why the derived type does not fit")
    t.set_defaults(func=run_override)
    t = asub.add_parser("review", help="records the acts migration could not derive, to check by hand")
    t.set_defaults(func=run_review)


def _effective(judged: Any) -> str:
    if judged.act.sdg_override:
        derived = judged.derived.sdg_type or judged.derived.excluded
        return f"{judged.act.sdg_override} (analyst override; derived: {derived})"
    if judged.derived.sdg_type:
        return judged.derived.sdg_type
    return f"does not qualify: {(judged.derived.excluded or '').replace('_', ' ')}"


def run_list(args: argparse.Namespace) -> int:
    from ..services.acts import ActsService

    with unlock(args.workspace) as ws:
        record, judged = ActsService(ws).acts(args.id)
    out(f"{record.id}  {clean(record.title)}")
    if not judged:
        out("  no acts recorded")
    for j in judged:
        perps = ", ".join(p.status + (f" ({p.category})" if p.category else "")
                          for p in j.act.perpetrators) or "unknown"
        dd = {True: "failed", False: "did not fail", None: "not assessed"}[j.act.state_due_diligence_failure]
        out(f"  act {j.number}: victim {clean(j.act.victim)}  type {j.act.act_type}")
        out(f"         perpetrators {perps}; linked to work {'yes' if j.act.linked_to_work else 'no'}; "
            f"State due diligence {dd}{'; fate concealed' if j.act.fate_concealed else ''}")
        out(f"         SDG 16.10.1: {_effective(j)}")
    return 0


def run_override(args: argparse.Namespace) -> int:
    from ..services.acts import ActsService

    sdg_type = None if args.clear else _TYPE_ARG[args.type.lower()]
    with unlock(args.workspace) as ws:
        stored = ActsService(ws).override(args.id, args.act, sdg_type, args.rationale)
    what = "removed" if sdg_type is None else f"set to {sdg_type}"
    out(f"Override of act {args.act} {what} (revision {stored.rev}); the decision is in the audit log.")
    return 0


def run_review(args: argparse.Namespace) -> int:
    from ..services.acts import ActsService

    with unlock(args.workspace) as ws:
        items = ActsService(ws).reviews()
    if not items:
        out("Nothing to review.")
        return 0
    for item in items:
        act = f"act {item.act_position + 1}" if item.act_position is not None else "record"
        out(f"{item.record_id}  rev {item.rev}  {act}: {item.reason.replace('_', ' ')}")
    out(f"{len(items)} item(s) need review; editing the record clears its items.")
    return 0
