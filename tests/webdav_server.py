"""A real WebDAV server (WsgiDAV on cheroot) on 127.0.0.1 and a random port, for the sync tests."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER = "officer"
PASSWORD = "webdav test password"


@dataclass(frozen=True)
class DavServer:
    url: str
    root: Path
    user: str = USER
    password: str = PASSWORD


@contextmanager
def webdav_server(root: Path) -> Iterator[DavServer]:
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    root.mkdir(parents=True, exist_ok=True)
    config = {
        "host": "127.0.0.1", "port": 0,
        "provider_mapping": {"/dav": str(root)},
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
        "verbose": 0,
        "logging": {"enable": False, "enable_loggers": []},
        "property_manager": True,
        "lock_storage": True,
    }
    logging.getLogger("wsgidav").setLevel(logging.ERROR)
    app = WsgiDAVApp(config)
    server = wsgi.Server(("127.0.0.1", 0), app, numthreads=4)
    server.prepare()
    port = server.bind_addr[1]
    thread = threading.Thread(target=server.serve, daemon=True, name="webdav-test-server")
    thread.start()
    try:
        yield DavServer(f"http://127.0.0.1:{port}/dav/", root)
    finally:
        server.stop()
        thread.join(5)
