"""Small text helpers for widgets. Record text is untrusted: it is cleaned by the one rule set in
`fieldcase.text` (see its table) before it reaches a label or a list; widgets add `Qt.PlainText` on
top, so markup in a record is shown, never rendered. No Qt here.
"""

from __future__ import annotations

from ..text import clean_block, clean_line, has_hidden_characters

# The names the widgets use; one rule set behind them (fieldcase/text.py).
safe_line = clean_line  # one line for lists, titles and labels (default cap 300)
safe_text = clean_block  # multi-line read-only views: line breaks and tabs kept
has_hidden_controls = has_hidden_characters  # the editor warns when a title holds hidden characters


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def short_time(iso: str | None) -> str:
    """`2026-05-01T09:30:12.123456+00:00` -> `2026-05-01 09:30 UTC` (times are stored in UTC)."""
    if not iso:
        return ""
    day, _, rest = iso.partition("T")
    return f"{day} {rest[:5]} UTC" if rest else day
