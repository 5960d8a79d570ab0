"""`fieldcase same link|unlink|list` (and `fieldcase hq same ... --dir HQDIR`): two people or two incidents
recorded as the same, with the reason (audit-logged, undoable, sent to HQ with the next push); the SDG
counts then count them once. Ids: services/identity_links.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from .output import clean, out, out_json
from .prompts import add_hq_options, open_hq, unlock

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]


def _add(sub: Any, open_store: Opener, with_dir: bool) -> None:
    same = sub.add_parser("same", help="link two people or two incidents as the same (counted once), undo, list")
    ssub = same.add_subparsers(dest="same_command", required=True)

    def parser(name: str, help_text: str) -> argparse.ArgumentParser:
        p = ssub.add_parser(name, help=help_text)
        if with_dir:
            add_hq_options(p, "the HQ user deciding (an analyst or reviewer; default: the first reviewer)")
        p.set_defaults(open_store=open_store)
        return p

    s = parser("link", "record that two people or two incidents are the same (both records are kept)")
    group = s.add_mutually_exclusive_group(required=True)
    group.add_argument("--person", nargs=2, metavar=("RECORD:PERSON", "RECORD2:PERSON2"),
                       help="two people, each as record id (or prefix) : pseudonym or person id")
    group.add_argument("--incident", nargs=2, metavar=("RECORD", "RECORD2"), help="two incident record ids")
    s.add_argument("--reason", required=True, help="why they are the same (goes into the audit log)")
    s.set_defaults(func=run_link)
    s = parser("unlink", "undo a link (the link and its undoing stay in the history)")
    s.add_argument("link", help="the link id (or at least its first 6 characters)")
    s.add_argument("--reason", required=True, help="why the link was wrong (goes into the audit log)")
    s.set_defaults(func=run_unlink)
    s = parser("list", "the links in force (with --all, undone ones too)")
    s.add_argument("--record", help="only links with this record (or one of its people) on one side")
    s.add_argument("--all", action="store_true", help="undone links too")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_list)


def register(sub: Any) -> None:
    _add(sub, lambda args: unlock(args.workspace), with_dir=False)


def register_hq(hq: Any) -> None:
    """`fieldcase hq same ...`: HQ analysts link records of different officers in the HQ store."""
    _add(hq, lambda args: open_hq(args.dir, args.hq_user), with_dir=True)


def run_link(args: argparse.Namespace) -> int:
    from ..services.identity_links import link_same

    kind, (first, second) = ("person", args.person) if args.person else ("incident", args.incident)
    with args.open_store(args) as store:
        link_id = link_same(store, kind, first, second, args.reason)
    what = "people" if kind == "person" else "incidents"
    out(f"Linked the two {what} as the same: link {link_id}. Both records are kept; the decision is in the "
        "audit log, and the counts now count them once.")
    return 0


def run_unlink(args: argparse.Namespace) -> int:
    from ..services.identity_links import unlink

    with args.open_store(args) as store:
        unlink(store, args.link, args.reason)
    out("Link undone; it stays in the history and the audit log, and the counts count both again.")
    return 0


def _side(side: Any) -> dict[str, Any]:
    return {"record_id": side.record_id, "person_id": side.person_id, "record_title": side.record_title,
            "person": side.person_label}


def _describe(side: Any) -> str:
    record = f"{side.record_id[:8]} {clean(side.record_title)[:40]}".rstrip()
    return f"{clean(side.person_label) or '?'} in {record}" if side.person_id else record


def run_list(args: argparse.Namespace) -> int:
    from ..services.identity_links import IdentityLinkService

    with args.open_store(args) as store:
        service = IdentityLinkService(store)
        links = service.links_for(args.record) if args.record else service.links(include_undone=args.all)
    if args.record and not args.all:
        links = [link for link in links if link.in_force]
    if args.json:
        out_json([{"link_id": k.link_id, "kind": k.kind, "first": _side(k.first), "second": _side(k.second),
                   "reason": k.reason, "decided_by": k.actor, "decided_at": k.at, "origin": k.origin,
                   "received": k.received, "in_force": k.in_force,
                   "undone": None if k.undone is None else {"by": k.undone.actor, "at": k.undone.at,
                                                            "reason": k.undone.reason}} for k in links])
        return 0
    if not links:
        out("No links." if args.all else "No links in force.")
        return 0
    for k in links:
        state = "" if k.in_force else "  [undone]"
        out(f"{k.link_id}  {k.kind}{state}")
        out(f"  {_describe(k.first)}  =  {_describe(k.second)}")
        out(f"  by {clean(k.actor)} on {k.at[:16]}: {clean(k.reason)}")
        if k.undone is not None:
            out(f"  undone by {clean(k.undone.actor)} on {k.undone.at[:16]}: {clean(k.undone.reason)}")
    return 0
