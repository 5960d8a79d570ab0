"""Benchmark: packing a sync push of 10,000 changed records + 1 GB of attachments.

    .venv/bin/python bench/bench_sync.py [--records 10000] [--mib 1024] [--files 16] [--keep DIR]
                                         [--attached-before-enrolment]

Set-up (not timed): an enrolled officer workspace with the records and the attachments (random data,
encrypted into the workspace vault as usual: after enrolment that seals them to HQ's keys too), and
the same content as a plain tar for the baseline. Timed, each in a fresh child process whose peak
RSS (VmHWM from /proc/self/status) is reported:

* fieldcase pack: `outbox.build_pending` - read the records from SQLCipher, stream the tar, hash,
  sign, encrypt with pyrage to the HQ + officer recipients, fsync; link each attachment's sealed
  ciphertext into the outbox and SHA-256 its 16 MiB pieces (every byte is read);
  with `--attached-before-enrolment` the blobs are not sealed to HQ and are decrypted and sealed
  again instead (the slow path);
* fieldcase deliver: the same child then pushes the packages and pieces to a folder (copy + fsync);
* age -r: Debian's `age` encrypting the plaintext tar of the same content (the brief's baseline);
* age -d | age -r: the CLI decrypting each blob from the vault and encrypting the stream (what the
  slow path does), for a like-for-like comparison.

Writes a JSON summary to stdout and bench/results/bench_sync.json (or bench_sync_unsealed.json).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")
PASSPHRASE = "benchmark passphrase only"


def vmhwm_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return -1.0


def setup(root: Path, records: int, mib: int, files: int, *, attach_first: bool = False) -> dict[str, object]:
    from fieldcase.domain.records import CaseRecord, Location, PartialDate
    from fieldcase.hq import enrolment
    from fieldcase.hq.store import HqStore
    from fieldcase.services.records import CaseService
    from fieldcase.services.sync import SyncService
    from fieldcase.workspace import Workspace

    hq = HqStore.create(root / "hq", PASSPHRASE, "HQ bench")
    ws, _ = Workspace.create(root / "ws", PASSPHRASE, "Officer Bench")
    sync = SyncService(ws)

    def enrol() -> None:
        sync.enrol(enrolment.enrol(hq, sync.enrolment_request(), "Officer Bench")[0])
        (root / "hq_identity.txt").write_text(hq.keyset().keys[0].identity + "\n")
        hq.lock()

    if not attach_first:
        enrol()
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
    if attach_first:
        enrol()
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
    from fieldcase.sync.transports import FolderTarget
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
    outbox_bytes = sum(p.stat().st_size for p in outbox.outbox_dir(ws).iterdir())
    folder = root / "usb"
    folder.mkdir(exist_ok=True)
    start = time.perf_counter()
    service.push(FolderTarget("usb", folder))
    deliver = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "packages": len(built), "bytes": outbox_bytes,
                      "deliver_seconds": deliver, "vmhwm_mib": vmhwm_mib()}))
    ws.lock()


def _link_blobs(src: str, dst: str) -> None:
    if "/attachments/" in src:
        os.link(src, dst)
    else:
        shutil.copy2(src, dst)


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
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--attached-before-enrolment", action="store_true",
                        help="attachments not sealed to HQ at intake: measures the re-sealing path")
    parser.add_argument("--child-pack", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_pack:
        child_pack(args.child_pack)
        return
    root = args.keep or Path(tempfile.mkdtemp(prefix="fieldcase-bench-sync-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        info = setup(root, args.records, args.mib, args.files, attach_first=args.attached_before_enrolment)
        print(f"set-up: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        recipient = subprocess.run(["age-keygen", "-y", str(root / "hq_identity.txt")], check=True,
                                   capture_output=True, text=True).stdout.strip()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
        pipeline = (f"for f in {' '.join(info['blobs'])}; do age -d -i {root / 'ws_identity.txt'} \"$f\"; done "  # type: ignore[arg-type]
                    f"| age -r {recipient} -o {root / 'pipe.out'}")
        runs: dict[str, list[float]] = {"pack": [], "deliver": [], "rss": [], "age": [], "age_rss": [], "pipe": []}
        ours: dict[str, Any] = {}
        for rep in range(args.reps):
            # a fresh copy of the workspace per run (attachments hard-linked: packing never changes them),
            # and pending writes flushed before each timed step so none pays for the previous one's
            run = root / f"run{rep}"
            shutil.copytree(root / "ws", run / "ws", copy_function=_link_blobs)
            os.sync()
            child = subprocess.run([sys.executable, __file__, "--child-pack", str(run)], check=True,
                                   capture_output=True, text=True, env=env)
            ours = json.loads(child.stdout.strip().splitlines()[-1])
            runs["pack"].append(ours["seconds"])
            runs["deliver"].append(ours["deliver_seconds"])
            runs["rss"].append(ours["vmhwm_mib"])
            shutil.rmtree(run)
            os.sync()
            age_seconds, age_peak = peak_of(["age", "-r", recipient, "-o", str(root / "age.out"),
                                             str(root / "plain.tar")])
            runs["age"].append(age_seconds)
            runs["age_rss"].append(age_peak)
            (root / "age.out").unlink()
            os.sync()
            runs["pipe"].append(timed(["bash", "-c", pipeline]))
            (root / "pipe.out").unlink()
            print(f"run {rep + 1}: pack {ours['seconds']:.2f} s, age -r {age_seconds:.2f} s", file=sys.stderr)
        med = {k: statistics.median(v) for k, v in runs.items()}
        tar_bytes = int(info["tar_bytes"])  # type: ignore[call-overload]
        mib = tar_bytes / 2**20
        result = {
            "records": args.records, "attachments_mib": args.mib, "attachment_files": args.files,
            "attachments_sealed_to_hq_at_intake": not args.attached_before_enrolment, "reps": args.reps,
            "content_mib": round(mib, 1),
            "fieldcase": {"seconds": round(med["pack"], 2), "mib_per_s": round(mib / med["pack"], 1),
                          "runs": [round(x, 2) for x in runs["pack"]],
                          "peak_rss_mib": round(max(runs["rss"]), 1), "packages": ours["packages"],
                          "outbox_mib": round(ours["bytes"] / 2**20, 1),
                          "deliver_to_folder_seconds": round(med["deliver"], 2)},
            "age_cli_encrypt_tar": {"seconds": round(med["age"], 2), "mib_per_s": round(mib / med["age"], 1),
                                    "runs": [round(x, 2) for x in runs["age"]],
                                    "peak_rss_mib": round(max(runs["age_rss"]), 1)},
            "age_cli_decrypt_then_encrypt": {"seconds": round(med["pipe"], 2),
                                             "mib_per_s": round(mib / med["pipe"], 1)},
            "ratio_vs_age_encrypt": round(med["age"] / med["pack"], 2),
            "ratio_vs_age_decrypt_encrypt": round(med["pipe"] / med["pack"], 2),
            "target": ">= 0.8 x age -r, peak RSS < 200 MB",
            "pass": med["age"] / med["pack"] >= 0.8 and max(runs["rss"]) < 200 * 10**6 / 2**20,
        }
        out = json.dumps(result, indent=1)
        print(out)
        results = ROOT / "bench" / "results"
        results.mkdir(exist_ok=True)
        name = "bench_sync_unsealed.json" if args.attached_before_enrolment else "bench_sync.json"
        (results / name).write_text(out + "\n")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
