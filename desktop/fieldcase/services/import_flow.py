"""One import, whatever the file: rows are read one at a time, checked, and written in batches inside ONE
write transaction, so memory stays bounded and the import is still all or nothing.

    outcome = import_file(ws, path, fmt="acled", progress=..., cancelled=...)

A source (Fieldcase JSON/CSV, an ACLED export, KoboToolbox/ODK submissions) yields
`(line, item, provenance)`: `item` is a record in the import's JSON form (or a row problem), checked by the
same rules as every import (schema/incident.schema.json, compiled; then the semantic checks). Once a row is
refused nothing more is written, the rest is still checked so every problem is reported at once, and the
transaction rolls back. Rows with provenance (an external dataset's id) revise the record imported from
the same id before, and an unchanged source row adds no revision.
"""

from __future__ import annotations

import gc
import mimetypes
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path
from typing import Any, Protocol, cast

from ..domain.provenance import Dataset, Provenance
from ..domain.records import AttachmentInfo, CaseRecord
from ..errors import Cancelled, ImportProblem, ImportRejected
from ..store import audit, cases, provenance
from ..store.cases import NewRecordRows, Shaped
from ..store.tables import has_rmr_columns
from ..workspace import Workspace, utc_now
from .import_prepare import ShapedRow, helper_count, shaped_rows
from .importing import RowChecker, category_label_index, read_items, rejected
from .records import CaseService, _check_not_changed, override_events

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Row = tuple[int, Any, Provenance | None]

BATCH = 2000  # records per write_records call: bounds the row lists built in Python
MAX_PROBLEMS = 10_000  # a hopeless file is not read to its end only to list a million problems


class Source(Protocol):
    dataset: Dataset | None
    total: int  # lines (or rows) in the file, for progress; 0 if unknown

    def rows(self) -> Iterator[Row]: ...

    def finish(self, ws: Workspace, conn: Any, stored: list[tuple[CaseRecord, Provenance]]) -> None:
        """After the last batch, in the same transaction: `stored` holds the records written from rows whose
        provenance asks for it (`detail["media"]`: files to attach); may do nothing."""
        ...


@dataclass(frozen=True)
class ImportOutcome:
    created: int
    revised: int
    unchanged: int  # rows of an external dataset identical to what was imported before
    dataset: Dataset | None = None
    absent: tuple[str, ...] = ()  # external ids imported before that this export no longer has

    @property
    def stored(self) -> int:
        return self.created + self.revised


class FieldcaseFile:
    """Fieldcase's own .json / .csv import format (README)."""

    dataset: Dataset | None = None

    def __init__(self, path: Path, labels: dict[str, str]) -> None:
        self.path, self.labels = path, labels
        self.total = 0

    def rows(self) -> Iterator[Row]:
        for line, item in read_items(self.path, self.labels, lines=self._set_total):
            yield line, item, None

    def _set_total(self, lines: int) -> None:
        self.total = lines

    def finish(self, ws: Workspace, conn: Any, stored: list[tuple[CaseRecord, Provenance]]) -> None:
        del ws, conn, stored


def open_source(path: Path, fmt: str, labels: dict[str, str], *, form: Path | None = None,
                mapping: Path | None = None, sheet: str | None = None) -> Source:
    if fmt == "auto" and path.suffix.lower() == ".csv" and _looks_like_acled(path):
        fmt = "acled"
    if fmt == "auto" and path.suffix.lower() == ".csv" and _looks_like_ucdp(path):
        fmt = "ucdp"
    if fmt == "auto" and path.suffix.lower() != ".json":
        from .import_preview import context_format

        fmt = context_format(path) or "auto"  # an HXL table Fieldcase's own CSV columns do not describe
    if fmt == "hxl":
        from .hxl import HxlDataset

        return HxlDataset(path, sheet=sheet, mapping=mapping)
    if fmt == "ucdp":
        from .ucdp import UcdpExport

        return UcdpExport(path, sheet=sheet)
    if fmt == "acled":
        from .acled import AcledExport

        return AcledExport(path)
    if fmt == "xlsform":
        from .xlsform import FormSubmissions

        if form is None or mapping is None:
            raise ImportRejected("An XLSForm import needs the form (--form FORM.xlsx) and a mapping file "
                                 "(--mapping MAPPING.json).", [])
        return FormSubmissions(path, form, mapping)
    if fmt not in ("auto", "fieldcase"):
        raise ImportRejected("Unknown import format {fmt}: use fieldcase, acled, xlsform, hxl or ucdp.", [], fmt=fmt)
    return FieldcaseFile(path, labels)


