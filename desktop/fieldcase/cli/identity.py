"""`fieldcase identity [--csr FILE | --install CERT.pem [--chain CA.pem]] [--export-cert FILE]`:
the officer's signing certificate; a CSR for HQ, or installing the certificate HQ issued."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from .output import clean, out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("identity", help="show the signing certificate; make a CSR or install HQ's certificate")
    group = s.add_mutually_exclusive_group()
    group.add_argument("--csr", type=Path, help="write a certificate signing request for HQ to this file")
    group.add_argument("--install", type=Path, help="install the certificate HQ issued (PEM)")
    s.add_argument("--chain", type=Path, help="with --install: HQ's CA certificate(s), PEM")
    s.add_argument("--export-cert", type=Path, help="write the current certificate (PEM) to this file")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..crypto.identity import build_csr, split_pem_bundle
    from ..fsutil import atomic_write_bytes

    with unlock(args.workspace) as ws:
        if args.install:
            try:
                cert = args.install.read_bytes()
                chain = split_pem_bundle(args.chain.read_bytes()) if args.chain else ()
            except OSError as exc:
                raise FieldcaseError("{file}: cannot be read ({reason}).",
                                     file=exc.filename, reason=exc.strerror) from None
            identity = ws.install_certificate(cert, chain)
            out("Installed the certificate issued by HQ.")
        else:
            identity = ws.signing_identity()
        if args.csr:
            atomic_write_bytes(args.csr, build_csr(identity))
            out(f"Wrote a certificate signing request to {args.csr}; send it to HQ.")
        if args.export_cert:
            atomic_write_bytes(args.export_cert, identity.cert_pem + b"".join(identity.chain_pem))
            out(f"Wrote the certificate to {args.export_cert}.")
    cert = identity.certificate
    out(f"Subject:      {clean(identity.subject)}")
    issuer = "self-signed (not yet enrolled with HQ)" if identity.self_signed else cert.issuer.rfc4514_string()
    out(f"Issuer:       {clean(issuer)}")
    out(f"Valid:        {cert.not_valid_before_utc:%Y-%m-%d} to {cert.not_valid_after_utc:%Y-%m-%d}")
    out("Key:          ECDSA P-256")
    out(f"SHA-256:      {identity.fingerprint}")
    return 0
