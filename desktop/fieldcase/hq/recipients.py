"""Each HQ user's age recipient as it was when a holder of the store key made their slot (hq/users.py): where a
replaced level key is sent when another user is removed.

The recipient beside each slot in hq-users.json is in clear, in a file anyone with the folder can write: a key
sent to a recipient read from there could be sent to whoever put theirs in its place. This copy is in the HQ
store's `secret` table, which only the store key opens and writes (sealed on PostgreSQL, store/sealed.py).
"""

from __future__ import annotations

import json

from ..store import keyvalue
from ..workspace import Workspace

SECRET = "hq-user-recipients"


def recorded(ws: Workspace) -> dict[str, str]:
    """User name -> recipient, for the users whose slot was made with an identity."""
    with ws.db.reading() as conn:
        found = keyvalue.secrets(conn, [SECRET]).get(SECRET)
    return dict(json.loads(found)) if found else {}


def record(ws: Workspace, name: str, recipient: str | None) -> None:
    """Keep `name`'s recipient (None: forget it, the user is gone or their slot has none)."""
    with ws.db.writing() as conn:
        found = keyvalue.secrets(conn, [SECRET]).get(SECRET)
        kept: dict[str, str] = dict(json.loads(found)) if found else {}
        if recipient is None:
            kept.pop(name, None)
        else:
            kept[name] = recipient
        keyvalue.put_secrets(conn, {SECRET: json.dumps(kept, sort_keys=True).encode("utf-8")})
