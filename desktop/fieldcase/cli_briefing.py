"""Command-line verbs for signed briefings and the officer's signing identity.

    fieldcase brief --period 2026-10 [--region XT02] [--classification ...] [--redaction strict] --out brief.pdf
    fieldcase verify brief.pdf [--trust hq-ca.pem]
    fieldcase identity [--csr FILE | --install CERT.pem [--chain CA.pem]]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .briefing.model import DEFAULT_CLASSIFICATION, REDACTIONS
from .errors import FieldcaseError


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def register(sub: Any) -> None:
    """Add this module's subcommands to the `fieldcase` parser's subparsers."""
    s = sub.add_parser("brief", help="build a signed PDF briefing for headquarters")
    s.add_argument("--period", required=True, help="the month, YYYY-MM")
    s.add_argument("--region", help="admin-1 P-code (default: all regions)")
    s.add_argument("--classification", default=DEFAULT_CLASSIFICATION,
                   help="marking printed on every page (default: %(default)s)")
    s.add_argument("--redaction", choices=REDACTIONS, default="standard",
                   help="standard: pseudonyms unless consent; strict: also no places below admin-2, no exact dates")
    s.add_argument("--out", type=Path, required=True, help="the PDF to write")
    s.set_defaults(func=cmd_brief)

    s = sub.add_parser("verify", help="check a signed briefing: signer, time, integrity, trust")
    s.add_argument("file", type=Path)
    s.add_argument("--trust", type=Path, action="append", default=[],
                   help="a trusted root certificate (PEM), e.g. HQ's CA; may be repeated")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("identity", help="show the signing certificate; make a CSR or install HQ's certificate")
    group = s.add_mutually_exclusive_group()
    group.add_argument("--csr", type=Path, help="write a certificate signing request for HQ to this file")
    group.add_argument("--install", type=Path, help="install the certificate HQ issued (PEM)")
    s.add_argument("--chain", type=Path, help="with --install: HQ's CA certificate(s), PEM")
    s.add_argument("--export-cert", type=Path, help="write the current certificate (PEM) to this file")
    s.set_defaults(func=cmd_identity)


def _unlock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .cli import _unlock as unlock

    return unlock(args)


def cmd_brief(args: argparse.Namespace) -> int:
    from .services.briefing import BriefingService

    with _unlock(args) as ws:
        result = BriefingService(ws).build(args.period, args.region, classification=args.classification,
                                           redaction=args.redaction, out=args.out)
    _out(f"Wrote {result.path} ({result.pages} pages, {result.records} records, {result.size:,} bytes) "
         f"in {result.seconds:.2f} s.")
    _out(f"Signed by {result.signer} at {result.signing_time}; certificate SHA-256 {result.certificate_sha256}")
    _out(f"Document SHA-256 {result.sha256} (recorded in the export log).")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .briefing.verify import verify_pdf

    try:
        data = args.file.read_bytes()
        roots = tuple(path.read_bytes() for path in args.trust)
    except OSError as exc:
        raise FieldcaseError(f"{exc.filename}: cannot be read ({exc.strerror}).") from None
    result = verify_pdf(data, roots)
    _out(f"File:          {args.file}")
    _out(f"SHA-256:       {result.document_sha256}")
    if not result.signed:
        _out("Signature:     none found")
    else:
        _out(f"Signer:        {_printable(result.signer)}")
        _out(f"Issuer:        {_printable(result.issuer)}")
        _out(f"Signing time:  {result.signing_time or 'not stated'}")
        _out(f"Certificate:   SHA-256 {result.certificate_sha256}")
        _out(f"Integrity:     {'intact' if result.intact else 'MODIFIED AFTER SIGNING or damaged'}"
             f" (coverage {result.coverage or '?'}, later changes {result.modification or '?'})")
        trust = {None: "not checked (give --trust CA.pem)", True: "chains to a trusted root",
                 False: "NOT trusted (does not chain to a given root)"}[result.trusted]
        _out(f"Trust:         {trust}")
    for problem in result.problems:
        _out(f"Problem:       {problem}")
    _out(f"Result:        {'OK' if result.ok else 'FAILED'}")
    return 0 if result.ok else 2


def _printable(text: str) -> str:
    from .cli import _clean

    return _clean(text)


def cmd_identity(args: argparse.Namespace) -> int:
    from .crypto.identity import build_csr, split_pem_bundle
    from .fsutil import atomic_write_bytes

    with _unlock(args) as ws:
        if args.install:
            try:
                cert = args.install.read_bytes()
                chain = split_pem_bundle(args.chain.read_bytes()) if args.chain else ()
            except OSError as exc:
                raise FieldcaseError(f"{exc.filename}: cannot be read ({exc.strerror}).") from None
            identity = ws.install_certificate(cert, chain)
            _out("Installed the certificate issued by HQ.")
        else:
            identity = ws.signing_identity()
        if args.csr:
            atomic_write_bytes(args.csr, build_csr(identity))
            _out(f"Wrote a certificate signing request to {args.csr}; send it to HQ.")
        if args.export_cert:
            atomic_write_bytes(args.export_cert, identity.cert_pem + b"".join(identity.chain_pem))
            _out(f"Wrote the certificate to {args.export_cert}.")
    cert = identity.certificate
    _out(f"Subject:      {_printable(identity.subject)}")
    issuer = "self-signed (not yet enrolled with HQ)" if identity.self_signed else cert.issuer.rfc4514_string()
    _out(f"Issuer:       {_printable(issuer)}")
    _out(f"Valid:        {cert.not_valid_before_utc:%Y-%m-%d} to {cert.not_valid_after_utc:%Y-%m-%d}")
    _out("Key:          ECDSA P-256")
    _out(f"SHA-256:      {identity.fingerprint}")
    return 0
