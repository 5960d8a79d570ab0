"""Sealed columns: what a PostgreSQL administrator cannot read.

A SQLCipher store is encrypted whole, so there these columns are stored as they are. On a PostgreSQL
server that others administer the database cannot be encrypted with a key it never sees, so every
column that carries a narrative, a name, a place, free text or key material is sealed before it leaves
this process: AES-256-GCM under a column key derived (HKDF-SHA256) from the HQ's data key, which is itself
wrapped by the passphrase and recovery key slots in the HQ directory's workspace.json (envelope
encryption: the server holds only ciphertext, the key never reaches it). The associated data is
"table.column", so a sealed value cannot be moved into another column unnoticed.

What stays in clear is what the aggregation and the sync bookkeeping read in SQL: dates, admin-1/2
P-codes and names (public geography), kind, severity, verification, status, counts, the categories of
tags and violations, the victim groups, sex and age group, consent flags, ids, sequence numbers and
hashes. README.md lists both sets; `SEALED` below is the one list the code uses.

The sealer is attached to the engine's dialect (each engine has its own) when a PostgreSQL store is
opened and removed when it is locked; SQLite engines never have one and pass values through unchanged.
"""

from __future__ import annotations

import os
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Float, LargeBinary, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from ..errors import CorruptWorkspace

VERSION = b"\x01"
_NONCE = 12
SEALER_ATTRIBUTE = "fieldcase_sealer"
SEALING_DIALECTS = frozenset({"postgresql"})

# table -> sealed columns (README.md "What a database administrator can read" lists the same).
SEALED: dict[str, tuple[str, ...]] = {
    "case_revision": ("title", "narrative", "place", "lat", "lon", "perpetrator_category"),
    "person_revision": ("name", "pseudonym"),
    "source_revision": ("name", "type", "connection"),
    "case_tag": ("rationale",),
    "case_act": ("due_diligence_rationale", "override_rationale"),
    "attachment": ("original_name",),
    "secret": ("value",),
    "draft": ("payload",),
    "audit_log": ("detail",),
    "sync_remote_audit": ("detail",),
    "sync_peer": ("name", "cert_pem"),
    "sync_document": ("name", "body"),
    "sync_target": ("location", "username"),
    "act_review": ("detail",),
    "risk_assessment": ("rationale",),
    "action_point": ("title", "description", "owner"),
    "mechanism_reference": ("text",),
}


class Sealer:
    """AES-256-GCM with a random 96-bit nonce per value; the key is derived from the store's data key."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=b"fieldcase-sealed-column/1").derive(bytes(data_key))
        self._aead: AESGCM | None = AESGCM(key)

    def seal(self, plain: bytes, where: bytes) -> bytes:
        if self._aead is None:
            raise CorruptWorkspace("The store is locked.")
        nonce = os.urandom(_NONCE)
        return VERSION + nonce + self._aead.encrypt(nonce, plain, where)

    def open(self, sealed: bytes, where: bytes) -> bytes:
        if self._aead is None:
            raise CorruptWorkspace("The store is locked.")
        if sealed[:1] != VERSION:
            raise CorruptWorkspace("A sealed value in the HQ database is of an unknown format; it was left as is.")
        try:
            return self._aead.decrypt(sealed[1:1 + _NONCE], sealed[1 + _NONCE:], where)
        except Exception:
            raise CorruptWorkspace("A sealed value in the HQ database does not decrypt with this HQ's key: the "
                                   "database was altered or belongs to another HQ. Nothing was changed.") from None

    def forget(self) -> None:
        self._aead = None


def sealer_of(dialect: Dialect) -> Sealer | None:
    sealer = getattr(dialect, SEALER_ATTRIBUTE, None)
    return sealer if isinstance(sealer, Sealer) else None


class Sealed(TypeDecorator[Any]):
    """The column's own type on SQLite; `bytea` holding the sealed value where the dialect seals."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, original: TypeEngine[Any], where: str) -> None:
        super().__init__()
        self.original = original
        self.where = where
        self._aad = where.encode("ascii")

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name in SEALING_DIALECTS:
            return dialect.type_descriptor(LargeBinary())
        return dialect.type_descriptor(self.original)

    def _sealer(self, dialect: Dialect) -> Sealer:
        sealer = sealer_of(dialect)
        if sealer is None:  # fail closed: never write a sealed column in clear
            raise CorruptWorkspace("The HQ database is not open with its key; nothing was written.")
        return sealer

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name not in SEALING_DIALECTS:
            return value
        if isinstance(value, bytes | bytearray | memoryview):
            plain = bytes(value)
        elif isinstance(self.original, Float):
            plain = repr(float(value)).encode("ascii")
        else:
            plain = str(value).encode("utf-8")
        return self._sealer(dialect).seal(plain, self._aad)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name not in SEALING_DIALECTS:
            return value
        plain = self._sealer(dialect).open(bytes(value), self._aad)
        if isinstance(self.original, LargeBinary):
            return plain
        if isinstance(self.original, Float):
            return float(plain)
        return plain.decode("utf-8")


def install(tables: dict[str, Table]) -> None:
    """Wrap the listed columns' types in `Sealed` (once, when the models are imported)."""
    for table_name, columns in SEALED.items():
        table = tables[table_name]
        for name in columns:
            column = table.c[name]
            if not isinstance(column.type, Sealed):
                column.type = Sealed(column.type, f"{table_name}.{name}")
