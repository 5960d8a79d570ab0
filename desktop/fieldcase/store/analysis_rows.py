"""The rows analysis/ computes on, read from the current revision of every record.

Built for stores of 100,000 records and more. Each page SQLCipher reads is a page it decrypts, so
the queries read covering indexes (migration 0002), never the wide revision rows, and the monthly
signal is aggregated in SQL (`signal_cells`: a few thousand cells instead of tens of thousands of
records crossing into Python). `signal_rows` gives the same facts record by record: the reference
the SQL is tested against (analysis.signals.cells_from_rows), and what a drill-down would list.

A year-only record is fetched when its year overlaps the window, so the analysis can report it as
imprecise instead of silently losing it. People are read at their newest revision: the best current
knowledge of who they are (a victim later identified as a defender counts as one).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Connection, text

from ..analysis.rows import ActReviewItem, ActRow, DeathLine, DeathRecordRow, SignalRow
from ..analysis.signals import HATE_SPEECH, SignalCell
from . import pg_sql

# The rows of a text() query: SQLAlchemy types their values as Any, but unpacking a Row gives `object` to
# mypy, so loops that unpack them see the rows as the plain tuples they are.
_Rows = Iterable[tuple[Any, ...]]

# Tags and violation types in these namespaces are what the signal reads (risk areas, atrocity
# factors and indicators, reprisal flags, 16.10.1 types).
SIGNAL_PREFIXES = ("cca.", "foa.", "reprisal.", "sdg16101.")

_COLUMNS = ("r.id, r.date_start, r.date_precision, r.adm1_pcode, r.kind, r.severity, r.verification, "
            "r.early_warning, r.reprisal")
# Two index ranges (the window's days; the 1 January entries of year-only records), both answered from
# ix_case_revision_signal alone; only current revisions (case_head) count. The first leaves year-only
# records to the second, or a window holding 1 January would return them twice.
_WINDOW = """
    SELECT {columns} FROM case_revision r INDEXED BY ix_case_revision_signal
    JOIN case_head h ON h.revision_id = r.id
    WHERE r.date_start BETWEEN :first AND :last AND r.date_precision != 'year' {region}
    UNION ALL
    SELECT {columns} FROM case_revision r INDEXED BY ix_case_revision_signal
    JOIN case_head h ON h.revision_id = r.id
    WHERE r.date_start IN ({years}) AND r.date_precision = 'year' {region}
"""

_IDS = "SELECT value FROM json_each(:ids)"

_TAGS = """
    SELECT t.revision_id, t.category FROM case_tag t INDEXED BY ix_case_tag_revision_category
    WHERE t.revision_id IN ({ids}) AND ({condition})
"""

_VIOLATIONS = """
    SELECT v.revision_id, v.violation_type FROM case_violation v
    WHERE v.revision_id IN ({ids}) AND ({condition})
"""

# Each person at their newest revision (index-only through ix_person_revision_analysis).
_NEWEST_PERSON = """
    JOIN person_revision p INDEXED BY ix_person_revision_analysis ON p.person_id = cp.person_id
     AND p.rev = (SELECT max(p2.rev) FROM person_revision p2 WHERE p2.person_id = cp.person_id)
"""

_PEOPLE_FLAGS = """
    SELECT cp.revision_id,
           max(cp.role = 'victim' AND p.victim_groups != ''),
           max(p.cooperated_with_un IS NOT NULL AND p.reprisal_suspected)
    FROM case_person cp {newest}
    WHERE cp.revision_id IN ({ids})
    GROUP BY cp.revision_id
