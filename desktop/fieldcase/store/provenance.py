"""External datasets and the provenance of imported records (tables of migration 0008_bulk_import)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select, text

from ..domain.provenance import Dataset, Provenance
from .models import CaseProvenance, ExternalDataset
from .tables import HEAD, REV

PROV = CaseProvenance.__table__
DATASET = ExternalDataset.__table__
CHUNK = 900  # bound parameters per IN (SQLite allows 32,766; small chunks keep statements cached)


def save_dataset(conn: Connection, dataset: Dataset, now: str) -> None:
    conn.execute(text(
        "INSERT INTO external_dataset (id, title, publisher, licence, attribution, url, last_imported_at) "
        "VALUES (:id, :title, :publisher, :licence, :attribution, :url, :now) ON CONFLICT(id) DO UPDATE SET "
        "title=excluded.title, publisher=excluded.publisher, licence=excluded.licence, "
        "attribution=excluded.attribution, url=excluded.url, last_imported_at=excluded.last_imported_at"),
        {"id": dataset.id, "title": dataset.title, "publisher": dataset.publisher, "licence": dataset.licence,
         "attribution": dataset.attribution, "url": dataset.url, "now": now})


def known(conn: Connection, dataset_id: str, external_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """external id -> (record id, row hash) for the ids already imported from this dataset."""
    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(external_ids), CHUNK):
        rows = conn.execute(select(PROV.c.external_id, PROV.c.record_id, PROV.c.row_hash)
                            .where(PROV.c.dataset_id == dataset_id,
                                   PROV.c.external_id.in_(list(external_ids[i:i + CHUNK]))))
        out.update({r.external_id: (r.record_id, r.row_hash) for r in rows})
    return out


def record(conn: Connection, rows: Iterable[tuple[str, Provenance]], now: str) -> None:
    """Insert or update the provenance of records (record id, provenance), in one statement."""
    params = [{"record_id": rid, "dataset_id": p.dataset_id, "external_id": p.external_id,
               "external_version": p.external_version, "row_hash": p.row_hash, "origin": p.origin[:300],
               "detail": json.dumps(dict(p.detail), ensure_ascii=False, separators=(",", ":")), "now": now}
              for rid, p in rows]
    if params:
        conn.execute(text(
            "INSERT INTO case_provenance (record_id, dataset_id, external_id, external_version, row_hash, origin, "
            "detail, imported_at) VALUES (:record_id, :dataset_id, :external_id, :external_version, :row_hash, "
            ":origin, :detail, :now) ON CONFLICT(record_id) DO UPDATE SET external_version=excluded.external_version,"
            " row_hash=excluded.row_hash, origin=excluded.origin, detail=excluded.detail, "
            "imported_at=excluded.imported_at"), params)


def absent(conn: Connection, dataset_id: str, present: set[str], countries: set[str],
           first_day: Any, last_day: Any) -> list[str]:
    """External ids of this dataset's records in the given countries and dates that a new export no longer
    has (ACLED deletes events it merges or finds out of scope): reported, never deleted silently."""
    rows = conn.execute(select(PROV.c.external_id).join(HEAD, HEAD.c.record_id == PROV.c.record_id)
                        .join(REV, REV.c.id == HEAD.c.revision_id)
                        .where(PROV.c.dataset_id == dataset_id, REV.c.country.in_(sorted(countries)),
                               REV.c.date_start >= first_day, REV.c.date_start <= last_day))
    return sorted(r.external_id for r in rows if r.external_id not in present)


def provenance_of(conn: Connection, record_id: str) -> tuple[Provenance, Dataset] | None:
    row = conn.execute(select(PROV, DATASET).join(DATASET, DATASET.c.id == PROV.c.dataset_id)
                       .where(PROV.c.record_id == record_id)).first()
    if row is None:
        return None
    m = row._mapping
    return (Provenance(m["dataset_id"], m["external_id"], m["row_hash"], m["origin"], m["external_version"],
                       json.loads(m["detail"])),
            Dataset(m[DATASET.c.id], m["title"], m["publisher"], m["licence"], m["attribution"], m["url"]))


def records_per_dataset(conn: Connection) -> dict[str, int]:
    """How many current records each dataset holds (the officer's own are those with no provenance)."""
    rows = conn.execute(select(PROV.c.dataset_id, func.count()).join(HEAD, HEAD.c.record_id == PROV.c.record_id)
                        .group_by(PROV.c.dataset_id))
    return {str(row[0]): int(row[1]) for row in rows}


def external_record_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(PROV.c.record_id)).scalars())


def attributions(conn: Connection, record_ids: Iterable[str]) -> list[Dataset]:
    """The datasets some of `record_ids` came from (for a briefing's attribution lines)."""
    ids = sorted(set(record_ids))
    found: dict[str, Dataset] = {}
    for i in range(0, len(ids), CHUNK):
        for m in conn.execute(select(DATASET).join(PROV, PROV.c.dataset_id == DATASET.c.id)
                              .where(PROV.c.record_id.in_(ids[i:i + CHUNK])).distinct()).mappings():
            found[m["id"]] = Dataset(m["id"], m["title"], m["publisher"], m["licence"], m["attribution"], m["url"])
    return [found[k] for k in sorted(found)]
