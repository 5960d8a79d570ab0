"""An S3-compatible bucket as a sync target (`s3://bucket/prefix`): AWS S3, MinIO, Ceph, SeaweedFS ...

The client is boto3 (pinned in pyproject.toml): AWS's own SDK, the reference implementation of S3's
request signing, checksums and multipart protocol, and the one that reads the standard configuration
(AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_REGION, AWS_ENDPOINT_URL[_S3],
AWS_PROFILE and ~/.aws/*). Nothing here signs a request by hand.

The folder/WebDAV rules hold here too:
* create-only: an object is written with `If-None-Match: *` (a single PUT, or the multipart COMPLETE), so
  the server itself refuses to replace an existing package; before that, a HEAD finds a name already
  there: the same size is "already uploaded" (names carry the package id and size, or the piece's
  SHA-256 and size), another size is refused, never overwritten;
* a file above `MULTIPART` travels as a multipart upload; after a kill the next run finds the upload
  (ListMultipartUploads), keeps every part whose ETag is the MD5 of the same bytes here, and sends the
  rest; the object exists only once COMPLETE succeeds, so a half-sent package is never listed;
* with `sha256`, the bytes read from the outbox must have that hash or nothing is created (OutboxDamaged);
* every part carries Content-MD5, every single PUT an x-amz-checksum-sha256: the server refuses bytes
  damaged on the way. What was received is checked again, against the signed manifest, by the importer.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import ipaddress
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .formats import PACKAGE_SUFFIX, PIECE_SUFFIX, SyncError

MULTIPART = 8 << 20  # files above this go as multipart uploads (S3's minimum part is 5 MiB)
PART_SIZE = 8 << 20
_OURS = (PACKAGE_SUFFIX, PIECE_SUFFIX)
_BLOCK = 1 << 20


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # "" or ending with "/"

    @staticmethod
    def parse(location: str) -> S3Location:
        parts = urlsplit(location)
        if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
            raise SyncError("An S3 target must be written s3://bucket or s3://bucket/prefix.")
        prefix = parts.path.strip("/")
        return S3Location(parts.netloc, prefix + "/" if prefix else "")

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


@dataclass(frozen=True)
class S3Credentials:
    """What `sync target add NAME s3://...` keeps (encrypted, in the store's secret table)."""

    access_key_id: str
    secret_access_key: str
    session_token: str | None = None
    region: str | None = None
    endpoint_url: str | None = None

    def to_bytes(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes) -> S3Credentials:
        return S3Credentials(**json.loads(data))


def credentials_from_environment(profile: str | None = None) -> S3Credentials:
    """The standard AWS configuration: environment variables, else the profile (AWS_PROFILE or `profile`)."""
    import boto3
    from botocore.exceptions import BotoCoreError

    try:
        session = boto3.Session(profile_name=profile) if profile else boto3.Session()
        found = session.get_credentials()
        frozen = found.get_frozen_credentials() if found is not None else None
        scoped = session._session.get_scoped_config()  # the profile's own keys (endpoint_url)
    except BotoCoreError as exc:
        raise SyncError("The AWS profile could not be read ({reason}).", reason=type(exc).__name__) from None
    if frozen is None or not frozen.access_key or not frozen.secret_key:
        raise SyncError("No S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_REGION, "
                        "AWS_ENDPOINT_URL for a server other than AWS), or AWS_PROFILE.")
    endpoint = (os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
                or scoped.get("endpoint_url"))
    return S3Credentials(frozen.access_key, frozen.secret_key, frozen.token, session.region_name, endpoint)


def _check_endpoint(endpoint: str | None) -> None:
    if endpoint is None:
        return
    parts = urlsplit(endpoint)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncError("The S3 endpoint must be an https:// URL.")
    if parts.scheme == "http":
        host = parts.hostname
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise SyncError("S3 over plain http is refused (credentials and metadata would travel in the clear); "
                            "use an https:// endpoint.")


def make_client(credentials: S3Credentials) -> Any:
    import boto3
    from botocore.config import Config

    _check_endpoint(credentials.endpoint_url)
    config = Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=20, read_timeout=120,
                    s3={"addressing_style": "path"} if credentials.endpoint_url else None,
                    request_checksum_calculation="when_required", response_checksum_validation="when_required")
    return boto3.client("s3", region_name=credentials.region or "us-east-1", endpoint_url=credentials.endpoint_url,
                        aws_access_key_id=credentials.access_key_id,
                        aws_secret_access_key=credentials.secret_access_key,
                        aws_session_token=credentials.session_token, config=config)


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


