"""`fieldcase sync push|pull|status|target`: the officer's encrypted sync with HQ."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from .output import out, out_json, report_outcomes
from .prompts import unlock, webdav_password


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help="encrypted sync with HQ").add_subparsers(dest="sync_command", required=True)
    s = sync.add_parser("push", help="send everything HQ has not acknowledged yet (resumable)")
    s.add_argument("--to", required=True, help="a target name, a folder, or s3://bucket/prefix")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_push)
    s = sync.add_parser("pull", help="apply HQ's replies (acknowledgements, feedback, framework updates)")
    s.add_argument("--from", dest="source", required=True, help="a target name, a folder, or s3://bucket/prefix")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_pull)
    s = sync.add_parser("status", help="last push, pending and acknowledged items")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_status)
    targets = sync.add_parser("target", help="sync targets").add_subparsers(dest="target_command", required=True)
    s = targets.add_parser("add", help="a folder, a WebDAV URL (password from $FIELDCASE_WEBDAV_PASSWORD or asked), "
                           "or s3://bucket/prefix (credentials from the AWS_* variables or --profile)")
    s.add_argument("name")
    s.add_argument("location")
    s.add_argument("--user")
    s.add_argument("--profile", help="an AWS profile (~/.aws) for an s3:// target")
    s.set_defaults(func=run_target_add)
    s = targets.add_parser("list")
    s.set_defaults(func=run_target_list)


def run_push(args: argparse.Namespace) -> int:
    from ..services.sync import SyncService, resolve_target

    with unlock(args.workspace) as ws:
        report = SyncService(ws).push(resolve_target(ws, args.to))
    if args.json:
        out_json(asdict(report))
        return 0
    out(f"Built {len(report.built)} new package(s); uploaded {len(report.uploaded)}; "
        f"{len(report.already_there)} were already at the target.")
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from ..services.sync import SyncService, resolve_target

    with unlock(args.workspace) as ws:
        outcomes = SyncService(ws).pull(resolve_target(ws, args.source))
    if not outcomes and not args.json:
        out("Nothing new from HQ.")
    return report_outcomes(outcomes, args.json)


def run_status(args: argparse.Namespace) -> int:
    from ..services.sync import SyncService

    with unlock(args.workspace) as ws:
        status = SyncService(ws).status()
    if args.json:
        out_json(asdict(status))
        return 0
    if not status.enrolled:
        out("Not enrolled with HQ yet.")
    else:
        out(f"HQ: {status.hq_name}   CA {status.ca_sha256}")
        if status.root_sha256:
            out(f"HQ root key {status.root_sha256}   key bundle version {status.bundle_version}, "
                f"valid until {status.bundle_expires_at}")
    out(f"last push: {status.last_push or 'never'}   last acknowledgement: {status.last_acknowledged or 'never'}")
    out(f"pending: {status.pending_revisions} revision(s), {status.pending_attachments} attachment(s)"
        + (f", {status.pending_links} identity link decision(s)" if status.pending_links else ""))
    out(f"sent, awaiting HQ: {status.sent_packages} package(s); acknowledged: {status.acknowledged_packages} "
        f"package(s), {status.acknowledged_revisions} revision(s)")
    return 0


def run_target_add(args: argparse.Namespace) -> int:
    from ..services.sync import add_target

    with unlock(args.workspace) as ws:
        add_target(ws, args.name, args.location, args.user, webdav_password(args.user), profile=args.profile)
    out(f"Target {args.name} saved (credentials are kept in the encrypted store).")
    return 0


def run_target_list(args: argparse.Namespace) -> int:
    from ..services.sync import list_targets

    with unlock(args.workspace) as ws:
        for t in list_targets(ws):
            out(f"{t['name']:<20} {t['kind']:<7} {t['location']}" + (f"  (user {t['username']})"
                                                                        if t["username"] else ""))
    return 0
