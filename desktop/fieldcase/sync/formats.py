"""Our file formats' magic strings, canonical JSON, and the error every refusal raises."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..canonical import frozen_bytes
from ..errors import FieldcaseError

PACKAGE_FORMAT = "fieldcase-package/2"
ENROLMENT_FORMAT = "fieldcase-enrolment/1"
REQUEST_FORMAT = "fieldcase-enrolment-request/1"
KEYSET_FORMAT = "fieldcase-hq-keyset/1"
SIGNATURE_FORMAT = "fieldcase-signature/1"
PACKAGE_SUFFIX = ".fcpkg"  # the file is a standard age file; the suffix only says what is inside
PIECE_SUFFIX = ".fcatt"  # a piece of an attachment's age ciphertext (a standard age file when joined)


class SyncError(FieldcaseError):
    """Sync could not go on (a target cannot be reached, nothing is enrolled, ...)."""

    code = "sync"
    exit_status = 12


class PackageRefused(SyncError):
    """A package or enrolment file was refused; `reason` is a short stable word for scripts and tests."""

    code = "package-refused"
    exit_status = 13

    def __init__(self, reason: str, message: str, /, **params: object) -> None:
        super().__init__(message, **params)
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.reason, self.message))


def canonical_json(value: Any) -> bytes:
    """The byte form sync hashes and signs: the frozen 0.1 form (canonical.py), not RFC 8785, because revision
    items carry record coordinates (floats: `-18.0` here, `-18` in RFC 8785) and re-sent items, sealed
    enrolment lines and keysets are compared byte for byte with what 0.1 wrote."""
    return frozen_bytes(value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_json_object(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageRefused("malformed", "The {what} is not valid JSON; it was refused.", what=what) from None
    if not isinstance(value, dict):
        raise PackageRefused("malformed", "The {what} is not a JSON object; it was refused.", what=what)
    return value
