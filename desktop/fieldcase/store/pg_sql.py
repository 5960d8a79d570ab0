"""The analysis queries (store/analysis_rows.py, written for SQLite and tuned with its planner) as
PostgreSQL runs them, for an HQ store on a server.

The SQL there stays the one source; this rewrites the few SQLite idioms it uses, each to the PostgreSQL
expression with the same result:

    INDEXED BY ix            a SQLite planner hint            -> (dropped: PostgreSQL's planner chooses)
    CROSS JOIN t ON          SQLite's join-order hint         -> JOIN t ON
    json_each(:ids)          one bound JSON array of ids      -> json_array_elements_text(CAST(:ids AS json))
    group_concat(x, ' ')     string aggregate                 -> string_agg(x, ' ')
    instr(a, b)              substring position               -> strpos(a, b)
    max(<condition>)         "any row true" (0/1)             -> bool_or(<condition>)
    sum(<condition>)         "how many rows true"             -> count(*) FILTER (WHERE <condition>) via CAST
    substr(date, 1, n)       dates are ISO text in SQLite     -> substr(CAST(date AS TEXT), 1, n)
    each person's newest     a correlated max(rev) per link   -> one DISTINCT ON pass over the people
      revision (_NEWEST_PERSON; SQLite answers it from a covering index, PostgreSQL ran it once per
      case_person row of the window: 720,000 probes for a 12-month regional window over 1M records)
    :name parameters         sqlite3's named style            -> %(name)s for the driver's own cursor

and turns what comes back into what SQLite gives: dates as ISO text, sealed columns opened.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from .sealed import Sealed
from .tables import ACT, PERSON

_INDEXED = re.compile(r"\s+INDEXED BY \w+")
_TEXT_IDS = re.compile(r"(\w+\.person_id IN \()SELECT value FROM json_each\(:ids\)\)")
_INT_IDS = "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(:ids AS json)) AS value"
_PARAM = re.compile(r"(?<![:\w]):(\w+)")
_BOOL_MAX = re.compile(r"max\((cp\.role = 'victim' AND p\.victim_groups != ''|p\.cooperated_with_un IS NOT NULL "
                       r"AND p\.reprisal_suspected)\)")
_DISTINCT_CONCAT = re.compile(r"group_concat\(DISTINCT (CASE .*? END)\)", re.S)
_NEWEST_PERSON = re.compile(r"JOIN person_revision p ON p\.person_id = cp\.person_id\s+AND p\.rev = "
                            r"\(SELECT max\(p2\.rev\) FROM person_revision p2 WHERE p2\.person_id = cp\.person_id\)")
# the columns of a person the window queries read (victim groups, UN cooperation, reprisal flag)
_NEWEST_PEOPLE = ("JOIN (SELECT DISTINCT ON (person_id) person_id, victim_groups, cooperated_with_un, "
                  "reprisal_suspected FROM person_revision ORDER BY person_id, rev DESC) p "
                  "ON p.person_id = cp.person_id")


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def translate(query: str) -> str:
    """A query of analysis_rows in PostgreSQL's dialect (see the table in this module's docstring)."""
    q = _INDEXED.sub("", query)
    q = q.replace("CROSS JOIN case_person cp ON", "JOIN case_person cp ON")
    q = _NEWEST_PERSON.sub(_NEWEST_PEOPLE, q)
    q = _TEXT_IDS.sub(r"\1SELECT value FROM json_array_elements_text(CAST(:ids AS json)) AS value)", q)
    q = q.replace("SELECT value FROM json_each(:ids)", _INT_IDS)
    q = _DISTINCT_CONCAT.sub(r"string_agg(DISTINCT \1, ',')", q)
    q = q.replace("group_concat(", "string_agg(")
    q = q.replace("instr(", "strpos(")
    q = _BOOL_MAX.sub(r"bool_or(\1)", q)
    q = q.replace("coalesce(people.group_victim, 0)", "coalesce(people.group_victim, false)")
    q = q.replace("coalesce(people.cooperator, 0)", "coalesce(people.cooperator, false)")
    q = q.replace("sum(f.reprisal OR f.cooperator OR strpos(f.kinds, 'r') > 0)",
                  "count(*) FILTER (WHERE f.reprisal OR f.cooperator OR strpos(f.kinds, 'r') > 0)")
    q = q.replace("sum(f.incident AND (f.group_victim OR strpos(f.kinds, 's') > 0))",
                  "count(*) FILTER (WHERE f.incident AND (f.group_victim OR strpos(f.kinds, 's') > 0))")
    q = q.replace("sum(strpos(f.kinds, 'h') > 0)", "count(*) FILTER (WHERE strpos(f.kinds, 'h') > 0)")
    q = q.replace("sum(f.early_warning)", "count(*) FILTER (WHERE f.early_warning)")
    q = re.sub(r"substr\((\w+\.date_start), ", r"substr(CAST(\1 AS TEXT), ", q)
    return q


def driver_style(query: str) -> str:
    """`:name` parameters as the psycopg cursor's `%(name)s` (a literal % doubled)."""
    return _PARAM.sub(r"%(\1)s", query.replace("%", "%%"))


def plain(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """Rows as SQLite's driver gives them: dates as ISO text. A list is converted in place, each old row freed as
    it is replaced (a 12-month window's acts at 1,000,000 records are 700,000 rows: held once, not twice), and
    only the columns that can hold a date (a date or NULL in the first row: a query's column has one type) are
    looked at."""
    out: list[Any] = rows if isinstance(rows, list) else list(rows)
    if not out:
        return out
    columns = [i for i, v in enumerate(out[0]) if v is None or isinstance(v, dt.date)]
    if not columns:
        return out
    for n, row in enumerate(out):
        if any(isinstance(row[i], dt.date) for i in columns):
            out[n] = tuple(v.isoformat() if isinstance(v, dt.date) else v for v in row)
    return out


def text_dates(cursor: Any) -> Any:
    """A psycopg cursor that gives `date` columns as the server's ISO text, as SQLite stores them, instead of
    date objects that `plain` would turn back into text (a third of the time of reading 340,000 acts). Only this
    cursor: SQLAlchemy's own keep their dates. The session's DateStyle is ISO (store/pg.py SESSION_OPTIONS)."""
    from psycopg.types.string import TextLoader

    cursor.adapters.register_loader("date", TextLoader)
    return cursor


def opener(conn: Connection, column: Any) -> Any:
    """A function that opens one value of a sealed column read by raw SQL (identity elsewhere)."""
    kind = column.type
    if isinstance(kind, Sealed) and is_postgres(conn):
        return lambda value: kind.process_result_value(value, conn.dialect)
    return lambda value: value


PSEUDONYM = PERSON.c.pseudonym
OVERRIDE_RATIONALE = ACT.c.override_rationale
