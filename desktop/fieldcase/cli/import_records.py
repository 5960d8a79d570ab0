"""`fieldcase import FILE`: import records, all or nothing, from Fieldcase's .json/.csv format, an ACLED
export (`--format acled`), KoboToolbox / ODK submissions (`--format xlsform --form FORM.xlsx --mapping M.json`),
any HXL-tagged dataset (`--format hxl [--mapping M.json]`) or a UCDP GED export (`--format ucdp`); CSV or a
workbook's sheet (`--sheet NAME`). `--dry-run` shows the mapping and the first rows and writes nothing."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from .output import clean, out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("import", help="import records from a file (all or nothing): Fieldcase .json/.csv, an ACLED "
                                      "export, or KoboToolbox/ODK submissions")
    s.add_argument("file", type=Path)
    s.add_argument("--format", dest="fmt", choices=("auto", "fieldcase", "acled", "xlsform", "hxl", "ucdp"),
                   default="auto", help="auto: by the file (an ACLED or UCDP header is recognised); default auto")
    s.add_argument("--sheet", help="the workbook's sheet to read (hxl, ucdp; default: the first that fits)")
    s.add_argument("--dry-run", action="store_true",
                   help="show which column fills which field and the first rows; write nothing (hxl, ucdp)")
    s.add_argument("--form", type=Path, help="the XLSForm (.xlsx) the submissions were collected with")
    s.add_argument("--mapping", type=Path, help="which form field (xlsform) or hashtag (hxl) fills which Fieldcase "
                                                 "field (JSON; see README)")
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


def show_preview(args: argparse.Namespace) -> int:
    from ..services.import_preview import preview_file

    shown = preview_file(args.file, args.fmt, sheet=args.sheet, mapping=args.mapping)
    out(f"Dry run: nothing was written. {args.file.name}" + (f", dataset: {clean(shown.dataset.title)}"
                                                            if shown.dataset else ""))
    if shown.dataset is not None:
        out(f"Licence: {clean(shown.dataset.licence)}")
    out("Mapping (column -> Fieldcase field):")
    width = min(48, max((len(clean(c)) for c, _f in shown.columns), default=10))
    for column, fills in shown.columns:
        out(f"  {clean(column)[:60]:<{width}}  -> {fills}")
    out(f"First {len(shown.rows)} row(s):")
    for row in shown.rows:
        if row.record is None:
            out(f"  line {row.line}: would be refused:")
            for problem in row.problems:
                out(f"    {clean(problem)}")
            continue
        r = row.record
        loc = r["location"]
        where = ", ".join(clean(str(loc[k])) for k in ("place", "adm2_name", "adm1_name", "country") if loc.get(k))
        out(f"  line {row.line}: {clean(r['date'])}" + (f" to {clean(r['date_end'])}" if r.get("date_end") else "")
            + f" | {clean(r['title'])[:80]} | {where}"
            + (f" | {loc['lat']}, {loc['lon']} (±{loc['coord_precision_m']} m)" if "lat" in loc else "")
            + "".join(f" | {k} {v}" for k, v in r.get("casualties", {}).items())
            + (f" | id {clean(row.external_id)}" if row.external_id else ""))
        kept = {**{k: v for k, v in row.kept.items() if k != "columns"}, **row.kept.get("columns", {})}
        if kept:
            out("    kept as source data: " + "; ".join(f"{clean(str(k))}={clean(str(v))[:40]}"
                                                      for k, v in list(kept.items())[:8]))
    return 0


def run(args: argparse.Namespace) -> int:
    from ..services.import_flow import import_file

    if args.dry_run:
        return show_preview(args)
    bar = ProgressBar()
    with unlock(args.workspace) as ws:
        try:
            outcome = import_file(ws, args.file, fmt=args.fmt, form=args.form, mapping=args.mapping, sheet=args.sheet,
                                  progress=bar)
        finally:
            bar.close()
    out(f"Imported {outcome.stored} record(s) from {args.file.name}: {outcome.created} new, {outcome.revised} revised"
        + (f", {outcome.unchanged} unchanged." if outcome.dataset else "."))
    if outcome.dataset is not None:
        out(f"Marked as coming from {outcome.dataset.title}"
            + (" (verification: reported)" if outcome.dataset.id in ("acled", "ucdp-ged")
               or outcome.dataset.id.startswith("hxl:") else "")
            + f", kept apart from your own records. {outcome.dataset.attribution}".rstrip())
        if outcome.absent:
            out(f"{len(outcome.absent)} event(s) imported before are not in this export (deleted by the publisher, "
                "or outside this download); they were left as they are: " + ", ".join(outcome.absent[:50])
                + (" …" if len(outcome.absent) > 50 else ""))
    return 0
