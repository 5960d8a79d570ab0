"""A right-to-left paragraph for the Arabic briefing: wrapped in reading order, then drawn line by line.

reportlab's Paragraph wraps a line's characters in the order they are stored. Arabic text must be
wrapped in its logical (reading) order and only then turned into visual order, one line at a time;
otherwise a paragraph's last words land on its first line. This flowable does exactly that: words are
measured shaped (arabic-reshaper, as fonts.py does for single runs), lines are filled from the start
of the text, and each line is put in visual order by `visual_line` (paragraph direction right to left;
Latin words, ids, dates and P-codes keep their own left-to-right order) and drawn right-aligned, Arabic
glyphs in Noto Sans Arabic and the rest in Noto Sans.

Why not python-bidi for whole lines: the version pinned here reverses the parts of an ISO date that
ends a line ("2026-10-31" came out "31-10-2026") and does not mirror brackets; it is still used by
fonts.py for runs of Arabic letters only, where it is right.
"""

from __future__ import annotations

import html
import re
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

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


_LATIN = "A-Za-z0-9\u00c0-\u024f"
# A left-to-right run: starts with a Latin letter or digit, ends with one (or a % or a closing bracket), and
# may hold spaces and the punctuation of ids, dates, times, paths and names in between.
_LTR_RUN = re.compile(
    f"[+\u2212-]?[0-9][0-9.,:/+%-]*[0-9%]|[+\u2212-]?[0-9]"  # a (signed) number, date, time or percentage
    f"|[A-Za-z\u00c0-\u024f](?:[{_LATIN} \\-./:,_'’+%#&@()*]*[{_LATIN}%)])?")  # words, ids, P-codes
_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_MIRROR = str.maketrans("()[]{}«»<>", ")(][}{»«><")


def _last_alnum(line: str, start: int, end: int) -> int:
    i = end - 1
    while i > start and not line[i].isalnum():
        i -= 1
    return i


def _ltr_runs(line: str) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for m in _LTR_RUN.finditer(line):
        start, end = m.start(), m.end()
        if (runs and not _ARABIC.search(line, runs[-1][1], start) and _LETTER.match(line, start)
                and _LETTER.match(line, _last_alnum(line, *runs[-1]))):
            start = runs.pop()[0]  # only neutrals between two Latin words: they read as one (UBA rule N1)
        runs.append((start, end))
    out = []
    for start, end in runs:
        while end > start and line[end - 1] == ")" and line.count("(", start, end) < line.count(")", start, end):
            end -= 1  # a closing bracket of the Arabic text around it, not of the Latin run
        out.append((start, end))
    return out


def visual_line(logical: str) -> str:
    """One line in visual (left-to-right drawing) order for a right-to-left paragraph, already shaped.

    The line is cut into left-to-right runs (Latin, digits) and right-to-left stretches (Arabic and the
    neutral characters between); the pieces are laid out from the right, each right-to-left stretch
    reversed with its brackets mirrored, each left-to-right run kept as it reads.
    """
    shaped = _shaped(logical)
    pieces: list[str] = []
    last = 0
    for start, end in _ltr_runs(shaped):
        if start > last:
            pieces.append(shaped[last:start][::-1].translate(_MIRROR))
        pieces.append(shaped[start:end])
        last = end
    if last < len(shaped):
        pieces.append(shaped[last:][::-1].translate(_MIRROR))
    return "".join(reversed(pieces))


def _reads_right_to_left(text: str) -> bool:
    """A paragraph with any Arabic in it is an Arabic sentence here (our catalogue's, with Latin data in it,
    such as a risk area's English name at its start); one without is a record's own Latin text."""
    return _ARABIC.search(text) is not None


