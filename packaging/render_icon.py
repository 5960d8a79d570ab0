"""Render the app icon (resources/icons/fieldcase.svg) to PNG for installers that want bitmaps.

    python packaging/render_icon.py OUT.png [SIZE]        (SIZE in pixels, default 256)

Uses Qt's SVG renderer (PySide6, already a dependency), offscreen, so no SVG tool is needed on the
build machine. PyInstaller turns the PNG into the Windows .ico / macOS .icns (with Pillow).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_SVG = Path("resources") / "icons" / "fieldcase.svg"


def render(svg: Path, out: Path, size: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icon: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"render_icon: cannot write {out}")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    render(root / ICON_SVG, Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 256)
