"""A right-to-left paragraph for the Arabic briefing: wrapped in reading order, then drawn line by line.

reportlab's Paragraph wraps a line's characters in the order they are stored. Arabic text must be
wrapped in its logical (reading) order and only then turned into visual order, one line at a time;
otherwise a paragraph's last words land on its first line. This flowable does exactly that: words are
measured shaped (arabic-reshaper, as fonts.py does for single runs), lines are filled from the start
of the text, and each line is reordered with python-bidi (paragraph direction right to left, so Latin
ids, dates and P-codes inside keep their own left-to-right order) and drawn right-aligned, Arabic
glyphs in Noto Sans Arabic and the rest in Noto Sans.
"""

from __future__ import annotations

import html
import re
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import fonts

_ARABIC = re.compile(f"[{fonts._ARABIC_CHARS}]")
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def plain_from_markup(markup_text: str) -> tuple[str, bool]:
    """Our own paragraph markup as plain text, and whether it was bold throughout (<b> at its start)."""
    bold = markup_text.lstrip().startswith("<b>")
    text = _BREAK.sub("\n", markup_text)
    text = _TAG.sub("", text)
    return html.unescape(text).replace("\u00a0", " "), bold


def _shaped(text: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.reshape(text) if _ARABIC.search(text) else text


def _runs(visual_line: str, latin: str, arabic: str) -> list[tuple[str, str]]:
    """A visual line cut into runs of one font each."""
    runs: list[tuple[str, str]] = []
    for ch in visual_line:
        font = arabic if _ARABIC.match(ch) else latin
        if ch == " " and runs:
            font = runs[-1][1]  # a space belongs to the run it is in
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + ch, font)
        else:
            runs.append((ch, font))
    return runs


class RtlParagraph(Flowable):
    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> None:
        super().__init__()
        self.text, self.style = text, style
        heavy = bold or "Bold" in style.fontName
        self.latin = fonts.SANS_BOLD if heavy else fonts.SANS
        self.arabic = fonts.ARABIC_BOLD if heavy else fonts.ARABIC
        self.lines: list[str] = []
        self.width = 0.0

    def _measure(self, text: str) -> float:
        size = self.style.fontSize
        return sum(stringWidth(run, font, size) for run, font in _runs(_shaped(text), self.latin, self.arabic))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        usable = max(avail_width - self.style.leftIndent - self.style.rightIndent, 10.0)
        space = self._measure(" ")
        lines: list[str] = []
        for paragraph in self.text.split("\n"):
            line, used = "", 0.0
            for word in paragraph.split():
                width = self._measure(word)
                if line and used + space + width > usable:
                    lines.append(line)
                    line, used = word, width
                else:
                    line, used = (f"{line} {word}", used + space + width) if line else (word, width)
            lines.append(line)
        self.lines = lines
        return avail_width, len(lines) * self.style.leading

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        from bidi import get_display

        canvas: Any = self.canv
        size, leading = self.style.fontSize, self.style.leading
        canvas.setFillColor(self.style.textColor)
        y = len(self.lines) * leading - size  # the first baseline, from the flowable's bottom
        for line in self.lines:
            visual = get_display(_shaped(line), base_dir="R")
            runs = _runs(visual, self.latin, self.arabic)
            total = sum(stringWidth(run, font, size) for run, font in runs)
            if self.style.alignment == TA_CENTER:
                x = (self.width - total) / 2
            elif self.style.alignment == TA_LEFT and not _ARABIC.search(line):
                x = self.style.leftIndent  # a Latin-only cell (a number, an id) keeps the column's alignment
            else:
                x = self.width - self.style.rightIndent - total  # Arabic reads from the right edge
            for run, font in runs:
                canvas.setFont(font, size)
                canvas.drawString(x, y, run)
                x += stringWidth(run, font, size)
            y -= leading
