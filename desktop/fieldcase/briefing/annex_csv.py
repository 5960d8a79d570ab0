"""The complete annex as CSV: every record of the period and scope with the annex's columns, for a month the
PDF lists only in part (assemble.ANNEX_LIMIT). Written beside the PDF by `--annex-csv` or the Export
dialog's option; the PDF states the file's SHA-256, so the signature covers the list too.

Cells are the annex's own (redacted as the briefing is: no names, no narratives), in the briefing's language.
A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is written
with a leading apostrophe, as OWASP's CSV-injection advice says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..i18n.briefing_text import tr
from .assemble import ANNEX_KIND_WORDS
from .model import AnnexRow

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def annex_csv(rows: Sequence[AnnexRow], columns: Sequence[str]) -> bytes:
    """UTF-8 (with a byte-order mark, so spreadsheets read Arabic right) CSV of every row, numbered as the annex
    numbers them (by date then id); `columns` are the annex's column headings (untranslated)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([tr(c) for c in columns])
    for i, r in enumerate(rows, start=1):
        writer.writerow([str(i), r.record_id, r.date_text, _cell(tr(ANNEX_KIND_WORDS.get(r.kind, r.kind))),
                         _cell(r.where), _cell(r.verification), str(r.severity or ""), " ".join(r.sections)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
