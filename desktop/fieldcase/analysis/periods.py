"""Reporting periods and the date-precision rule every count in analysis/ follows.

A record is counted in a period only when its date, as precisely as it is known, lies inside the
period: a record dated to a day or to a month counts in that month; one dated only to a year is
never placed in a month (it is reported as "imprecise" instead), but does count in a period that
covers the whole year. The start date decides; an event spanning two months counts where it began.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, cached_property

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Period:
    """A closed range of whole days, named as the user typed it (`2026-10`, `2026`, `2026-01..2026-10`)."""

    first: dt.date
    last: dt.date
    label: str

    @staticmethod
    def month(text: str) -> Period:
        match = _MONTH.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a month (YYYY-MM)")
        year, month = int(match[1]), int(match[2])
        return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]),
                      f"{year:04d}-{month:02d}")

    @staticmethod
    def parse(text: str) -> Period:
        """`YYYY-MM`, `YYYY`, or a range `YYYY-MM..YYYY-MM` (both months included)."""
        text = text.strip()
        if ".." in text:
            start, _, end = text.partition("..")
            return Period.span(start, end)
        if _YEAR.match(text):
            year = int(text)
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), text)
        return Period.month(text)

    @staticmethod
    def span(start: str, end: str) -> Period:
        first, last = Period.parse(start), Period.parse(end)
        if last.last < first.first:
            raise ValueError(f"the period ends ({end}) before it starts ({start})")
        return Period(first.first, last.last, f"{first.label}..{last.label}")

    @property
    def is_month(self) -> bool:
        return _MONTH.match(self.label) is not None

    def shifted(self, months: int) -> Period:
        """The calendar month `months` away from this one (this must be a month)."""
        index = self.first.year * 12 + self.first.month - 1 + months
        return Period.month(f"{index // 12:04d}-{index % 12 + 1:02d}")

    @cached_property
    def first_iso(self) -> str:
        return self.first.isoformat()

    @cached_property
    def last_iso(self) -> str:
        return self.last.isoformat()

    def contains(self, date_start: str, precision: str) -> bool:
        """Whether a record's date (ISO start day + precision) lies entirely inside this period."""
        return self.first_iso <= date_start and date_end_of(date_start, precision) <= self.last_iso

    def overlaps(self, date_start: str, precision: str) -> bool:
        return date_start <= self.last_iso and date_end_of(date_start, precision) >= self.first_iso


@cache  # a few hundred distinct dates, met again for every record of every window
def date_end_of(date_start: str, precision: str) -> str:
    """The last day a record's date could mean: the day itself, the month's end or 31 December."""
    if precision == "year":
        return date_start[:4] + "-12-31"
    if precision == "month":
        year, month = int(date_start[:4]), int(date_start[5:7])
        return f"{date_start[:7]}-{calendar.monthrange(year, month)[1]:02d}"
    return date_start


def month_of(date_start: str, precision: str) -> str | None:
    """The YYYY-MM a record counts in, or None when it is dated only to a year."""
    return None if precision == "year" else date_start[:7]
