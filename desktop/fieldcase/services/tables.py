"""Rows of a CSV file or of one sheet of a workbook (XLSX/XLS/ODS, read with python-calamine), as lists of
text: what the HXL and UCDP importers read. A CSV file is streamed; a sheet is read by calamine, which
holds it in memory (a workbook is zipped XML: it cannot be streamed row by row without another library).

Every failure is an ImportRejected in the user's words, naming the file and never quoting a cell."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ImportProblem, ImportRejected

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
MAX_CELL = 131_072  # the csv module's own limit; a workbook cell longer than this is refused too


def is_workbook(path: Path) -> bool:
    return path.suffix.lower() in WORKBOOK_SUFFIXES


def count_lines(path: Path) -> int:
    """Lines of a CSV file (for progress); 0 for a workbook."""
    if is_workbook(path):
        return 0
    try:
        with path.open("rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        raise ImportRejected("{file} does not exist.", [], file=path) from None
    except OSError as exc:
        raise ImportRejected("{file} could not be read ({reason}).", [], file=path, reason=exc.strerror) from None


def table_rows(path: Path, sheet: str | None = None, *, prefer: Any = None) -> Iterator[tuple[int, list[str]]]:
    """(line or row number, cells) of the CSV file, or of the sheet of the workbook: the named one, else the
    first for which `prefer(rows)` is true (e.g. the first sheet with an HXL hashtag row), else the first."""
    if is_workbook(path):
        yield from _sheet_rows(path, sheet, prefer)
        return
    if sheet is not None:
        raise ImportRejected("{file} is a CSV file: it has no sheets to choose from (--sheet is for workbooks).",
                             [], file=path.name)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise ImportRejected("{file} does not exist.", [], file=path) from None
    except OSError as exc:
        raise ImportRejected("{file} could not be read ({reason}).", [], file=path, reason=exc.strerror) from None
    with handle:
        reader = csv.reader(handle)
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader, None)
            except csv.Error:
                raise ImportRejected(
                    "{file} has a cell that is too long or a broken quote; nothing was imported.",
                    [ImportProblem(line, "", "a cell is longer than {limit} characters or its quotes do not close",
                                   label="Row", limit=MAX_CELL)], file=path.name) from None
            except UnicodeDecodeError:
                raise ImportRejected("{file} is not UTF-8 text.",
                                     [ImportProblem(line, "", "this line is not UTF-8 text", label="Row")],
                                     file=path.name) from None
            if row is None:
                return
            if any("\x00" in cell for cell in row):
                raise ImportRejected("{file} has a control character (NUL) in a cell; nothing was imported.",
                                     [ImportProblem(line, "", "a cell contains a NUL byte", label="Row")],
                                     file=path.name)
            yield line, row


def _sheet_rows(path: Path, sheet: str | None, prefer: Any) -> Iterator[tuple[int, list[str]]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except FileNotFoundError:
        raise ImportRejected("{file} does not exist.", [], file=path) from None
    except BaseException as exc:  # calamine's errors may quote cells; a Rust panic is a BaseException
        _reraise_interrupts(exc)
        raise ImportRejected("{file} could not be read as a spreadsheet.", [], file=path.name) from None
    if sheet is not None and sheet not in names:
        raise ImportRejected("{file} has no sheet of that name; its sheets are: {sheets}.", [], file=path.name,
                             sheets=", ".join(names))
    if not names:
        raise ImportRejected("{file} has no sheets.", [], file=path.name)
    chosen = sheet
    loaded: dict[str, list[list[str]]] = {}
    if chosen is None:
        for name in names:
            loaded[name] = _load(book, path, name)
            if prefer is None or prefer(loaded[name]):
                chosen = name
                break
        else:
            chosen = names[0]
    rows = loaded.get(chosen) or _load(book, path, chosen)
    yield from enumerate(rows, start=1)


def _load(book: Any, path: Path, name: str) -> list[list[str]]:
    try:
        rows = [[_cell(v) for v in row] for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False)]
    except BaseException as exc:
        _reraise_interrupts(exc)
        raise ImportRejected("{file} could not be read as a spreadsheet.", [], file=path.name) from None
    for index, row in enumerate(rows, start=1):
        if any(len(cell) > MAX_CELL or "\x00" in cell for cell in row):
            raise ImportRejected("{file} has a cell that is too long or holds a control character; nothing was "
                                 "imported.", [ImportProblem(index, "", "a cell is longer than {limit} characters "
                                                             "or holds a NUL byte", label="Row", limit=MAX_CELL)],
                                 file=path.name)
    return rows


def _reraise_interrupts(exc: BaseException) -> None:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, ImportRejected)):
        raise exc


def _cell(value: Any) -> str:
    """A workbook cell as the text a CSV export would hold (dates as ISO 8601, whole floats without '.0')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = str(value.isoformat())
        return text[:10] if text.endswith("T00:00:00") or type(value).__name__ == "date" else text
    return str(value)