"""

# The 16.10.1 and 16.1.2 rows start from the (few) acts and death lines, not from the window's records:
# each is checked against its revision through ix_case_revision_ident (migration 0005), which holds every
# column they need, so no wide revision row is read; only current revisions (case_head) count. An act's override
# rationale is read only when it has an override (the only time it is shown): sealed on PostgreSQL, each one read
# is one decryption, 340,000 for a regional 12-month window at 1,000,000 records.
_IN_WINDOW = ("(r.date_start BETWEEN :first AND :last OR (r.date_precision = 'year' AND r.date_start IN ({years}))) "
              "{region}")
_ACTS = """
    SELECT r.id, r.date_start, r.date_precision, r.adm1_pcode, r.verification, a.id, a.position, a.person_id,
           a.act_type, a.linked_to_work, a.state_due_diligence_failure, a.fate_concealed, a.sdg_override,
           CASE WHEN a.sdg_override IS NOT NULL THEN a.override_rationale END, r.record_id, r.adm2_pcode,
           (SELECT group_concat(p.status, ' ') FROM case_act_perpetrator p WHERE p.act_id = a.id) AS statuses
    FROM case_act a JOIN case_head h ON h.revision_id = a.revision_id
    JOIN case_revision r INDEXED BY ix_case_revision_ident ON r.id = a.revision_id
    WHERE {in_window}
"""

# Each victim at their newest revision.
_VICTIMS = """
    SELECT p.person_id, p.pseudonym, p.victim_groups, p.sex, p.age_group FROM person_revision p
    WHERE p.person_id IN ({ids})
      AND p.rev = (SELECT max(p2.rev) FROM person_revision p2 WHERE p2.person_id = p.person_id)
"""

_ATROCITY = """
    WITH w AS MATERIALIZED ({window})
    SELECT w.*, t.category FROM w JOIN case_tag t INDEXED BY ix_case_tag_revision_category
    ON t.revision_id = w.id AND {condition}
"""

_TYPED = """
    WITH w AS MATERIALIZED ({window})
    SELECT w.id, w.date_start, w.date_precision, w.adm1_pcode, w.verification, v.violation_type
    FROM w JOIN case_violation v ON v.revision_id = w.id AND {condition}
"""

_DEATH_LINES = """
    SELECT d.revision_id, d.count, d.sex, d.age_group, d.cause, d.status
    FROM case_death d JOIN case_head h ON h.revision_id = d.revision_id
    JOIN case_revision r INDEXED BY ix_case_revision_ident ON r.id = d.revision_id
    WHERE {in_window}
    ORDER BY d.revision_id, d.id
"""

_DEATH_COLUMNS = ("r.id, r.record_id, r.date_start, r.date_precision, r.adm1_pcode, r.adm2_pcode, r.verification, "
                  "r.conflict_related, r.killed")
# Current records with a casualty figure in the window, answered from the partial index ix_case_revision_killed
# (migration 0005); the `r.killed > 0` in each branch is what lets the planner use it.
_KILLED = """
    SELECT {columns} FROM case_revision r INDEXED BY ix_case_revision_killed
    JOIN case_head h ON h.revision_id = r.id
    WHERE r.killed > 0 AND r.date_start BETWEEN :first AND :last AND r.date_precision != 'year' {region}
    UNION ALL
    SELECT {columns} FROM case_revision r INDEXED BY ix_case_revision_killed
    JOIN case_head h ON h.revision_id = r.id
    WHERE r.killed > 0 AND r.date_start IN ({years}) AND r.date_precision = 'year' {region}
"""

_DEATH_RECORDS = "SELECT {columns} FROM case_revision r INDEXED BY ix_case_revision_ident WHERE r.id IN ({ids})"

_REVIEWS = """
    SELECT a.record_id, a.rev, a.act_position, a.reason, a.detail, a.created_at
    FROM act_review a JOIN case_head h ON h.record_id = a.record_id JOIN case_revision r ON r.id = h.revision_id
    WHERE r.rev = a.rev
    ORDER BY a.id
