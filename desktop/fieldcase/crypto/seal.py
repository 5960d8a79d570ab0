"""The key file's seal: the store's state at its last write, authenticated with a key derived from the
data key (HKDF-SHA256, then HMAC-SHA256; cryptography's primitives).

    {"counter": 41, "audit_seq": 1207, "audit_hash": "…", "guard": "…", "mac": "…"}

`counter` grows at every unlock and every write; `audit_seq`/`audit_hash` are the audit chain's head
when the seal was written; `guard` is the anchor of the failed-unlock record (crypto/unlock_guard.py).
A store.db copied back from earlier has an audit head behind the seal (or a different entry at the
sealed position), which unlock reports as a rollback. The seal lives outside store.db, so rolling the
store back does not roll it back; rolling back both files together is beyond what one device can see
(HQ sees it: the device's audit chain then goes backwards, see sync/receive.py).
"""

from __future__ import annotations

import hmac
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..canonical import canonical_bytes
from .keys import b64

FIELDS = ("counter", "audit_seq", "audit_hash", "guard")


def _mac(data_key: bytearray, workspace_id: str, state: dict[str, Any]) -> str:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=b"fieldcase key-file seal v1").derive(bytes(data_key))
    h = HMAC(mac_key, hashes.SHA256())
    h.update(canonical_bytes({"format": "fieldcase-seal/1", "workspace": workspace_id,
                              **{name: state[name] for name in FIELDS}}))
    return b64(h.finalize())


def make(data_key: bytearray, workspace_id: str, counter: int, audit_seq: int, audit_hash: str,
         guard: str) -> dict[str, Any]:
    state: dict[str, Any] = {"counter": counter, "audit_seq": audit_seq, "audit_hash": audit_hash, "guard": guard}
    return {**state, "mac": _mac(data_key, workspace_id, state)}


def verified(data_key: bytearray, workspace_id: str, seal: Any) -> dict[str, Any] | None:
    """The sealed state if its MAC checks out, else None (edited, damaged or from another key)."""
    try:
        state = {name: seal[name] for name in FIELDS}
        ok = (type(state["counter"]) is int and type(state["audit_seq"]) is int
              and hmac.compare_digest(str(seal["mac"]), _mac(data_key, workspace_id, state)))
    except (KeyError, TypeError, ValueError):
        return None
    return state if ok else None
