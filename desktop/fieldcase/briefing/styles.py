"""Colours, paragraph styles and table styles of the briefing (one look, defined once)."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..i18n.briefing_text import is_right_to_left
from . import fonts
from .fonts import markup
from .rtl_paragraph import MirroredTable, RtlParagraph, plain_from_markup

NAVY = colors.HexColor("#17324D")
BLUE = colors.HexColor("#2F6690")
SKY = colors.HexColor("#D9E6F2")
INK = colors.HexColor("#1D232A")
MUTED = colors.HexColor("#5B6670")
RULE = colors.HexColor("#C5CED6")
ZEBRA = colors.HexColor("#F3F6F9")
MARKING = colors.HexColor("#A4161A")
GREEN = colors.HexColor("#2E7D32")
AMBER = colors.HexColor("#B26A00")

LEVEL_COLOURS = {
    "low": colors.HexColor("#D8EED9"),
    "medium": colors.HexColor("#FCE8A6"),
    "high": colors.HexColor("#F6B26B"),
    "very_high": colors.HexColor("#C62828"),
    "no_data": colors.HexColor("#E1E4E8"),  # no records in the month: grey, never the low colour
}
LEVEL_TEXT = {"low": INK, "medium": INK, "high": INK, "very_high": colors.white, "no_data": MUTED}
SERIES_COLOURS = (NAVY, colors.HexColor("#2E7D32"), colors.HexColor("#C77C02"), colors.HexColor("#8E3B46"))

PAGE_MARGIN_X = 18 * mm
PAGE_MARGIN_TOP = 24 * mm
PAGE_MARGIN_BOTTOM = 21 * mm


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    tiny_ink: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    meta: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_kicker: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle


@cache
def styles() -> Styles:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9.2, leading=12.6, textColor=INK, spaceAfter=4,
                          bulletFontName=fonts.SANS)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.4, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0)
    return Styles(
        body=base,
        small=small,
        tiny=ParagraphStyle("tiny", parent=small, fontSize=6.8, leading=8.4, textColor=MUTED),
        tiny_ink=ParagraphStyle("tiny_ink", parent=small, fontSize=6.8, leading=8.4),
        cell=cell,
        cell_right=ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_h", parent=cell, fontName=fonts.SANS_BOLD, textColor=colors.white,
                                 fontSize=7.6, leading=9.4),
        cell_head_right=ParagraphStyle("cell_hr", parent=cell, fontName=fonts.SANS_BOLD, textColor=colors.white,
                                       fontSize=7.6, leading=9.4, alignment=TA_RIGHT),
        h1=ParagraphStyle("h1", parent=base, fontName=fonts.SANS_BOLD, fontSize=14, leading=18, textColor=NAVY,
                          spaceBefore=10, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=11, leading=14, textColor=NAVY,
                          spaceBefore=8, spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=9.6, leading=12.4, spaceAfter=1,
                          keepWithNext=1),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=11, bulletIndent=2, spaceAfter=2.5),
        quote=ParagraphStyle("quote", parent=base, fontName=fonts.SANS_ITALIC, leftIndent=0, spaceAfter=2),
        meta=ParagraphStyle("meta", parent=small, textColor=MUTED, spaceAfter=2),
        cover_title=ParagraphStyle("ct", parent=base, fontName=fonts.SANS_BOLD, fontSize=26, leading=31,
                                   textColor=colors.white, spaceAfter=2),
        cover_sub=ParagraphStyle("cs", parent=base, fontSize=12, leading=16, textColor=colors.HexColor("#D9E6F2")),
        cover_kicker=ParagraphStyle("ck", parent=base, fontName=fonts.SANS_BOLD, fontSize=10.5, leading=13,
                                    textColor=colors.HexColor("#9DBEDB")),
        figure_value=ParagraphStyle("fv", parent=base, fontName=fonts.SANS_BOLD, fontSize=18, leading=21,
                                    textColor=NAVY, alignment=TA_CENTER, spaceAfter=0),
        figure_label=ParagraphStyle("fl", parent=small, alignment=TA_CENTER, textColor=MUTED, spaceAfter=0),
    )


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of untrusted plain text (escaped; Arabic shaped)."""
    if is_right_to_left():  # an Arabic briefing: wrapped in reading order (rtl_paragraph.py)
        return RtlParagraph(text, style)
    return Paragraph(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of markup we wrote ourselves (untrusted parts already passed through `markup`)."""
    if is_right_to_left():
        plain, bold = plain_from_markup(_undo_shaping(markup_text))
        return RtlParagraph(plain, style, bold=bold)
    return Paragraph(markup_text, style)


def _undo_shaping(markup_text: str) -> str:
    """`markup` put Arabic runs in visual order inside <font> tags; the RTL paragraph wants reading order."""
    from bidi import get_display

    def restore(match: re.Match[str]) -> str:
        visual = html.unescape(match.group(1)).replace("\u00a0", " ")
        # reversing the visual order restores reading order; NFKC maps the shaped forms to plain letters
        return html.escape(unicodedata.normalize("NFKC", get_display(visual, base_dir="R")))

    return re.sub(f'<font name="{fonts.ARABIC}">(.*?)</font>', restore, markup_text)


def grid_style(*, header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """The house table look: navy header, hairline rules, light zebra stripes."""
    commands: list[tuple] = [
        ("FONTNAME", (0, header_rows), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, header_rows), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
                     ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
                     ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.SANS_BOLD)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)


def sans_table(rows: list, **kwargs: object) -> Table:
    """A reportlab Table whose cells default to the shipped font (reportlab's default is Helvetica,
    which would be referenced, not embedded, even by cells that only hold paragraphs)."""
    t = MirroredTable(rows, **kwargs) if is_right_to_left() else Table(rows, **kwargs)  # Arabic: from the right
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]))
    return t
