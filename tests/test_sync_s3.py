"""Sync through a real S3-compatible object store (SeaweedFS on 127.0.0.1): push, HQ import and pull from
the command line with the standard AWS variables; a tampered object refused; an overwrite refused by
Fieldcase and by the server itself (If-None-Match: *); a named target whose credentials are kept in the
encrypted store; a large piece as a multipart upload resumed after an interruption."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from conftest import run_cli
from fieldcase.services.sync import add_target, resolve_target
from fieldcase.sync import s3 as s3sync
from fieldcase.sync.formats import SyncError
from fieldcase.workspace import Workspace
from sync_helpers import PASSPHRASE, random_file

RECORDS = [
    {"kind": "incident", "title": f"Forced eviction {i}", "date": f"2026-04-0{1 + i % 9}",
     "location": {"country": "XKV", "adm1_pcode": "XK03", "adm1_name": "Fenmoor"}, "severity": 1 + i % 5,
     "verification": "vs.reported"}
    for i in range(8)
]
BUCKET = "fieldcase-sync"


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


@pytest.fixture
def bucket(s3_env: dict[str, str], s3_server: object) -> object:
    client = s3_server.client()  # type: ignore[attr-defined]
    try:
        client.create_bucket(Bucket=BUCKET)
    except ClientError as exc:
        if "BucketAlready" not in exc.response["Error"]["Code"]:
            raise
    return client


def test_push_import_pull_through_s3_and_a_tampered_object_is_refused(tmp_path: Path, bucket: object) -> None:
    client = bucket
    ws, hq = tmp_path / "officer", tmp_path / "hq"
    where = f"s3://{BUCKET}/region-xk/"
    _ok(run_cli("init", "--officer", "Officer S3", workspace=ws))
    data = tmp_path / "records.json"
    data.write_text(json.dumps(RECORDS), encoding="utf-8")
    _ok(run_cli("import", str(data), workspace=ws))
    _ok(run_cli("hq", "init", "--dir", str(hq), "--name", "HQ S3"))
    _ok(run_cli("enrol-request", "--out", str(tmp_path / "request"), workspace=ws))
    _ok(run_cli("hq", "enrol", "--dir", str(hq), "--officer", "Officer S3", "--region", "XK03",
                "--request", str(tmp_path / "request"), "--out", str(tmp_path / "enrolment")))
    _ok(run_cli("enrol", str(tmp_path / "enrolment"), workspace=ws))

    assert "uploaded 1" in _ok(run_cli("sync", "push", "--to", where, workspace=ws))
    assert "uploaded 0" in _ok(run_cli("sync", "push", "--to", where, workspace=ws))  # nothing new
    listed = client.list_objects_v2(Bucket=BUCKET, Prefix="region-xk/")["Contents"]  # type: ignore[attr-defined]
    (pushed,) = [o["Key"] for o in listed if ".push." in o["Key"]]

    out = _ok(run_cli("hq", "import", "--dir", str(hq), "--from", where))
    assert "1 accepted" in out and "1 reply" in out
    _ok(run_cli("sync", "pull", "--from", where, workspace=ws))
    status = json.loads(_ok(run_cli("sync", "status", "--json", workspace=ws)))
    assert status["acknowledged_packages"] == 1 and status["acknowledged_revisions"] == len(RECORDS)

    # a tampered object (one byte flipped, under the next sequence number): refused, nothing imported
    body = bytearray(client.get_object(Bucket=BUCKET, Key=pushed)["Body"].read())  # type: ignore[attr-defined]
    body[len(body) // 2] ^= 0x01
    client.put_object(Bucket=BUCKET, Key=pushed.replace(".00000001.", ".00000002."),  # type: ignore[attr-defined]
                      Body=bytes(body))
    result = run_cli("hq", "import", "--dir", str(hq), "--from", where)
    assert result.returncode == 13 and "[damaged]" in result.stderr and "Traceback" not in result.stderr
    listing = json.loads(_ok(run_cli("list", "--json", workspace=hq)))
    assert listing["total"] == len(RECORDS)


def test_an_existing_package_is_never_overwritten(tmp_path: Path, bucket: object) -> None:
    client = bucket
    target = resolve_target(_workspace(tmp_path), f"s3://{BUCKET}/overwrite/")
    first = tmp_path / "a.push.00000001.fcpkg"
    first.write_bytes(b"the first package" * 100)
    assert target.upload(first) is True
    assert target.upload(first) is False  # already there (same name, same size): nothing sent again
    other = tmp_path / "other" / first.name
    other.parent.mkdir()
    other.write_bytes(b"another package!" * 100 + b"!")
    with pytest.raises(SyncError, match="never overwrites"):
        target.upload(other)
    same_size = tmp_path / "same" / first.name
    same_size.parent.mkdir()
    same_size.write_bytes(b"X" * first.stat().st_size)
    assert target.upload(same_size) is False  # taken as already uploaded: the name says id and size ...
    stored = client.get_object(Bucket=BUCKET, Key="overwrite/" + first.name)["Body"].read()  # type: ignore[attr-defined]
    assert stored == first.read_bytes()  # ... and the object is untouched
    # the server itself refuses a create-only write over an existing object (the race a HEAD cannot close)
    with pytest.raises(ClientError) as refused:
        client.put_object(Bucket=BUCKET, Key="overwrite/" + first.name, Body=b"x",  # type: ignore[attr-defined]
                          IfNoneMatch="*")
    assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 412
    assert target._put(other, "overwrite/" + first.name, 0, other.stat().st_size, None, None) is False


def test_a_multipart_upload_resumes_after_an_interruption(tmp_path: Path, bucket: object,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    client = bucket
    target = resolve_target(_workspace(tmp_path), f"s3://{BUCKET}/multipart/")
    big = random_file(tmp_path / ("b" * 64 + ".25165829.fcatt"), 3 * s3sync.PART_SIZE + 5)
    sent: list[int] = []
    real = client.upload_part  # type: ignore[attr-defined]

    def dies_after_two(**kwargs: object) -> object:
        if len(sent) == 2:
            raise KeyboardInterrupt  # the process is stopped mid-upload
        sent.append(int(kwargs["PartNumber"]))  # type: ignore[call-overload]
        return real(**kwargs)

    monkeypatch.setattr(target.client, "upload_part", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        target.upload(big)
    assert big.name not in target.list()  # nothing visible until the upload completes
    monkeypatch.setattr(target.client, "upload_part", lambda **kw: (sent.append(int(kw["PartNumber"])), real(**kw))[1])
    digest = hashlib.sha256(big.read_bytes()).hexdigest()
    assert target.upload(big, sha256=digest) is True
    assert sent == [1, 2, 3, 4]  # parts 1 and 2 were kept from the interrupted run
    body = client.get_object(Bucket=BUCKET, Key="multipart/" + big.name)["Body"].read()  # type: ignore[attr-defined]
    assert hashlib.sha256(body).hexdigest() == digest
    assert not client.list_multipart_uploads(Bucket=BUCKET).get("Uploads")  # type: ignore[attr-defined]


def test_a_named_s3_target_keeps_its_credentials_encrypted(tmp_path: Path, bucket: object, s3_env: dict[str, str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _workspace(tmp_path)
    add_target(ws, "bucket", f"s3://{BUCKET}/named")
    for key in s3_env:
        monkeypatch.delenv(key)  # from now on only the stored credentials can reach the server
    with pytest.raises(SyncError, match="No S3 credentials"):
        resolve_target(ws, f"s3://{BUCKET}/named")
    target = resolve_target(ws, "bucket")
    piece = tmp_path / ("c" * 64 + ".00000100.fcatt")
    piece.write_bytes(b"p" * 100)
    assert target.upload(piece) is True and target.list() == {piece.name: 100}
    path = ws.path
    ws.lock()
    store = (path / "store.db").read_bytes()
    assert s3_env["AWS_SECRET_ACCESS_KEY"].encode() not in store and s3_env["AWS_ACCESS_KEY_ID"].encode() not in store


def _workspace(tmp_path: Path) -> Workspace:
    ws, _recovery = Workspace.create(tmp_path / "ws", PASSPHRASE, "Officer S3")
    return ws
