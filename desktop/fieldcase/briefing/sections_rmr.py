"""The briefing's Regional Monthly Review sections as platypus flowables (titles from labels.py)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..i18n.briefing_text import N_, fmt_number, tr
from . import fonts
from . import labels as L
from .assemble import FLAGGED_LIMIT
from .fonts import markup
from .model import NO_DATA, BriefingData, CountrySection, RiskRow
from .styles import GREEN, LEVEL_COLOURS, LEVEL_TEXT, MARKING, NAVY, ZEBRA, grid_style, para, rich, sans_table, styles

LEVEL_LABELS = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High"), "very_high": N_("Very high"),
                NO_DATA: N_("No data"), "": "\u2014"}  # translated where shown
CHANGE_MARKS = {"up": L.UP, "down": L.DOWN, "same": L.SAME, "": "\u2014"}
DASH = "\u2014"


def _heading(number: str, title: str, need: float = 45 * mm) -> list[Flowable]:
    from .sections import heading

    return heading(number, title, need)


def _empty() -> Flowable:
    return para(L.tr(L.NO_RECORDS), styles().body)


def _table(head: list[str], rows: list[list[object]], widths: list[float], *, right: tuple[int, ...] = ()) -> Flowable:
    s = styles()
    cells: list[list[object]] = [[para(L.tr(h), s.cell_head_right if i in right else s.cell_head)
                                  for i, h in enumerate(head)]]
    cells += rows
    table = sans_table(cells, colWidths=widths, repeatRows=1)
    style = grid_style()
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    for column in right:
        style.add("ALIGN", (column, 1), (column, -1), "RIGHT")
    table.setStyle(style)
    return table


def _cell(text: str) -> Flowable:
    return para(text, styles().cell)


def _fill(width: float, fixed: list[float | None]) -> list[float]:
    rest = width - sum(w for w in fixed if w is not None)
    return [rest if w is None else w for w in fixed]


# -- executive summary: what moved ----------------------------------------------------------------

def risk_moves(data: BriefingData) -> list[Flowable]:
    s = styles()
    items = data.risk_moves or (L.tr(L.NO_MOVES),)
    return [rich(markup(L.tr(L.RISK_MOVES)), s.h2),
            *[_bullet(item) for item in items]]


def _bullet(text: str) -> Flowable:
    from .sections import _bullets  # right to left: the bullet on the right, lines wrapped in reading order

    return _bullets([text])[0]


# -- the officer's outlook and recommendations ----------------------------------------------------

def narrative(number: str, data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = _heading(number, L.tr(L.OUTLOOK))
    n = data.narrative
    parts = [(L.OPPORTUNITIES, n.opportunities if n else ""), (L.MITIGATING, n.mitigating if n else ""),
             (L.OUTLOOK_TEXT, n.outlook if n else "")]
    for title, text in parts:
        out.append(rich(markup(L.tr(title)), s.h2))
        out += _paragraphs(text)
    box_body: list[Flowable] = [rich(f"<b>{markup(L.tr(L.TO_RMR))}</b>", s.body),
                                *_paragraphs(n.recommendations if n else "")]
    box = sans_table([[box_body]], colWidths=[width])
    box.setStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA), ("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY),
                  ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    out += [Spacer(1, 4), box]
    return out


def _paragraphs(text: str) -> list[Flowable]:
    s = styles()
    chunks = [c.strip() for c in text.split("\n") if c.strip()]
    if not chunks:
        return [para(L.tr(L.NOT_WRITTEN), s.meta)]
    return [_bullet(c[2:]) if c.startswith(("- ", "* ")) else para(c, s.body) for c in chunks]


# -- risk over time -------------------------------------------------------------------------------

def level_cell(level: str) -> object:
    return _short(tr(LEVEL_LABELS.get(level, level)))


def change_cell(change: str) -> object:
    return _short(tr(CHANGE_MARKS.get(change, DASH)))


def _short(text: str) -> object:
    """A short cell: a plain string unless an Arabic briefing needs it shaped (a paragraph)."""
    from .sections import _plain

    return _plain(text)


def level_commands(rows: list[tuple[int, int, str]]) -> list[tuple]:
    commands: list[tuple] = []
    for column, row, level in rows:
        commands += [("BACKGROUND", (column, row), (column, row), LEVEL_COLOURS.get(level or NO_DATA, colors.white)),
                     ("TEXTCOLOR", (column, row), (column, row), LEVEL_TEXT.get(level or NO_DATA, colors.black))]
    return commands


def province_levels(data: BriefingData, width: float) -> list[Flowable]:
    if not data.province_levels:
        return []
    s = styles()
    out: list[Flowable] = [rich(markup(L.tr(L.PROVINCE_LEVELS)), s.h2)]
    rows: list[list[object]] = []
    marks: list[tuple[int, int, str]] = []
    moved: list[tuple[int, str]] = []
    for i, r in enumerate(data.province_levels, start=1):
        rows.append([_cell(f"{r.name} ({r.pcode})"), _cell(r.area), level_cell(r.previous), level_cell(r.level),
                     change_cell(r.change)])
        marks += [(2, i, r.previous), (3, i, r.level)]
        if r.change in ("up", "down"):
            moved.append((i, r.change))
    table = _table([L.COL_PROVINCE, L.COL_AREA, L.COL_LAST, L.COL_THIS, L.COL_CHANGE], rows,
                   _fill(width, [44 * mm, None, 21 * mm, 21 * mm, 17 * mm]))
    style = grid_style()
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    style.add("FONTNAME", (2, 1), (3, -1), fonts.SANS_BOLD)
    for c in level_commands(marks):
        style.add(*c)
    for i, change in moved:
        style.add("FONTNAME", (4, i), (4, i), fonts.SANS_BOLD)
        style.add("TEXTCOLOR", (4, i), (4, i), MARKING if change == "up" else GREEN)
    table.setStyle(style)
    out += [table, Spacer(1, 2)]
    return out


# -- early warning, reprisals, atrocity factors ---------------------------------------------------

def early_warning(number: str, data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = _heading(number, L.tr(L.EARLY_WARNING))
    out.append(para(L.tr(L.EARLY_WARNING_NOTE), s.meta))
    if not data.early_warning:
        return [*out, _empty()]
    widths = _fill(width, [17 * mm, 27 * mm, None, 27 * mm, 24 * mm, 36 * mm])
    rows = []
    for r in data.early_warning:
        signal = r.text + ("\n" + L.tr(L.CROSS_BORDER, country=r.cross_border) if r.cross_border else "")
        rows.append([_lines(t, w) for t, w in zip((r.date_text, r.where, signal, r.area, r.source, r.action), widths,
                                                  strict=True)])
    out.append(_plain_table([L.COL_DATE, L.COL_PLACE, L.COL_SIGNAL, L.COL_AREA, L.COL_SOURCE, L.COL_EARLY_ACTION],
                            rows, widths))
    return out + _unlisted(data.unlisted_flags[0])


def _unlisted(count: int) -> list[Flowable]:
    """The line under a table that lists only the most serious of the month's flagged records."""
    if count <= 0:
        return []
    return [Spacer(1, 2), KeepTogether([para(L.tr(L.FLAGGED_UNLISTED, count=fmt_number(count),
                                                 listed=fmt_number(FLAGGED_LIMIT)), styles().meta)])]