"""


# The per-record rules of analysis/signals.py (is_reprisal, is_defender_attack, is_hate_speech), in SQL,
# aggregated to SignalCells; tests/test_analysis_signals.py checks this against cells_from_rows.
# Per cell: records, weighted count, severity sum/count/max, then the flags of signals.py: reprisal (the
# record's flag, a UN cooperator at risk, or a reprisal.* id), attack on a defender (an incident with a
# victim in a 16.10.1 group or an sdg16101.* id), hate speech, early warning.
_TOTALS = """count(*), sum(coalesce(f.severity, 1)), coalesce(sum(f.severity), 0), count(f.severity), max(f.severity),
    sum(f.reprisal OR f.cooperator OR instr(f.kinds, 'r') > 0),
    sum(f.incident AND (f.group_victim OR instr(f.kinds, 's') > 0)),
    sum(instr(f.kinds, 'h') > 0), sum(f.early_warning)"""
# One index probe per table and record: which kinds of flag-bearing ids the record carries, as letters
# (r reprisal.*, s sdg16101.*, h hate speech), read by _TOTALS.
_KINDS = """(SELECT group_concat(DISTINCT CASE WHEN {c} >= 'reprisal.' AND {c} < 'reprisal/' THEN 'r'
                                          WHEN {c} >= 'sdg16101.' AND {c} < 'sdg16101/' THEN 's'
                                          WHEN {c} IN ({hate}) THEN 'h' END)
            FROM {table} WHERE {x}.revision_id = w.id)"""
_CELLS = """
    WITH w AS MATERIALIZED ({window}),
    people AS MATERIALIZED (
        SELECT cp.revision_id AS id,
               max(cp.role = 'victim' AND p.victim_groups != '') AS group_victim,
               max(p.cooperated_with_un IS NOT NULL AND p.reprisal_suspected) AS cooperator
        FROM w CROSS JOIN case_person cp ON cp.revision_id = w.id {newest}  -- CROSS: walk the window, not all people
        GROUP BY cp.revision_id),
    f AS MATERIALIZED (
        SELECT w.id, CASE WHEN w.date_precision = 'year' THEN NULL ELSE substr(w.date_start, 1, 7) END AS month,
               substr(w.date_start, 1, 4) AS year, w.adm1_pcode AS adm1, w.verification, w.severity,
               w.early_warning, w.reprisal, w.kind = 'incident' AS incident,
               coalesce({tag_kinds}, '') || coalesce({violation_kinds}, '') AS kinds,
               coalesce(people.group_victim, 0) AS group_victim, coalesce(people.cooperator, 0) AS cooperator
        FROM w LEFT JOIN people ON people.id = w.id)
    SELECT f.month, f.year, t.category, f.adm1, f.verification, {totals}
    FROM f LEFT JOIN case_tag t INDEXED BY ix_case_tag_revision_category
         ON t.revision_id = f.id AND t.category >= 'cca.' AND t.category < 'cca/'
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT f.month, f.year, '*', f.adm1, f.verification, {totals}
    FROM f GROUP BY 1, 2, 3, 4, 5
"""


def _prefix(column: str, prefix: str) -> str:
    """A prefix test the planner answers from an index range (`prefix` is a constant of this module)."""
    return f"{column} >= '{prefix}' AND {column} < '{prefix[:-1]}/'"


def _prefixes(column: str, prefixes: tuple[str, ...]) -> str:
    return " OR ".join(f"({_prefix(column, prefix)})" for prefix in prefixes)


# Records imported from other people's datasets (ACLED, form submissions: case_provenance) are kept apart
# from the officer's own in every count (issue 17): they are someone else's reports, under their terms.
OWN_RECORDS = "AND NOT EXISTS (SELECT 1 FROM case_provenance prov WHERE prov.record_id = r.record_id)"


def _scope(region: str | None, countries: Sequence[str] | None, params: dict[str, Any]) -> str:
    """The SQL condition of a region (admin-1) and/or a set of countries (HQ's regional review)."""
    clause = ""
    if region is not None:
        clause, params["region"] = "AND r.adm1_pcode = :region", region
    if countries is not None:
        names = [f":country{i}" for i in range(len(countries))]
        params.update((n[1:], c) for n, c in zip(names, countries, strict=True))
        clause += f" AND r.country IN ({', '.join(names) or 'NULL'})"
    return clause


def _records(ids: Sequence[str], name: str, params: dict[str, Any], *, keep: bool) -> str:
    """The SQL condition keeping (or leaving out) these record ids; nothing when there are none to leave out."""
    if not ids and not keep:
        return ""
    names = [f":{name}{i}" for i in range(len(ids))]
    params.update((n[1:], record_id) for n, record_id in zip(names, ids, strict=True))
    return f" AND h.record_id {'IN' if keep else 'NOT IN'} ({', '.join(names) or 'NULL'})"


def _window_query(first: dt.date, last: dt.date, region: str | None,
                  countries: Sequence[str] | None = None, skip: Sequence[str] = (),
                  only: Sequence[str] | None = None, columns: str = _COLUMNS) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"first": first.isoformat(), "last": last.isoformat()}
    years = []
    for year in range(first.year, last.year + 1):
        params[f"y{year}"] = f"{year:04d}-01-01"
        years.append(f":y{year}")
    # `skip`: records another record of their linked group stands for (services/linked_incidents.py)
    clause = OWN_RECORDS + " " + _scope(region, countries, params) + _records(skip, "skip", params, keep=False)
    if only is not None:
        clause += _records(only, "only", params, keep=True)
    return _WINDOW.format(columns=columns, region=clause, years=", ".join(years)), params


