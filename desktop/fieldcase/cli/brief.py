"""`fieldcase brief --period YYYY-MM [--region P] [--classification ...] [--redaction strict] --out brief.pdf`:
a signed PDF briefing for headquarters."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..briefing.choices import DEFAULT_CLASSIFICATION, REDACTIONS
from ..i18n.briefing_text import LANGUAGES
from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("brief", help="build a signed PDF briefing for headquarters")
    s.add_argument("--period", required=True, help="the month, YYYY-MM")
    s.add_argument("--region", help="admin-1 P-code (default: all regions)")
    s.add_argument("--classification", default=DEFAULT_CLASSIFICATION,
                   help="marking printed on every page (default: %(default)s)")
    s.add_argument("--redaction", choices=REDACTIONS, default="standard",
                   help="standard: pseudonyms unless consent; strict: also no places below admin-2, no exact dates")
    s.add_argument("--out", type=Path, required=True, help="the PDF to write")
    s.add_argument("--language", choices=LANGUAGES, default="en",
                   help="the briefing's language: titles, labels, dates and numbers (default: %(default)s)")
    s.add_argument("--annex-csv", type=Path, metavar="FILE",
                   help="also write the complete annex (every record of the period, the annex's columns) as CSV; "
                        "the PDF lists the most serious 1,000 when there are more")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.briefing import BriefingService

    with unlock(args.workspace) as ws:
        result = BriefingService(ws).build(args.period, args.region, classification=args.classification,
                                           redaction=args.redaction, out=args.out, language=args.language,
                                           annex_csv=args.annex_csv)
    out(f"Wrote {result.path} ({result.pages} pages, {result.records} records, {result.size:,} bytes) "
        f"in {result.seconds:.2f} s.")
    out(f"Signed by {result.signer} at {result.signing_time}; certificate SHA-256 {result.certificate_sha256}")
    out(f"Document SHA-256 {result.sha256} (recorded in the export log).")
    return 0
