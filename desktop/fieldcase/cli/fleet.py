"""`fieldcase hq root init | bundle sign | revoke | identity split | identity recover`: HQ's fleet keys.

    FIELDCASE_ROOT_PASSPHRASE   the offline root key file's passphrase (else asked)

Registered under `fieldcase hq` by cli/hq.py (one line there), so the HQ commands stay one group.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from .output import err, out
from .prompts import add_hq_options, ask, new_passphrase, open_hq

ROOT_PASS_ENV = "FIELDCASE_ROOT_PASSPHRASE"


def register_hq(hq: Any) -> None:
    def with_dir(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        add_hq_options(p)
        return p

    root = hq.add_parser("root", help="HQ's offline root key (signs key bundles)").add_subparsers(
        dest="root_command", required=True)
    s = with_dir(root.add_parser("init", help="make the offline root key in a file HQ keeps apart"))
    s.add_argument("--out", type=Path, required=True, help="a new file for the root key (keep it offline)")
    s.set_defaults(func=run_root_init)

    bundle = hq.add_parser("bundle", help="root-signed key bundles for officers").add_subparsers(
        dest="bundle_command", required=True)
    s = with_dir(bundle.add_parser("sign", help="sign the current recipients and revocations as the next bundle"))
    s.add_argument("--root", type=Path, required=True, help="the root key file")
    s.add_argument("--valid-days", type=int, default=90, help="days until officers refuse it (default 90)")
    s.set_defaults(func=run_bundle_sign)

    s = with_dir(hq.add_parser("revoke", help="refuse a lost or seized device's packages from now on"))
    s.add_argument("--officer", required=True, help="the device's workspace id (see: hq officers)")
    s.add_argument("--from-sequence", type=int, help="first package sequence to refuse (default: the next one)")
    s.set_defaults(func=run_revoke)

    identity = hq.add_parser("identity", help="split HQ's identity into SLIP-39 shares, or recover it").add_subparsers(
        dest="identity_command", required=True)
    s = with_dir(identity.add_parser("split", help="k-of-n SLIP-39 shares and an escrow file"))
    s.add_argument("--shares", type=int, default=5)
    s.add_argument("--threshold", type=int, default=3)
    s.add_argument("--out-dir", type=Path, required=True, help="an empty folder for the escrow file and shares")
    s.set_defaults(func=run_identity_split)
    s = identity.add_parser("recover", help="recover HQ's identity from the escrow file and enough shares")
    s.add_argument("--escrow", type=Path, required=True)
    s.add_argument("--share", type=Path, action="append", default=[],
                   help="a share file (repeat); without any, one share per line on standard input")
    s.add_argument("--identity-out", type=Path, help="write the age identities (age -i) to this new file")
    s.add_argument("--new-dir", type=Path, help="make a new HQ directory holding the recovered keys")
    s.set_defaults(func=run_identity_recover)


def _root_passphrase() -> str:
    return os.environ.get(ROOT_PASS_ENV) or ask("Root key passphrase: ")


def run_root_init(args: argparse.Namespace) -> int:
    from ..services import fleet

    if os.environ.get(ROOT_PASS_ENV):
        secret = os.environ[ROOT_PASS_ENV]
    else:
        secret = ask("New root key passphrase: ")
        if secret != ask("Repeat it: "):
            raise FieldcaseError("The two passphrases differ; nothing was made.")
    with open_hq(args.dir, args.hq_user) as store:
        fp = fleet.root_init(store, args.out, secret)
    out(f"Wrote the root key to {args.out}: keep it offline and apart from the HQ directory.")
    out(f"Root fingerprint (officers see it at enrolment; read it out by another channel): {fp}")
    out("Next: fieldcase hq bundle sign --dir HQDIR --root FILE")
    return 0


def run_bundle_sign(args: argparse.Namespace) -> int:
    from ..services import fleet

    with open_hq(args.dir, args.hq_user) as store:
        info = fleet.sign_bundle(store, args.root, _root_passphrase(), valid_days=args.valid_days)
    out(f"Signed key bundle version {info.version} (keyset {info.keyset_version}), valid until {info.expires_at}; "
        f"{len(info.recipients)} recipient(s), {len(info.retired)} retired, {len(info.revoked)} revoked device(s).")
    out("It goes to officers with the next replies (hq import).")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from ..services import fleet

    with open_hq(args.dir, args.hq_user) as store:
        r = fleet.revoke(store, args.officer, args.from_sequence)
    out(f"Revoked {r.workspace_id}: its packages from sequence {r.from_sequence} on are refused at import.")
    if r.from_sequence <= r.already_received:
        err(f"Packages {r.from_sequence}..{r.already_received} were imported before the revocation; review them.")
    out("Sign a new bundle so officers learn of it: fieldcase hq bundle sign --dir HQDIR --root FILE")
    return 0


def run_identity_split(args: argparse.Namespace) -> int:
    from ..services import fleet

    with open_hq(args.dir, args.hq_user) as store:
        paths = fleet.split_identity(store, args.out_dir, shares_count=args.shares, threshold=args.threshold)
    out(f"Wrote the escrow file {paths[0]} and {len(paths) - 1} share files; any {args.threshold} recover HQ's "
        "identity. Give each share to a different custodian and delete it here.")
    return 0


def run_identity_recover(args: argparse.Namespace) -> int:
    from ..services import fleet

    if args.identity_out is None and args.new_dir is None:
        raise FieldcaseError("Say what to recover into: --identity-out FILE and/or --new-dir DIR.")
    texts = [p.read_text(encoding="utf-8") for p in args.share] if args.share else sys.stdin.read().splitlines()
    passphrase = new_passphrase() if args.new_dir is not None else None
    result = fleet.recover_identity(args.escrow, texts, identity_out=args.identity_out, new_dir=args.new_dir,
                                    passphrase=passphrase)
    out(f"Recovered the identity of HQ {result['hq_name']} ({result['hq_id']}).")
    if args.identity_out:
        err(f"Wrote the age identities to {args.identity_out}: they decrypt every package; keep them safe.")
    if args.new_dir:
        out(f"New HQ directory {args.new_dir} (id {result['new_hq_id']}); enrol officers again from it.")
    return 0