def _looks_like_ucdp(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as f:
            header = f.readline(8192).lower()
    except OSError:
        return False
    return "type_of_violence" in header and "where_prec" in header and "date_prec" in header


def _looks_like_acled(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as f:
            header = f.readline(4096).lower()
    except OSError:
        return False
    return "event_id_cnty" in header and "sub_event_type" in header


def import_file(ws: Workspace, path: Path, *, fmt: str = "auto", form: Path | None = None,
                mapping: Path | None = None, sheet: str | None = None, progress: Progress | None = None,
                cancelled: IsCancelled | None = None, helpers: int | None = None) -> ImportOutcome:
    """Read, check and store every row of `path`; all or nothing. Raises ImportRejected (every problem,
    in the user's words) or Cancelled; either way the workspace is unchanged. `helpers`: processes that
    shape rows beside the writing (services/import_prepare.py); None chooses by the file's size."""
    from .workspace_frameworks import installed_releases, registry_with

    releases = installed_releases(ws)
    registry = registry_with(releases)
    source = open_source(Path(path), fmt, category_label_index(registry), form=form, mapping=mapping, sheet=sheet)
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0  # the source has said already, or will say, why the file cannot be read
    run = _ImportRun(ws, source, registry, releases, helper_count(size, helpers))
    try:
        with _fewer_collections():
            absent = run.run(Path(path), progress, cancelled)
    except BaseException:
        run.media.discard()  # ciphertexts of a rolled-back import are useless: leave no orphan
        raise
    if progress is not None:
        progress(source.total, source.total)
    c = run.counts
    return ImportOutcome(c["created"], c["revised"], c["unchanged"], source.dataset, absent)


# Python's cyclic garbage collector runs after every 700 net allocations and, every hundred or so runs, walks
# every object the process holds (the frameworks, SQLAlchemy's metadata, the batch being written): about a
# fifth of a large import's CPU time. An import allocates millions of short-lived, acyclic objects (rows,
# records, dicts), freed by reference counting; the collector finds almost nothing. So during an import the
# objects that existed before it are frozen (gc.freeze: never walked again until unfrozen) and the first
# generation collects after 20,000 allocations; any cycles made meanwhile are still collected, just in
# fewer, larger passes (bench/bench_import.py measures time and peak memory with it).
_IMPORT_GC_THRESHOLD = (20_000, 50, 100)
_gc_lock = threading.Lock()
_gc_state: dict[str, Any] = {"depth": 0, "before": None}  # imports under way; the thresholds they replaced


@contextmanager
def _fewer_collections() -> Iterator[None]:
    with _gc_lock:
        _gc_state["depth"] += 1
        if _gc_state["depth"] == 1:
            _gc_state["before"] = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*_IMPORT_GC_THRESHOLD)
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["depth"] -= 1
            if _gc_state["depth"] == 0:
                gc.set_threshold(*_gc_state["before"])
                gc.unfreeze()


class _ImportRun:
    def __init__(self, ws: Workspace, source: Source, registry: Any, releases: list[Any], helpers: int) -> None:
        self.ws, self.source, self.registry = ws, source, registry
        self.releases, self.helpers = releases, helpers
        self.checker = RowChecker(registry.is_known)  # in this process: ids repeated across the file
        self.service = CaseService(ws)
        self.author, self.now = ws.officer, utc_now()
        self.problems: list[ImportProblem] = []
        self.seen_external: dict[str, int] = {}
        self.batch: list[tuple[ShapedRow, Provenance | None]] = []
        self.counts = {"created": 0, "revised": 0, "unchanged": 0}
        self.with_media: list[tuple[CaseRecord, Provenance]] = []
        self.covered = _Coverage()
        self.media = _Media(self.service, self.author, self.now)

    def flush(self, conn: Any) -> None:
        if not self.batch:
            return
        for record, prov in _write_batch(conn, self.source.dataset, self.batch, self.author, self.now, self.counts,
                                         self.media):
            self.covered.add(record)
            if prov is not None and prov.detail.get("media"):
                self.with_media.append((record, prov))
        self.batch = []

    def run(self, path: Path, progress: Progress | None, cancelled: IsCancelled | None) -> tuple[str, ...]:
        source, problems = self.source, self.problems
        absent: tuple[str, ...] = ()
        with self.ws.db.writing() as conn:
            if source.dataset is not None:
                provenance.save_dataset(conn, source.dataset, self.now)  # first: provenance rows refer to it
            # wholly new records are shaped into SQLite rows; an external dataset's rows may revise records
            # imported before (and a store before migration 0006 lacks columns): each is written as a record
            as_rows = source.dataset is None and conn.dialect.name == "sqlite" and has_rmr_columns(conn)
            stamp = (self.author, self.now) if as_rows else None
            rows = shaped_rows(source.rows(), self.registry, self.releases, self.helpers, stamp)
            with closing(rows):  # stops the helpers when the loop ends early
                self.write_rows(conn, rows, progress, cancelled)
            if problems:
                raise rejected(problems)  # rolls the transaction back
            self.flush(conn)
            source.finish(self.ws, conn, self.with_media)
            if source.dataset is not None:
                cov = self.covered
                if cov.first is not None and cov.last is not None:
                    absent = tuple(provenance.absent(conn, source.dataset.id, set(self.seen_external),
                                                     cov.countries, cov.first, cov.last))
                audit.append(conn, [audit.AuditEvent("import.dataset", "dataset", source.dataset.id, None,
                                                     {**self.counts, "absent": len(absent), "file": path.name})],
                             actor=self.author, at=self.now)
        return absent

    def write_rows(self, conn: Any, rows: Iterator[tuple[ShapedRow, Provenance | None]],
                   progress: Progress | None, cancelled: IsCancelled | None) -> None:
        source, problems = self.source, self.problems
        for shaped, prov in rows:
            line = shaped.line
            if cancelled is not None and cancelled():
                raise Cancelled()
            row_problems = list(shaped.problems)
            if shaped.given_id:
                row_problems += self.checker.check_repeat(line, shaped.given_id)
            if prov is not None and not row_problems:
                if prov.external_id in self.seen_external:
                    row_problems.append(ImportProblem(
                        line, "", "the source's id of this row is also on line {other}", label="Row",
                        other=self.seen_external[prov.external_id]))
                self.seen_external.setdefault(prov.external_id, line)
            if row_problems:
                problems += row_problems
                if len(problems) >= MAX_PROBLEMS:
                    break
                continue
            if problems:
                continue  # nothing more is written; the rest is still checked
            self.batch.append((shaped, prov))
            if len(self.batch) >= BATCH:
                self.flush(conn)
                if progress is not None:
                    progress(line, max(source.total, line))


def record_origin(ws: Workspace, record_id: str) -> tuple[Provenance, Dataset] | None:
    """Where an imported record came from (None: the officer's own), with its dataset's terms and attribution."""
    with ws.db.reading() as conn:
        return provenance.provenance_of(conn, record_id)


class _Coverage:
    """The countries and dates an export covers (its records written or unchanged): where an id it no longer
    has means a deletion, not a narrower download."""

    def __init__(self) -> None:
        self.countries: set[str] = set()
        self.first: Any = None
        self.last: Any = None

    def add(self, record: CaseRecord) -> None:
        self.countries.add(record.location.country)
        day = record.date.first_day
        self.first = day if self.first is None or day < self.first else self.first
        self.last = day if self.last is None or day > self.last else self.last


class _Media:
    """Media files a row names (KoboToolbox / ODK attachments), encrypted into the vault at intake like any
    attachment and linked to the record's revision; discarded again if the import rolls back."""

    def __init__(self, service: CaseService, author: str, now: str) -> None:
        self.service, self.author, self.now = service, author, now
        self.vault: Any = None
        self.blobs: list[str] = []

    def attach(self, conn: Any, record: CaseRecord, paths: list[str]) -> CaseRecord:
        from ..crypto.attachments import CIPHER_PIECE

        if self.vault is None:
            self.vault = self.service._vault(share_with_hq=True)
        infos = []
        for name in paths:
            source = Path(name)
            blob = self.vault.put_file(source)
            self.blobs.append(blob.blob_id)
            info = AttachmentInfo(id=str(uuid.uuid4()), sha256=blob.sha256, size=blob.size,
                                  media_type=mimetypes.guess_type(source.name)[0] or "application/octet-stream",
                                  original_name=source.name, added_at=self.now, added_by=self.author)
            cases.add_attachment_row(conn, {
                "id": info.id, "blob_id": blob.blob_id, "sha256": info.sha256, "size": info.size,
                "stored_size": blob.stored_size, "media_type": info.media_type, "original_name": info.original_name,
                "added_at": info.added_at, "added_by": info.added_by}, blob.sealed_to, blob.pieces, CIPHER_PIECE)
            audit.append(conn, [audit.AuditEvent("attachment.add", "attachment", info.id, None,
                                                 {"sha256": info.sha256, "size": info.size, "record": record.id})],
                         actor=self.author, at=self.now)
            infos.append(info)
        return replace(record, attachments=(*record.attachments, *infos))

    def discard(self) -> None:
        for blob_id in self.blobs:
            self.vault.delete(blob_id)
        self.blobs = []


def _write_batch(conn: Any, dataset: Dataset | None, batch: list[tuple[ShapedRow, Provenance | None]], author: str,
                 now: str, counts: dict[str, int], media: _Media) -> list[tuple[CaseRecord, Provenance | None]]:
    """Write the batch in file order: runs of wholly new records as the rows they were shaped into (no record
    built here), the other rows as records. Returns the records written as records (and an external dataset's
    unchanged ones), with their provenance."""
    out: list[tuple[CaseRecord, Provenance | None]] = []
    for as_rows, run in groupby(batch, key=lambda item: item[0].new_rows is not None):
        run_list = list(run)
        if not as_rows:
            out += _write_records(conn, dataset, run_list, author, now, counts, media)
            continue
        shaped = [row for row, _p in run_list]
        cases.write_new_records(conn, [cast(NewRecordRows, row.new_rows) for row in shaped],
                                [cast(Shaped, row.shaped) for row in shaped], author, now)
        counts["created"] += len(shaped)
    return out


def _write_records(conn: Any, dataset: Dataset | None, batch: list[tuple[ShapedRow, Provenance | None]], author: str,
                   now: str, counts: dict[str, int], media: _Media) -> list[tuple[CaseRecord, Provenance | None]]:
    rows = [shaped for shaped, _p in batch]
    provs = [p for _s, p in batch]
    records = [cast(CaseRecord, row.record) for row in rows]  # rows with problems are never batched
    unchanged: list[tuple[CaseRecord, Provenance | None]] = []  # not written; still part of what the export covers
    if dataset is not None:
        previous = provenance.known(conn, dataset.id, [p.external_id for p in provs if p is not None])
        kept: list[tuple[CaseRecord, ShapedRow, Provenance | None]] = []
        for record, row, prov in zip(records, rows, provs, strict=True):
            assert prov is not None  # an external source gives every row its provenance
            before = previous.get(prov.external_id)
            if before is not None and before[1] == prov.row_hash:
                counts["unchanged"] += 1
                unchanged.append((record, None))
                continue
            counts["revised" if before else "created"] += 1
            kept.append((replace(record, id=before[0]) if before else record, row, prov))
        records, rows, provs = [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]
    else:
        _check_not_changed(conn, records, [r.rev if row.given_id else None for r, row in zip(records, rows,
                                                                                             strict=True)])
        heads = cases.heads_of(conn, [row.given_id for row in rows if row.given_id])
        for row in rows:
            counts["revised" if row.given_id and row.given_id in heads else "created"] += 1
    if not records:
        return unchanged
    records = [media.attach(conn, r, list(p.detail["media"])) if p is not None and p.detail.get("media") else r
               for r, p in zip(records, provs, strict=True)]
    fresh = {made_up for row in rows for made_up in row.fresh_ids}
    stored = cases.write_records(conn, records, author, now, compact_audit=True, shaped=[row.shaped for row in rows],
                                 fresh_ids=fresh)
    audit.append(conn, override_events(conn, stored), actor=author, at=now)
    if dataset is not None:
        provenance.record(conn, [(r.id or "", p) for r, p in zip(stored, provs, strict=True) if p is not None], now)
    return [*zip(stored, provs, strict=True), *unchanged]
