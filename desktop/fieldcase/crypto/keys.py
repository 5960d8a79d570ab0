"""The workspace data key and the slots that wrap it.

A random 256-bit data key encrypts the store (it is SQLCipher's raw key). It is never stored in the
clear: each *slot* wraps it with AES-256-GCM under a key-encryption key derived from a secret the
person holds:

* the passphrase slot: Argon2id (cryptography's implementation) with the parameters stored beside it;
* the recovery slot: a printable recovery key with 160 random bits, stretched with HKDF-SHA256
  (it has full entropy, so a slow KDF would add nothing).

The slot's parameters are the GCM associated data, so lowering them on disk (a downgrade attack)
makes the unwrap fail instead of weakening the key; parameters outside [floor, ceiling] are refused
before any derivation (a key file edited to t = 10^9 or m = 4 GiB must not hang the unlock), and each
slot carries a checksum, so an edited parameter reads as a damaged key file, not a wrong passphrase.
Changing the passphrase re-wraps the same data key (the store is not re-encrypted), with parameters
at least as strong as the slot had.

Every key file carries PASSPHRASE_SLOTS passphrase slots sharing one salt and one set of parameters:
the officer's, and random filler slots of the same size, one of which may instead hold a duress key
(services/duress.py). Unlocking derives the key-encryption key once and tries every slot under every
role (the role is in the associated data, never on disk), so the work is the same whichever opens.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..canonical import canonical_bytes
from ..errors import CorruptWorkspace, WrongPassphrase, WrongRecoveryKey

DATA_KEY_BYTES = 32

# ~0.5 s on the reference machine (2 cores); the floor is what older profiles may still carry.
ARGON2_DEFAULT = {"m_kib": 256 * 1024, "t": 3, "p": 4}
ARGON2_FLOOR = {"m_kib": 64 * 1024, "t": 3, "p": 1}
# The upper bound a key file may ask for: 1 GiB, 8 passes, 16 lanes (a few seconds here at worst).
ARGON2_CEILING = {"m_kib": 1024 * 1024, "t": 8, "p": 16}
PASSPHRASE_SLOTS = 3
# What a passphrase slot opens; bound into the associated data only ("real" is the 0.1 form).
ROLE_REAL = "real"
ROLE_DURESS_KEEP = "duress-keep"  # opens a decoy; the real workspace stays
ROLE_DURESS_WIPE = "duress-wipe"  # opens a decoy after quick-deleting the real workspace
ROLES = (ROLE_REAL, ROLE_DURESS_KEEP, ROLE_DURESS_WIPE)
_WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key and the GCM tag
# Only for test suites and benchmarks: the floor itself, ~0.1 s. Selected by FIELDCASE_KDF_PROFILE=floor.
ARGON2_PROFILES = {"default": ARGON2_DEFAULT, "floor": {"m_kib": 64 * 1024, "t": 3, "p": 4}}

# 32 symbols without I, O, 0 and 1, which people confuse when copying by hand.
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_RECOVERY_DATA_CHARS = 32  # 32 chars x 5 bits = 160 bits
_RECOVERY_CHECK_CHARS = 4


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer in place (immutable copies made by libraries cannot be reached)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


def kdf_profile() -> dict[str, int]:
    name = os.environ.get("FIELDCASE_KDF_PROFILE", "default")
    return dict(ARGON2_PROFILES.get(name, ARGON2_DEFAULT))


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key, as stored in the workspace key file."""

    kind: str  # "passphrase" | "recovery"
    kdf: dict[str, Any]
    nonce: str
    wrapped: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "kdf": self.kdf, "nonce": self.nonce, "wrapped": self.wrapped,
                "check": self.checksum()}

    def checksum(self) -> str:
        """A checksum of the slot (not a secret, not a MAC): it tells an edited or damaged slot from a
        wrong passphrase. Slots written by 0.1 have none and are read without it."""
        body = canonical_bytes({"kind": self.kind, "kdf": self.kdf, "nonce": self.nonce, "wrapped": self.wrapped})
        return b64(hashlib.sha256(body).digest()[:16])

    @staticmethod
    def from_json(data: Any) -> Slot:
        try:
            slot = Slot(str(data["kind"]), dict(data["kdf"]), str(data["nonce"]), str(data["wrapped"]))
            unb64(slot.nonce)
            unb64(slot.wrapped)
            check = data.get("check")
            matches = check is None or str(check) == slot.checksum()
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CorruptWorkspace("The workspace key file is damaged (a key slot is malformed).") from exc
        if not matches:
            raise CorruptWorkspace("The workspace key file is damaged: a key slot was altered (its checksum "
                                   "does not match). It was left untouched.")
        return slot


