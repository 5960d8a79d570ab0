"""Attachments of a record: add (encrypted on intake), see the SHA-256, preview in memory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import AttachmentInfo
from ...tasks import FunctionTask, IsCancelled, Progress, call
from ..dialogs.attachment_preview import AttachmentPreview
from ..dialogs.messages import show_error
from ..runner import TaskError, TaskRunner
from ..text import human_size, safe_line, short_time
from ..widgets.file_places import add_sidebar_places
from ..widgets.inline_progress import InlineProgress

if TYPE_CHECKING:
    from ...services.records import CaseService


class AttachmentsPanel(QWidget):
    attached = Signal(object)  # AttachmentInfo

    def __init__(self, service: CaseService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._service, self._runner = service, runner
        self._record_id: str | None = None
        self._items: list[AttachmentInfo] = []
        self.preview: AttachmentPreview | None = None
        self._file_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("attachments")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size"),
                                              self.tr("SHA-256 (at intake)"), self.tr("Added")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_details)
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setObjectName("attachmentDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFont(QFont("DejaVu Sans Mono"))
        layout.addWidget(self.details)
        self.progress = InlineProgress(self)
        layout.addWidget(self.progress)
        self._queue: list[Path] = []
        self.setAcceptDrops(True)  # files dropped from the file manager are attached like "Add file…"
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self._choose_file)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewAttachment")
        self.preview_button.clicked.connect(self.preview_selected)
        self.copy_hash = QPushButton(self.tr("Copy SHA-256"), self)
        self.copy_hash.clicked.connect(self._copy_hash)
        for button in (self.add_button, self.preview_button, self.copy_hash):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._update_buttons()

    def set_record(self, record_id: str | None, attachments: Sequence[AttachmentInfo]) -> None:
        self._record_id = record_id
        self._items = list(attachments)
        if record_id is None:
            self.note.setText(self.tr("Save the record first; then you can attach files to it."))
        else:
            self.note.setText(self.tr("Files are encrypted into the workspace when attached (drop them here, or "
                                      "Add file…). The SHA-256 is taken from the original at intake, for the chain "
                                      "of custody. Previews are decrypted in memory only."))
        self.table.setRowCount(len(self._items))
        mono = QFont("DejaVu Sans Mono")
        for r, info in enumerate(self._items):
            values = (safe_line(info.original_name, 120), safe_line(info.media_type, 60), human_size(info.size),
                      info.sha256[:16] + "…", f"{short_time(info.added_at)} · {safe_line(info.added_by, 60)}")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setFont(mono)
                    item.setToolTip(info.sha256)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self._show_details()

    def _selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._record_id is not None)
        has = self._selected() is not None
        self.preview_button.setEnabled(has)
        self.copy_hash.setEnabled(has)

    def _show_details(self) -> None:
        info = self._selected()
        self.details.setVisible(info is not None)
        if info is not None:
            self.details.setText(self.tr("SHA-256 of %1 at intake:\n%2").replace(
                "%1", safe_line(info.original_name, 80)).replace("%2", info.sha256))

    def _copy_hash(self) -> None:
        info = self._selected()
        if info is not None:
            QGuiApplication.clipboard().setText(info.sha256)

    # -- adding --------------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        dialog = QFileDialog(self.window(), self.tr("Choose a file to attach"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # no recent-files entry is written
        add_sidebar_places(dialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self.attach(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def attach(self, path: Path) -> None:
        if self._record_id is None:
            return
        service, record_id = self._service, self._record_id
        try:
            size = path.stat().st_size
        except OSError:
            size = 0

        def work(progress: Progress, cancelled: IsCancelled) -> AttachmentInfo:
            return service.attach(record_id, path, progress=lambda n: progress(n, size), cancelled=cancelled)

        def done(info: AttachmentInfo) -> None:
            self.progress.finish()
            self.attached.emit(info)
            self._next()

        def stopped(*_args: object) -> None:
            self.progress.finish()
            self._queue.clear()

        def failed(error: TaskError) -> None:
            stopped()
            show_error(self.window(), error.message)

        job = self._runner.run(FunctionTask(work), owner=self, on_done=done, on_cancelled=stopped,
                               on_error=failed, on_progress=self.progress.update)
        self.progress.start(job, self.tr("Encrypting and attaching %1…").replace("%1", safe_line(path.name, 60)))

    def _next(self) -> None:
        if self._queue and not self.progress.isVisible():
            self.attach(self._queue.pop(0))

    # -- drag and drop -------------------------------------------------------------------------------
    @staticmethod
    def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._record_id is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if self._record_id is not None else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if self._record_id is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self._queue += files
        self._next()

    # -- preview -------------------------------------------------------------------------------------
    def preview_selected(self) -> None:
        info = self._selected()
        if info is None:
            return

        def show(result: tuple[AttachmentInfo, bytes]) -> None:
            self.progress.finish()
            stored, data = result
            self.preview = AttachmentPreview(stored, data, self.window())
            self.preview.open()

        def failed(error: TaskError) -> None:
            self.progress.finish()
            show_error(self.window(), error.message)

        job = self._runner.run(call(self._service.read_attachment, info.id), owner=self, on_done=show,
                               on_error=failed, on_cancelled=self.progress.finish)
        self.progress.start(job, self.tr("Decrypting the preview…"))

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
