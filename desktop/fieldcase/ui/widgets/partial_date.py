"""A date field that takes what is known: a year (2026), a month (2026-03) or a day (2026-03-09).

Typed, or picked from a calendar (which gives a day; delete the end to keep the month or the year).
Checked when the field is left, so a wrong date is flagged at once rather than at Save. Typing 9/3/2026 or
2026/3/9 is read as day/month/year and year/month/day and rewritten in the stored form.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QPoint, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from ...domain.records import PartialDate

_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$")


def normalised(text: str) -> str:
    """Common ways of typing a date in the stored form (YYYY, YYYY-MM, YYYY-MM-DD); anything else unchanged."""
    text = text.strip()
    if match := _DMY.match(text):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if match := _YMD.match(text):
        year, month, day = match.groups()
        return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    return text


def problem(text: str, *, partial: bool) -> str | None:
    """None when `text` is empty or a valid date; else what is wrong, in words (untranslated key)."""
    if not text:
        return None
    if partial:
        try:
            PartialDate.parse(text)
        except ValueError:
            return "partial"
        return None
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return "day"
    return None if len(text) == 10 else "day"


class PartialDateEdit(QLineEdit):
    """`checked(message)` after the field is left: the message to show, or "" when the date is fine."""

    checked = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, partial: bool = True) -> None:
        super().__init__(parent)
        self.partial = partial
        glyph = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(glyph, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick a day from a calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self.check)
        self._menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None

    def check(self) -> str:
        fixed = normalised(self.text())
        if fixed != self.text():
            self.setText(fixed)
        kind = problem(fixed, partial=self.partial)
        message = ""
        if kind == "partial":
            message = self.tr("Type a year (2026), a month (2026-03) or a day (2026-03-09) that exists.")
        elif kind == "day":
            message = self.tr("Type a day that exists, as year-month-day: 2026-03-09.")
        self.checked.emit(message)
        return message

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("dateCalendar")
        calendar.setGridVisible(True)
        current = self.text().strip()
        try:
            start = PartialDate.parse(current).first_day if current else dt.date.today()
        except ValueError:
            start = dt.date.today()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.setMaximumDate(QDate.currentDate())  # an incident is not in the future
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        calendar.clicked.connect(lambda day: self._picked(day, menu))
        self._menu, self.calendar = menu, calendar
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def _picked(self, day: QDate, menu: QMenu) -> None:
        self.setText(day.toString("yyyy-MM-dd"))
        menu.close()
        self.check()
