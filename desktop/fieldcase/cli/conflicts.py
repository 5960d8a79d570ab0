"""`fieldcase conflicts list|show|resolve` (an officer's workspace) and `fieldcase hq conflicts ... --dir HQDIR`
(the HQ store): records edited on both sides of a sync, and the decision that resolves each."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

from ..errors import FieldcaseError
from .output import clean, out, out_json
from .prompts import add_hq_options, open_hq, unlock


def _subcommands(parser: Any, *, hq: bool) -> None:
    sub = parser.add_subparsers(dest="conflicts_command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
        if hq:
            add_hq_options(p, "the HQ user (deciding needs an analyst or reviewer; default: the first reviewer)")
        p.set_defaults(hq=hq)
        return p

    s = add("list", "the records edited on both sides that wait for a decision")
    s.add_argument("--all", action="store_true", help="resolved ones too")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_list)
    s = add("show", "both versions of a conflict, field by field")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_show)
    s = add("resolve", "decide: every differing field from mine or theirs; written as a new revision")
    s.add_argument("id", type=int)
    s.add_argument("--take", choices=["mine", "theirs"], help="the side for every field not named with --field")
    s.add_argument("--field", action="append", default=[], metavar="NAME=mine|theirs",
                   help="one field's side (repeatable)")
    s.set_defaults(func=run_resolve)


def register(sub: Any) -> None:
    _subcommands(sub.add_parser("conflicts", help="records edited on both sides of a sync: list, show, resolve"),
                 hq=False)


def register_hq(hq: Any) -> None:
    _subcommands(hq.add_parser("conflicts", help="records edited at HQ and by an officer: list, show, resolve"),
                 hq=True)


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[Any]:
    from ..services.conflicts import ConflictService

    if args.hq:
        with open_hq(args.dir, args.hq_user) as store:
            if args.conflicts_command == "resolve":
                store.require("analyse")
            yield ConflictService(store.ws, store.user.name)
    else:
        with unlock(args.workspace) as ws:
            yield ConflictService(ws)


def run_list(args: argparse.Namespace) -> int:
    with _service(args) as service:
        found = service.list(status=None if args.all else "open")
    if args.json:
        out_json([asdict(c) for c in found])
        return 0
    if not found:
        out("No sync conflicts to resolve." if not args.all else "No sync conflicts.")
    for c in found:
        line = (f"{c.id:<5} {c.status:<9} record {c.record_id[:8]}  mine rev {c.local_rev}, theirs rev "
                f"{c.incoming_rev} from {clean(c.origin_name)[:30]}  {clean(c.title)[:60]}")
        if c.resolved_rev is not None:
            line += f"  -> rev {c.resolved_rev}"
        out(line)
    return 0


def _labels() -> Any:
    from ..frameworks.builtin import builtin_registry
    from ..services.conflict_text import Labels

    registry = builtin_registry()
    terms: dict[str, str] = {}
    for framework in registry.frameworks():
        for item in framework.items:
            terms.setdefault(item.id, item.label)
    return Labels(term=lambda code: terms.get(code, code))


def run_show(args: argparse.Namespace) -> int:
    from ..services.conflict_text import describe

    with _service(args) as service:
        detail = service.show(args.id)
    labels = _labels()
    rows = [{"field": name, "mine": describe(detail.mine, name, labels),
             "theirs": describe(detail.theirs, name, labels)} for name in detail.fields]
    info = detail.info
    if args.json:
        out_json({**asdict(info), "head_rev": detail.head_rev, "fields": rows})
        return 0
    out(f"Conflict {info.id} ({info.status}) on record {info.record_id}: {clean(info.title)[:80]}")
    out(f"mine: revision {info.local_rev} by {clean(detail.mine.author)}, {detail.mine.created_at}")
    out(f"theirs: revision {info.incoming_rev} by {clean(detail.theirs.author)} ({clean(info.origin_name)}), "
        f"{detail.theirs.created_at}")
    if not rows:
        out("Both versions hold the same values: resolving keeps them.")
    for row in rows:
        out(f"\n{row['field']}")
        for side in ("mine", "theirs"):
            for n, line in enumerate(str(row[side]).splitlines() or [""]):
                out(f"  {side if n == 0 else '':<7} {clean(line)[:160]}")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    fields: dict[str, str] = {}
    for spec in args.field:
        name, sep, side = spec.partition("=")
        if not sep or not name:
            raise FieldcaseError("Write each --field as NAME=mine or NAME=theirs.")
        fields[name.strip()] = side.strip()
    with _service(args) as service:
        detail = service.show(args.id)
        decision = service.decision(detail, take=args.take, fields=fields)
        stored = service.resolve(args.id, decision, expected_head=detail.head_rev)
    taken = ", ".join(f"{name} from {side}" for name, side in decision.audit_detail().items()) or "no field differed"
    out(f"Resolved conflict {args.id}: record {stored.id} revision {stored.rev} ({taken}).")
    return 0
