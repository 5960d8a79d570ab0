"""A long table (the annex lists every record of the period: 55,000 rows for a region over 1,000,000
records) laid out page by page.

A reportlab Table lays out all its rows at once, and splitting it at a page break builds a new Table of
every remaining row, so a table of n rows costs about n x (n / rows per page) row measurements: 79 % of a
regional briefing's time at 1M records (bench/bench_hq.py). This flowable holds the rows and, at each page
break, builds a Table of the header and the next `window` rows only and lets reportlab split that: the
same table, page for page (the header repeated on each page, the same style), in linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

# Rows built per page: more than fit on an A4 page at the annex's 6.4 pt (about 70).
WINDOW = 160


class PagedTable(Flowable):
    """`header` then `rows`, each piece made into a Table by `make(rows)` (header first, repeatRows=1)."""

    def __init__(self, header: list[Any], rows: Sequence[list[Any]], make: Callable[[list[list[Any]]], Table],
                 start: int = 0, window: int = WINDOW) -> None:
        super().__init__()
        self.header, self.rows, self.make, self.start, self.window = header, rows, make, start, window
        self._table: Table | None = None

    def _piece(self) -> Table:
        return self.make([self.header, *self.rows[self.start:self.start + self.window]])

    def _is_tail(self) -> bool:
        return len(self.rows) - self.start <= self.window

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._table = self._piece()
        width, height = self._table.wrap(avail_width, avail_height)
        if not self._is_tail():  # more pieces follow: taller than any page, so the frame splits it
            height = max(height, avail_height) + 1
        self.width, self.height = width, height
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table = self._table  # the piece wrap() just built (the frame wraps, then splits)
        if table is None:
            table = self._piece()
            table.wrap(avail_width, avail_height)
        parts = table.split(avail_width, avail_height)
        if not parts:
            return []
        if len(parts) == 1:  # the whole window fits (a tall page): the next window follows
            first, taken = parts[0], self.window
        else:
            first = parts[0]
            taken = len(first._cellvalues) - 1  # its rows, less the header
        if taken <= 0:
            return []
        rest = PagedTable(self.header, self.rows, self.make, self.start + taken, self.window)
        return [first] if self.start + taken >= len(self.rows) else [first, rest]

    def draw(self) -> None:  # only the tail is drawn whole (wrap said the others do not fit)
        table = self._table or self._piece()
        table.drawOn(self.canv, 0, 0)
