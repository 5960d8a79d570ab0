"""An attachment shown from memory: decrypted bytes go to a QImage or a read-only text view, never to disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import AttachmentInfo
from ..text import human_size, safe_line, safe_text

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/csv")
MAX_TEXT_CHARS = 2_000_000


class AttachmentPreview(QDialog):
    def __init__(self, info: AttachmentInfo, data: bytes, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", safe_line(info.original_name, 80)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        meta = QLabel(self.tr("%1 · %2 · SHA-256 %3 (matches the intake record)")
                      .replace("%1", safe_line(info.media_type, 60)).replace("%2", human_size(info.size))
                      .replace("%3", info.sha256), self)
        meta.setObjectName("hint")
        meta.setTextFormat(Qt.TextFormat.PlainText)
        meta.setWordWrap(True)
        meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(meta)
        self.kind = "none"
        self.body = self._body(info, data)
        layout.addWidget(self.body, 1)
        note = QLabel(self.tr("Decrypted in memory for this preview only; nothing was written to disk."), self)
        note.setObjectName("hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _body(self, info: AttachmentInfo, data: bytes) -> QWidget:
        media = info.media_type.lower()
        if media.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self.kind = "image"
                label = QLabel(self)
                label.setObjectName("previewImage")
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                pixmap = QPixmap.fromImage(image)
                if pixmap.width() > 760 or pixmap.height() > 480:
                    pixmap = pixmap.scaled(760, 480, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
                label.setPixmap(pixmap)
                scroll = QScrollArea(self)
                scroll.setWidget(label)
                scroll.setWidgetResizable(True)
                return scroll
        if media.startswith(TEXT_TYPES) or info.original_name.lower().endswith((".txt", ".csv", ".json", ".md")):
            self.kind = "text"
            view = QPlainTextEdit(self)
            view.setObjectName("previewText")
            view.setReadOnly(True)
            view.setFont(QFont("DejaVu Sans Mono"))
            view.setPlainText(safe_text(data.decode("utf-8", errors="replace"))[:MAX_TEXT_CHARS])
            return view
        label = QLabel(self.tr("There is no preview for this type of file. It stays encrypted in the workspace; "
                               "export it to open it in another program."), self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def done(self, result: int) -> None:
        # drop the decrypted content as soon as the preview closes
        if isinstance(self.body, QPlainTextEdit):
            self.body.clear()
        elif isinstance(self.body, QScrollArea) and isinstance(label := self.body.widget(), QLabel):
            label.clear()
        super().done(result)
