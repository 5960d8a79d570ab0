"""The interface language: which catalogues are installed, the layout direction, and the number locale.

Switching at run time removes the translators this module installed and installs the new ones; Qt then
sends every widget a LanguageChange event. Widgets that set their texts once when built are rebuilt by
their owners (MainWindow rebuilds its screens from the session; an open editor rebuilds its tabs
around its unsaved content), so a switch never loses work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..errors import FieldcaseError
from .resources import TRANSLATIONS
from .rtl import BidiItemStyle

# Each language named in itself (an endonym), so a person can find theirs whatever is showing now.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
# Dates and numbers: Arabic with Western digits (ar_AE), like the counts and ids everywhere else on screen
NUMBER_LOCALES = {"ar": "ar_AE"}
DEFAULT = "en"
ERRORS_CONTEXT = "errors"  # the catalogue context of the core's error templates (fieldcase.i18n.error_templates)

_installed: list[QTranslator] = []
_bidi_style: list[bool] = []  # set once the mirrored-cell style is installed (it is harmless left to right)
_current = DEFAULT


def resolve(code: str | None) -> str:
    """A supported language: the chosen one, else the system's if we have it, else English."""
    if code in LANGUAGES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else DEFAULT


def current() -> str:
    return _current


def is_right_to_left(code: str | None = None) -> bool:
    return (code or _current) in RIGHT_TO_LEFT


def apply_language(app: QCoreApplication, code: str | None) -> str:
    """Install the catalogues of `code` (None: the system's language) in place of the previous ones."""
    global _current
    language = resolve(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("fieldcase", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(NUMBER_LOCALES.get(language, language)))
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    if isinstance(app, QApplication) and language in RIGHT_TO_LEFT and not _bidi_style:
        # app.style() is the style sheet's wrapper here; the wrapped style is Fusion (resources.apply_style)
        app.setStyle(BidiItemStyle(QStyleFactory.create("Fusion")))  # Latin cells left to right (ui/rtl.py)
        _bidi_style.append(True)
    _current = language
    return language


def error_text(exc: FieldcaseError) -> str:
    """The error in the interface language: its template translated, then its values filled in.

    A template with a {count} field has plural forms, chosen by the count. A translation whose fields do
    not match the template's (a translator's slip) falls back to the English message rather than failing.
    """
    count = exc.params.get("count", "")
    n = int(count) if count.isdigit() else -1
    translated = QCoreApplication.translate(ERRORS_CONTEXT, exc.template, None, n)
    if translated == exc.template:
        return exc.message
    try:
        return translated.format(**exc.params) if exc.params else translated
    except (KeyError, IndexError, ValueError):
        return exc.message
