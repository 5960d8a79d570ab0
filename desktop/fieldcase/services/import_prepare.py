"""Shaping import rows before they are written, in helper processes when the file is large.

An import has two stages. Shaping needs only the row and the workspace's frameworks: the schema and
semantic checks, the record built from the row, framework versions pinned, ids made up for a new record
and its new people and sources, then the record's content hash and search-index words. Writing
(import_flow) needs the store: it runs in the importing process, in file order, in one transaction.

On a large file the shaping runs in helper processes while the importing process writes the rows shaped
before, so the two stages share the machine's cores (bench/bench_import.py measures it). The helpers are
spawned, not forked (the app runs Qt threads; a fork would copy their locks), get the rows and the
installed framework releases through pipes and keep nothing: no file, no log. A small file, or a machine
with one core, is shaped in the importing process itself, by the same code.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import threading
import uuid
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from ..domain.evolve import evolve
from ..domain.records import CaseRecord, content_hash, record_from_json
from ..errors import ImportProblem
from ..frameworks.registry import FrameworkRegistry
from ..store.cases import NewRecordRows, Shaped, new_record_rows
from ..store.framework_releases import InstalledRelease
from ..store.search_index import index_words
from .importing import RowChecker
from .records import pin_framework_versions

HELPERS_FROM_BYTES = 4 << 20  # smaller files are shaped in process: starting a helper costs ~0.5 s
CHUNK = 400  # rows shaped at a time
AHEAD = 12  # chunks in flight per helper: more than a write batch (import_flow.BATCH), so the helper
# keeps shaping while the importing process writes; bounds the rows held in memory (~5,000, ~25 MB)


@dataclass(slots=True)
class ShapedRow:
    line: int
    problems: list[ImportProblem]
    given_id: str | None  # the row's own record id, once its schema passed (checked against earlier lines)
    shaped: Shaped | None  # None when the row has problems
    ids: _Ids | None  # the record's, its people's and its sources' ids (some made up for new ones)
    fresh_ids: tuple[str, ...] = ()  # the ids made up for the record's new people and sources
    record: CaseRecord | None = None  # the record, with `ids`; not sent back by a helper (built again here)
    new_rows: NewRecordRows | None = None  # a wholly new record's rows, ready to number and insert (`Stamp`)


# Who imports and when: with it, the shaper also builds the rows of each wholly new record (its id and all
# its people's and sources' ids made up, no acts, no attachments), which the importing process then only
# numbers and inserts (store.cases.write_new_records) instead of building the record again to write it.
Stamp = tuple[str, str]  # (author, time)


_Ids = tuple[str, tuple[str, ...], tuple[str, ...]]


class Shaper:
    def __init__(self, registry: FrameworkRegistry, stamp: Stamp | None = None) -> None:
        self.registry, self.stamp = registry, stamp
        self.checker = RowChecker(registry.is_known)

    def shape(self, rows: Iterable[tuple[int, Any]], *, with_records: bool = True) -> list[ShapedRow]:
        """`with_records=False` (a helper): the records are left out; `record_for` builds each again where it
        is written: sending it back through a pipe costs twice as much (pickling ~30 objects a record)."""
        out = []
        for line, item in rows:
            problems, given_id = self.checker.check_row(line, item)
            if problems:
                out.append(ShapedRow(line, problems, given_id, None, None))
                continue
            built = pin_framework_versions(record_from_json(item), self.registry)
            record, fresh = _with_new_ids(built)
            ids = (record.id or "", tuple(p.person_id or "" for p in record.people),
                   tuple(s.source_id or "" for s in record.sources))
            digest = content_hash(record)
            new_rows = None
            if (self.stamp is not None and built.id is None and not record.acts and not record.attachments
                    and len(fresh) == len(record.people) + len(record.sources)):  # nothing to look up
                new_rows = new_record_rows(evolve(record, rev=1, author=self.stamp[0], created_at=self.stamp[1]),
                                           digest)
            out.append(ShapedRow(line, [], given_id, Shaped(digest, index_words(record)), ids, fresh,
                                 record if with_records else None, new_rows))
        return out

    def record_for(self, item: Any, ids: _Ids) -> CaseRecord:
        """The record a helper shaped from `item`, built again from the same row, frameworks and ids: the
        same fields, so the same content hash (tests/test_import_helpers.py recomputes it from the store)."""
        record = pin_framework_versions(record_from_json(item), self.registry)
        record_id, person_ids, source_ids = ids
        people = tuple(evolve(p, person_id=i) for p, i in zip(record.people, person_ids, strict=True))
        sources = tuple(evolve(s, source_id=i) for s, i in zip(record.sources, source_ids, strict=True))
        return evolve(record, id=record_id, people=people, sources=sources)


def _with_new_ids(record: CaseRecord) -> tuple[CaseRecord, tuple[str, ...]]:
    """The record with an id, and each person and source without one given a new id: what the store's
    writer would give them (store/cases.py), made up here so that the content hash can be too."""
    fresh: list[str] = []

    def new_id() -> str:
        fresh.append(str(uuid.uuid4()))
        return fresh[-1]

    people = tuple(p if p.person_id else evolve(p, person_id=new_id()) for p in record.people)
    sources = tuple(s if s.source_id else evolve(s, source_id=new_id()) for s in record.sources)
    return evolve(record, id=record.id or str(uuid.uuid4()), people=people, sources=sources), tuple(fresh)


def helper_count(file_size: int, wanted: int | None) -> int:
    """How many helper processes shape the rows: `wanted` if given (0: none), else one fewer than the
    machine's cores (at most 3) for a file of HELPERS_FROM_BYTES or more."""
    if wanted is not None:
        return max(0, wanted)
    if file_size < HELPERS_FROM_BYTES:
        return 0
    return max(0, min(3, (os.cpu_count() or 1) - 1))


