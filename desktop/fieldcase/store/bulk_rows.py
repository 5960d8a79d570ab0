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
    keys = list(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.c:
        if column.name in keys or column.default is None:
            continue
        if not getattr(column.default, "is_scalar", False):
            conn.execute(insert(table), list(rows))
            return
        defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
    if conn.dialect.name != "sqlite" or conn.dialect.paramstyle != "qmark":
        conn.execute(insert(table), list(rows))
        return
    names = keys + list(defaults)
    converted = [(i, proc) for i, k in enumerate(names)
                 if (proc := _bind_processor(table.c[k].type, conn.dialect)) is not None]
    fixed = tuple(defaults.values())
    params: list[tuple[Any, ...]] = []
    take = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    for row in rows:
        values = [*take(row), *fixed]
        for i, proc in converted:  # only the columns whose type converts (dates, booleans)
            if values[i] is not None:
                values[i] = proc(values[i])
        params.append(tuple(values))
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    conn.exec_driver_sql(sql, params)


def _bind_processor(kind: Any, dialect: Any) -> Any:
    """The column type's bind processor; a sealed column (store/sealed.py) where the dialect does not seal
    passes its value through unchanged, so only its original type's processor is left (none for text): on
    SQLite half the revision row's processors were such identity calls, one per value."""
    if isinstance(kind, Sealed) and dialect.name not in SEALING_DIALECTS:
        kind = kind.original
    return kind._cached_bind_processor(dialect)
