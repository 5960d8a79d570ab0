"""Record text is untrusted: what it may contain is stripped before it reaches a label or a list.

Removed: C0/C1 control characters (tabs and newlines are folded to spaces in one-line text),
bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: they can make text
display in another order than it is stored, e.g. "gnp.stelfael" for "leaflets.png"), the byte-order
mark, zero-width space and the line/paragraph separators. Joiners (U+200C/U+200D) and the LRM/RLM
marks stay: Arabic, Persian and Indic text needs them. Widgets add `Qt.PlainText` on top, so markup
in a record is shown, never rendered. No Qt here.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]")
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029\x0b\x0c\x85]+")
_HIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\ufeff]")


def safe_line(text: str | None, limit: int = 300) -> str:
    """One line for lists, titles and labels: no control characters, whitespace runs folded."""
    if not text:
        return ""
    cleaned = _UNSAFE.sub("", _LINE_BREAKS.sub(" ", text))
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def safe_text(text: str | None) -> str:
    """Multi-line text for read-only views: line breaks and tabs kept, other controls removed."""
    if not text:
        return ""
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n"))


def has_hidden_controls(text: str | None) -> bool:
    """Whether text holds invisible direction or zero-width characters (the editor warns about them)."""
    return bool(text) and bool(_HIDDEN.search(text or ""))


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
