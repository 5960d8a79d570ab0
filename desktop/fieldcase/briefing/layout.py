"""Render a `BriefingData` to PDF bytes with reportlab platypus.

Every page carries the classification marking at the top and the bottom, and "page N of M". The
last flowable reserves the box where `sign.py` puts the visible signature; its position is reported
back in `Rendered.signature_box`. The output is deterministic for the same data (reportlab's
invariant mode; the time shown is the one in the data, from the caller's clock).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)

from ..i18n.briefing_text import current as current_language
from ..i18n.briefing_text import fmt_number, is_right_to_left, tr
from . import fonts, sections, sections_rmr
from .assemble import annex_listed
from .fonts import markup
from .model import BriefingData, month_label
from .rtl_paragraph import draw_mixed
from .styles import (
    MARKING,
    MUTED,
    NAVY,
    PAGE_MARGIN_BOTTOM,
    PAGE_MARGIN_TOP,
    PAGE_MARGIN_X,
    RULE,
    ZEBRA,
    grid_style,
    para,
    rich,
    sans_table,
    styles,
)

SIGNATURE_BOX = (92 * mm, 27 * mm)  # width, height of the visible signature


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    signature_page: int  # 0-based
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points


class _SignatureSpot(Flowable):
    """Reserves the signature's box and records where it landed."""

    def __init__(self, width: float, height: float, found: dict[str, Any]) -> None:
        super().__init__()
        self.width, self.height, self._found = width, height, found

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        self._found["box"] = (x, y, x + self.width, y + self.height)
        self._found["page"] = canvas.getPageNumber() - 1
        canvas.setStrokeColor(RULE)
        canvas.setDash(2, 2)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say 'page N of M'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorator(data: BriefingData) -> Callable[[Canvas, int, int], None]:
    width, height = A4
    marking = data.classification.upper()
    left = f"{tr(data.title)} \u2014 {data.country}, {month_label(data.period)}"
    bottom_left = tr("Generated {time} UTC \u00b7 {redaction} redaction \u00b7 signed (see last page)",
                     time=data.generated_at[:16].replace("T", " "), redaction=tr(data.redaction))
    scope = tr(data.scope)
    rtl = is_right_to_left()  # an Arabic briefing reads from the right: the running lines swap sides
    start, end = (width - PAGE_MARGIN_X, PAGE_MARGIN_X) if rtl else (PAGE_MARGIN_X, width - PAGE_MARGIN_X)
    start_align, end_align = ("right", "left") if rtl else ("left", "right")

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MARKING)
        canvas.setFont(fonts.SANS_BOLD, 9)
        canvas.drawCentredString(width / 2, height - 11 * mm, marking)
        canvas.drawCentredString(width / 2, 8 * mm, marking)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.SANS, 7)
        if number > 1:
            draw_mixed(canvas, start, height - 16.5 * mm, left, 7, align=start_align)
            draw_mixed(canvas, end, height - 16.5 * mm, scope, 7, align=end_align)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(PAGE_MARGIN_X, height - 18 * mm, width - PAGE_MARGIN_X, height - 18 * mm)
        canvas.setStrokeColor(RULE)
        canvas.line(PAGE_MARGIN_X, 15.5 * mm, width - PAGE_MARGIN_X, 15.5 * mm)
        draw_mixed(canvas, start, 12 * mm, bottom_left, 7, align=start_align)
        draw_mixed(canvas, end, 12 * mm, tr("Page {number} of {total}", number=number, total=total), 7,
                   align=end_align)
        canvas.restoreState()

    return decorate


COVER_BAND_TOP = 16 * mm  # from the top edge: below the classification marking
COVER_BAND_BOTTOM = 112 * mm


