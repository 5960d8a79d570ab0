"""`fieldcase purge`: remove the field copy of what HQ has acknowledged (hashes and audit entries stay).

    fieldcase purge ID [ID ...]             records (id or unique prefix), with their attachments
    fieldcase purge --attachment ID         one attachment
    fieldcase purge --acknowledged [--older-than DAYS]   every record HQ acknowledged
    fieldcase purge --retention DAYS|off    purge automatically after each pull, DAYS after HQ's acknowledgement
    fieldcase purge --list                  what was purged, with the hashes kept
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import FieldcaseError
from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("purge", help="remove the field copy of records/attachments HQ acknowledged")
    s.add_argument("ids", nargs="*", metavar="ID", help="record id or unique prefix")
    s.add_argument("--attachment", action="append", default=[], metavar="ID", help="an attachment id (repeat)")
    s.add_argument("--acknowledged", action="store_true", help="every record HQ acknowledged")
    s.add_argument("--older-than", type=int, metavar="DAYS", help="with --acknowledged: acknowledged DAYS ago")
    s.add_argument("--retention", metavar="DAYS|off", help="set (or turn off) purging after each pull")
    s.add_argument("--list", action="store_true", help="list what was purged")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.purge import PurgeService

    if not (args.ids or args.attachment or args.acknowledged or args.retention or args.list):
        raise FieldcaseError("Say what to purge: record ids, --attachment ID, --acknowledged, --retention or --list.")
    with unlock(args.workspace) as ws:
        service = PurgeService(ws)
        if args.retention:
            days = None if args.retention == "off" else _days(args.retention)
            service.set_retention(days)
            out("Retention off: nothing is purged automatically." if days is None else
                f"Records and attachments are purged {days} day(s) after HQ acknowledges them (checked at each pull).")
        done = [service.purge_record(i) for i in args.ids]
        done += [service.purge_attachment(a) for a in args.attachment]
        if args.acknowledged:
            done += service.purge_acknowledged(args.older_than)
        for p in done:
            out(f"Purged {p.kind} {p.entity_id}; kept its hash {p.content_hash}.")
        if args.ids or args.attachment or args.acknowledged:
            out(f"{len(done)} purged; the audit log records each purge.")
        if args.list:
            for row in service.purged():
                out(f"{row['purged_at']}  {row['kind']:<10} {row['id']}  {row['content_hash']}")
    return 0


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise FieldcaseError("The retention must be a number of days or 'off'.") from None
