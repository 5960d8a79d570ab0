"""What the duplicate finder reads (analysis/matching.py): current records and people, in a few plain queries.

Everything is read inside one read transaction and handed over as tuples; nothing is written, nothing is
kept on disk (the blocking keys are built in memory: see services/matches.py for why no key table).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection


def stamp(conn: Connection) -> tuple[int, int, int]:
    """Changes whenever what matching reads changes: a new revision, a record purged (its head goes), a person
    revised. Used to keep the facts of one unlock in memory between runs."""
    row = conn.exec_driver_sql(
        "SELECT (SELECT coalesce(max(id), 0) FROM case_revision), (SELECT count(*) FROM case_head), "
        "(SELECT coalesce(max(id), 0) FROM person_revision)").one()
    return int(row[0]), int(row[1]), int(row[2])


def incident_rows(conn: Connection) -> Iterator[Any]:
    """(record_id, revision id, date_start, date_end, date_precision, country, adm1, adm2, lat, lon) of every
    current incident."""
    yield from conn.exec_driver_sql(
        "SELECT r.record_id, r.id, r.date_start, r.date_end, r.date_precision, r.country, r.adm1_pcode, "
        "r.adm2_pcode, r.lat, r.lon FROM case_head h JOIN case_revision r ON r.id = h.revision_id "
        "WHERE h.kind = 'incident'")


def violation_rows(conn: Connection) -> Iterator[tuple[int, str]]:
    """(revision id, violation or act type) of the current revisions (an act's type is listed with them)."""
    yield from conn.exec_driver_sql(
        "SELECT v.revision_id, v.violation_type FROM case_head h JOIN case_violation v "
        "ON v.revision_id = h.revision_id")


def people_link_rows(conn: Connection) -> Iterator[Any]:
    """(person_id, role, record_id, revision id, adm1, adm2) for every person of every current record."""
    yield from conn.exec_driver_sql(
        "SELECT p.person_id, p.role, h.record_id, h.revision_id, r.adm1_pcode, r.adm2_pcode "
        "FROM case_head h JOIN case_person p ON p.revision_id = h.revision_id "
        "JOIN case_revision r ON r.id = h.revision_id")


def person_rows(conn: Connection) -> Iterator[Any]:
    """(person_id, name, sex, age_group) of each person's newest revision."""
    yield from conn.exec_driver_sql(
        "SELECT p.person_id, p.name, p.sex, p.age_group FROM person_revision p "
        "JOIN (SELECT person_id, max(rev) AS rev FROM person_revision GROUP BY person_id) n "
        "ON n.person_id = p.person_id AND n.rev = p.rev")


def _chunks(ids: Sequence[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def person_details(conn: Connection, ids: Sequence[str]) -> dict[str, Any]:
    """person_id -> (person_id, pseudonym, name, sex, age_group) as of their newest revision."""
    out: dict[str, Any] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.exec_driver_sql(
                "SELECT p.person_id, p.pseudonym, p.name, p.sex, p.age_group FROM person_revision p "
                f"JOIN (SELECT person_id, max(rev) AS rev FROM person_revision WHERE person_id IN ({marks}) "
                "GROUP BY person_id) n ON n.person_id = p.person_id AND n.rev = p.rev", tuple(chunk)):
            out[row[0]] = row
    return out


def record_details(conn: Connection, ids: Sequence[str]) -> dict[str, Any]:
    """record_id -> (record_id, kind, title, date_text, adm1_name, adm2_name, place) of its current revision."""
    out: dict[str, Any] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.exec_driver_sql(
                "SELECT h.record_id, r.kind, r.title, r.date_text, r.adm1_name, r.adm2_name, r.place "
                "FROM case_head h JOIN case_revision r ON r.id = h.revision_id "
                f"WHERE h.record_id IN ({marks})", tuple(chunk)):
            out[row[0]] = row
    return out


def people_of_record(conn: Connection, record_id: str) -> list[str]:
    """The person ids of a record's current revision."""
    return [row[0] for row in conn.exec_driver_sql(
        "SELECT p.person_id FROM case_head h JOIN case_person p ON p.revision_id = h.revision_id "
        "WHERE h.record_id = ?", (record_id,))]
