"""The case list as a real table model over the store, holding only a few pages of rows.

`rowCount()` is the true number of matching records (one COUNT query), so the scroll bar is honest
and Ctrl+End works on 100,000 records. Rows are fetched a page at a time (PAGE_SIZE) on a worker
thread when the view first asks for a row of that page; until it arrives the row shows a
placeholder. At most MAX_PAGES pages are kept (least recently used are dropped), so however far the
user scrolls, the model never materialises more than MAX_PAGES * PAGE_SIZE summaries.

(This replaces Qt's canFetchMore/fetchMore: that pattern only appends, so scrolling to the end of a
large store would end with every row in memory.)
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ...domain.records import CaseFilter, CaseSummary
from ...tasks import call
from ..runner import TaskRunner
from ..text import safe_line
from ..vocab import Vocabulary

PAGE_SIZE = 200
MAX_PAGES = 4

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    sort: str | None  # the store's sort key, None: not sortable


COLUMNS = (Column("kind", "kind"), Column("date", "date"), Column("title", "title"), Column("place", "region"),
           Column("areas", None), Column("severity", "severity"), Column("verification", "verification"),
           Column("status", "status"))


class CaseTableModel(QAbstractTableModel):
    loaded = Signal(int)  # a new query's first page is in; the total
    failed = Signal(object)  # runner.TaskError

    def __init__(self, service: Any, runner: TaskRunner, vocab: Vocabulary, enum_labels: dict[str, str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._service, self._runner, self._vocab, self._enum = service, runner, vocab, enum_labels
        self._filter = CaseFilter()
        self._sort, self._descending = "date", True
        self._total = 0
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._inflight: set[int] = set()
        self._generation = 0
        self._loaded_generation = 0
        self.max_materialised = 0  # the most rows ever held at once (tests check it)
        self._headers = (self.tr("Type"), self.tr("Date"), self.tr("Title"), self.tr("Place"),
                         self.tr("Risk areas"), self.tr("Sev."), self.tr("Verification"), self.tr("Status"))

    # -- querying ----------------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    def reload(self) -> None:
        """Run the query again (after a save, a filter or sort change); the old rows stay until then."""
        self._generation += 1
        generation, f, sort, desc = self._generation, self._filter, self._sort, self._descending
        service = self._service

        def first_page() -> tuple[int, list[CaseSummary]]:
            return service.count(f), service.list(f, limit=PAGE_SIZE, offset=0, sort=sort, descending=desc)

        self._runner.run(call(first_page), owner=self,
                         on_done=lambda result: self._first_page(generation, result),
                         on_error=self.failed.emit)

    def _first_page(self, generation: int, result: tuple[int, list[CaseSummary]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self._loaded_generation = generation
        self.beginResetModel()
        self._total = total
        self._pages = OrderedDict({0: rows}) if rows else OrderedDict()
        self._inflight = set()
        self.endResetModel()
        self._note_size()
        self.loaded.emit(total)

    def clear(self) -> None:
        """Drop every row (on lock); results still on their way are ignored."""
        self._generation += 1
        self._loaded_generation = self._generation
        self.beginResetModel()
        self._total = 0
        self._pages = OrderedDict()
        self._inflight = set()
        self.endResetModel()

    def _request(self, page: int) -> None:
        if page in self._inflight:
            return
        self._inflight.add(page)
        generation = self._generation
        fetch = partial(self._service.list, self._filter, limit=PAGE_SIZE, offset=page * PAGE_SIZE,
                        sort=self._sort, descending=self._descending)
        self._runner.run(call(fetch), owner=self, on_done=lambda rows: self._page_loaded(generation, page, rows),
                         on_error=self.failed.emit)

    def _page_loaded(self, generation: int, page: int, rows: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        self._inflight.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        self._note_size()
        first = page * PAGE_SIZE
        last = min(self._total, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _note_size(self) -> None:
        self.max_materialised = max(self.max_materialised, self.materialised_rows())

    # -- what the view sees ---------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A query is running whose first page has not arrived yet (the rows shown are the previous ones)."""
        return self._loaded_generation != self._generation

    @property
    def total(self) -> int:
        return self._total

    def materialised_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def pages_held(self) -> tuple[int, ...]:
        return tuple(self._pages)

    def summary(self, row: int) -> CaseSummary | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 5:
            return self.tr("Severity, 1 (minor) to 5 (very grave)")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(page)
                return "…" if index.column() == 2 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#8a94a6")
            return None
        self._pages.move_to_end(page)
        if row % PAGE_SIZE >= len(rows):
            return None
        summary = rows[row % PAGE_SIZE]
        key = COLUMNS[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(summary, key, tooltip=role == Qt.ItemDataRole.ToolTipRole)
            shown = ("title", "place", "areas", "verification")
            return text if role == Qt.ItemDataRole.DisplayRole or key in shown else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "severity":
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def _text(self, s: CaseSummary, key: str, *, tooltip: bool = False) -> str:
        limit = 1000 if tooltip else 200
        if key == "kind":
            return self._enum.get(s.kind, s.kind)
        if key == "date":
            return s.date_text
        if key == "title":
            return safe_line(s.title, limit)
        if key == "place":
            where = s.place or s.adm2_name
            region = s.adm1_name or ""
            text = f"{where} ({region})" if where and region and where != region else (where or region)
            return safe_line(text, limit)
        if key == "areas":
            sep = "\n" if tooltip else ", "
            return sep.join(self._vocab.short_area(a) for a in s.risk_areas)
        if key == "severity":
            return "" if s.severity is None else str(s.severity)
        if key == "verification":
            label = self._vocab.label(s.verification)
            return label if tooltip else label.split(" (")[0]  # "Verified (reasonable grounds…)" -> "Verified"
        if key == "status":
            return self._enum.get(s.status, s.status)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.reload()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort, self._descending
