"""`fieldcase import FILE`: import records, all or nothing, from Fieldcase's .json/.csv format, an ACLED
export (`--format acled`) or KoboToolbox / ODK submissions (`--format xlsform --form FORM.xlsx --mapping M.json`)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("import", help="import records from a file (all or nothing): Fieldcase .json/.csv, an ACLED "
                                      "export, or KoboToolbox/ODK submissions")
    s.add_argument("file", type=Path)
    s.add_argument("--format", dest="fmt", choices=("auto", "fieldcase", "acled", "xlsform"), default="auto",
                   help="auto: by the file (an ACLED header is recognised); default auto")
    s.add_argument("--form", type=Path, help="the XLSForm (.xlsx) the submissions were collected with")
    s.add_argument("--mapping", type=Path, help="which form field fills which Fieldcase field (JSON; see README)")
    s.set_defaults(func=run)


class ProgressBar:
    """A bar on stderr for imports that take more than a second (only on a terminal)."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.shown = False
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.tty or time.monotonic() - self.start < 1.0 or total <= 0:
            return
        filled = int(30 * min(done, total) / total)
        sys.stderr.write(f"\r  [{'#' * filled}{'.' * (30 - filled)}] {100 * min(done, total) // total:3d}%")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    from ..services.import_flow import import_file

    bar = ProgressBar()
    with unlock(args.workspace) as ws:
        try:
            outcome = import_file(ws, args.file, fmt=args.fmt, form=args.form, mapping=args.mapping, progress=bar)
        finally:
            bar.close()
    out(f"Imported {outcome.stored} record(s) from {args.file.name}: {outcome.created} new, {outcome.revised} revised"
        + (f", {outcome.unchanged} unchanged." if outcome.dataset else "."))
    if outcome.dataset is not None:
        out(f"Marked as coming from {outcome.dataset.title}"
            + (" (verification: reported)" if outcome.dataset.id == "acled" else "")
            + f", kept apart from your own records. {outcome.dataset.attribution}".rstrip())
        if outcome.absent:
            out(f"{len(outcome.absent)} event(s) imported before are not in this export (deleted by the publisher, "
                "or outside this download); they were left as they are: " + ", ".join(outcome.absent[:50])
                + (" …" if len(outcome.absent) > 50 else ""))
    return 0
