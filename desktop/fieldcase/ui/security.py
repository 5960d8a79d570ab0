"""Idle auto-lock and a clipboard that forgets.

`IdleWatcher` is an application-wide event filter: any key press, click, wheel or touch counts as
activity; after `timeout_ms` without any it emits `idle` once (the main window then locks). It also
turns Ctrl+L, pressed in any window or dialog, into `lock_key`.
`SensitiveClipboard.copy(text)` puts text on the clipboard, marks it as secret for clipboard
managers that honour the hint (KDE Klipper, GNOME/KeePassXC convention), and clears it again after
30 s — unless something else was copied meanwhile. A lock clears it at once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, QEvent, QKeyCombination, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.MouseMove, QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})
CLIPBOARD_CLEAR_MS = 30_000


LOCK_KEY = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class IdleWatcher(QObject):
    """Also catches the lock key (Ctrl+L) application-wide: a QShortcut would be blocked by modal dialogs."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._active = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(50, int(timeout_ms))
        if self._active:
            self._timer.start(self._interval())

    def _interval(self) -> int:
        return max(25, min(1000, self._timeout_ms // 5))

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self._last = time.monotonic()
        self._timer.start(self._interval())

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def poke(self) -> None:
        self._last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            self._last = time.monotonic()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.keyCombination() == LOCK_KEY:
                self.lock_key.emit()
                return True
        return False

    def _check(self) -> None:
        if self._active and (time.monotonic() - self._last) * 1000 >= self._timeout_ms:
            self.stop()
            self.idle.emit()


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        if not text:
            return
        mime = QMimeData()
        mime.setText(text)
        mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._copied = text
        self._timer.start()

    def clear(self) -> None:
        """Clear the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._copied = None

    @property
    def holding(self) -> bool:
        return self._copied is not None
