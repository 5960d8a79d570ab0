"""Benchmark: packing a sync push of 10,000 changed records + 1 GB of attachments.

    .venv/bin/python bench/bench_sync.py [--records 10000] [--mib 1024] [--files 16] [--keep DIR]

Set-up (not timed): an enrolled officer workspace with the records and the attachments (random data,
encrypted into the workspace vault as usual), and the same content as a plain tar for the baseline.
Timed, each in a fresh child process whose peak RSS (VmHWM from /proc/self/status) is reported:

* fieldcase: `outbox.build_pending` - read records from SQLCipher, decrypt attachments from the vault,
  stream the tar, hash, sign, encrypt with pyrage to the HQ + officer recipients, fsync;
* age -r: Debian's `age` encrypting the plaintext tar of the same content (the brief's baseline);
* age -d | age -r: the CLI doing the same job as the packer for the attachments (decrypt each blob
  from the vault, encrypt the stream), for a like-for-like comparison.

Writes a JSON summary to stdout and bench/results/bench_sync.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")
PASSPHRASE = "benchmark passphrase only"


def vmhwm_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return -1.0


def setup(root: Path, records: int, mib: int, files: int) -> dict[str, object]:
    from fieldcase.domain.records import CaseRecord, Location, PartialDate
    from fieldcase.hq import enrolment
    from fieldcase.hq.store import HqStore
    from fieldcase.services.records import CaseService
    from fieldcase.services.sync import SyncService
    from fieldcase.workspace import Workspace

    hq = HqStore.create(root / "hq", PASSPHRASE, "HQ bench")
    ws, _ = Workspace.create(root / "ws", PASSPHRASE, "Officer Bench")
    sync = SyncService(ws)
    sync.enrol(enrolment.enrol(hq, sync.enrolment_request(), "Officer Bench")[0])
    (root / "hq_identity.txt").write_text(hq.keyset().keys[0].identity + "\n")
    hq.lock()
    cases = CaseService(ws)
    stored = cases.save_many([CaseRecord(
        kind="incident", title=f"Benchmark incident {i}", date=PartialDate(f"2026-{1 + i % 12:02d}-1{i % 9}"),
        location=Location("XTV", adm1_pcode=f"XT0{1 + i % 5}", adm1_name="Region", place=f"Village {i % 300}"),
        narrative=("Witnesses describe the events at length. " * 20) + str(i), severity=1 + i % 5,
        violation_types=("sdg16101.A",)) for i in range(records)])
    plain = root / "plain"
    plain.mkdir()
    size = mib * 2**20 // files
    for i in range(files):
        path = plain / f"attachment-{i:03d}.bin"
        with open(path, "wb") as out:
            for _ in range(size // 2**20):
                out.write(os.urandom(2**20))
        cases.attach(stored[i].id or "", path)
    blobs = sorted(str(p) for p in (root / "ws" / "attachments").rglob("*") if p.is_file())
    identity = ws.secret("attachment-identity")
    (root / "ws_identity.txt").write_bytes((identity or b"") + b"\n")
    # the same content as a plain tar: the records as JSON lines, and the attachments
    from fieldcase.domain.records import record_to_json

    with (plain / "records.ndjson").open("w", encoding="utf-8") as out, ws.engine.connect() as conn:
        from fieldcase.store import cases as store_cases

        for r in stored:
            rec = store_cases.get_record(conn, r.id or "", r.rev)
            out.write(json.dumps(record_to_json(rec, with_meta=True), sort_keys=True) + "\n")
    with tarfile.open(root / "plain.tar", "w") as tar:
        for p in sorted(plain.iterdir()):
            tar.add(p, arcname=p.name)
    ws.lock()
    return {"blobs": blobs, "tar_bytes": (root / "plain.tar").stat().st_size}


def child_pack(root: Path) -> None:
    """Runs in a fresh process: build the packages, print seconds, bytes and peak memory."""
    from fieldcase.services.sync import SyncService
    from fieldcase.store import syncstore
    from fieldcase.sync import outbox
    from fieldcase.workspace import Workspace

    ws = Workspace.unlock(root / "ws", PASSPHRASE)
    service = SyncService(ws)
    hq = service._hq()
    recipients = outbox.recipients_of(hq, str(service.sync_identity().to_public()))
    with ws.engine.connect() as conn:
        syncstore.max_revision_id(conn)
    start = time.perf_counter()
    built = outbox.build_pending(ws, hq, recipients)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "packages": len(built), "bytes": sum(b.size for b in built),
                      "vmhwm_mib": vmhwm_mib()}))
    ws.lock()


def timed(argv: list[str], **kwargs: object) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - start


def peak_of(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, from GNU time if present) of a command."""
    if shutil.which("/usr/bin/time"):
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], check=True, capture_output=True, text=True)
        return time.perf_counter() - start, int(done.stderr.strip().splitlines()[-1]) / 1024
    return timed(argv), -1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--child-pack", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_pack:
        child_pack(args.child_pack)
        return
    root = args.keep or Path(tempfile.mkdtemp(prefix="fieldcase-bench-sync-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        info = setup(root, args.records, args.mib, args.files)
        print(f"set-up: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        recipient = subprocess.run(["age-keygen", "-y", str(root / "hq_identity.txt")], check=True,
                                   capture_output=True, text=True).stdout.strip()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
        child = subprocess.run([sys.executable, __file__, "--child-pack", str(root)], check=True,
                               capture_output=True, text=True, env=env)
        ours = json.loads(child.stdout.strip().splitlines()[-1])
        age_seconds, age_peak = peak_of(["age", "-r", recipient, "-o", str(root / "age.out"), str(root / "plain.tar")])
        (root / "age.out").unlink()
        pipeline = (f"for f in {' '.join(info['blobs'])}; do age -d -i {root / 'ws_identity.txt'} \"$f\"; done "  # type: ignore[arg-type]
                    f"| age -r {recipient} -o {root / 'pipe.out'}")
        pipe_seconds = timed(["bash", "-c", pipeline])
        tar_bytes = int(info["tar_bytes"])  # type: ignore[call-overload]
        mib = tar_bytes / 2**20
        result = {
            "records": args.records, "attachments_mib": args.mib, "attachment_files": args.files,
            "content_mib": round(mib, 1),
            "fieldcase": {"seconds": round(ours["seconds"], 2), "mib_per_s": round(mib / ours["seconds"], 1),
                          "peak_rss_mib": round(ours["vmhwm_mib"], 1), "packages": ours["packages"],
                          "package_mib": round(ours["bytes"] / 2**20, 1)},
            "age_cli_encrypt_tar": {"seconds": round(age_seconds, 2), "mib_per_s": round(mib / age_seconds, 1),
                                    "peak_rss_mib": round(age_peak, 1)},
            "age_cli_decrypt_then_encrypt": {"seconds": round(pipe_seconds, 2),
                                             "mib_per_s": round(mib / pipe_seconds, 1)},
            "ratio_vs_age_encrypt": round(age_seconds / ours["seconds"], 2),
            "ratio_vs_age_decrypt_encrypt": round(pipe_seconds / ours["seconds"], 2),
        }
        out = json.dumps(result, indent=1)
        print(out)
        results = ROOT / "bench" / "results"
        results.mkdir(exist_ok=True)
        (results / "bench_sync.json").write_text(out + "\n")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
