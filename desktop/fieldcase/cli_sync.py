"""Command-line verbs for sync (officer: enrol-request, enrol, sync ...) and for HQ (hq ...)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

PASSWORD_ENV = "FIELDCASE_WEBDAV_PASSWORD"


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _unlock(args: argparse.Namespace) -> Any:
    from .cli import _unlock as unlock

    return unlock(args)


def _hq(args: argparse.Namespace) -> Any:
    from .cli import _passphrase
    from .hq.store import HqStore
    from .workspace import Workspace, is_workspace

    if not is_workspace(args.dir):
        Workspace.unlock(args.dir, "")  # raises the specific 'not a workspace' error
    return HqStore.open(args.dir, _passphrase("HQ passphrase: "))


def _password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "user", None):
        return None
    if os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    from .cli import _ask

    return _ask("WebDAV password: ")


def _write_new(path: Path, data: bytes) -> None:
    from .errors import FieldcaseError

    try:
        with open(path, "xb") as out:
            out.write(data)
    except FileExistsError:
        raise FieldcaseError(f"{path} already exists; choose another file name.") from None


def _report_outcomes(outcomes: list[Any], as_json: bool) -> int:
    if as_json:
        _out(json.dumps([asdict(o) for o in outcomes], indent=1))
    for o in outcomes:
        line = f"{o.status:<9} seq {o.sequence:<5} {o.file[:60]}"
        if o.status == "accepted":
            line += f"  +{o.added} revisions, +{o.attachments} attachments, {o.duplicates} already here"
        else:
            line += f"  [{o.reason}] {o.message}"
        (_err if o.status in ("refused", "held") else _out)(line) if not as_json else None
        for c in o.conflicts:
            _err(f"  conflict: {c}") if not as_json else None
    refused = [o for o in outcomes if o.status in ("refused", "held")]
    return 13 if refused else 0


# -- officer ----------------------------------------------------------------------------------------

def cmd_enrol_request(args: argparse.Namespace) -> int:
    from .services.sync import SyncService

    with _unlock(args) as ws:
        data = SyncService(ws).enrolment_request()
    _write_new(args.out, data)
    _out(f"Wrote the enrolment request to {args.out}; give it to HQ (it holds no secret).")
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from .services.sync import SyncService

    with _unlock(args) as ws:
        info = SyncService(ws).enrol(args.file.read_bytes(), expect_ca_sha256=args.expect_ca)
    _out(f"Enrolled with {info['hq_name']} (key bundle version {info['keyset_version']}).")
    _out(f"HQ certificate authority fingerprint: {info['ca_sha256']}")
    _out("Compare it with the fingerprint HQ gave you by another channel (phone, in person).")
    return 0


def cmd_target_add(args: argparse.Namespace) -> int:
    from .services.sync import add_target

    opener = _hq if getattr(args, "dir", None) else _unlock
    with opener(args) as ws_or_hq:
        ws = getattr(ws_or_hq, "ws", ws_or_hq)
        add_target(ws, args.name, args.location, args.user, _password(args))
    _out(f"Target {args.name} saved (credentials are kept in the encrypted store).")
    return 0


def cmd_target_list(args: argparse.Namespace) -> int:
    from .services.sync import list_targets

    with _unlock(args) as ws:
        for t in list_targets(ws):
            _out(f"{t['name']:<20} {t['kind']:<7} {t['location']}" + (f"  (user {t['username']})"
                                                                         if t["username"] else ""))
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from .services.sync import SyncService, resolve_target

    with _unlock(args) as ws:
        report = SyncService(ws).push(resolve_target(ws, args.to))
    if args.json:
        _out(json.dumps(asdict(report), indent=1))
        return 0
    _out(f"Built {len(report.built)} new package(s); uploaded {len(report.uploaded)}; "
         f"{len(report.already_there)} were already at the target.")
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from .services.sync import SyncService, resolve_target

    with _unlock(args) as ws:
        outcomes = SyncService(ws).pull(resolve_target(ws, args.source))
    if not outcomes and not args.json:
        _out("Nothing new from HQ.")
    return _report_outcomes(outcomes, args.json)


def cmd_status(args: argparse.Namespace) -> int:
    from .services.sync import SyncService

    with _unlock(args) as ws:
        status = SyncService(ws).status()
    if args.json:
        _out(json.dumps(asdict(status), indent=1))
        return 0
    if not status.enrolled:
        _out("Not enrolled with HQ yet.")
    else:
        _out(f"HQ: {status.hq_name}   CA {status.ca_sha256}")
    _out(f"last push: {status.last_push or 'never'}   last acknowledgement: {status.last_acknowledged or 'never'}")
    _out(f"pending: {status.pending_revisions} revision(s), {status.pending_attachments} attachment(s)")
    _out(f"sent, awaiting HQ: {status.sent_packages} package(s); acknowledged: {status.acknowledged_packages} "
         f"package(s), {status.acknowledged_revisions} revision(s)")
    return 0


# -- HQ -------------------------------------------------------------------------------------------

def cmd_hq_init(args: argparse.Namespace) -> int:
    from .cli import PASS_ENV, _new_passphrase
    from .crypto.identity import fingerprint
    from .hq.store import HqStore

    with HqStore.create(args.dir, _new_passphrase(PASS_ENV), args.name) as hq:
        ca = hq.ca()
        recipients = hq.keyset().recipients()
    _out(f"Created the HQ directory {args.dir} (encrypted store, age keyset, certificate authority).")
    _out(f"CA fingerprint (give it to officers by another channel): {fingerprint(ca.cert_pem)}")
    _out("age recipient(s): " + ", ".join(recipients))
    return 0


def cmd_hq_enrol(args: argparse.Namespace) -> int:
    from .hq.enrolment import enrol

    with _hq(args) as hq:
        data, info = enrol(hq, args.request.read_bytes(), args.officer, args.region)
    _write_new(args.out, data)
    _out(f"Enrolled {info['officer']} (workspace {info['workspace_id']}); wrote {args.out}.")
    _out(f"Officer certificate {info['certificate_sha256']}; CA {info['ca_sha256']}")
    return 0


def cmd_hq_import(args: argparse.Namespace) -> int:
    from .hq.importer import import_from
    from .services.sync import resolve_target

    with _hq(args) as hq:
        report = import_from(hq, resolve_target(hq.ws, args.source), recheck=args.recheck)
    status = _report_outcomes(report.outcomes, args.json)
    if not args.json:
        _out(f"{report.count('accepted')} accepted, {report.count('replayed')} replayed, "
             f"{report.count('held')} held, {report.count('refused')} refused; "
             f"{len(report.replies)} reply package(s) written.")
    return status


def cmd_hq_officers(args: argparse.Namespace) -> int:
    from .store import syncstore

    with _hq(args) as hq, hq.ws.engine.connect() as conn:
        for p in syncstore.peers(conn, "officer"):
            _out(f"{p.peer_id}  {p.name:<24} region {p.region or '-':<8} last seq {p.in_sequence:<5} "
                 f"cert {p.cert_sha256[:23]}...")
    return 0


def cmd_hq_keys(args: argparse.Namespace) -> int:
    from .hq import keyset as ks
    from .workspace import utc_now

    with _hq(args) as hq:
        keys = hq.keyset()
        if args.rotate:
            keys = ks.rotate(keys, utc_now())
            hq.save_keyset(keys, "hq.rotate-keys")
        if args.add_recipient:
            keys = ks.add_external(keys, args.add_recipient, args.label or "", utc_now())
            hq.save_keyset(keys, "hq.add-recipient")
        if args.export_identity:
            active = [k for k in keys.keys if not k.retired][-1]
            _write_new(args.export_identity, (f"# Fieldcase HQ age identity {active.id}, keyset version "
                                              f"{keys.version}\n# public key: {active.recipient}\n"
                                              f"{active.identity}\n").encode())
            _err(f"Wrote the HQ age identity to {args.export_identity}: it decrypts every package; keep it safe.")
    _out(f"keyset version {keys.version}; recipients: " + ", ".join(keys.recipients()))
    return 0


def cmd_hq_send(args: argparse.Namespace) -> int:
    import uuid

    from .store import syncstore
    from .workspace import utc_now

    body = args.file.read_text(encoding="utf-8")
    with _hq(args) as hq, hq.ws.engine.begin() as conn:
        syncstore.add_document(conn, {"doc_id": str(uuid.uuid4()), "origin": hq.hq_id, "peer_id": args.officer,
                                      "kind": args.kind, "name": args.file.name, "body": body,
                                      "created_at": utc_now()})
    _out(f"Queued {args.file.name} ({args.kind}); it goes out with the next reply (hq import).")
    return 0


def cmd_hq_brief(args: argparse.Namespace) -> int:
    from .hq.brief import regional_briefing

    with _hq(args) as hq:
        path = regional_briefing(hq, region=args.region, period=args.period, out=args.out)
    _out(f"Wrote the regional briefing to {path}.")
    return 0


def register(sub: Any) -> None:
    """Add this module's subcommands to the `fieldcase` parser's subparsers."""
    s = sub.add_parser("enrol-request", help="write a request for HQ enrolment (certificate + keys)")
    s.add_argument("--out", type=Path, required=True)
    s.set_defaults(func=cmd_enrol_request)

    s = sub.add_parser("enrol", help="import HQ's enrolment file (signed by HQ's CA)")
    s.add_argument("file", type=Path)
    s.add_argument("--expect-ca", help="the CA fingerprint HQ gave you; refuse the file if it differs")
    s.set_defaults(func=cmd_enrol)

    sync = sub.add_parser("sync", help="encrypted sync with HQ").add_subparsers(dest="sync_command", required=True)
    s = sync.add_parser("push", help="send everything HQ has not acknowledged yet (resumable)")
    s.add_argument("--to", required=True, help="a target name, or a folder")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_push)
    s = sync.add_parser("pull", help="apply HQ's replies (acknowledgements, feedback, framework updates)")
    s.add_argument("--from", dest="source", required=True, help="a target name, or a folder")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_pull)
    s = sync.add_parser("status", help="last push, pending and acknowledged items")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_status)
    targets = sync.add_parser("target", help="sync targets").add_subparsers(dest="target_command", required=True)
    s = targets.add_parser("add", help="a folder, or a WebDAV URL (password from $FIELDCASE_WEBDAV_PASSWORD or asked)")
    s.add_argument("name")
    s.add_argument("location")
    s.add_argument("--user")
    s.set_defaults(func=cmd_target_add)
    s = targets.add_parser("list")
    s.set_defaults(func=cmd_target_list)

    hq = sub.add_parser("hq", help="the HQ side: keys, enrolment, import, briefing").add_subparsers(
        dest="hq_command", required=True)

    def hq_parser(name: str, help_text: str) -> argparse.ArgumentParser:
        p = hq.add_parser(name, help=help_text)
        p.add_argument("--dir", type=Path, required=True, help="the HQ directory")
        return p

    s = hq_parser("init", "create an HQ directory: encrypted store, age keyset, certificate authority")
    s.add_argument("--name", default="HQ")
    s.set_defaults(func=cmd_hq_init)
    s = hq_parser("enrol", "issue an officer's certificate and write their enrolment file")
    s.add_argument("--officer", required=True)
    s.add_argument("--request", type=Path, required=True, help="the officer's enrolment request file")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--region", help="the officer's region (admin-1 P-code)")
    s.set_defaults(func=cmd_hq_enrol)
    s = hq_parser("import", "verify and merge officers' packages, then write replies")
    s.add_argument("--from", dest="source", required=True, help="a target name, or a folder")
    s.add_argument("--recheck", action="store_true", help="decrypt files already imported again")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_hq_import)
    s = hq_parser("officers", "list enrolled officers")
    s.set_defaults(func=cmd_hq_officers)
    s = hq_parser("keys", "show, rotate or extend HQ's age keyset")
    s.add_argument("--rotate", action="store_true", help="new identity; old ones kept for old packages")
    s.add_argument("--add-recipient", help="an analyst's own age recipient (age1...)")
    s.add_argument("--label")
    s.add_argument("--export-identity", type=Path, help="write the current identity to a new file (age -i)")
    s.set_defaults(func=cmd_hq_keys)
    s = hq_parser("target", "add a target for HQ (folder or WebDAV)")
    s.add_argument("name")
    s.add_argument("location")
    s.add_argument("--user")
    s.set_defaults(func=cmd_target_add)
    s = hq_parser("send", "queue a framework release or feedback document for officers")
    s.add_argument("file", type=Path)
    s.add_argument("--kind", choices=["framework", "feedback"], default="framework")
    s.add_argument("--officer", help="one officer's workspace id (default: everyone)")
    s.set_defaults(func=cmd_hq_send)
    s = hq_parser("brief", "the signed regional briefing over all officers' records")
    s.add_argument("--region", required=True)
    s.add_argument("--period", required=True, help="YYYY-MM")
    s.add_argument("--out", type=Path, required=True)
    s.set_defaults(func=cmd_hq_brief)