# Long tables (a month can flag hundreds of records) are plain text wrapped with simpleSplit, not Paragraphs:
# several times faster to lay out (bench/bench_briefing.py). Right-to-left text still goes through a Paragraph.
PLAIN_SIZE = 7.4


def _lines(text: str, width: float) -> object:
    from reportlab.lib.utils import simpleSplit

    if fonts.has_rtl(text):
        return para(text, styles().cell)
    out: list[str] = []
    for chunk in (text or DASH).split("\n"):
        out += simpleSplit(chunk, fonts.SANS, PLAIN_SIZE, width - 8) or [""]
    return "\n".join(out)


def _plain_table(head: list[str], rows: list[list[object]], widths: list[float]) -> Flowable:
    s = styles()
    table = sans_table([[para(L.tr(h), s.cell_head) for h in head], *rows], colWidths=widths, repeatRows=1)
    style = grid_style()
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    style.add("FONTSIZE", (0, 1), (-1, -1), PLAIN_SIZE)
    style.add("LEADING", (0, 1), (-1, -1), PLAIN_SIZE + 2.2)
    table.setStyle(style)
    return table


def reprisals(number: str, data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = _heading(number, L.tr(L.REPRISALS))
    out.append(para(L.tr(L.REPRISAL_NOTE), s.meta))
    if not data.reprisals:
        return [*out, _empty()]
    widths = _fill(width, [17 * mm, 22 * mm, 25 * mm, 25 * mm, 27 * mm, None])
    rows = [[_lines(t, w) for t, w in zip((r.date_text, r.person, r.mechanism, r.consent, r.referral,
                                           f"{r.title}\n{r.where}"), widths, strict=True)] for r in data.reprisals]
    out.append(_plain_table([L.COL_DATE, L.COL_PERSON, L.COL_MECHANISM, L.COL_CONSENT, L.COL_REFERRAL,
                             L.COL_SIGNAL], rows, widths))
    return out + _unlisted(data.unlisted_flags[1])


def atrocity(number: str, data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = _heading(number, L.tr(L.ATROCITY))
    caveat = sans_table([[rich(f"<b>{markup(tr('Not a prediction.'))}</b> {markup(L.tr(L.ATROCITY_CAVEAT))}",
                               s.small)]],
                        colWidths=[width])
    caveat.setStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA), ("LINEBEFORE", (0, 0), (0, -1), 2.5, MARKING),
                     ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    out += [caveat, Spacer(1, 4)]
    if not data.atrocity:
        return [*out, _empty()]
    rows: list[list[object]] = [[r.ref, _cell(r.label), str(r.records), r.latest] for r in data.atrocity]
    table = _table(["#", L.COL_FACTOR, L.COL_RECORDS, L.COL_LATEST], rows,
                   _fill(width, [10 * mm, None, 17 * mm, 22 * mm]), right=(2,))
    out.append(table)
    return out


# -- recommendations and follow-up ----------------------------------------------------------------

def recommendations(number: str, data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    out = _heading(number, L.tr(L.RECOMMENDATIONS))
    out.append(para(L.tr(L.RECOMMENDATIONS_NOTE), s.meta))
    if not data.recommendations:
        return [*out, _empty()]
    rows: list[list[object]] = []
    for r in data.recommendations:
        rows.append([rich(f"<b>{markup(r.area)}</b><br/><font size='6.8' color='#5B6670'>{markup(r.level)}</font>",
                          s.cell),
                     rich(f"{markup(r.text)}<br/><font size='6.8' color='#5B6670'>{markup(r.reference)}</font>",
                          s.cell),
                     _cell(r.response)])
    out.append(_table([L.COL_AREA, L.COL_RECOMMENDATION, L.COL_RESPONSE], rows,
                      _fill(width, [38 * mm, None, 30 * mm])))
    return out


def follow_up(data: BriefingData, width: float) -> list[Flowable]:
    s = styles()
    title = L.tr(L.FOLLOW_UP, previous=data.previous_label or tr("the previous briefing"))
    out: list[Flowable] = [CondPageBreak(50 * mm), rich(markup(title), s.h2), para(L.tr(L.FOLLOW_UP_NOTE), s.meta)]
    if not data.follow_up:
        return [*out, _empty()]
    rows: list[list[object]] = []
    marks: list[int] = []
    for i, r in enumerate(data.follow_up, start=1):
        rows.append([rich(f"<b>{markup(r.state)}</b>", s.cell),
                     rich(f"<b>{markup(r.text)}</b><br/><font size='6.8' color='#5B6670'>{markup(r.references)}"
                          "</font>", s.cell),
                     _cell(r.owner), _cell(r.due), _cell(r.what)])
        if r.overdue:
            marks.append(i)
    table = _table([L.COL_STATE, L.COL_ACTION, L.COL_OWNER, L.COL_DUE, L.COL_WHAT], rows,
                   _fill(width, [21 * mm, None, 27 * mm, 18 * mm, 48 * mm]))
    style = grid_style()
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    for i in marks:
        style.add("TEXTCOLOR", (0, i), (0, i), MARKING)
    table.setStyle(style)
    out.append(table)
    return out


# -- a regional review over several countries (HQ) ------------------------------------------------

def countries(number: str, data: BriefingData, width: float) -> list[Flowable]:
    if not data.countries:
        return []
    s = styles()
    out = _heading(number, L.tr(L.REGION_COUNTRIES))
    out.append(rich(markup(L.tr(L.REGIONAL_SUMMARY)), s.h2))
    out += [_bullet(line) for line in data.regional_summary]
    out.append(rich(markup(L.tr(L.CROSS_BORDER_TITLE)), s.h2))
    if data.cross_border:
        rows = [[_cell(r.date_text), _cell(r.cross_border), rich(
            f"<b>{markup(r.text)}</b><br/><font size='6.8' color='#5B6670'>{markup(r.where)} \u00b7 "
            f"{markup(r.area)}</font>", s.cell), _cell(r.source), _cell(r.action)] for r in data.cross_border]
        out.append(_table([L.COL_DATE, L.COL_COUNTRIES, L.COL_SIGNAL, L.COL_SOURCE, L.COL_EARLY_ACTION], rows,
                          _fill(width, [19 * mm, 30 * mm, None, 30 * mm, 36 * mm])))
    else:
        out.append(_empty())
    for c in data.countries:
        line = L.tr(L.COUNTRY_LINE, records=fmt_number(c.records), incidents=fmt_number(c.incidents),
                    warnings=fmt_number(c.early_warnings))
        out.append(KeepTogether([rich(markup(f"{c.name} ({c.code})"), s.h2), para(line, s.meta),
                                 _country_matrix(c, width)]))
    return out


def _country_matrix(c: CountrySection, width: float) -> Flowable:
    rows: list[list[object]] = []
    marks: list[tuple[int, int, str]] = []
    for i, r in enumerate(c.risk_matrix, start=1):
        rows.append(_row(r))
        marks += [(1, i, r.previous), (2, i, r.level)]
    table = _table([L.COL_AREA, L.COL_LAST, L.COL_THIS, L.COL_CHANGE, L.COL_RECORDS], rows,
                   _fill(width, [None, 21 * mm, 21 * mm, 17 * mm, 17 * mm]), right=(4,))
    style = grid_style()
    style.add("ALIGN", (4, 1), (4, -1), "RIGHT")
    style.add("FONTNAME", (1, 1), (2, -1), fonts.SANS_BOLD)
    for command in level_commands(marks):
        style.add(*command)
    table.setStyle(style)
    return table


def _row(r: RiskRow) -> list[object]:
    return [_cell(r.label), level_cell(r.previous), level_cell(r.level), change_cell(r.change), str(r.incidents)]


__all__ = ["atrocity", "countries", "early_warning", "follow_up", "narrative", "province_levels",
           "recommendations", "reprisals", "risk_moves"]
