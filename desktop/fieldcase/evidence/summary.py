"""The signed PDF summary of a case in an evidence package: what the case says now, its revision history,
its attachments with their SHA-256, the audit excerpt's head, and what the package withholds.

Everything it prints arrives already redacted in `SummaryData` (the service applies the level); this
module lays it out with the briefing's fonts, styles, page frame and signature spot, and returns the
unsigned PDF and where the signature goes (briefing/sign.py signs it, PAdES, as for briefings).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from ..briefing import fonts
from ..briefing.fonts import markup
from ..briefing.layout import SIGNATURE_BOX, Rendered, _numbered_canvas, _SignatureSpot
from ..briefing.styles import (
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


@dataclass(frozen=True)
class SummaryData:
    case_id: str
    title: str
    facts: tuple[tuple[str, str], ...]  # label, value (redacted)
    narrative: str
    people: tuple[tuple[str, str], ...]  # role, how the person is shown
    acts: tuple[tuple[str, str, str], ...]  # victim, act type, perpetrators
    sources: tuple[tuple[str, str], ...]  # description, grading
    revisions: tuple[tuple[int, str, str, str], ...]  # rev, stored at, by, content hash
    attachments: tuple[tuple[str, str, str, str, str], ...]  # name, type, size, sha256, in package / withheld
    audit: tuple[tuple[str, str], ...]  # label, value
    withheld: tuple[str, ...]
    redaction: str
    classification: str
    author: str
    generated_at: str  # ISO, UTC
    package_id: str
    software: str


def _decorator(data: SummaryData) -> Any:
    width, height = A4
    marking = data.classification.upper()
    bottom = fonts.visual(f"Evidence package {data.package_id[:8]} \u00b7 case {data.case_id[:8]} \u00b7 "
                          f"{data.redaction} redaction \u00b7 signed (see last page)")

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MARKING)
        canvas.setFont(fonts.SANS_BOLD, 9)
        canvas.drawCentredString(width / 2, height - 11 * mm, marking)
        canvas.drawCentredString(width / 2, 8 * mm, marking)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN_X, 15.5 * mm, width - PAGE_MARGIN_X, 15.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.SANS, 7)
        canvas.drawString(PAGE_MARGIN_X, 12 * mm, bottom)
        canvas.drawRightString(width - PAGE_MARGIN_X, 12 * mm, f"Page {number} of {total}")
        canvas.restoreState()

    return decorate


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Flowable:
    s = styles()
    body = [[para(h, s.cell_head) for h in header]]
    body += [[c if isinstance(c, Flowable) else para(str(c), s.cell) for c in row] for row in rows]
    table = sans_table(body, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style())
    return table


def _facts(rows: tuple[tuple[str, str], ...], width: float) -> Flowable:
    s = styles()
    table = sans_table([[para(k, s.small), para(v, s.body)] for k, v in rows], colWidths=[44 * mm, width - 44 * mm])
    style = grid_style(header_rows=0, zebra=False)
    style.add("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY)
    style.add("TEXTCOLOR", (0, 0), (0, -1), MUTED)
    table.setStyle(style)
    return table


def _hash(value: str) -> Flowable:
    return para(value, styles().tiny_ink)


def story(data: SummaryData, width: float, found: dict[str, Any]) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        rich("EVIDENCE PACKAGE \u2014 CASE SUMMARY", s.cover_kicker),
        rich(markup(data.title), s.h1),
        _facts(data.facts, width),
        Spacer(1, 4 * mm),
    ]
    handling = sans_table([[rich(
        f"<b>Handling.</b> {markup(data.classification)}. This package concerns people who may be at risk. "
        f"Source protection: <b>{markup(data.redaction)}</b> redaction (what is withheld is listed below and in "
        "bag-info.txt).", s.small)]], colWidths=[width])
    handling.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                                  ("LINEBEFORE", (0, 0), (0, -1), 2.5, MARKING),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out += [handling, rich("Narrative (current revision)", s.h2)]
    out += [para(p, s.body) for p in (data.narrative or "(no narrative recorded)").split("\n") if p.strip()]
    if data.people:
        out += [rich("People", s.h2), _table(["Role", "Person"], [list(p) for p in data.people],
                                             [40 * mm, width - 40 * mm])]
    if data.acts:
        out += [rich("Acts", s.h2), _table(["Victim", "Act", "Perpetrators"], [list(a) for a in data.acts],
                                           [40 * mm, 70 * mm, width - 110 * mm])]
    if data.sources:
        out += [rich("Sources", s.h2), _table(["Source", "Grading"], [list(x) for x in data.sources],
                                              [width - 40 * mm, 40 * mm])]
    out += [rich("Revisions", s.h2), para(
        "Every revision is in the package as RFC 8785 JSON (data/case/revisions/). The content hash is the one the "
        "workspace's audit log committed to when the revision was stored.", s.small),
        _table(["Rev.", "Stored (UTC)", "By", "Content hash (SHA-256)"],
               [[str(r), at.replace("T", " ")[:19], by, _hash(h)] for r, at, by, h in data.revisions],
               [11 * mm, 31 * mm, 32 * mm, width - 74 * mm])]
    out.append(rich("Attachments", s.h2))
    if data.attachments:
        out.append(_table(["File", "Type", "Size", "SHA-256 at intake", "In package"],
                          [[n, t, z, _hash(h[:32] + "\n" + h[32:]), i] for n, t, z, h, i in data.attachments],
                          [42 * mm, 26 * mm, 18 * mm, width - 106 * mm, 20 * mm]))
    else:
        out.append(para("No attachments.", s.body))
    out += [rich("Audit trail", s.h2), _facts(data.audit, width)]
    out += [rich("What this package withholds", s.h2)]
    out += [Paragraph(markup(line), s.bullet, bulletText="\u2022") for line in data.withheld]
    spot = _SignatureSpot(*SIGNATURE_BOX, found)
    out += [Spacer(1, 4 * mm), KeepTogether([
        rich("Signature", s.h2),
        rich(f"Signed by <b>{markup(data.author)}</b> (PAdES, covering the whole document). The package's tag "
             "manifest carries the same officer's detached CMS signature (tagmanifest-sha256.txt.p7s).", s.small),
        Spacer(1, 3 * mm), spot])]
    return out


def render(data: SummaryData) -> Rendered:
    fonts.register()
    width, height = A4
    frame_w = width - 2 * PAGE_MARGIN_X
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=PAGE_MARGIN_X, rightMargin=PAGE_MARGIN_X, topMargin=PAGE_MARGIN_TOP,
        bottomMargin=PAGE_MARGIN_BOTTOM, title=f"Evidence package: case {data.case_id[:8]}", author=data.author,
        subject=data.classification, creator=data.software, invariant=1, pageCompression=1, lang="en",
        initialFontName=fonts.SANS, initialFontSize=9)
    frame = Frame(PAGE_MARGIN_X, PAGE_MARGIN_BOTTOM, frame_w, height - PAGE_MARGIN_TOP - PAGE_MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("body", [frame])])
    found: dict[str, Any] = {}
    doc.build(story(data, frame_w, found), canvasmaker=_numbered_canvas(_decorator(data)))
    return Rendered(buffer.getvalue(), doc.page, int(found["page"]), tuple(found["box"]))