def window_record_ids(conn: Connection, first: dt.date, last: dt.date, region: str | None,
                      countries: Sequence[str] | None, among: Sequence[str]) -> list[str]:
    """Which of the records `among` the window counts (current revision in the window, own, in scope)."""
    if not among:
        return []
    query, params = _window_query(first, last, region, countries, only=sorted(among), columns="h.record_id")
    return [row[0] for row in _execute(conn, query, params)]


def _window(conn: Connection, first: dt.date, last: dt.date, region: str | None) -> Sequence[Any]:
    """Current revisions dated in [first, last], or dated only to a year that overlaps it."""
    query, params = _window_query(first, last, region)
    return _execute(conn, query, params)


def _ids(rows: Sequence[Any]) -> dict[str, str]:
    return {"ids": json.dumps([row[0] for row in rows])}


def signal_rows(conn: Connection, first: dt.date, last: dt.date, region: str | None = None) -> list[SignalRow]:
    """One row per current record dated in the window (or year-only in its years), with its signal facts.

    `record_id` holds the revision's row id: the signal never needs the record's uuid, and reading it
    would mean reading the wide revision rows.
    """
    window = _window(conn, first, last, region)
    if not window:
        return []
    ids = _ids(window)
    categories: dict[int, set[str]] = {}
    for query in (_TAGS.format(ids=_IDS, condition=_prefixes("t.category", SIGNAL_PREFIXES)),
                  _VIOLATIONS.format(ids=_IDS, condition=_prefixes("v.violation_type", SIGNAL_PREFIXES))):
        for rid, category in cast(_Rows, _execute(conn, query, ids)):
            categories.setdefault(rid, set()).add(category)
    people = {rid: (bool(group), bool(coop)) for rid, group, coop in _execute(
        conn, _PEOPLE_FLAGS.format(newest=_NEWEST_PERSON, ids=_IDS), ids)}
    empty: frozenset[str] = frozenset()
    no_people = (False, False)
    rows = []
    for rid, date_start, precision, adm1, kind, severity, verification, early, reprisal in window:
        cats = categories.get(rid)
        group, coop = people.get(rid, no_people)
        rows.append(SignalRow(str(rid), kind, date_start, precision, adm1, severity, verification,
                              frozenset(cats) if cats else empty, bool(early), bool(reprisal), group, coop))
    return rows


def signal_cells(conn: Connection, first: dt.date, last: dt.date, region: str | None = None,
                 countries: Sequence[str] | None = None, skip: Sequence[str] = ()) -> list[SignalCell]:
    """The window's current records aggregated in SQL by month, risk area, region and verification status;
    the records in `skip` are left out."""
    window, params = _window_query(first, last, region, countries, sorted(skip))
    hate_ids = ", ".join(f"'{c}'" for c in sorted(HATE_SPEECH))
    query = _CELLS.format(
        window=window, newest=_NEWEST_PERSON, totals=_TOTALS,
        tag_kinds=_KINDS.format(c="t.category", hate=hate_ids, x="t",
                                table="case_tag t INDEXED BY ix_case_tag_revision_category"),
        violation_kinds=_KINDS.format(c="v.violation_type", hate=hate_ids, table="case_violation v", x="v"))
    return [SignalCell(month, year, area, adm1, verification, records, weighted, sev_sum, sev_count, sev_max,
                       reprisals, defenders, hate, early)
            for month, year, area, adm1, verification, records, weighted, sev_sum, sev_count, sev_max, reprisals,
            defenders, hate, early in cast(_Rows, _execute(conn, query, params))]