def _status(exc: Exception) -> int:
    response = getattr(exc, "response", None) or {}
    return int(response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))


@contextlib.contextmanager
def _errors(where: S3Location) -> Iterator[None]:
    """Boto's exceptions as the user's words (never the request, never a credential)."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except ClientError as exc:
        code = _code(exc)
        if code == "NoSuchBucket":
            raise SyncError("The bucket of {target} does not exist.", target=str(where)) from None
        if code in ("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken"):
            raise SyncError("The S3 server refused the credentials for {target} ({code}).", target=str(where),
                            code=code) from None
        raise SyncError("The S3 server answered {code} for {target}; run the sync again to resume.",
                        code=code or str(_status(exc)), target=str(where)) from None
    except BotoCoreError as exc:
        raise SyncError("The S3 server of {target} could not be reached ({reason}); run the sync again to resume.",
                        target=str(where), reason=type(exc).__name__) from None


class S3Target:
    def __init__(self, name: str, location: str, client: Any) -> None:
        self.name = name
        self.where = S3Location.parse(location)
        self.client = client

    def _key(self, name: str) -> str:
        return self.where.prefix + name

    def list(self) -> dict[str, int]:
        out: dict[str, int] = {}
        with _errors(self.where):
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.where.bucket,
                                                                           Prefix=self.where.prefix)
            for page in pages:
                for obj in page.get("Contents", ()):
                    name = str(obj["Key"])[len(self.where.prefix):]
                    if "/" not in name and name.endswith(_OURS):
                        out[name] = int(obj["Size"])
        return out

    def _size(self, key: str) -> int | None:
        from botocore.exceptions import ClientError

        with _errors(self.where):
            try:
                return int(self.client.head_object(Bucket=self.where.bucket, Key=key)["ContentLength"])
            except ClientError as exc:
                if _status(exc) == 404 or _code(exc) in ("404", "NoSuchKey", "NotFound"):
                    return None
                raise

    def upload(self, path: Path, progress: Any = None, *, name: str | None = None, offset: int = 0,
               length: int | None = None, sha256: str | None = None) -> bool:
        """As `FolderTarget.upload`: False when the object is already there (same name and size)."""
        from .transports import OutboxDamaged

        name = name or path.name
        size = path.stat().st_size - offset if length is None else length
        key = self._key(name)
        have = self._size(key)
        if have is not None:
            return self._already(name, have, size)
        try:
            if size <= MULTIPART:
                created = self._put(path, key, offset, size, sha256, progress)
            else:
                created = self._multipart(path, key, offset, size, sha256, progress)
        except _Damaged:
            raise OutboxDamaged(path.name) from None
        if not created:  # the server refused: someone created it since our HEAD
            return self._already(name, self._size(key), size)
        return True

    def _already(self, name: str, have: int | None, size: int) -> bool:
        if have == size:
            return False
        raise SyncError("{name} already exists at the target with other content; Fieldcase never overwrites a "
                        "package or a piece: refused.", name=name)

    def _put(self, path: Path, key: str, offset: int, size: int, sha256: str | None, progress: Any) -> bool:
        from botocore.exceptions import ClientError

        with open(path, "rb") as src:
            src.seek(offset)
            data = src.read(size)
        if len(data) != size:
            raise SyncError("{name} in the outbox is shorter than recorded; it may be damaged.", name=path.name)
        digest = hashlib.sha256(data)
        if sha256 is not None and digest.hexdigest() != sha256:
            raise _Damaged
        with _errors(self.where):
            try:
                self.client.put_object(Bucket=self.where.bucket, Key=key, Body=data, IfNoneMatch="*",
                                       ChecksumSHA256=base64.b64encode(digest.digest()).decode("ascii"))
            except ClientError as exc:
                if _status(exc) == 412 or _code(exc) == "PreconditionFailed":
                    return False
                raise
        if progress:
            progress(size)
        return True

    def _multipart(self, path: Path, key: str, offset: int, size: int, sha256: str | None, progress: Any) -> bool:
        from botocore.exceptions import ClientError

        bucket = self.where.bucket
        with _errors(self.where):
            upload_id, done = self._resumable(key)
            if upload_id is None:
                upload_id = str(self.client.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"])
            digest = hashlib.sha256()
            parts = []
            with open(path, "rb") as src:
                src.seek(offset)
                number, sent = 1, 0
                while sent < size:
                    chunk = src.read(min(PART_SIZE, size - sent))
                    if not chunk:
                        raise SyncError("{name} in the outbox is shorter than recorded; it may be damaged.",
                                        name=path.name)
                    digest.update(chunk)
                    md5 = hashlib.md5(chunk, usedforsecurity=False)  # what S3 reports as a part's ETag
                    etag = done.get(number)
                    if etag is None or etag.strip('"') != md5.hexdigest():
                        etag = str(self.client.upload_part(
                            Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=chunk,
                            ContentMD5=base64.b64encode(md5.digest()).decode("ascii"))["ETag"])
                    parts.append({"PartNumber": number, "ETag": etag})
                    sent += len(chunk)
                    number += 1
                    if progress:
                        progress(sent)
            if sha256 is not None and digest.hexdigest() != sha256:
                self.client.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)
                raise _Damaged
            try:
                self.client.complete_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id,
                                                      MultipartUpload={"Parts": parts}, IfNoneMatch="*")
            except ClientError as exc:
                if _status(exc) == 412 or _code(exc) == "PreconditionFailed":
                    self.client.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)
                    return False
                raise
        return True

    def _resumable(self, key: str) -> tuple[str | None, dict[int, str]]:
        """An unfinished multipart upload of `key` left by an interrupted run, and its parts' ETags."""
        found = self.client.list_multipart_uploads(Bucket=self.where.bucket, Prefix=key)
        uploads = sorted((u for u in found.get("Uploads", ()) if u.get("Key") == key),
                         key=lambda u: u.get("Initiated") or 0)
        if not uploads:
            return None, {}
        upload_id = str(uploads[-1]["UploadId"])
        done: dict[int, str] = {}
        pages = self.client.get_paginator("list_parts").paginate(Bucket=self.where.bucket, Key=key,
                                                                 UploadId=upload_id)
        for page in pages:
            for part in page.get("Parts", ()):
                if int(part.get("Size", 0)) > 0:
                    done[int(part["PartNumber"])] = str(part["ETag"])
        return upload_id, done

    @contextlib.contextmanager
    def fetch(self, name: str, staging: Path) -> Iterator[Path]:
        """Download to the staging folder (the object is age ciphertext) and remove it afterwards."""
        staging.mkdir(mode=0o700, parents=True, exist_ok=True)
        local = staging / name
        try:
            with _errors(self.where), open(local, "wb") as out:
                body = self.client.get_object(Bucket=self.where.bucket, Key=self._key(name))["Body"]
                for block in iter(lambda: body.read(_BLOCK), b""):
                    out.write(block)
            yield local
        finally:
            local.unlink(missing_ok=True)


class _Damaged(Exception):
    """The outbox bytes do not match the SHA-256 recorded when they were written."""
