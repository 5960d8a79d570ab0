"""`fieldcase enrol FILE [--expect-ca SHA256]`: import HQ's enrolment file (signed by HQ's CA)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .output import out
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("enrol", help="import HQ's enrolment file (signed by HQ's CA)")
    s.add_argument("file", type=Path)
    s.add_argument("--expect-ca", help="the CA fingerprint HQ gave you; refuse the file if it differs")
    s.add_argument("--expect-root", help="HQ's root key fingerprint; refuse the file if it differs")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.sync import SyncService

    with unlock(args.workspace) as ws:
        info = SyncService(ws).enrol(args.file.read_bytes(), expect_ca_sha256=args.expect_ca,
                                         expect_root_sha256=args.expect_root)
    out(f"Enrolled with {info['hq_name']} (key bundle version {info['keyset_version']}).")
    out(f"HQ certificate authority fingerprint: {info['ca_sha256']}")
    if info.get("root_sha256"):
        out(f"HQ root key fingerprint (signs HQ's key bundles): {info['root_sha256']}")
    out("Compare it with the fingerprint HQ gave you by another channel (phone, in person).")
    return 0
