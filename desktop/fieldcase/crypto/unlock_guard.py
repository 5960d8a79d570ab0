"""The failed-unlock record: a count of wrong passphrases that survives restarts, shared by the app and
the command line, with a growing delay and an optional quick delete after N failures.

It lives beside the key file (`unlock-guard.json`), outside the encrypted store: a wrong passphrase
opens nothing, so nothing secret can authenticate the count when it is written. Instead the count is a
position in a hash chain (Lamport's one-time-password chain, RFC 1760, with SHA-256):

    anchor = H^L(s)        value after k failures = H^k(s)        valid iff H^(L-k)(value) == anchor

Counting up is one hash; counting down needs a SHA-256 preimage. An edited count (or value, or anchor
alone) no longer verifies, and is treated as the longest delay. Replacing the whole file with one made
from a new seed verifies on its own, but its anchor is also sealed in the key file under the data key
(crypto/seal.py), so the next successful unlock reports it. What this cannot catch: an older copy of
the same file put back (a replay), and the time of the last failure (used only to spare a returning
officer the wait), which is not authenticated. Against a copy of the disk, no counter helps: the
Argon2id cost of each guess is what protects the passphrase there (README).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write_bytes

GUARD_FILE = "unlock-guard.json"
FORMAT = "fieldcase-unlock-guard/1"
CHAIN_LENGTH = 4096  # failures the chain can count; beyond it the count stays at the maximum
# Seconds to wait before the next attempt after 1, 2, 3 ... wrong passphrases (the app counts down).
DELAYS_S = (0, 1, 2, 4, 8, 16, 30)


def _h(value: bytes) -> bytes:
    return hashlib.sha256(b"fieldcase unlock guard" + value).digest()


def _iterate(value: bytes, n: int) -> bytes:
    for _ in range(n):
        value = _h(value)
    return value


@dataclass(frozen=True)
class GuardState:
    failures: int
    tampered: bool  # the file does not verify: treated as the longest delay
    anchor: str
    wipe_after: int | None
    last_failure_at: float | None  # epoch seconds (not authenticated)

    def delay_s(self, delays: tuple[int, ...] = DELAYS_S) -> int:
        if self.tampered:
            return delays[-1]
        if self.failures <= 0:
            return 0
        return delays[min(self.failures, len(delays)) - 1]

    def wait_left_s(self, delays: tuple[int, ...] = DELAYS_S, now: float | None = None) -> float:
        delay = self.delay_s(delays)
        if delay <= 0:
            return 0.0
        now = time.time() if now is None else now
        since = now - self.last_failure_at if self.last_failure_at is not None else 0.0
        return float(delay) if since < 0 else max(0.0, delay - since)  # a clock set back waits in full


def _fresh(wipe_after: int | None) -> dict[str, Any]:
    seed = secrets.token_bytes(32)
    return {"format": FORMAT, "length": CHAIN_LENGTH, "anchor": _iterate(seed, CHAIN_LENGTH).hex(),
            "failures": 0, "value": seed.hex(), "last_failure_at": None, "wipe_after": wipe_after}


def _parse(data: Any) -> tuple[GuardState, dict[str, Any]] | None:
    try:
        k, length = data["failures"], data["length"]
        ok = (data["format"] == FORMAT and type(k) is int and type(length) is int and 0 <= k <= length
              and length == CHAIN_LENGTH
              and _iterate(bytes.fromhex(data["value"]), length - k) == bytes.fromhex(data["anchor"]))
        wipe_after = data.get("wipe_after")
        if wipe_after is not None and (type(wipe_after) is not int or wipe_after < 1):
            ok = False
        last = data.get("last_failure_at")
        last_at = float(last) if isinstance(last, (int, float)) else None
    except (KeyError, TypeError, ValueError):
        return None
    if not ok:
        return None
    return GuardState(k, False, str(data["anchor"]), wipe_after, last_at), data


def read(folder: Path) -> GuardState:
    """The record as it is on disk; a missing file reads as no failures (the seal tells at unlock)."""
    path = folder / GUARD_FILE
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return GuardState(0, False, "", None, None)
    except (OSError, ValueError):
        data = None
    parsed = _parse(data)
    if parsed is None:
        return GuardState(CHAIN_LENGTH, True, "", None, None)
    return parsed[0]


def _write(folder: Path, data: dict[str, Any]) -> None:
    atomic_write_bytes(folder / GUARD_FILE, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def record_failure(folder: Path) -> GuardState:
    """One more wrong passphrase: one step along the chain (a tampered record stays tampered)."""
    path = folder / GUARD_FILE
    try:
        parsed = _parse(json.loads(path.read_bytes()))
    except FileNotFoundError:
        parsed = _parse(_fresh(None))
    except (OSError, ValueError):
        parsed = None
    if parsed is None:
        return GuardState(CHAIN_LENGTH, True, "", None, time.time())
    state, data = parsed
    if state.failures < CHAIN_LENGTH:
        data = {**data, "failures": state.failures + 1, "value": _h(bytes.fromhex(data["value"])).hex()}
    data["last_failure_at"] = time.time()
    _write(folder, data)
    return GuardState(data["failures"], False, state.anchor, state.wipe_after, data["last_failure_at"])


def reset(folder: Path, wipe_after: int | None) -> str:
    """After a successful unlock (or a change of setting): a new chain; returns its anchor to seal."""
    data = _fresh(wipe_after)
    _write(folder, data)
    return guard_seal_value(str(data["anchor"]), wipe_after)


def guard_seal_value(anchor: str, wipe_after: int | None) -> str:
    """What the key file's seal holds for the record: its anchor and the wipe setting."""
    return f"{anchor}:{wipe_after or 0}"


def since_last_unlock_iso(state: GuardState) -> str | None:
    if state.last_failure_at is None:
        return None
    return dt.datetime.fromtimestamp(state.last_failure_at, dt.UTC).isoformat(timespec="seconds")
