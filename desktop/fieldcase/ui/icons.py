"""The app's few icons: small line drawings in resources/icons/, tinted to the colour asked for."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from .resources import RESOURCES

ICONS = RESOURCES / "icons"


@cache
def icon(name: str, colour: str = "#1f2933") -> QIcon:
    try:
        svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    except OSError:
        return QIcon()
    pixmap = QPixmap()
    if not pixmap.loadFromData(svg.encode("utf-8"), "SVG"):
        return QIcon()
    return QIcon(pixmap)
