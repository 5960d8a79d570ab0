"""The places in the side bar of Qt's own file dialog: home, Desktop, Documents, Downloads and removable
drives (USB sticks are how files reach an offline laptop). No recent-files history is added."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo, QUrl
from PySide6.QtWidgets import QFileDialog

_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_drives() -> list[Path]:
    """Mounted volumes that look removable: under /media, /run/media, /mnt (Linux) or /Volumes (macOS), or
    a drive letter other than the system's on Windows. Read-only and unready volumes are left out."""
    found: list[Path] = []
    system = Path(sys.executable).anchor.upper()
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            if Path(root).anchor.upper() != system:
                found.append(Path(root))
        elif root.startswith(_REMOVABLE_ROOTS):
            found.append(Path(root))
    return found


def sidebar_places() -> list[Path]:
    places: list[Path] = []
    for location in (QStandardPaths.StandardLocation.HomeLocation, QStandardPaths.StandardLocation.DesktopLocation,
                     QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.DownloadLocation):
        text = QStandardPaths.writableLocation(location)
        if text and Path(text).is_dir() and Path(text) not in places:
            places.append(Path(text))
    return places + [p for p in removable_drives() if p not in places]


def add_sidebar_places(dialog: QFileDialog) -> None:
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(p)) for p in sidebar_places()])
