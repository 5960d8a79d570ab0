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
    if fmt == "hxl":
        from .hxl import HxlDataset

        source: Any = HxlDataset(Path(path), sheet=sheet, mapping=mapping)
    elif fmt == "ucdp":
        from .ucdp import UcdpExport

        source = UcdpExport(Path(path), sheet=sheet)
    else:
        raise ImportRejected("A preview (--dry-run) is available for --format hxl and --format ucdp.", [])
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
