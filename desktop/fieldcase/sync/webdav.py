"""A small WebDAV client (RFC 4918 subset: PROPFIND, PUT, MOVE, GET, MKCOL) on the standard library.

Enough for Nextcloud/ownCloud and any generic WebDAV server: no new dependency to keep patched on
field laptops. HTTPS with certificate verification is required, except to this machine (tests).
Uploads stream from the file (constant memory); a file appears under its final name only through an
atomic MOVE of the fully uploaded `.part`.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import ssl
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import quote, unquote, urlsplit

from .formats import SyncError

if TYPE_CHECKING:
    from ..crypto.attachments import Readable

_DAV = "{DAV:}"
_MAX_LISTING = 32 * 2**20
_BLOCK = 1 << 20


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebDavClient:
    def __init__(self, url: str, username: str | None, password: str | None, *, timeout: float = 60) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise SyncError("{address} is not a WebDAV address (https://host/path/).", address=url)
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise SyncError("WebDAV over plain http is refused (credentials and metadata would travel in the "
                            "clear); use an https:// address.")
        self.scheme, self.host, self.port = parts.scheme, parts.hostname, parts.port
        self.base = parts.path.rstrip("/") + "/"
        self.timeout = timeout
        self._auth = None
        if username is not None:
            token = base64.b64encode(f"{username}:{password or ''}".encode()).decode("ascii")
            self._auth = f"Basic {token}"
        self.display = f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}{self.base}"

    def _connection(self) -> http.client.HTTPConnection:
        if self.scheme == "https":
            return http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout,
                                               context=ssl.create_default_context())
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"User-Agent": "fieldcase-sync/1"}
        if self._auth:
            headers["Authorization"] = self._auth
        headers.update(extra or {})
        return headers

    def _path(self, name: str = "") -> str:
        return self.base + quote(name)

    def _request(self, method: str, name: str = "", *, body: bytes | None = None,
                 headers: dict[str, str] | None = None, ok: tuple[int, ...] = (200, 201, 204)) -> bytes:
        conn = self._connection()
        try:
            conn.request(method, self._path(name), body=body, headers=self._headers(headers))
            response = conn.getresponse()
            data = response.read(_MAX_LISTING + 1)
        except (OSError, http.client.HTTPException) as exc:
            raise SyncError("The WebDAV server {server} could not be reached ({error}).",
                            server=self.display, error=type(exc).__name__) from None
        finally:
            conn.close()
        self._check(response.status, method, ok)
        return data

    def _check(self, status: int, method: str, ok: tuple[int, ...]) -> None:
        if status in ok:
            return
        if status in (401, 403):
            raise SyncError("The WebDAV server {server} refused the user name or password ({status}).",
                            server=self.display, status=status)
        if status == 507:
            raise SyncError("The WebDAV server {server} is full (507).", server=self.display)
        raise SyncError("The WebDAV server {server} answered {status} to {method}.",
                        server=self.display, status=status, method=method)

    # -- operations ------------------------------------------------------------------------------
    def list(self) -> dict[str, int]:
        """File name -> size of the files directly in the collection."""
        body = (b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
                b"<d:getcontentlength/><d:resourcetype/></d:prop></d:propfind>")
        data = self._request("PROPFIND", body=body, headers={"Depth": "1", "Content-Type": "application/xml"},
                             ok=(207,))
        if len(data) > _MAX_LISTING:
            raise SyncError("The WebDAV listing is too large.")
        out: dict[str, int] = {}
        try:
            root = ET.fromstring(data)  # expat >= 2.4 refuses entity expansion attacks
        except ET.ParseError:
            raise SyncError("The WebDAV server sent a listing that is not valid XML.") from None
        for response in root.iter(f"{_DAV}response"):
            href = unquote(response.findtext(f"{_DAV}href") or "")
            if href.endswith("/") or response.find(f".//{_DAV}collection") is not None:
                continue
            name = href.rsplit("/", 1)[-1]
            length = response.findtext(f".//{_DAV}getcontentlength")
            out[name] = int(length) if length and length.isdigit() else -1
        return out

    def put(self, source: Readable, size: int, name: str, progress: Callable[[int], None] | None = None) -> None:
        conn = self._connection()
        try:
            conn.putrequest("PUT", self._path(name), skip_accept_encoding=True)
            for key, value in self._headers({"Content-Length": str(size),
                                             "Content-Type": "application/octet-stream"}).items():
                conn.putheader(key, value)
            conn.endheaders()
            sent = 0
            while sent < size:
                block = source.read(min(_BLOCK, size - sent))
                if not block:
                    raise SyncError("The package file ended early while uploading.")
                conn.send(block)
                sent += len(block)
                if progress:
                    progress(sent)
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as exc:
            raise SyncError("The upload to {server} was interrupted ({error}); "
                            "run the push again to resume.", server=self.display, error=type(exc).__name__) from None
        finally:
            conn.close()
        self._check(response.status, "PUT", (200, 201, 204))

    def move(self, name: str, new_name: str) -> None:
        destination = f"{self.scheme}://{self.host}{':' + str(self.port) if self.port else ''}{self._path(new_name)}"
        self._request("MOVE", name, headers={"Destination": destination, "Overwrite": "T"})

    def get(self, name: str, destination: BinaryIO) -> int:
        """Download `name`; FileNotFoundError if the server has no such file."""
        conn = self._connection()
        total = 0
        missing = False
        try:
            conn.request("GET", self._path(name), headers=self._headers())
            response = conn.getresponse()
            if response.status == 404:
                missing = True
            else:
                self._check(response.status, "GET", (200,))
            while not missing and (block := response.read(_BLOCK)):
                destination.write(block)
                total += len(block)
        except (OSError, http.client.HTTPException) as exc:
            raise SyncError("The download from {server} was interrupted ({error}).",
                            server=self.display, error=type(exc).__name__) from None
        finally:
            conn.close()
        if missing:
            raise FileNotFoundError(name)
        return total

    def delete(self, name: str) -> None:
        self._request("DELETE", name, ok=(200, 204, 404))
