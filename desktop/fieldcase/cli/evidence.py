"""`fieldcase evidence export CASE_ID --out DIR_OR_ZIP [--redaction none|standard|strict] [--recipient AGE_KEY]`
and `fieldcase evidence verify PATH [--identity FILE] [--trust CA.pem]`: a court-ready package for one case.

`verify` needs no workspace. Exit status 2 when a check fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from .output import clean, out


def register(sub: Any) -> None:
    from ..evidence.layout import REDACTIONS

    s = sub.add_parser("evidence", help="export or verify a court-ready evidence package for one case")
    actions = s.add_subparsers(dest="evidence_command", required=True, metavar="ACTION")
    e = actions.add_parser("export", help="write a signed BagIt package for one case")
    e.add_argument("case_id", help="the case's id (or a unique prefix)")
    e.add_argument("--out", type=Path, required=True,
                   help="a new folder, a .zip file, or (with --recipient) a .zip/.age file")
    e.add_argument("--redaction", choices=REDACTIONS, default="standard",
                   help="none: everything, attachments included; standard: pseudonyms unless consent, no source "
                        "names, no coordinates, attachments withheld (listed by hash); strict: also no places below "
                        "admin-2, dates to the month (default: %(default)s)")
    e.add_argument("--recipient", help="encrypt the whole package to this age public key (age1...)")
    e.add_argument("--to", default="", help="who receives the package (recorded in the audit log and bag-info.txt)")
    e.set_defaults(func=run_export)
    v = actions.add_parser("verify", help="check a package: bag, every hash, signatures, audit excerpt")
    v.add_argument("path", type=Path, help="the package folder, .zip or .age file")
    v.add_argument("--identity", type=Path, help="the recipient's age identity file, for an encrypted package")
    v.add_argument("--trust", type=Path, action="append", default=[],
                   help="a trusted root certificate (PEM), e.g. HQ's CA; may be repeated")
    v.set_defaults(func=run_verify)


def run_export(args: argparse.Namespace) -> int:
    from ..services.evidence import EvidenceService
    from .prompts import unlock

    with unlock(args.workspace) as ws:
        r = EvidenceService(ws).export(args.case_id, args.out, redaction=args.redaction, recipient=args.recipient,
                                       to=args.to)
    out(f"Wrote {r.path} ({r.kind}): case {r.case_id}, {r.revisions} revisions, "
        f"{r.attachments_included} of {r.attachments} attachments included, {r.redaction} redaction.")
    out(f"Signed by {clean(r.signer)}; certificate SHA-256 {r.certificate_sha256}")
    out(f"manifest-sha256.txt    {r.manifest_sha256}")
    out(f"tagmanifest-sha256.txt {r.tagmanifest_sha256} (signed: tagmanifest-sha256.txt.p7s)")
    if r.package_sha256:
        out(f"Package file SHA-256   {r.package_sha256}")
    out(f"Audit log head         {r.audit_head}")
    out("Recorded in the audit log (evidence.export).")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from ..services.evidence import verify_package

    try:
        identity = args.identity.read_text(encoding="utf-8") if args.identity else None
        roots = tuple(path.read_bytes() for path in args.trust)
    except (OSError, UnicodeDecodeError) as exc:
        raise FieldcaseError("{file} cannot be read.", file=getattr(exc, "filename", None) or "A file") from None
    report = verify_package(args.path, identity=identity, trust_roots_pem=roots)
    out(f"Package: {args.path}")
    if report.info:
        out(f"Case {clean(report.first('Fieldcase-Case-Id'))}, {clean(report.first('Fieldcase-Revisions'))} "
            f"revisions, {clean(report.first('Fieldcase-Redaction'))} redaction, exported "
            f"{clean(report.first('Fieldcase-Exported-At'))} by {clean(report.first('Contact-Name'))}")
    out("")
    out("Verified:")
    for check in report.checks:
        out(f"  [{'OK' if check.ok else 'FAILED'}] {check.name}: {clean(check.detail)}")
        for problem in check.problems[:50]:
            out(f"      - {clean(problem)}")
        if len(check.problems) > 50:
            out(f"      ... and {len(check.problems) - 50} more")
    out("")
    out("Withheld (as the package states):")
    for line in report.withheld or ("nothing stated",):
        out(f"  - {clean(line)}")
    out("")
    out(f"Result: {'OK' if report.ok else 'FAILED'}")
    return 0 if report.ok else 2
