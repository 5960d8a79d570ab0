"""Where the desktop's resources live (style sheet, translations), and loading them."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..resources import resource_path

RESOURCES = resource_path()
STYLE_SHEET = RESOURCES / "styles" / "fieldcase.qss"
TRANSLATIONS = RESOURCES / "translations"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own strings and ours in the chosen (or the system's) language; RTL languages flip the layout."""
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("fieldcase", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    return installed


def apply_style(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f4f6f9", QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f7f9fc",
        QPalette.ColorRole.Text: "#1f2933", QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2933", QPalette.ColorRole.Highlight: "#1f5fae",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#1f2933",
        QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#8a94a6",
        QPalette.ColorRole.Link: "#1f5fae",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa5b1"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa5b1"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    with contextlib.suppress(OSError):  # an unstyled window is still a working one
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
