"""A look at an import before anything is written (`fieldcase import --format hxl|ucdp --dry-run FILE`; the
app's import dialog can show the same): which column fills which field, and the first rows as records, each
checked by the same rules as the import itself. Nothing is opened for writing: no workspace is needed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.provenance import Dataset
from ..errors import ImportRejected
from ..frameworks.builtin import builtin_registry
from .importing import RowChecker

PREVIEW_FORMATS = ("hxl", "ucdp")


@dataclass(frozen=True)
class PreviewRow:
    line: int
    record: dict[str, Any] | None  # the record in the import's JSON form, or None if the row is refused
    problems: tuple[str, ...]  # in the user's words (never the rejected value)
    kept: dict[str, Any]  # what the record keeps as source data (provenance detail)
    external_id: str | None


@dataclass(frozen=True)
class Preview:
    dataset: Dataset | None
    columns: tuple[tuple[str, str], ...]  # (column, what it fills)
    rows: tuple[PreviewRow, ...]


def preview_file(path: Path, fmt: str, *, sheet: str | None = None, mapping: Path | None = None,
                 rows: int = 5) -> Preview:
    if fmt == "auto":
        fmt = context_format(Path(path)) or fmt
    if fmt == "hxl":
        from .hxl import HxlDataset

        source: Any = HxlDataset(Path(path), sheet=sheet, mapping=mapping)
    elif fmt == "ucdp":
        from .ucdp import UcdpExport

        source = UcdpExport(Path(path), sheet=sheet)
    else:
        raise ImportRejected("A preview (--dry-run) is available for HXL-tagged tables and UCDP GED exports "
                             "(--format hxl, --format ucdp).", [])
    checker = RowChecker(builtin_registry().is_known)
    shown: list[PreviewRow] = []
    for line, item, prov in source.rows():
        problems = checker.check(line, item)
        shown.append(PreviewRow(line, None if problems else item, tuple(str(p) for p in problems),
                                dict(prov.detail) if prov is not None else {},
                                prov.external_id if prov is not None else None))
        if len(shown) >= rows:
            break
    return Preview(source.dataset, tuple(source.describe()), tuple(shown))


def context_format(path: Path) -> str | None:
    """"ucdp" or "hxl" if `path` is a UCDP GED export or an HXL-tagged table Fieldcase's own CSV format would not
    read (the app then shows the preview first); None otherwise. Reads only the first rows; never raises."""
    from .hxl import SCAN_ROWS, hashtag_row
    from .importing import CSV_COLUMNS, _csv_column
    from .tables import is_workbook, table_rows

    if path.suffix.lower() not in (".csv", ".xlsx", ".xlsm", ".xls", ".ods"):
        return None
    try:
        if is_workbook(path):
            first = _first_rows_of_fitting_sheet(path)
        else:
            first = []
            for _line, row in table_rows(path):
                first.append(row)
                if len(first) >= SCAN_ROWS:
                    break
    except ImportRejected:
        return None
    if first and {"type_of_violence", "where_prec", "date_prec"} <= {c.strip().lower() for c in first[0]}:
        return "ucdp"
    at = hashtag_row(first)
    if at is None:
        return None
    header = first[at - 1] if at > 0 else []
    if is_workbook(path) or any(h.strip() and _csv_column(h) not in CSV_COLUMNS for h in header):
        return "hxl"
    return None  # Fieldcase's own columns with tags added: its own format reads them


def _first_rows_of_fitting_sheet(path: Path) -> list[list[str]]:
    from .hxl import SCAN_ROWS, hashtag_row
    from .tables import table_rows

    def fits(rows: list[list[str]]) -> bool:
        return bool(rows) and ("where_prec" in [c.strip().lower() for c in rows[0]] or hashtag_row(rows) is not None)

    first: list[list[str]] = []
    for _line, row in table_rows(path, prefer=fits):
        first.append(row)
        if len(first) >= SCAN_ROWS:
            break
    return first
