"""The briefing's sections as lists of platypus flowables (one function per section)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ..i18n.briefing_text import N_, fmt_number, is_right_to_left, tr
from . import charts, fonts
from .assemble import ANNEX_KIND_WORDS, annex_listed
from .fonts import markup
from .model import NO_DATA, BriefingData, IncidentEntry, RegionRow, RiskRow, VoiceEntry
from .paged_table import PagedTable
from .styles import (
    AMBER,
    GREEN,
    LEVEL_COLOURS,
    LEVEL_TEXT,
    MARKING,
    MUTED,
    NAVY,
    RULE,
    SKY,
    ZEBRA,
    grid_style,
    para,
    rich,
    sans_table,
    styles,
)

# Section numbers, in the order layout.story draws them (the RMR sections of sections_rmr.py included).
NUMBERS = {"summary": "1", "narrative": "2", "matrix": "3", "early_warning": "4", "reprisals": "5", "atrocity": "6",
           "trend": "7", "regions": "8", "countries": "2", "incidents": "9", "voices": "10", "indicators": "11",
           "recommendations": "12", "actions": "13", "method": "14"}
LEVEL_LABELS = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High"), "very_high": N_("Very high"),
                NO_DATA: N_("No data")}  # translated where shown: tr(LEVEL_LABELS[level])
CHANGE_MARKS = {"up": N_("up"), "down": N_("down"), "same": "=", "": "\u2014"}  # translated where shown
TREND_LABELS = {"improving": N_("Improving"), "stable": N_("Stable"), "deteriorating": N_("Deteriorating")}
DASH = "\u2014"
VERIFIED = "vs.verified"


def heading(number: str, title: str, need: float = 45 * mm) -> list[Flowable]:
    """A section title that never ends a page: at least `need` of room must follow it."""
    s = styles()
    return [CondPageBreak(need), rich(f"{number}&nbsp;&nbsp;{markup(title)}", s.h1)]


def _bullets(items: tuple[str, ...] | list[str]) -> list[Flowable]:
    s = styles()
    if is_right_to_left():  # the bullet on the right, the lines wrapped in reading order
        return [para(f"\u2022 {item}", s.bullet) for item in items]
    return [Paragraph(markup(item), s.bullet, bulletText="\u2022") for item in items]


# -- 1. executive summary -------------------------------------------------------------------------

def executive_summary(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["summary"], tr("Executive summary"))
    cells = [[rich(fmt_number(f.value), s.figure_value) for f in data.headline],
             [para(f.label, s.figure_label) for f in data.headline]]
    n = max(1, len(data.headline))
    figures = sans_table(cells, colWidths=[width / n] * n)
    figures.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    out += [figures, Spacer(1, 3)]
    notes = [data.records_note]
    if data.verification_counts:
        split = ", ".join(f"{tr(label)} {count}" for label, count in data.verification_counts)
        notes.append(tr("Incidents by verification status: {split}.", split=split))
    out += [para(" ".join(notes), s.meta)] if notes else []
    out += [rich(markup(tr("What changed since last month")), s.h2),
            *_bullets(data.changes or (tr("No change to report."),))]
    out += [rich(markup(tr("Top risks")), s.h2),
            *_bullets(data.top_risks or (tr("No risk area reached a high level."),))]
    if data.previous_label:
        from .sections_rmr import risk_moves

        out += risk_moves(data)
    return out


# -- 2. risk matrix -------------------------------------------------------------------------------

def risk_matrix(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["matrix"], tr("Risk matrix"))
    out.append(para(data.risk_method, s.meta))
    head = [tr("Risk area"), tr("Last month"), tr("Level"), tr("Trend"), tr("Signal"), tr("Records"), tr("Verified"),
            tr("Change")]
    rows: list[list[object]] = [[para(h, s.cell_head if i < 4 else s.cell_head_right) for i, h in enumerate(head)]]
    commands: list[tuple] = []
    for i, r in enumerate(data.risk_matrix, start=1):
        cells = _risk_cells(r)
        rows.append([cells[0], _plain(tr(LEVEL_LABELS.get(r.previous, DASH))), *cells[1:],
                     _plain(tr(CHANGE_MARKS.get(r.change, DASH)))])
        commands += [("BACKGROUND", (2, i), (2, i), LEVEL_COLOURS.get(r.level, colors.white)),
                     ("TEXTCOLOR", (2, i), (2, i), LEVEL_TEXT.get(r.level, colors.black))]
        if r.change in ("up", "down"):
            commands += [("FONTNAME", (-1, i), (-1, i), fonts.SANS_BOLD),
                         ("TEXTCOLOR", (-1, i), (-1, i), MARKING if r.change == "up" else GREEN)]
        if r.previous:
            commands += [("BACKGROUND", (1, i), (1, i), LEVEL_COLOURS.get(r.previous, colors.white)),
                         ("TEXTCOLOR", (1, i), (1, i), LEVEL_TEXT.get(r.previous, colors.black))]
    widths = [width - 121 * mm, 19 * mm, 19 * mm, 27 * mm, 12 * mm, 14 * mm, 14 * mm, 16 * mm]  # "Variación"
    table = sans_table(rows, colWidths=widths, repeatRows=1)
    style = grid_style()
    for c in commands:
        style.add(*c)
    style.add("ALIGN", (4, 1), (-1, -1), "RIGHT")
    style.add("ALIGN", (1, 1), (2, -1), "CENTER")
    # values beside the area's first line: an officer's note below the label then reads on uninterrupted
    style.add("VALIGN", (0, 1), (-1, -1), "TOP")
    style.add("FONTNAME", (1, 1), (2, -1), fonts.SANS_BOLD)
    table.setStyle(style)
    out += [table, Spacer(1, 3)]
    swatches = [(LEVEL_COLOURS[k], tr(v)) for k, v in LEVEL_LABELS.items()]
    out.append(charts.legend_swatches(swatches, width))
    out.append(para(tr("Last month: the level of the month before (the officer's where set). Change: up or down a "
                       "level (bold), = unchanged, \u2014 when either month has no data."), s.meta))
    from .sections_rmr import province_levels

    out += province_levels(data, width)
    return out


def _risk_cells(r: RiskRow) -> list[object]:
    s = styles()
    if r.level == NO_DATA:  # no records in the month: no level, trend or signal to show
        return [_risk_label(r), _plain(tr(LEVEL_LABELS[NO_DATA])), DASH, DASH, str(r.incidents), str(r.verified)]
    trend = sans_table([[charts.trend_arrow(r.trend), para(tr(TREND_LABELS.get(r.trend, r.trend)), s.cell)]],
                       colWidths=[13, None], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    signal = f"{r.signal:g}" if r.incidents else DASH  # an officer's level on a month without records
    return [_risk_label(r), _plain(tr(LEVEL_LABELS.get(r.level, r.level))), trend, signal, str(r.incidents),
            str(r.verified)]


def _plain(text: str) -> object:
    """A short table cell: a plain string (the table's font and alignment) unless it needs right-to-left shaping."""
    return para(text, styles().cell) if is_right_to_left() else text


def _risk_label(r: RiskRow) -> Flowable:
    s = styles()
    return para(r.label, s.cell) if not r.note else rich(
        f"{markup(r.label)}<br/><font size='6.8' color='#5B6670'>{markup(r.note)}</font>", s.cell)


# -- 3. trend -------------------------------------------------------------------------------------

def trend(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["trend"], tr("Trend over the last {count} months", count=len(data.trend.months)),
                  need=85 * mm)
    out.append(charts.trend_chart(data.trend, width))
    out.append(para(tr("Records by the month in which the event began. Verified incidents meet the "
                       "'reasonable grounds to believe' standard; other counts are reports."), s.meta))
    return out


# -- 4. regions -----------------------------------------------------------------------------------

def regions(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["regions"], tr("Breakdown by province (admin-1)"))
    scale = max([r.incidents for r in data.regions] or [0])
    head = [tr("Province"), tr("Incidents"), tr("Change"), tr("Verified"), tr("Community"), tr("Killed"),
            tr("Displaced"), tr("Incidents / verified")]
    rows: list[list[object]] = [[para(h, s.cell_head if i in (0, 7) else s.cell_head_right)
                                 for i, h in enumerate(head)]]
    bar_w = 30 * mm
    for r in data.regions:
        rows.append(_region_cells(r, scale, bar_w))
    total = [sum(getattr(r, k) for r in data.regions) for k in
             ("incidents", "previous", "verified", "community", "killed", "displaced")]
    rows.append([_plain(tr("All provinces")), f"{total[0]:,}", _change(total[0], total[1]), f"{total[2]:,}",
                 f"{total[3]:,}", f"{total[4]:,}", f"{total[5]:,}", ""])
    fixed = [16 * mm, 14 * mm, 15 * mm, 19 * mm, 13 * mm, 17 * mm, bar_w + 8]
    table = sans_table(rows, colWidths=[width - sum(fixed), *fixed], repeatRows=1)
    style = grid_style()
    style.add("ALIGN", (1, 1), (-2, -1), "RIGHT")
    style.add("FONTNAME", (0, -1), (-1, -1), fonts.SANS_BOLD)
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)
    style.add("BACKGROUND", (0, -1), (-1, -1), colors.white)
    table.setStyle(style)
    out += [table, Spacer(1, 3),
            para(tr("Bars: light for all incidents in the province, dark for the verified ones. Change: incidents "
                    "compared with the previous month. No map tiles are used; provinces are listed by P-code."),
                 s.meta)]
    return out


