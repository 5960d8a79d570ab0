"""`fieldcase actions list|add|update|ref|refs`: recommended action points and mechanism references."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from typing import Any

from .output import clean, out, out_json
from .prompts import unlock

_STATUSES = ["open", "in_progress", "done", "dropped"]


def register(sub: Any) -> None:
    s = sub.add_parser("actions", help="recommended action points and mechanism references")
    xsub = s.add_subparsers(dest="actions_command", required=True,
                           metavar="list|add|update|history|ref|refs")
    t = xsub.add_parser("list", help="action points, soonest due first")
    t.add_argument("--status", choices=_STATUSES)
    t.add_argument("--area", help="only those linked to this risk area")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_list)
    t = xsub.add_parser("add", help="add an action point")
    t.add_argument("--title", required=True)
    t.add_argument("--owner", required=True, help="who acts (person, team, agency)")
    t.add_argument("--area", action="append", required=True, help="risk area id (repeatable)")
    t.add_argument("--ref", action="append", help="mechanism reference, e.g. 'AL XTV 3/2026' (repeatable)")
    t.add_argument("--due", help="YYYY-MM-DD")
    t.add_argument("--status", default="open", choices=_STATUSES)
    t.add_argument("--description")
    t.add_argument("--period", help="the monthly review (YYYY-MM) that recommended it")
    t.add_argument("--region", help="admin-1 P-code")
    t.add_argument("--note", help="outcome (done) or reason (dropped); a note on the change otherwise")
    t.add_argument("--on", help="the day the action point was opened, YYYY-MM-DD (default: today)")
    t.set_defaults(func=run_add)
    t = xsub.add_parser("update", help="change an action point (a new revision)")
    t.add_argument("id", help="action id or unique prefix")
    t.add_argument("--title")
    t.add_argument("--owner")
    t.add_argument("--status", choices=_STATUSES)
    t.add_argument("--due", help="YYYY-MM-DD")
    t.add_argument("--description")
    t.add_argument("--area", action="append", help="link one more risk area (repeatable)")
    t.add_argument("--ref", action="append", help="cite one more mechanism reference (repeatable)")
    t.add_argument("--note", help="outcome (required for done) or reason (required for dropped)")
    t.add_argument("--on", help="the day the change took effect, YYYY-MM-DD (default: today)")
    t.set_defaults(func=run_update)
    t = xsub.add_parser("history", help="an action point's history: opened, status changes, owner, due date")
    t.add_argument("id", help="action id or unique prefix")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_history)
    t = xsub.add_parser("ref", help="record a mechanism reference with its text, date, status and URL")
    t.add_argument("reference", help="e.g. 'UPR:XTV:4:A/HRC/58/12:128.26', 'AL XTV 3/2026', 'CCPR/C/XTV/CO/4'")
    t.add_argument("--text", help="the recommendation or observation, verbatim")
    t.add_argument("--date", help="YYYY-MM-DD")
    t.add_argument("--status", help="response or status, e.g. upr.resp.supported")
    t.add_argument("--url")
    t.set_defaults(func=run_ref)
    t = xsub.add_parser("refs", help="list mechanism references")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_refs)


def _service(ws: Any) -> Any:
    from ..services.analysis import AnalysisService

    return AnalysisService(ws)


def _action_line(a: Any, today: dt.date) -> str:
    late = "  OVERDUE" if a.overdue(today) else ""
    refs = f"  refs: {'; '.join(a.references)}" if a.references else ""
    return (f"{a.action_id[:8]}  {a.status:<11} due {a.due or '-':<10}  {clean(a.owner)[:20]:<20} "
            f"{clean(a.title)[:60]}{late}\n          areas: {', '.join(a.risk_areas)}{refs}")


def run_list(args: argparse.Namespace) -> int:
    with unlock(args.workspace) as ws:
        found = _service(ws).actions(args.status, args.area)
    if args.json:
        out_json({"actions": [asdict(a) for a in found]})
        return 0
    today = dt.date.today()
    for a in found:
        out(_action_line(a, today))
    out(f"{len(found)} action point(s).")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with unlock(args.workspace) as ws:
        action = _service(ws).add_action(args.title, args.owner, args.area, description=args.description or "",
                                         references=args.ref or (), due=args.due, status=args.status,
                                         period=args.period, region=args.region, note=args.note or "",
                                         effective_on=args.on)
    out(f"Added action point {action.action_id}.")
    return 0


def run_update(args: argparse.Namespace) -> int:
    with unlock(args.workspace) as ws:
        action = _service(ws).update_action(args.id, title=args.title, owner=args.owner, status=args.status,
                                            due=args.due, description=args.description,
                                            add_areas=args.area or (), add_references=args.ref or (),
                                            note=args.note or "", effective_on=args.on)
    out(f"Updated action point {action.action_id} (revision {action.rev}, {action.status}).")
    return 0


def run_history(args: argparse.Namespace) -> int:
    with unlock(args.workspace) as ws:
        revisions = _service(ws).action_history(args.id)
    if args.json:
        out_json({"history": [asdict(a) for a in revisions]})
        return 0
    out(f"{revisions[-1].action_id}  {clean(revisions[-1].title)[:80]}")
    before = None
    for a in revisions:
        what = "opened" if before is None else (f"{before.status} -> {a.status}" if a.status != before.status
                                                else "changed")
        extra = []
        if before is None or a.owner != before.owner:
            extra.append(f"owner {clean(a.owner)[:30]}")
        if before is None or a.due != before.due:
            extra.append(f"due {a.due or '-'}")
        if a.note:
            extra.append(clean(a.note)[:80])
        out(f"  {a.effective}  rev {a.rev:<3} {what:<24} {'; '.join(extra)}")
        before = a
    return 0


def run_ref(args: argparse.Namespace) -> int:
    with unlock(args.workspace) as ws:
        ref = _service(ws).add_reference(args.reference, text=args.text or "", date=args.date, status=args.status,
                                         url=args.url)
    out(f"Recorded {ref.mechanism} reference {ref.ref_id} (revision {ref.rev}).")
    return 0


def run_refs(args: argparse.Namespace) -> int:
    with unlock(args.workspace) as ws:
        refs = _service(ws).references()
    if args.json:
        out_json({"references": [asdict(r) for r in refs]})
        return 0
    for r in refs:
        out(f"{clean(r.ref_id):<40} {r.mechanism:<17} {r.date or '-':<10} {clean(r.status or '-')[:20]:<20} "
            f"{clean(r.text)[:50]}")
    out(f"{len(refs)} reference(s).")
    return 0
