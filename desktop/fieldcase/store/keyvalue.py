"""The workspace's facts (`meta`) and the key material kept only inside the encrypted store (`secret`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, delete, insert, select

from .models import Meta, Secret

_META, _SECRET = Meta.__table__, Secret.__table__


def meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(Meta.value).where(Meta.key == key)).scalar()


def set_meta(conn: Connection, values: Mapping[str, str]) -> None:
    """Insert or replace each key."""
    if values:
        conn.execute(delete(_META).where(Meta.key.in_(list(values))))
        conn.execute(insert(_META), [{"key": k, "value": v} for k, v in values.items()])


def secret(conn: Connection, name: str) -> bytes | None:
    return conn.execute(select(Secret.value).where(Secret.name == name)).scalar()


def secrets(conn: Connection, names: Iterable[str]) -> dict[str, bytes]:
    rows = conn.execute(select(Secret.name, Secret.value).where(Secret.name.in_(list(names))))
    return {name: value for name, value in rows}


def put_secrets(conn: Connection, values: Mapping[str, bytes]) -> None:
    """Insert or replace each named secret."""
    if values:
        conn.execute(delete(_SECRET).where(Secret.name.in_(list(values))))
        conn.execute(insert(_SECRET), [{"name": k, "value": v} for k, v in values.items()])


def delete_secrets(conn: Connection, names: Iterable[str]) -> None:
    conn.execute(delete(_SECRET).where(Secret.name.in_(list(names))))