def draw_mixed(canvas: Any, x: float, y: float, text: str, size: float, *, align: str = "left",
               bold: bool = False) -> None:
    """Draw one line that may hold Arabic: visual order, each run in a font that has its glyphs."""
    latin, arabic = (fonts.SANS_BOLD, fonts.ARABIC_BOLD) if bold else (fonts.SANS, fonts.ARABIC)
    runs = _runs(visual_line(text) if _ARABIC.search(text) else text, latin, arabic)
    total = sum(stringWidth(run, font, size) for run, font in runs)
    x = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for run, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


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
        self.lines: list[tuple[str, bool]] = []  # (line, whether its paragraph reads right to left)
        self.width = 0.0

    def _measure(self, text: str) -> float:
        size = self.style.fontSize
        return sum(stringWidth(run, font, size) for run, font in _runs(_shaped(text), self.latin, self.arabic))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        usable = max(avail_width - self.style.leftIndent - self.style.rightIndent, 10.0)
        space = self._measure(" ")
        lines: list[tuple[str, bool]] = []
        for paragraph in self.text.split("\n"):
            rtl = _reads_right_to_left(paragraph)  # each paragraph its own direction
            line, used = "", 0.0
            for word in paragraph.split():
                width = self._measure(word)
                if line and used + space + width > usable:
                    lines.append((line, rtl))
                    line, used = word, width
                else:
                    line, used = (f"{line} {word}", used + space + width) if line else (word, width)
            lines.append((line, rtl))
        self.lines = lines
        return avail_width, len(lines) * self.style.leading

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas: Any = self.canv
        size, leading = self.style.fontSize, self.style.leading
        canvas.setFillColor(self.style.textColor)
        y = len(self.lines) * leading - size  # the first baseline, from the flowable's bottom
        for line, rtl in self.lines:
            # a Latin paragraph (a record's own English text) is not reordered: only its Arabic runs are
            visual = visual_line(line) if rtl else fonts.visual(line).replace("\u00a0", " ")
            runs = _runs(visual, self.latin, self.arabic)
            total = sum(stringWidth(run, font, size) for run, font in runs)
            if self.style.alignment == TA_CENTER:
                x = (self.width - total) / 2
            else:
                x = self.width - self.style.rightIndent - total  # Arabic reads from the right edge
            for run, font in runs:
                canvas.setFont(font, size)
                canvas.drawString(x, y, run)
                x += stringWidth(run, font, size)
            y -= leading


_SWAPPED_COMMANDS = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE", "LEFTPADDING": "RIGHTPADDING",
                     "RIGHTPADDING": "LEFTPADDING"}
_SWAPPED_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


class MirroredTable(Table):
    """A table laid out from the right for an Arabic briefing: its first column on the right.

    Rows and column widths are reversed when built, and every style command given later (by the section
    code, which thinks in reading order) has its columns mapped to the mirrored ones, with left and
    right swapped (before/after lines, paddings, alignment)."""

    def __init__(self, rows: list[list[Any]], *args: Any, **kwargs: Any) -> None:
        self._columns = max((len(r) for r in rows), default=0)
        widths = kwargs.get("colWidths")
        if widths is not None:
            kwargs["colWidths"] = list(reversed(list(widths)))
        style = kwargs.pop("style", None)
        super().__init__([list(reversed(r)) for r in rows], *args, **kwargs)
        super().setStyle([("ALIGN", (0, 0), (-1, -1), "RIGHT")])  # plain cells from the leading (right) edge
        if style is not None:
            self.setStyle(style)

    def _mirror(self, column: int) -> int:
        actual = column if column >= 0 else self._columns + column
        return self._columns - 1 - actual

    def setStyle(self, tblstyle: Any) -> None:
        commands = tblstyle.getCommands() if hasattr(tblstyle, "getCommands") else list(tblstyle)
        mirrored = []
        for command in commands:
            name, (c0, r0), (c1, r1), *rest = command
            a, b = self._mirror(c0), self._mirror(c1)
            name = _SWAPPED_COMMANDS.get(name, name)
            if name == "ALIGN" and rest:
                rest = [_SWAPPED_ALIGN.get(str(rest[0]).upper(), rest[0]), *rest[1:]]
            mirrored.append((name, (min(a, b), r0), (max(a, b), r1), *rest))
        super().setStyle(mirrored)