def _region_cells(r: RegionRow, scale: int, bar_w: float) -> list[object]:
    s = styles()
    name = para(f"{r.name} ({r.pcode})", s.cell)
    return [name, f"{r.incidents:,}", _change(r.incidents, r.previous), f"{r.verified:,}", f"{r.community:,}",
            f"{r.killed:,}", f"{r.displaced:,}", charts.region_bar(r.verified, r.incidents, scale, bar_w)]


def _change(now: int, before: int) -> str:
    diff = now - before
    return "±0" if diff == 0 else f"{diff:+,}"


# -- 5. key incidents -----------------------------------------------------------------------------

def key_incidents(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["incidents"], tr("Key incidents"))
    if not data.key_incidents:
        return [*out, para(tr("No incidents were recorded for this period and scope."), s.body)]
    out.append(para(tr("The most serious incidents of the period, most severe first. Unverified accounts are "
                       "marked and worded as reports."), s.meta))
    for i, entry in enumerate(data.key_incidents, start=1):
        out.append(KeepTogether(_incident(i, entry, width)))
    return out


def _status_pill(label: str, verified: bool) -> Table:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = styles()
    text_w = stringWidth(fonts.visual(label), fonts.SANS_BOLD, s.cell.fontSize)
    pill = sans_table([[rich(f"<font color='white'><b>{markup(label)}</b></font>", s.cell)]],
                      colWidths=[text_w + 12], hAlign="RIGHT")
    pill.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN if verified else AMBER),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                              ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    return pill