def atrocity_rows(conn: Connection, first: dt.date, last: dt.date, region: str | None = None,
                  countries: Sequence[str] | None = None, skip: Sequence[str] = ()) -> list[SignalRow]:
    """Per-record rows (atrocity tags only) of the window's records that carry atrocity tags, but those in `skip`."""
    window, params = _window_query(first, last, region, countries, sorted(skip))
    found: dict[int, tuple[Any, set[str]]] = {}
    # the driver's own cursor (dates as text, no per-row Result machinery): a regional month at 1,000,000 records
    # has tens of thousands of tagged records
    for rid, *fields, category in cast(_Rows, _rows(conn, _ATROCITY.format(
            window=window, condition=_prefix("t.category", "foa.")), params)):
        found.setdefault(rid, (fields, set()))[1].add(category)
    return [SignalRow(str(rid), kind, date_start, precision, adm1, severity, verification, frozenset(categories),
                      bool(early), bool(reprisal))
            for rid, ((date_start, precision, adm1, kind, severity, verification, early, reprisal), categories)
            in found.items()]


def _rows(conn: Connection, query: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Run a read query on the connection's own DB-API cursor (same transaction): plain tuples, without the
    per-row Result machinery, which was half the time of the 12-month indicators on 100,000 records."""
    driver = conn.connection.driver_connection
    if driver is None:  # only a closed or invalidated pool connection has none
        raise RuntimeError("the database connection is closed")
    postgres = pg_sql.is_postgres(conn)
    if postgres:  # an HQ store on PostgreSQL (store/pg_sql.py)
        query = pg_sql.driver_style(pg_sql.translate(query))
    cursor = pg_sql.text_dates(driver.cursor()) if postgres else driver.cursor()
    try:
        # the DB-API driver (sqlcipher3) is untyped: fetchall() gives a list of plain tuples
        cursor.execute(query, params)
        found = cast(list[tuple[Any, ...]], cursor.fetchall())
    finally:
        cursor.close()
    return pg_sql.plain(found) if postgres else found


def _row_batches(conn: Connection, query: str, params: dict[str, Any],
                 size: int = 20_000) -> Iterator[list[tuple[Any, ...]]]:
    """`_rows` a batch at a time (fetchmany), each batch's Python objects made only when it is asked for."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("the database connection is closed")
    postgres = pg_sql.is_postgres(conn)
    if postgres:
        query = pg_sql.driver_style(pg_sql.translate(query))
    cursor = pg_sql.text_dates(driver.cursor()) if postgres else driver.cursor()
    try:
        cursor.execute(query, params)
        while batch := cast(list[tuple[Any, ...]], cursor.fetchmany(size)):
            yield pg_sql.plain(batch) if postgres else batch
    finally:
        cursor.close()


def _execute(conn: Connection, query: str, params: dict[str, Any] | None = None) -> list[Any]:
    """A text() query's rows; on PostgreSQL (an HQ store) in its dialect, dates as ISO text (store/pg_sql.py)."""
    if pg_sql.is_postgres(conn):
        return pg_sql.plain(conn.execute(text(pg_sql.translate(query)), params or {}).all())
    return list(conn.execute(text(query), params or {}).all())


def _in_window(first: dt.date, last: dt.date, region: str | None,
               countries: Sequence[str] | None = None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"first": first.isoformat(), "last": last.isoformat()}
    for year in range(first.year, last.year + 1):
        params[f"y{year}"] = f"{year:04d}-01-01"
    years = ", ".join(f":y{year}" for year in range(first.year, last.year + 1))
    clause = OWN_RECORDS + " " + _scope(region, countries, params)
    return _IN_WINDOW.format(years=years, region=clause), params


def act_rows(conn: Connection, first: dt.date, last: dt.date, region: str | None = None,
             countries: Sequence[str] | None = None) -> list[ActRow]:
    """Every act of every current record dated in the window (or year-only in its years), in record order.

    The acts are read in batches, each made into ActRows before the next is fetched: a regional 12-month window
    at 1,000,000 records holds 340,000 acts, and their raw rows held all at once beside the ActRows were a third of
    a briefing's peak memory. The victims of each batch not met before are read before its ActRows are made."""
    in_window, params = _in_window(first, last, region, countries)
    pseudonym_of, rationale_of = pg_sql.opener(conn, pg_sql.PSEUDONYM), pg_sql.opener(conn, pg_sql.OVERRIDE_RATIONALE)
    unknown: tuple[str, tuple[str, ...], str, str] = ("", (), "unknown", "unknown")
    people: dict[str, tuple[str, tuple[str, ...], str, str]] = {}

    def meet(batch: list[tuple[Any, ...]]) -> None:
        new = sorted({row[7] for row in batch} - people.keys())
        if not new:
            return
        people.update((pid, unknown) for pid in new)  # a person without a revision stays unknown, asked once
        people.update((pid, (pseudonym_of(pseudonym), tuple(groups.split()) if groups else (), sex, age_group))
                      for pid, pseudonym, groups, sex, age_group in _rows(
                          conn, _VICTIMS.format(ids=_IDS), {"ids": json.dumps(new)}))

    out = []
    no_perpetrators: tuple[str, ...] = ()
    # the driver makes a new string for every value: one copy of each repeated one (dates, places, types, the
    # record of several acts) is 120 MB less at 340,000 acts
    one: dict[Any, Any] = {}
    same = one.setdefault
    split: dict[str, tuple[str, ...]] = {}
    for batch in _row_batches(conn, _ACTS.format(in_window=in_window), params):
        meet(batch)
        for (_rid, date_start, precision, adm1, verification, _act_id, position, person_id, act_type, linked, dd,
             fate, override, override_rationale, record_id, adm2, statuses) in batch:
            pseudonym, groups, sex, age_group = people.get(person_id, unknown)
            # the statuses' order does not matter: the derivation takes the first in its precedence order
            out.append(ActRow(same(record_id, record_id), position, person_id, pseudonym, same(date_start, date_start),
                              same(precision, precision), same(adm1, adm1), same(adm2, adm2),
                              same(verification, verification), same(act_type, act_type),
                              split.get(statuses) or split.setdefault(statuses, tuple(statuses.split()))
                              if statuses else no_perpetrators,
                              bool(linked), None if dd is None else bool(dd), bool(fate), override,
                              override_rationale and rationale_of(override_rationale), groups, sex, age_group))
    out.sort(key=lambda row: (row.record_id, row.act_index))
    return out


def death_rows(conn: Connection, first: dt.date, last: dt.date,
               region: str | None = None, countries: Sequence[str] | None = None) -> list[DeathRecordRow]:
    """One row per current record in the window with a casualty figure (killed > 0) or SDG 16.1.2 lines."""
    in_window, params = _in_window(first, last, region, countries)
    lines: dict[int, list[DeathLine]] = {}
    for rid, count, sex, age_group, cause, status in _rows(conn, _DEATH_LINES.format(in_window=in_window), params):
        lines.setdefault(rid, []).append(DeathLine(count, sex, age_group, cause, status))
    years = ", ".join(f":y{year}" for year in range(first.year, last.year + 1))
    region_clause = OWN_RECORDS + " " + _scope(region, countries, params)
    records = {row[0]: row for row in _rows(conn, _KILLED.format(
        columns=_DEATH_COLUMNS, years=years, region=region_clause), params)}
    missing = sorted(set(lines) - set(records))
    if missing:
        records.update((row[0], row) for row in _rows(conn, _DEATH_RECORDS.format(
            columns=_DEATH_COLUMNS, ids=_IDS), {"ids": json.dumps(missing)}))
    out = [DeathRecordRow(record_id, date_start, precision, adm1, adm2, verification,
                          None if related is None else bool(related), killed, tuple(lines.get(rid, ())))
           for rid, record_id, date_start, precision, adm1, adm2, verification, related, killed in records.values()]
    out.sort(key=lambda row: row.record_id)
    return out


def act_reviews(conn: Connection) -> list[ActReviewItem]:
    """The open review items the acts migration left: those whose record nobody has revised since."""
    from .models import ActReview

    detail_of = pg_sql.opener(conn, ActReview.__table__.c.detail)
    return [ActReviewItem(record_id, rev, position, reason, detail_of(detail), created_at)
            for record_id, rev, position, reason, detail, created_at in cast(_Rows, _execute(conn, _REVIEWS))]