def _associated_data(workspace_id: str, kind: str, kdf: dict[str, Any], role: str = ROLE_REAL) -> bytes:
    # RFC 8785; byte for byte what 0.1 wrote (json.dumps, ASCII escapes): every value is an ASCII string or
    # a small integer (a UUID, "passphrase"/"recovery", base64 salt, Argon2 parameters), see test_canonical.py.
    body: dict[str, Any] = {"format": "fieldcase-key-slot/1", "workspace": workspace_id, "kind": kind, "kdf": kdf}
    if role != ROLE_REAL:  # the real slot keeps the 0.1 form
        body["role"] = role
    return canonical_bytes(body)


def _wrap(kek: bytes, data_key: bytearray, workspace_id: str, kind: str, kdf: dict[str, Any],
          role: str = ROLE_REAL) -> Slot:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _associated_data(workspace_id, kind, kdf, role))
    return Slot(kind, kdf, b64(nonce), b64(wrapped))


def _unwrap(kek: bytes, slot: Slot, workspace_id: str, role: str = ROLE_REAL) -> bytearray | None:
    try:
        key = AESGCM(kek).decrypt(unb64(slot.nonce), unb64(slot.wrapped),
                                  _associated_data(workspace_id, slot.kind, slot.kdf, role))
    except (InvalidTag, ValueError):  # ValueError: a damaged slot whose kdf RFC 8785 cannot even write
        return None
    return bytearray(key)


# -- passphrase slot ------------------------------------------------------------------------------

def _argon2_kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    return Argon2id(salt=unb64(kdf["salt"]), length=32, iterations=int(kdf["t"]), lanes=int(kdf["p"]),
                    memory_cost=int(kdf["m_kib"])).derive(passphrase.encode("utf-8"))


def _within(value: Any, name: str) -> bool:
    # exact integers only: a float or a string such as "3e9" is an edit, not a parameter
    return type(value) is int and ARGON2_FLOOR[name] <= value <= ARGON2_CEILING[name]


def _check_argon2_params(kdf: dict[str, Any]) -> None:
    try:
        ok = (kdf["alg"] == "argon2id" and all(_within(kdf[name], name) for name in ("m_kib", "t", "p"))
              and len(unb64(kdf["salt"])) >= 16 and set(kdf) == {"alg", "salt", "m_kib", "t", "p"})
    except (KeyError, TypeError, ValueError, AttributeError):
        ok = False
    if not ok:
        raise CorruptWorkspace("The workspace key file is damaged: its key-derivation parameters are missing, "
                               "too weak or out of range. It was refused and left untouched.")


def new_kdf(params: dict[str, int] | None = None) -> dict[str, Any]:
    """Fresh Argon2id parameters (a new salt) from `params` or the environment's profile."""
    p = params or kdf_profile()
    kdf = {"alg": "argon2id", "salt": b64(secrets.token_bytes(16)), "m_kib": p["m_kib"], "t": p["t"], "p": p["p"]}
    _check_argon2_params(kdf)
    return kdf


def at_least_as_strong(previous: dict[str, Any], params: dict[str, int] | None = None) -> dict[str, int]:
    """The parameters for re-wrapping a slot: the requested ones (or the profile), raised to what the slot
    had wherever it had more, so changing the passphrase never weakens the key derivation."""
    p = params or kdf_profile()
    return {name: max(int(p[name]), int(previous.get(name, 0))) for name in ("m_kib", "t", "p")}