def _incident(number: int, e: IncidentEntry, width: float) -> list[Flowable]:
    s = styles()
    verified = e.verification == VERIFIED
    title = rich(f"<font color='#5B6670'>{markup(tr('Incident {number}', number=number))}</font>&nbsp;&nbsp;"
                 f"{markup(e.title)}", s.h3)
    short = tr("Verified") if verified else tr(e.verification_label)
    top = sans_table([[title, _status_pill(short, verified)]], colWidths=[width - 40 * mm, 40 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    meta = [e.date_text, e.where]
    if e.severity:
        meta.append(tr("severity {severity}/5", severity=e.severity))
    if e.casualties:
        meta.append(e.casualties)
    meta.append(f"id {e.record_id[:8]}")
    parts: list[Flowable] = [top, para(" \u00b7 ".join(meta), s.meta)]
    lead = "" if verified else f"<i>{markup(tr('Reports indicate:'))}</i>" + ("<br/>" if is_right_to_left() else " ")
    parts.append(rich(lead + markup(e.narrative), s.body))
    details = []
    if e.people:
        people = "; ".join(f"{p.role} {p.shown_as}" for p in e.people)
        details.append(f"<b>{markup(tr('People:'))}</b> " + markup(people))
    if e.sources:
        details.append(f"<b>{markup(tr('Sources ({count}):', count=len(e.sources)))}</b> "
                       + markup("; ".join(f"{src.kind} ({src.grade})" for src in e.sources)))
    if e.areas:
        details.append(f"<b>{markup(tr('Risk areas:'))}</b> " + markup(", ".join(e.areas)))
    if details:
        parts.append(rich("<br/>".join(details), s.small))
    parts.append(_rule(width))
    return parts


def _rule(width: float) -> Flowable:
    return HRFlowable(width=width, thickness=0.4, color=RULE, spaceBefore=2, spaceAfter=5)


# -- 6. community voices --------------------------------------------------------------------------

def voices(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["voices"], tr("Community voices"))
    if not data.voices:
        return [*out, para(tr("No community information was recorded for this period and scope."), s.body)]
    out.append(para(tr("What communities, civil society and interlocutors told the team this month, in the "
                       "team's summary. People are shown as pseudonyms unless they consented to be named."), s.meta))
    for v in data.voices:
        out.append(KeepTogether([_voice(v, width), Spacer(1, 5)]))
    return out


def _voice(v: VoiceEntry, width: float) -> Table:
    s = styles()
    body = [rich(f"<b>{markup(v.title)}</b>", s.body), para(v.text, s.quote),
            para(f"{v.kind_label} \u00b7 {v.where} \u00b7 {v.date_text} \u00b7 {v.verification_label} "
                 f"\u00b7 id {v.record_id[:8]}", s.meta)]
    box = sans_table([[body]], colWidths=[width])
    box.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2.2, SKY), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return box


# -- 7. indicators --------------------------------------------------------------------------------

def indicators(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    page_break, title = heading(NUMBERS["indicators"], tr("SDG indicators 16.10.1 and 16.1.2"))
    if not data.indicators:
        return [page_break, title, para(tr("No indicator figures are available for this period and scope."), s.body)]
    out: list[Flowable] = [page_break]
    for index, table in enumerate(data.indicators):
        block: list[Flowable] = [title] if index == 0 else []  # the section title stays with the first table
        block.append(rich(markup(table.title), s.h2))
        if not table.rows:
            out.append(KeepTogether([*block, para(tr("None recorded for this period and scope."), s.body)]))
            continue
        rows: list[list[object]] = [[para(c, s.cell_head if i == 0 else s.cell_head_right)
                                     for i, c in enumerate(table.columns)]]
        total = tr("Total")  # the last row of a count table (briefing/figures.py)
        rows += [[rich(f"<b>{markup(row[0])}</b>", s.cell) if row[0] == total else para(row[0], s.cell), *row[1:]]
                 for row in table.rows]
        first = width * 0.46
        rest = (width - first) / max(1, len(table.columns) - 1)
        t = sans_table(rows, colWidths=[first] + [rest] * (len(table.columns) - 1), repeatRows=1)
        style = grid_style()
        style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
        if table.rows and table.rows[-1][0] == total:
            style.add("FONTNAME", (0, -1), (-1, -1), fonts.SANS_BOLD)
            style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)
        t.setStyle(style)
        block.append(t)
        if table.note:
            block.append(para(table.note, s.meta))
        out.append(KeepTogether(block))
    return out


# -- 8. action points -----------------------------------------------------------------------------

def actions(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["actions"], tr("Recommended action points"))
    from .sections_rmr import follow_up

    after = follow_up(data, width) if data.previous_label else []
    if not data.actions:
        return [*out, para(tr("No action points are recorded for this period and scope."), s.body), *after]
    head = ["#", tr("Action point"), tr("Owner"), tr("Deadline"), tr("Status"), tr("Mechanism references")]
    rows: list[list[object]] = [[para(h, s.cell_head) for h in head]]
    for i, a in enumerate(data.actions, start=1):
        text = f"<b>{markup(a.text)}</b>" + (f"<br/>{markup(a.detail)}" if a.detail else "")
        text += f"<br/><font size='6.8' color='#5B6670'>{markup(a.area)}</font>" if a.area else ""
        rows.append([str(i), rich(text, s.cell), para(a.owner, s.cell), para(a.deadline, s.cell),
                     para(a.status, s.cell), para("; ".join(a.mechanisms) or "\u2014", s.cell)])
    widths = [16, None, 28 * mm, 19 * mm, 20 * mm, 46 * mm]
    fixed = sum(w for w in widths if w is not None)
    widths[1] = width - fixed
    table = sans_table(rows, colWidths=widths, repeatRows=1)
    style = grid_style()
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    table.setStyle(style)
    return [*out, table, *after]


# -- 9. source protection and method --------------------------------------------------------------

def method(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = heading(NUMBERS["method"], tr("Source protection, method and provenance"))
    out += [rich(markup(tr("What this briefing withholds")), s.h2), *_bullets(data.withheld)]
    out += [rich(markup(tr("Method")), s.h2), *_bullets(data.notes)]
    out.append(rich(markup(tr("Filters and scope")), s.h2))
    rows = [[para(k, s.cell), para(v, s.cell)] for k, v in data.filters]
    t = sans_table(rows, colWidths=[48 * mm, width - 48 * mm])
    t.setStyle(grid_style(header_rows=0))
    out.append(t)
    out.append(rich(markup(tr("Framework versions")), s.h2))
    rows2: list[list[object]] = [[para(h, s.cell_head) for h in (tr("Framework"), tr("Id"), tr("Version"),
                                                                 tr("Release"))]]
    rows2 += [[para(f.title, s.cell), para(f.framework_id, s.cell), para(f.version, s.cell), str(f.release)]
              for f in data.frameworks]
    t2 = sans_table(rows2, colWidths=[width * 0.42, width * 0.2, width * 0.3, width * 0.08], repeatRows=1)
    t2.setStyle(grid_style())
    out.append(t2)
    return out


# -- annex ----------------------------------------------------------------------------------------

ANNEX_COLUMNS = ("#", N_("Record id"), N_("Date"), N_("Type"), N_("Province / district"), N_("Verification"),
                 N_("Sev."), N_("Used in"))  # translated where shown


def annex(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [PageBreak(), *heading("A", tr("Annex: records included in this briefing"))]
    listed = annex_listed(data.annex, data.annex_limit)
    if len(listed) == len(data.annex):
        out.append(para(tr("All {count} records of the period and scope, by id: the evidence base the signature "
                           "covers. Sections: E summary and matrix, T trend, R provinces, K key incidents, V community "
                           "voices, I indicators.", count=fmt_number(len(data.annex))), s.meta))
    else:  # a month too large to list: the most serious, and the rule that chose them (assemble.annex_listed)
        out.append(para(tr("The {listed} most serious of the {count} records of the period and scope: the records "
                           "quoted in this briefing (K, V) first, then records counted in the figures before "
                           "discounted ones, then by severity (highest first), then the most recent. Every figure in "
                           "this briefing counts all {count} records. Sections: E summary and matrix, T trend, "
                           "R provinces, K key incidents, V community voices, I indicators.",
                           listed=fmt_number(len(listed)), count=fmt_number(len(data.annex))), s.meta))
    if data.annex_csv is not None and len(listed) == len(data.annex):  # listed whole: the CSV's digest here
        out.append(para(_complete_list_written(data.annex_csv), s.meta))
    if not data.annex:
        return [*out, para(tr("No records fall in this period and scope."), s.body)]
    widths = [20, 46 * mm, 15 * mm, 16 * mm, 0, 22 * mm, 20, 12 * mm]  # verification: "En cours d'examen" whole
    widths[4] = width - sum(widths)
    size = 6.4
    fit = _fitter(widths[4] - 6, size)
    fit_kind = _fitter(widths[3] - 4, size)
    fit_status = _fitter(widths[5] - 4, size)  # a cell never runs into the next one
    # right to left the headers are shaped paragraphs: white like the table's own header text, at the annex's size
    head = ParagraphStyle("annex_head", parent=s.cell_head, fontSize=size, leading=size + 1.4)
    header: list[object] = [para(tr(h), head) if is_right_to_left() else _plain(tr(h)) for h in ANNEX_COLUMNS]
    rows: list[list[object]] = []
    for i, r in enumerate(listed, start=1):
        where = fit(r.where) if not fonts.has_rtl(r.where) else para(r.where, s.tiny)
        word = tr(ANNEX_KIND_WORDS.get(r.kind, r.kind))
        kind = fit_kind(word) if not fonts.has_rtl(word) else para(word, s.tiny)
        status = fit_status(r.verification) if not fonts.has_rtl(r.verification) else para(r.verification, s.tiny)
        rows.append([str(i), r.record_id, r.date_text, kind, where, status,
                     str(r.severity or "\u2014"), " ".join(r.sections)])
    style = grid_style()
    style.add("FONTSIZE", (0, 0), (-1, -1), size)
    style.add("LEADING", (0, 0), (-1, -1), 7.8)
    style.add("TOPPADDING", (0, 0), (-1, -1), 1.6)
    style.add("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)
    style.add("LEFTPADDING", (0, 0), (-1, -1), 3)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), 3)
    style.add("TEXTCOLOR", (0, 1), (0, -1), MUTED)

    def piece(part: list[list[object]]) -> Table:
        table = sans_table(part, colWidths=widths, repeatRows=1)
        table.setStyle(style)
        return table

    out.append(PagedTable(header, rows, piece))  # page by page: one Table of 55,000 rows is quadratic
    if len(listed) < len(data.annex):
        # whole on one page: a sentence cut by the page break reads as if it ended there
        out += [Spacer(1, 2 * mm), KeepTogether([para(_unlisted(data, len(data.annex) - len(listed)), s.body)])]
    return out


def _unlisted(data: BriefingData, count: int) -> str:
    """How many records the annex leaves out, and where the complete list is."""
    text = tr("Not listed here: {count} records of the period. They are counted in every figure above.",
              count=fmt_number(count)) + " "
    if data.annex_csv is not None:
        return text + _complete_list_written(data.annex_csv)
    return text + tr("The complete list of every record, with the same columns, is written as a CSV file when the "
                     "briefing is exported with “Also save the complete list as CSV” in the app, or with "
                     "--annex-csv FILE (fieldcase brief or fieldcase hq brief).")


def _complete_list_written(annex_csv: tuple[str, str]) -> str:
    """Where the CSV of every record went and its SHA-256: the signature covers the list through it."""
    name, digest = annex_csv
    return tr("The complete list of every record, with the same columns, was written with this briefing "
              "to {file} (SHA-256 {digest}).", file=name, digest=digest)


def _fitter(width: float, size: float) -> Callable[[str], str]:
    """Shorten plain text to `width` at `size` points (annex cells are plain strings for speed)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fit(text: str) -> str:
        if stringWidth(text, fonts.SANS, size) <= width:
            return text
        while text and stringWidth(text + "\u2026", fonts.SANS, size) > width:
            text = text[:-1]
        return text.rstrip() + "\u2026"

    return fit