def shaped_rows(rows: Iterator[tuple[int, Any, Any]], registry: FrameworkRegistry,
                releases: list[InstalledRelease], helpers: int, stamp: Stamp | None = None
                ) -> Generator[tuple[ShapedRow, Any], None, None]:
    """Every row of `rows` (line, item, provenance) shaped, in order, with its provenance (and with `stamp`,
    a new record's rows). If the helpers cannot start or one ends abruptly (a script without a main guard,
    the system out of memory), the rows they had are shaped here instead: the import goes on, only slower."""
    here = _InProcess(registry, stamp)
    if helpers <= 0:
        for chunk in _chunks(rows):
            yield from here.shape(chunk)
        return
    pool = ProcessPoolExecutor(max_workers=helpers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_helper, initargs=(releases, stamp))
    pending: deque[tuple[Future[list[ShapedRow]], list[tuple[int, Any, Any]]]] = deque()
    try:
        for chunk in _chunks(rows):
            if here.instead:
                yield from here.shape(chunk)
                continue
            pending.append((pool.submit(_shape_in_helper, [(line, item) for line, item, _p in chunk]), chunk))
            while len(pending) >= AHEAD * helpers or (pending and here.instead):
                yield from here.collect(*pending.popleft())
        while pending:
            yield from here.collect(*pending.popleft())
    finally:  # also when the import stops early (refused rows, cancel, an error while writing)
        for future, _chunk in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


class _InProcess:
    def __init__(self, registry: FrameworkRegistry, stamp: Stamp | None) -> None:
        self.registry, self.stamp = registry, stamp
        self.shaper: Shaper | None = None
        self.instead = False  # the helpers broke: shape the rest here

    def _shaper(self) -> Shaper:
        if self.shaper is None:
            self.shaper = Shaper(self.registry, self.stamp)
        return self.shaper

    def shape(self, chunk: list[tuple[int, Any, Any]]) -> Iterator[tuple[ShapedRow, Any]]:
        shaped = self._shaper().shape((line, item) for line, item, _p in chunk)
        return zip(shaped, (p for _l, _i, p in chunk), strict=True)

    def collect(self, future: Future[list[ShapedRow]], chunk: list[tuple[int, Any, Any]]
                ) -> Iterator[tuple[ShapedRow, Any]]:
        if not self.instead:
            try:
                shaped = future.result()
            except BrokenProcessPool:
                self.instead = True
            else:
                return self.with_records(shaped, chunk)
        return self.shape(chunk)

    def with_records(self, shaped: list[ShapedRow], chunk: list[tuple[int, Any, Any]]
                     ) -> Iterator[tuple[ShapedRow, Any]]:
        shaper = self._shaper()
        for row, (_line, item, prov) in zip(shaped, chunk, strict=True):
            if row.ids is not None and row.new_rows is None:  # a new record's rows are written as they came
                row.record = shaper.record_for(item, row.ids)
            yield row, prov


def _chunks(rows: Iterator[tuple[int, Any, Any]]) -> Iterator[list[tuple[int, Any, Any]]]:
    chunk: list[tuple[int, Any, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_helper: dict[str, Shaper] = {}


def _start_helper(releases: list[InstalledRelease], stamp: Stamp | None) -> None:
    from .workspace_frameworks import registry_with

    parent = multiprocessing.parent_process()
    if parent is not None:  # a helper must not outlive the import (killed, crashed): it holds rows in clear
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    gc.set_threshold(20_000, 50, 100)  # as the importing process does (import_flow): short-lived, acyclic rows
    _helper["shaper"] = Shaper(registry_with(releases), stamp)


def _exit_with_parent(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])  # ready once the importing process has ended, however
    os._exit(1)


def _shape_in_helper(rows: list[tuple[int, Any]]) -> list[ShapedRow]:
    return _helper["shaper"].shape(rows, with_records=False)
