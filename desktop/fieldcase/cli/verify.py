"""`fieldcase verify FILE [--trust CA.pem ...]`: check a signed briefing (signer, time, integrity, trust).

Needs no workspace. Exit status 2 when the check fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from .output import clean, out


def register(sub: Any) -> None:
    s = sub.add_parser("verify", help="check a signed briefing: signer, time, integrity, trust")
    s.add_argument("file", type=Path)
    s.add_argument("--trust", type=Path, action="append", default=[],
                   help="a trusted root certificate (PEM), e.g. HQ's CA; may be repeated")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..briefing.verify import verify_pdf

    try:
        data = args.file.read_bytes()
        roots = tuple(path.read_bytes() for path in args.trust)
    except OSError as exc:
        raise FieldcaseError("{file}: cannot be read ({reason}).", file=exc.filename, reason=exc.strerror) from None
    result = verify_pdf(data, roots)
    out(f"File:          {args.file}")
    out(f"SHA-256:       {result.document_sha256}")
    if not result.signed:
        out("Signature:     none found")
    else:
        out(f"Signer:        {clean(result.signer)}")
        out(f"Issuer:        {clean(result.issuer)}")
        out(f"Signing time:  {result.signing_time or 'not stated'}")
        out(f"Certificate:   SHA-256 {result.certificate_sha256}")
        out(f"Integrity:     {'intact' if result.intact else 'MODIFIED AFTER SIGNING or damaged'}"
            f" (coverage {result.coverage or '?'}, later changes {result.modification or '?'})")
        trust = {None: "not checked (give --trust CA.pem)", True: "chains to a trusted root",
                 False: "NOT trusted (does not chain to a given root)"}[result.trusted]
        out(f"Trust:         {trust}")
    for problem in result.problems:
        out(f"Problem:       {problem}")
    out(f"Result:        {'OK' if result.ok else 'FAILED'}")
    return 0 if result.ok else 2
