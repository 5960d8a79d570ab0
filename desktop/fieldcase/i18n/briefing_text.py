"""The briefing's words in the chosen language, outside Qt: one JSON catalogue per language.

    with briefing_language("fr"):
        tr("Executive summary")                               # -> "Résumé analytique"
        tr("Records in the period: {n}.", n=fmt_number(97))  # template translated, then filled
        month_name(period)                                     # -> "octobre 2026"

The English text is the message id, as with the interface's catalogues: a catalogue
(resources/translations/briefing_<lang>.json) maps each English template to its translation; a
template missing from it (a section added on another branch) prints in English rather than failing,
and tests/test_briefing_language.py lists the templates every catalogue must hold (it reads every
`tr("...")` literal under fieldcase/briefing/). The language is a context variable set around the
assembly and the layout of one briefing, so the section code only calls `tr`.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..resources import read_json

LANGUAGES = ("en", "fr", "es", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
_language: contextvars.ContextVar[str] = contextvars.ContextVar("briefing_language", default="en")

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}
MONTH_PATTERN = {"en": "{month} {year}", "fr": "{month} {year}", "es": "{month} de {year}", "ar": "{month} {year}"}
# Thousands: English and Arabic (Western digits, as in UN Arabic tables) a comma, French a narrow no-break
# space, Spanish a point (its style guides group from five digits; a point throughout keeps columns even).
GROUPING = {"en": ",", "fr": "\u202f", "es": ".", "ar": ","}


def current() -> str:
    return _language.get()


def is_right_to_left() -> bool:
    return _language.get() in RIGHT_TO_LEFT


@contextlib.contextmanager
def briefing_language(language: str | None) -> Iterator[str]:
    """Produce the briefing in `language` (None or unknown: English) inside the block."""
    chosen = language if language in LANGUAGES else "en"
    token = _language.set(chosen)
    try:
        yield chosen
    finally:
        _language.reset(token)


@cache
def catalogue(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    data = read_json("translations", f"briefing_{language}.json")
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and not k.startswith("//")}


def N_(text: str) -> str:
    """Marks a constant for the catalogue (the test collects it); `tr` translates it where it is shown."""
    return text


def tr(template: str, /, **values: Any) -> str:
    """`template` in the current language, its `{fields}` filled (a mistranslated field falls back to English)."""
    translated = catalogue(_language.get()).get(template, template)
    if not values:
        return translated
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def fmt_number(value: int) -> str:
    return f"{value:,}".replace(",", GROUPING[_language.get()])


def month_name(year: int, month: int) -> str:
    language = _language.get()
    return MONTH_PATTERN[language].format(month=MONTHS[language][month - 1], year=year)
