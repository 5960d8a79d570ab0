"""`fieldcase hq init|enrol|import|officers|keys|target|send|brief --dir HQDIR`: the HQ side."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import err, out, report_outcomes, write_new_file
from .prompts import add_hq_options, new_passphrase, open_hq, webdav_password


def register(sub: Any) -> None:
    hq = sub.add_parser("hq", help="the HQ side: keys, enrolment, import, briefing").add_subparsers(
        dest="hq_command", required=True)

    def hq_parser(name: str, help_text: str) -> argparse.ArgumentParser:
        p = hq.add_parser(name, help=help_text)
        # `hq target --user` is the WebDAV user: there, the HQ user is --hq-user only
        add_hq_options(p, "the HQ user running the command (hq user list; default: the first reviewer)"
                       if name != "init" else "the first reviewer's name (default admin)",
                       user_flags=("--hq-user",) if name == "target" else ("--user", "--hq-user"))
        return p

    s = hq_parser("init", "create an HQ directory: encrypted store, age keyset, certificate authority")
    s.add_argument("--name", default="HQ")
    s.add_argument("--database", help="a PostgreSQL URL (postgresql://user@host/db, an empty database) for the "
                   "HQ store instead of the encrypted file in --dir; the password comes from PGPASSWORD or "
                   "~/.pgpass and is never stored")
    s.set_defaults(func=run_init)
    s = hq_parser("enrol", "issue an officer's certificate and write their enrolment file")
    s.add_argument("--officer", required=True)
    s.add_argument("--request", type=Path, required=True, help="the officer's enrolment request file")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--region", help="the officer's region (admin-1 P-code)")
    s.set_defaults(func=run_enrol)
    s = hq_parser("import", "verify and merge officers' packages, then write replies")
    s.add_argument("--from", dest="source", required=True, help="a target name, a folder, or s3://bucket/prefix")
    s.add_argument("--recheck", action="store_true", help="decrypt files already imported again")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_import)
    s = hq_parser("officers", "list enrolled officers")
    s.set_defaults(func=run_officers)
    s = hq_parser("keys", "show, rotate or extend HQ's age keyset")
    s.add_argument("--rotate", action="store_true", help="new identity; old ones kept for old packages")
    s.add_argument("--add-recipient", help="an analyst's own age recipient (age1...)")
    s.add_argument("--label")
    s.add_argument("--export-identity", type=Path, help="write the current identity to a new file (age -i)")
    s.set_defaults(func=run_keys)
    s = hq_parser("target", "add a target for HQ (folder, WebDAV or s3://bucket/prefix)")
    s.add_argument("name")
    s.add_argument("location")
    s.add_argument("--user")
    s.add_argument("--profile", help="an AWS profile (~/.aws) for an s3:// target")
    s.set_defaults(func=run_target)
    s = hq_parser("send", "queue a framework release or feedback document for officers")
    s.add_argument("file", type=Path)
    s.add_argument("--kind", choices=["framework", "feedback"], default="framework")
    s.add_argument("--officer", help="one officer's workspace id (default: everyone)")
    s.set_defaults(func=run_send)
    s = hq_parser("region", "define a regional grouping of countries (for hq brief --region NAME)")
    s.add_argument("name", nargs="?", help="the grouping's name (without it: list the groupings)")
    s.add_argument("--countries", help="ISO3 codes with optional names: XTV:Tarvessa,XTW:Morvane")
    s.set_defaults(func=run_region)
    s = hq_parser("brief", "the signed regional briefing over all officers' records")
    s.add_argument("--region", required=True, help="a regional grouping (hq region) or one admin-1 P-code")
    s.add_argument("--period", required=True, help="YYYY-MM")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--annex-csv", type=Path, metavar="FILE",
                   help="also write the complete annex (every record of the period) as CSV; the PDF lists the most "
                        "serious 1,000 when there are more")
    s.set_defaults(func=run_brief)
    from .fleet import register_hq as register_fleet  # root key, bundles, revocation, identity shares

    register_fleet(hq)
    from .same import register_hq as register_same  # HQ analysts link records of different officers

    register_same(hq)

    from .conflicts import register_hq as register_conflicts  # records edited at HQ and in the field

    register_conflicts(hq)
    from .hq_users import register_hq as register_users  # users, roles, clearances; reading as one of them

    register_users(hq, hq_parser)


def run_init(args: argparse.Namespace) -> int:
    from ..services import hq

    created = hq.create(args.dir, new_passphrase(), args.name, args.database, args.hq_user)
    if args.database:
        out(f"Created the HQ directory {args.dir} (keys, age keyset, certificate authority) with its store in "
            "PostgreSQL (narratives, names, places and attachments' names sealed before they reach the server).")
    else:
        out(f"Created the HQ directory {args.dir} (encrypted store, age keyset, certificate authority).")
    out(f"CA fingerprint (give it to officers by another channel): {created.ca_sha256}")
    out("age recipient(s): " + ", ".join(created.recipients))
    out(f"Your passphrase opens it as the first reviewer, {args.hq_user or 'admin'}; add users with: "
        "fieldcase hq user add")
    return 0


def run_enrol(args: argparse.Namespace) -> int:
    from ..services import hq

    with open_hq(args.dir, args.hq_user) as store:
        data, info = hq.enrol_officer(store, args.request.read_bytes(), args.officer, args.region)
    write_new_file(args.out, data)
    out(f"Enrolled {info['officer']} (workspace {info['workspace_id']}); wrote {args.out}.")
    out(f"Officer certificate {info['certificate_sha256']}; CA {info['ca_sha256']}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..services import hq
    from ..services.fleet import bundle_warning

    with open_hq(args.dir, args.hq_user) as store:
        report = hq.import_packages(store, args.source, recheck=args.recheck)
        warning = bundle_warning(store)
    if warning:
        err(warning)
    status = report_outcomes(report.outcomes, args.json)
    if not args.json:
        out(f"{report.count('accepted')} accepted, {report.count('replayed')} replayed, "
            f"{report.count('held')} held, {report.count('refused')} refused; "
            f"{len(report.replies)} reply package(s) written.")
    return status


def run_officers(args: argparse.Namespace) -> int:
    from ..services import hq

    with open_hq(args.dir, args.hq_user) as store:
        officers = hq.officers(store)
    for p in officers:
        out(f"{p.peer_id}  {p.name:<24} region {p.region or '-':<8} last seq {p.in_sequence:<5} "
            f"cert {p.cert_sha256[:23]}...")
    return 0


def run_keys(args: argparse.Namespace) -> int:
    from ..services import hq

    with open_hq(args.dir, args.hq_user) as store:
        keys = hq.update_keyset(store, rotate=args.rotate, add_recipient=args.add_recipient, label=args.label or "")
        from ..services.fleet import bundle_warning

        warning = bundle_warning(store)
        if warning:
            err(warning)
        if args.export_identity:
            write_new_file(args.export_identity, hq.export_identity(store))
            err(f"Wrote the HQ age identity to {args.export_identity}: it decrypts every package; keep it safe.")
    out(f"keyset version {keys.version}; recipients: " + ", ".join(keys.recipients))
    return 0


def run_target(args: argparse.Namespace) -> int:
    from ..services import hq

    with open_hq(args.dir, args.hq_user) as store:
        hq.add_target(store, args.name, args.location, args.user, webdav_password(args.user), profile=args.profile)
    out(f"Target {args.name} saved (credentials are kept in the encrypted store).")
    return 0


def run_send(args: argparse.Namespace) -> int:
    from ..services import hq

    body = args.file.read_text(encoding="utf-8")
    with open_hq(args.dir, args.hq_user) as store:
        hq.queue_document(store, args.file.name, body, args.kind, args.officer)
    out(f"Queued {args.file.name} ({args.kind}); it goes out with the next reply (hq import).")
    return 0


def run_brief(args: argparse.Namespace) -> int:
    from ..services import hq

    with open_hq(args.dir, args.hq_user) as store:
        path = hq.regional_briefing(store, region=args.region, period=args.period, out=args.out,
                                    annex_csv=args.annex_csv)
    out(f"Wrote the regional briefing to {path}.")
    return 0


def run_region(args: argparse.Namespace) -> int:
    from ..errors import FieldcaseError
    from ..services import hq_region

    with open_hq(args.dir, args.hq_user) as store:
        if args.name:
            if not args.countries:
                raise FieldcaseError("Give the grouping's countries: --countries XTV:Tarvessa,XTW:Morvane")
            hq_region.define(store, args.name, args.countries)
        found = hq_region.groupings(store)
    for g in found.values():
        out(f"{g.name}: " + ", ".join(f"{name} ({code})" for code, name in g.countries))
    if not found:
        out("No regional groupings yet: fieldcase hq region NAME --countries XTV:Tarvessa,XTW:Morvane")
    return 0