def _cover_band(canvas: Canvas, doc: BaseDocTemplate) -> None:
    del doc
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - COVER_BAND_BOTTOM, width, COVER_BAND_BOTTOM - COVER_BAND_TOP, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#7FA7C9"))
    canvas.rect(0, height - COVER_BAND_BOTTOM, width, 1.6 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _cover(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    title_block = [
        rich(markup(tr(data.title).upper()), s.cover_kicker),
        Spacer(1, 4 * mm),
        rich(markup(data.country), s.cover_title),
        rich(markup(month_label(data.period)), s.cover_title),
        Spacer(1, 5 * mm),
        rich(markup(tr("Scope: {scope}", scope=tr(data.scope)) + "  \u00b7  "
                    + tr("{redaction} redaction", redaction=tr(data.redaction)).capitalize()), s.cover_sub),
    ]
    band = sans_table([[title_block]], colWidths=[width],
                      rowHeights=[COVER_BAND_BOTTOM - PAGE_MARGIN_TOP - 1.6 * mm])
    band.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out: list[Flowable] = [band, Spacer(1, 9 * mm)]
    facts = [
        (tr("Classification"), data.classification),
        (tr("Period covered"), data.date_range),
        (tr("Scope"), tr(data.scope)),
        (tr("Prepared by"), data.author),
        (tr("Generated"), data.generated_at[:19].replace("T", " ") + " UTC"),
        (tr("Source protection"), tr("{redaction} redaction (see section {number})",
                                     redaction=tr(data.redaction), number=sections.NUMBERS["method"]).capitalize()),
        (tr("Records included"), _records_included(data)),
        (tr("Signature"), tr("PAdES digital signature by the author; signature block on the last page")),
    ]
    rows = [[para(k, s.small), para(v, s.body)] for k, v in facts]
    table = sans_table(rows, colWidths=[42 * mm, width - 42 * mm])
    style = grid_style(header_rows=0, zebra=False)
    style.add("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY)
    style.add("TEXTCOLOR", (0, 0), (0, -1), MUTED)
    table.setStyle(style)
    out.append(table)
    out.append(Spacer(1, 6 * mm))
    out.append(rich(markup(tr("Frameworks applied")), s.h2))
    fw_rows = [[para(_short_title(f.title), s.tiny_ink),
                para(tr("{version} (release {release})", version=f.version, release=f.release), s.tiny)]
               for f in data.frameworks]
    fw_table = sans_table(fw_rows, colWidths=[width * 0.45, width * 0.55])
    fw_style = grid_style(header_rows=0, zebra=False)
    fw_style.add("TOPPADDING", (0, 0), (-1, -1), 1.5)
    fw_style.add("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)
    fw_table.setStyle(fw_style)
    out += [fw_table, Spacer(1, 6 * mm)]
    handling = sans_table([[rich(
        f"<b>{markup(tr('Handling.'))}</b> {markup(data.classification)}. " + markup(tr(
            "This briefing concerns people who may be at risk. Do not forward, copy or quote outside the intended "
            "recipients. People appear under pseudonyms unless they consented to be named; unverified information "
            "is marked as reports.")), s.small)]],
        colWidths=[width])
    handling.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                                  ("LINEBEFORE", (0, 0), (0, -1), 2.5, MARKING),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    out.append(handling)
    return out


def _records_included(data: BriefingData) -> str:
    listed = len(annex_listed(data.annex, data.annex_limit))
    if listed == len(data.annex):
        return tr("{count} (listed by id in the annex)", count=fmt_number(len(data.annex)))
    return tr("{count} (the {listed} most serious listed by id in the annex)", count=fmt_number(len(data.annex)),
              listed=fmt_number(listed))


def _short_title(title: str) -> str:
    for cut in (" - ", ": ", " ("):
        title = title.split(cut)[0]
    return title


def _signature_section(data: BriefingData, width: float, found: dict[str, Any]) -> Flowable:
    s = styles()
    text = rich(markup(tr(
        "This briefing is signed by {author} with a PAdES digital signature that covers the whole document, annex "
        "included. Any change to the file after signing breaks the signature. Check it with fieldcase verify or a "
        "PDF reader that validates signatures; the certificate fingerprint is shown in the signature block below.",
        author=data.author)), s.small)
    spot = _SignatureSpot(*SIGNATURE_BOX, found)
    return KeepTogether([rich(markup(tr("Signature")), s.h2), text, Spacer(1, 3 * mm), spot])


def story(data: BriefingData, width: float, found: dict[str, Any]) -> list[Flowable]:
    out: list[Flowable] = [*_cover(data, width), NextPageTemplate("body"), PageBreak()]
    n = sections.NUMBERS
    out += sections.executive_summary(data, width)
    out += sections_rmr.countries(n["countries"], data, width)  # a regional review (HQ): in place of section 2
    if data.narrative is not None:
        out += sections_rmr.narrative(n["narrative"], data, width)
    out += sections.risk_matrix(data, width)
    if data.previous_label:
        out += sections_rmr.early_warning(n["early_warning"], data, width)
        out += sections_rmr.reprisals(n["reprisals"], data, width)
        out += sections_rmr.atrocity(n["atrocity"], data, width)
    out += sections.trend(data, width)
    out += sections.regions(data, width)
    out += sections.key_incidents(data, width)
    out += sections.voices(data, width)
    out += sections.indicators(data, width)
    if data.previous_label:
        out += sections_rmr.recommendations(n["recommendations"], data, width)
    out += sections.actions(data, width)
    out += sections.method(data, width)
    out += sections.annex(data, width)
    out += [Spacer(1, 6 * mm), _signature_section(data, width, found)]
    return out


def render(data: BriefingData, *, cancelled: Callable[[], bool] | None = None) -> Rendered:
    """The unsigned PDF and where its signature goes."""
    fonts.register()
    width, height = A4
    frame_w = width - 2 * PAGE_MARGIN_X
    frame_h = height - PAGE_MARGIN_TOP - PAGE_MARGIN_BOTTOM
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=PAGE_MARGIN_X, rightMargin=PAGE_MARGIN_X, topMargin=PAGE_MARGIN_TOP,
        bottomMargin=PAGE_MARGIN_BOTTOM, title=f"{data.title}: {data.country}, {month_label(data.period)}",
        author=data.author, subject=f"{data.classification}", creator=data.software, invariant=1,
        pageCompression=1, lang=current_language(), initialFontName=fonts.SANS, initialFontSize=9)
    body = Frame(PAGE_MARGIN_X, PAGE_MARGIN_BOTTOM, frame_w, frame_h, id="body", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    cover = Frame(PAGE_MARGIN_X, PAGE_MARGIN_BOTTOM, frame_w, frame_h, id="cover",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=_cover_band),
                          PageTemplate("body", [body])])
    found: dict[str, Any] = {}
    flowables = story(data, frame_w, found)
    if cancelled is not None and cancelled():
        from ..errors import Cancelled

        raise Cancelled()
    doc.build(flowables, canvasmaker=_numbered_canvas(_decorator(data)))
    pdf = buffer.getvalue()
    return Rendered(pdf, doc.page, int(found["page"]), tuple(found["box"]))


__all__ = ["Rendered", "render"]
