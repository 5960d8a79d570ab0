"""`fieldcase hq user add|list|remove|passwd`, `hq records`, `hq show`: HQ users, and reading as one of them.

Every HQ command takes `--user NAME` (or FIELDCASE_HQ_USER; default: the first reviewer) and that user's
passphrase (FIELDCASE_PASSPHRASE or asked). A new user's passphrase comes from FIELDCASE_NEW_PASSPHRASE or is
asked twice.
"""

from __future__ import annotations

import argparse
from typing import Any

from .output import clean, out, out_json
from .prompts import NEW_PASS_ENV, add_hq_options, hq_user, new_passphrase, open_hq, passphrase


def register_hq(hq: Any, hq_parser: Any) -> None:
    user = hq.add_parser("user", help="HQ users: their roles, clearances and passphrases").add_subparsers(
        dest="hq_user_command", required=True)

    def with_dir(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        add_hq_options(p, "who runs the command (default: the first reviewer)")
        return p

    s = with_dir(user.add_parser("add", help="add a user (a reviewer's task)"))
    s.add_argument("name")
    s.add_argument("--role", required=True, choices=["viewer", "analyst", "reviewer"])
    s.add_argument("--clearance", choices=["restricted", "confidential", "strictly_confidential"],
                   help="the highest confidentiality they may read (default: viewer confidential, "
                        "analyst and reviewer strictly_confidential)")
    s.set_defaults(func=run_add)
    s = with_dir(user.add_parser("list", help="list the users, their roles and clearances"))
    s.set_defaults(func=run_list)
    s = with_dir(user.add_parser("remove", help="remove a user's key slot (a reviewer's task)"))
    s.add_argument("name")
    s.set_defaults(func=run_remove)
    s = with_dir(user.add_parser("passwd", help="change your passphrase, or (a reviewer) reset another user's"))
    s.add_argument("name", nargs="?", help="another user whose passphrase a reviewer resets")
    s.set_defaults(func=run_passwd)
    s = hq_parser("records", "list the records you may read (those above your clearance without content)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_records)
    s = hq_parser("show", "one record as your clearance allows (strictly confidential reads are audit-logged)")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_show)


def run_add(args: argparse.Namespace) -> int:
    from ..services import hq_users

    with open_hq(args.dir, args.hq_user) as store:
        added = hq_users.add_user(store, args.name, args.role, new_passphrase(NEW_PASS_ENV), args.clearance)
    out(f"Added {added.name}: {added.role}, clearance {added.clearance}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..services import hq_users

    with open_hq(args.dir, args.hq_user) as store:
        found = hq_users.list_users(store)
    for u in found:
        out(f"{clean(u.name):<24} {u.role:<9} {u.clearance}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from ..services import hq_users

    with open_hq(args.dir, args.hq_user) as store:
        removed = hq_users.remove_user(store, args.name)
    name = clean(removed.user.name)
    out(f"Removed {name}'s key slot.")
    if len(removed.replaced_levels) == 1:
        out(f"The key to the {removed.replaced_levels[0]} records was replaced and that compartment rebuilt under "
            f"it: the key {name} held opens none of them now.")
    else:
        out(f"The keys to the {' and '.join(removed.replaced_levels)} records were replaced and those compartments "
            f"rebuilt under them: the keys {name} could read open none of them now.")
    if removed.sent_to:
        out("The new key of their level was sent to: " + ", ".join(clean(n) for n in removed.sent_to)
            + " (each takes it at their next sign-in).")
    if removed.need_reset:
        out("These users' key slots cannot receive it; reset their passphrases (fieldcase hq user passwd NAME): "
            + ", ".join(clean(n) for n in removed.need_reset) + ".")
    if removed.held_store_key:
        out(f"{name} also held the store key ({removed.user.clearance} clearance), which opens HQ's age identities "
            "and CA key. Removing the slot cannot take back copies they may have kept: to stop new packages reaching "
            "them, rotate HQ's keys (fieldcase hq keys --rotate --dir DIR).")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from ..services import hq_users

    me = hq_user(args.hq_user)
    if args.name and args.name != me:
        with open_hq(args.dir, me) as store:
            hq_users.reset_passphrase(store, args.name, new_passphrase(NEW_PASS_ENV))
        out(f"{args.name}'s passphrase was reset.")
        return 0
    who = hq_users.change_own_passphrase(args.dir, me, passphrase("HQ passphrase: "), new_passphrase(NEW_PASS_ENV))
    out(f"{who.name}'s passphrase was changed.")
    return 0


def _session(args: argparse.Namespace) -> Any:
    from ..services import hq, hq_access

    hq.check_hq_dir(args.dir)
    return hq_access.sign_in(args.dir, hq_user(args.hq_user), passphrase("HQ passphrase: "))


def run_records(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    with _session(args) as session:
        rows = session.records()
    if args.json:
        out_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        if r.readable:
            out(f"{r.record_id[:8]}  {r.date_text or '':<10} {r.confidentiality:<21} {clean(r.title)}")
        else:
            out(f"{r.record_id[:8]}  {'':<10} {r.confidentiality:<21} (above your clearance)")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from ..domain.records import record_to_json

    with _session(args) as session:
        matches = [r.record_id for r in session.records() if r.record_id.startswith(args.id.strip().lower())]
        if len(matches) != 1:
            from ..errors import NotFound

            raise NotFound("No single record matches {prefix} among those you may list.", prefix=args.id)
        detail = session.record(matches[0])
    if detail.record is None:
        out(f"{detail.row.record_id}  {detail.row.kind}  {detail.row.confidentiality}: above your clearance; "
            "no content.")
        return 0
    if args.json:
        out_json(record_to_json(detail.record, with_meta=True))
        return 0
    r = detail.record
    out(f"{clean(r.title)}\nid {r.id}  revision {r.rev}  ({r.kind}, {r.confidentiality})")
    loc = r.location
    out(f"date {r.date.text}  place {clean(', '.join(p for p in (loc.place, loc.adm2_name, loc.adm1_name) if p))}")
    for p in r.people:
        out(f"person {p.role}: {clean(p.pseudonym)}")
    if r.narrative:
        out("\n" + clean(r.narrative.replace("\n", " ")))
    return 0
