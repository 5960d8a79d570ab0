"""The headless face of Fieldcase: argument parsing and calls into the services, nothing else.

One module per command (`fieldcase hq ...`, `fieldcase sync ...` are one module each); every
command module has `register(subparsers) -> None` and is listed once in COMMANDS below. Shared
pieces: output.py (stdout/stderr/JSON, the untrusted-text cleaner), prompts.py (passphrases,
environment variables, unlocking through services/session.py). Command modules import services,
never store/ or SQLAlchemy, and never each other.

argparse, not click: it is the standard library (no new dependency for an offline tool whose
dependencies are pinned and reviewed), and the tests and scripts rely on its exact behaviour:
usage errors exit 2 with argparse's wording, `--version`, mutually exclusive options
(`identity --csr|--install`, `acts override --type|--clear`), repeatable options and `assess`,
which runs alone or with its `set` subcommand. click would change help and error text and make
those cases longer, not shorter; the command bodies (output formatting) would not change at all.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..errors import FieldcaseError, ImportRejected
from ..fsutil import restrict_process
from ..services.startup import check_encryption_library
from ..workspace import default_workspace_dir
from . import (
    actions,
    acts,
    assess,
    attach,
    brief,
    change_passphrase,
    check,
    conflicts,
    demo,
    duress,
    enrol,
    enrol_request,
    evidence,
    export_attachment,
    frameworks,
    gazetteer,
    hq,
    identity,
    import_records,
    indicators,
    init,
    list_records,
    matches,
    purge,
    recommendations,
    recovery_key,
    recovery_shares,
    same,
    show,
    sync,
    tag,
    verify,
    verify_audit,
    wipe,
)
from .output import err

# The order of `fieldcase --help`.
COMMANDS = (init, import_records, list_records, show, change_passphrase, recovery_key, demo, attach,
            export_attachment, verify_audit, frameworks, tag, assess, indicators, actions, enrol_request, enrol,
            sync, hq, brief, verify, identity, acts, recommendations, evidence, purge, check, wipe, duress,
            gazetteer, recovery_shares, same, conflicts, matches)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldcase", description="Encrypted case files for field officers.")
    p.add_argument("--version", action="version", version=f"fieldcase {__version__}")
    p.add_argument("--workspace", type=Path,
                   default=Path(os.environ.get("FIELDCASE_WORKSPACE", default_workspace_dir())),
                   help="workspace folder (default: $FIELDCASE_WORKSPACE or %(default)s)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    restrict_process()
    args = build_parser().parse_args(argv)
    try:
        check_encryption_library()  # a build that carries anything but SQLCipher 4 stops here
        return int(args.func(args))
    except ImportRejected as exc:
        err(f"fieldcase: {exc.message}")
        for problem in exc.problems[:200]:
            err(f"  {args.file}: {problem}" if hasattr(args, "file") else f"  {problem}")
        if len(exc.problems) > 200:
            err(f"  ... and {len(exc.problems) - 200} more")
        return exc.exit_status
    except FieldcaseError as exc:
        err(f"fieldcase: {exc.message}")
        return exc.exit_status
    except KeyboardInterrupt:
        err("fieldcase: interrupted; nothing half-written was kept.")
        return 130
    except Exception as exc:  # no traceback: it could carry case data into a terminal log
        if os.environ.get("FIELDCASE_DEBUG") == "1":
            raise
        err(f"fieldcase: internal error ({type(exc).__name__}). Nothing was written in the clear. "
            "Run with FIELDCASE_DEBUG=1 to see details.")
        return 70
