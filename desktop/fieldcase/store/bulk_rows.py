"""Many rows into one table with one `executemany` on the DB-API cursor, for the bulk write path (imports,
revision batches): the same rows `conn.execute(insert(table), rows)` would write, without SQLAlchemy
compiling and re-processing a dict per row (on 2,000-record batches that was a fifth of the write time).

The column types' own bind processors still apply (dates to ISO text, booleans checked; a sealed column's
pass-through on SQLite is skipped), and a column a row leaves out gets its scalar default as Core would.
Anything else (another dialect, a callable default) takes Core's path unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert

from .sealed import SEALING_DIALECTS, Sealed


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT every row of `rows` (dicts with the same keys) into `table`, in the caller's transaction."""
    if not rows:
        return
    if conn.dialect.name != "sqlite" or conn.dialect.paramstyle != "qmark":
        conn.execute(insert(table), list(rows))
        return
    bound = bound_rows(table, rows, conn.dialect)
    if bound is None:
        conn.execute(insert(table), list(rows))
        return
    insert_bound(conn, table, *bound)


def bound_rows(table: Table, rows: Sequence[dict[str, Any]], dialect: Any) -> tuple[tuple[str, ...],
                                                                                   list[tuple[Any, ...]]] | None:
    """The column names and each row's values as SQLite's driver takes them (the columns' bind processors
    applied, scalar defaults filled in): work that needs no connection, so an import's helper process can do
    it (store/cases.new_record_rows). None if a column left out has a callable default (Core's path then)."""
    keys = tuple(rows[0])
    plan = _plan(table, keys, dialect)
    if plan is None:
        return None
    names, converted, fixed = plan
    params: list[tuple[Any, ...]] = []
    take = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    for row in rows:
        values = [*take(row), *fixed]
        for i, proc in converted:  # only the columns whose type converts (dates, booleans)
            if values[i] is not None:
                values[i] = proc(values[i])
        params.append(tuple(values))
    return names, params


_Plan = tuple[tuple[str, ...], list[tuple[int, Any]], tuple[Any, ...]]
_plans: dict[tuple[str, tuple[str, ...], type, str], _Plan | None] = {}


def _plan(table: Table, keys: tuple[str, ...], dialect: Any) -> _Plan | None:
    """For rows with `keys`: every column name written, the converting bind processors by position, and the
    scalar defaults of the columns left out. Worked out once per table, keys and kind of dialect (an import's
    helper binds one record's rows at a time)."""
    cache_key = (table.name, keys, type(dialect), dialect.name)
    if cache_key in _plans:
        return _plans[cache_key]
    defaults: dict[str, Any] = {}
    plan: _Plan | None = None
    for column in table.c:
        if column.name in keys or column.default is None:
            continue
        if not getattr(column.default, "is_scalar", False):
            break
        defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
    else:
        names = keys + tuple(defaults)
        converted = [(i, proc) for i, k in enumerate(names)
                     if (proc := _bind_processor(table.c[k].type, dialect)) is not None]
        plan = (names, converted, tuple(defaults.values()))
    _plans[cache_key] = plan
    return plan


def insert_bound(conn: Connection, table: Table, names: Sequence[str], params: Sequence[tuple[Any, ...]]) -> None:
    """INSERT rows `bound_rows` prepared for SQLite, as they are."""
    if not params:
        return
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    conn.exec_driver_sql(sql, list(params))


def _bind_processor(kind: Any, dialect: Any) -> Any:
    """The column type's bind processor; a sealed column (store/sealed.py) where the dialect does not seal
    passes its value through unchanged, so only its original type's processor is left (none for text): on
    SQLite half the revision row's processors were such identity calls, one per value."""
    if isinstance(kind, Sealed) and dialect.name not in SEALING_DIALECTS:
        kind = kind.original
    return kind._cached_bind_processor(dialect)