def passphrase_kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The key-encryption key of every passphrase slot with these parameters (one Argon2id run)."""
    _check_argon2_params(kdf)
    return _argon2_kek(passphrase, kdf)


def filler_slot(kdf: dict[str, Any]) -> Slot:
    """A slot of random bytes, the size and shape of a real one: no key opens it."""
    return Slot("passphrase", kdf, b64(secrets.token_bytes(12)), b64(secrets.token_bytes(_WRAPPED_BYTES)))


def passphrase_slots(kdf: dict[str, Any], workspace_id: str,
                     wrapped: list[tuple[bytes, bytearray, str]]) -> list[Slot]:
    """PASSPHRASE_SLOTS slots under `kdf`: one per (kek, key, role), the rest filler, in a random order."""
    slots = [_wrap(kek, key, workspace_id, "passphrase", kdf, role) for kek, key, role in wrapped]
    slots += [filler_slot(kdf) for _ in range(PASSPHRASE_SLOTS - len(slots))]
    secrets.SystemRandom().shuffle(slots)
    return slots


def open_passphrase_slots(slots: list[Slot], passphrase: str, workspace_id: str) -> tuple[bytearray, str]:
    """(data key, role) of the slot the passphrase opens (see open_slots)."""
    key, role, _kek = open_slots(slots, passphrase, workspace_id)
    return key, role


def open_slots(slots: list[Slot], passphrase: str, workspace_id: str) -> tuple[bytearray, str, bytes]:
    """(data key, role, key-encryption key) of the slot the passphrase opens. Every slot is tried under
    every role, whichever matches, so the time taken does not tell which kind of slot opened."""
    if not slots:
        raise CorruptWorkspace("The workspace key file has no passphrase slot; it was left untouched.")
    kdf = slots[0].kdf
    if any(slot.kdf != kdf for slot in slots):
        raise CorruptWorkspace("The workspace key file is damaged: its passphrase slots disagree. "
                               "It was left untouched.")
    kek = passphrase_kek(passphrase, kdf)
    found: tuple[bytearray, str] | None = None
    for slot in slots:
        for role in ROLES:
            key = _unwrap(kek, slot, workspace_id, role)
            if key is not None and found is None:
                found = (key, role)
            elif key is not None:
                wipe(key)
    if found is None:
        raise WrongPassphrase()
    return found[0], found[1], kek


def wrap_with_passphrase(data_key: bytearray, passphrase: str, workspace_id: str,
                         params: dict[str, int] | None = None) -> Slot:
    kdf = new_kdf(params)
    return _wrap(_argon2_kek(passphrase, kdf), data_key, workspace_id, "passphrase", kdf)


def unwrap_with_passphrase(slot: Slot, passphrase: str, workspace_id: str) -> bytearray:
    key, role = open_passphrase_slots([slot], passphrase, workspace_id)
    if role != ROLE_REAL:
        wipe(key)
        raise WrongPassphrase()
    return key


# -- recovery slot --------------------------------------------------------------------------------

def _b32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    n = len(data) * 8 // 5
    return "".join(RECOVERY_ALPHABET[(bits >> (5 * (n - 1 - i))) & 31] for i in range(n))


def _unb32(text: str) -> bytes:
    bits = 0
    for ch in text:
        bits = (bits << 5) | RECOVERY_ALPHABET.index(ch)
    return bits.to_bytes(len(text) * 5 // 8, "big")


def _recovery_check(data_chars: str) -> str:
    return _b32(hashlib.sha256(data_chars.encode("ascii")).digest()[:5])[:_RECOVERY_CHECK_CHARS]


def new_recovery_key() -> str:
    """A code to print or write down: 9 groups of 4 characters, the last group a typo check."""
    data = _b32(secrets.token_bytes(20))
    code = data + _recovery_check(data)
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept what people type: lower case, spaces or missing dashes."""
    cleaned = "".join(text.upper().split()).replace("-", "")
    if len(cleaned) != _RECOVERY_DATA_CHARS + _RECOVERY_CHECK_CHARS or any(
            c not in RECOVERY_ALPHABET for c in cleaned):
        raise WrongRecoveryKey("That is not a recovery key: it should be 36 letters and digits "
                               "in groups of four.")
    data, check = cleaned[:_RECOVERY_DATA_CHARS], cleaned[_RECOVERY_DATA_CHARS:]
    if _recovery_check(data) != check:
        raise WrongRecoveryKey("The recovery key has a typo: its check group does not match.")
    return data


def _recovery_kek(data_chars: str, kdf: dict[str, Any]) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=unb64(kdf["salt"]),
                info=b"fieldcase recovery key v1").derive(_unb32(data_chars))


def wrap_with_recovery_key(data_key: bytearray, recovery_key: str, workspace_id: str) -> Slot:
    kdf = {"alg": "hkdf-sha256", "salt": b64(secrets.token_bytes(16))}
    return _wrap(_recovery_kek(normalise_recovery_key(recovery_key), kdf), data_key, workspace_id,
                 "recovery", kdf)


def unwrap_with_recovery_key(slot: Slot, recovery_key: str, workspace_id: str) -> bytearray:
    if slot.kdf.get("alg") != "hkdf-sha256":
        raise CorruptWorkspace("The workspace key file's recovery slot is malformed.")
    key = _unwrap(_recovery_kek(normalise_recovery_key(recovery_key), slot.kdf), slot, workspace_id)
    if key is None:
        raise WrongRecoveryKey("That recovery key does not belong to this workspace.")
    return key
