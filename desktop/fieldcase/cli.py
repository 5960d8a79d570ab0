"""The headless face of Fieldcase: argument parsing and calls into the services, nothing else."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from . import __version__
from .errors import FieldcaseError, ImportRejected
from .fsutil import restrict_process
from .services.demo import DEMO_PASSPHRASE
from .store.engine import damaged_store
from .workspace import Workspace, default_workspace_dir, is_workspace

PASS_ENV = "FIELDCASE_PASSPHRASE"
NEW_PASS_ENV = "FIELDCASE_NEW_PASSPHRASE"


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise FieldcaseError(f"No passphrase given: set {PASS_ENV} or run in a terminal to be asked.")
    return getpass.getpass(prompt)


def _passphrase(prompt: str = "Passphrase: ") -> str:
    return os.environ.get(PASS_ENV) or _ask(prompt)


def _new_passphrase(env: str) -> str:
    if os.environ.get(env):
        return os.environ[env]
    first = _ask("New passphrase: ")
    if first != _ask("Repeat the new passphrase: "):
        raise FieldcaseError("The two passphrases differ; nothing was changed.")
    return first


def _unlock(args: argparse.Namespace) -> Workspace:
    path = args.workspace
    if not is_workspace(path):
        return Workspace.unlock(path, "")  # raises the specific 'not a workspace' error
    return Workspace.unlock(path, _passphrase())



# -- commands -------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    passphrase = _new_passphrase(PASS_ENV)
    ws, _recovery = Workspace.create(args.workspace, passphrase, args.officer)
    ws.lock()
    _out(f"Created an encrypted workspace in {args.workspace}.")
    _out("Next: run `fieldcase recovery-key` now and write the recovery key down; it is shown only once.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .services.importing import parse_import_file
    from .services.records import CaseService
    from .services.workspace_frameworks import workspace_registry

    with _unlock(args) as ws:
        # Categories are checked against this workspace's frameworks: built-ins plus HQ-installed releases.
        records = parse_import_file(args.file, workspace_registry(ws).is_known)
        stored = CaseService(ws).save_many(records)
    _out(f"Imported {len(stored)} record(s) from {args.file.name}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .services.records import CaseService
    from .store.cases import CaseFilter

    with _unlock(args) as ws:
        service = CaseService(ws)
        f = CaseFilter(search=args.search, kind=args.kind, adm1_pcode=args.region, verification=args.verification,
                       risk_area=args.risk_area)
        rows = service.list(f, limit=args.limit)
        total = service.count(f)
    if args.json:
        _out(json.dumps({"total": total, "records": [asdict(r) for r in rows]}, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        where = r.adm2_name or r.adm1_name or ""
        _out(f"{r.id[:8]}  {r.date_text:<10}  {r.kind[:9]:<9}  sev {r.severity or '-'}  "
             f"{r.verification.removeprefix('vs.'):<13}  {_clean(where)[:18]:<18}  {_clean(r.title)}")
    _out(f"{len(rows)} of {total} record(s) shown.")
    return 0


def _clean(text: str) -> str:
    """Display untrusted text on a terminal: no control or bidi-override characters."""
    return "".join(ch for ch in text if ch.isprintable() and not 0x202A <= ord(ch) <= 0x202E
                   and not 0x2066 <= ord(ch) <= 0x2069)


def cmd_show(args: argparse.Namespace) -> int:
    from .domain.records import record_to_json
    from .services.records import CaseService

    with _unlock(args) as ws:
        service = CaseService(ws)
        record = service.get(args.id, args.rev)
        revisions = service.history(record.id or "")
    data = record_to_json(record, with_meta=True)
    data["history"] = [asdict(h) for h in revisions]
    if args.json:
        _out(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    _out(f"{_clean(record.title)}\n{'=' * min(len(record.title), 78)}")
    loc = record.location
    _out(f"id {record.id}  revision {record.rev} of {len(revisions)}  ({record.kind})")
    where = ", ".join(_clean(p) for p in (loc.place, loc.adm2_name, loc.adm1_name, loc.country) if p)
    _out(f"date {record.date.text}  place {where}")
    _out(f"severity {record.severity or '-'}  verification {record.verification}  status {record.status}")
    if record.violation_types:
        _out("violations " + ", ".join(record.violation_types))
    for t in record.risk_tags:
        _out(f"tag {t.category} ({t.framework_id} {t.framework_version}): {_clean(t.rationale)}")
    for p in record.people:
        _out(f"person {p.role}: {_clean(p.pseudonym)}")
    if record.acts:
        from .services.acts import judge_acts

        for j in judge_acts(record):
            _out(f"act {j.number}: {_clean(j.act.victim)} {j.act.act_type} -> SDG 16.10.1 "
                 f"{j.effective or 'does not qualify'}{' (analyst override)' if j.act.sdg_override else ''}")
    if record.conflict_related is not None:
        _out(f"related to an armed conflict: {'yes' if record.conflict_related else 'no'}")
    for a in record.attachments:
        _out(f"attachment {a.id}  {a.size} bytes  sha256 {a.sha256}  {_clean(a.original_name)}")
    if record.narrative:
        _out("\n" + _clean(record.narrative.replace("\n", " ")))
    _out("\nhistory: " + "; ".join(f"r{h.rev} {h.author} {h.created_at[:19]}" for h in revisions))
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    if args.recovery_key:
        ws = Workspace.unlock_with_recovery_key(args.workspace, _ask("Recovery key: ")
                                                if not os.environ.get("FIELDCASE_RECOVERY_KEY")
                                                else os.environ["FIELDCASE_RECOVERY_KEY"])
    else:
        ws = _unlock(args)
    with ws:
        ws.change_passphrase(_new_passphrase(NEW_PASS_ENV))
    _out("Passphrase changed. The store was not re-encrypted; the old passphrase no longer opens it.")
    return 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        code = ws.replace_recovery_key() if args.replace else ws.take_pending_recovery_key()
    if code is None:
        raise FieldcaseError("The recovery key was already shown once. To make a new one (the old one then "
                             "stops working), run: fieldcase recovery-key --replace")
    _out("Recovery key (write it down and keep it apart from this device; it is not shown again):\n")
    _out("    " + code + "\n")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import create_demo_workspace

    passphrase = os.environ.get(PASS_ENV) or DEMO_PASSPHRASE
    count = create_demo_workspace(args.workspace, passphrase)
    _out(f"Created a demo workspace with {count} fictional records in {args.workspace}.")
    if passphrase == DEMO_PASSPHRASE:
        _out(f"Its passphrase is: {DEMO_PASSPHRASE}")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from .services.records import CaseService

    with _unlock(args) as ws:
        info = CaseService(ws).attach(args.id, args.file)
    _out(f"Attached {info.size} bytes as {info.id} (sha256 {info.sha256}).")
    return 0


def cmd_export_attachment(args: argparse.Namespace) -> int:
    from .services.records import CaseService

    if args.out.exists():
        raise FieldcaseError(f"{args.out} already exists; choose another file name.")
    with _unlock(args) as ws:
        try:
            with open(args.out, "xb") as dest:
                info = CaseService(ws).export_attachment(args.attachment_id, dest)
        except BaseException:
            args.out.unlink(missing_ok=True)
            raise
    _out(f"Wrote {info.size} bytes to {args.out} (sha256 {info.sha256} matches the intake record).")
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from .services.records import CaseService

    with _unlock(args) as ws:
        n = CaseService(ws).verify_audit_chain()
    _out(f"The audit log verifies: {n} entries, hash chain intact.")
    return 0


# -- parsing --------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldcase", description="Encrypted case files for field officers.")
    p.add_argument("--version", action="version", version=f"fieldcase {__version__}")
    p.add_argument("--workspace", type=Path,
                   default=Path(os.environ.get("FIELDCASE_WORKSPACE", default_workspace_dir())),
                   help="workspace folder (default: $FIELDCASE_WORKSPACE or %(default)s)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("init", help="create a new encrypted workspace")
    s.add_argument("--officer", default=os.environ.get("USER", "officer"), help="your name, as author of edits")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("import", help="import records from a .json or .csv file (all or nothing)")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("list", help="list records, newest first")
    s.add_argument("--search", help="full-text search in titles and narratives")
    s.add_argument("--kind", choices=["incident", "community_info"])
    s.add_argument("--region", help="admin-1 P-code")
    s.add_argument("--verification", help="e.g. vs.verified")
    s.add_argument("--risk-area", help="e.g. cca.internal_security")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("show", help="show one record (id or unique prefix)")
    s.add_argument("id")
    s.add_argument("--rev", type=int, help="an older revision")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("change-passphrase", help="re-wrap the workspace key under a new passphrase")
    s.add_argument("--recovery-key", action="store_true", help="unlock with the recovery key instead")
    s.set_defaults(func=cmd_change_passphrase)

    s = sub.add_parser("recovery-key", help="show the recovery key (once)")
    s.add_argument("--replace", action="store_true", help="make a new recovery key; the old one stops working")
    s.set_defaults(func=cmd_recovery_key)

    s = sub.add_parser("demo", help="create a workspace full of fictional demo records")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("attach", help="encrypt a file into the workspace and attach it to a record")
    s.add_argument("id")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_attach)

    s = sub.add_parser("export-attachment", help="decrypt an attachment to a file you choose")
    s.add_argument("attachment_id")
    s.add_argument("--out", type=Path, required=True)
    s.set_defaults(func=cmd_export_attachment)

    s = sub.add_parser("verify-audit", help="check the audit log's hash chain")
    s.set_defaults(func=cmd_verify_audit)

    from . import cli_analysis

    cli_analysis.register(sub)
    __import__("fieldcase.cli_sync", fromlist=["register"]).register(sub)  # enrol, sync, hq
    __import__("fieldcase.cli_briefing", fromlist=["register"]).register(sub)  # brief, verify, identity
    __import__("fieldcase.cli_acts", fromlist=["register"]).register(sub)  # acts list, override, review
    return p


def main(argv: Sequence[str] | None = None) -> int:
    restrict_process()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ImportRejected as exc:
        _err(f"fieldcase: {exc.message}")
        for problem in exc.problems[:200]:
            _err(f"  {args.file}: {problem}" if hasattr(args, "file") else f"  {problem}")
        if len(exc.problems) > 200:
            _err(f"  ... and {len(exc.problems) - 200} more")
        return exc.exit_status
    except FieldcaseError as exc:
        _err(f"fieldcase: {exc.message}")
        return exc.exit_status
    except DatabaseError as exc:
        if os.environ.get("FIELDCASE_DEBUG") == "1":
            raise
        error = damaged_store(exc)
        _err(f"fieldcase: {error.message}")
        return error.exit_status
    except KeyboardInterrupt:
        _err("fieldcase: interrupted; nothing half-written was kept.")
        return 130
    except Exception as exc:  # no traceback: it could carry case data into a terminal log
        if os.environ.get("FIELDCASE_DEBUG") == "1":
            raise
        _err(f"fieldcase: internal error ({type(exc).__name__}). Nothing was written in the clear. "
             "Run with FIELDCASE_DEBUG=1 to see details.")
        return 70
