"""Export a court-ready evidence package for the open case, from the case editor.

The choices (redaction, where to save, an optional age recipient, who receives it) and the export's
progress bar and Cancel button are all in this one dialog: the export runs `EvidenceTask` off the UI
thread through the task runner, and its progress comes back through a small relay object (queued
signal). Cancelling, or closing the dialog, stops the export with nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..runner import Job, TaskError, TaskRunner
from ..text import safe_line

if TYPE_CHECKING:
    from ...services.evidence import EvidenceResult, EvidenceService, EvidenceTask


class _Relay(QObject):
    """Created on the UI thread; emitting from the worker queues the call to the dialog's slot."""

    progress = Signal(int, int)


@dataclass(frozen=True)
class _Reporting:
    task: EvidenceTask
    relay: _Relay

    def run(self, progress: Any, cancelled: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            self.relay.progress.emit(done, total)

        return self.task.run(report, cancelled)


def _plain(parent: QWidget, text: str = "", *, hint: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hint:
        label.setObjectName("hint")
    return label


def _default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def _unused(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists() or candidate.with_name(candidate.name + ".age").exists():
        candidate, n = path.with_name(f"{path.stem}-{n}{path.suffix}"), n + 1
    return candidate


def _wrapped_choice(button: QRadioButton, parent: QWidget) -> QWidget:
    """A radio button whose long text wraps (a QRadioButton's own text never does, and in French or Arabic it
    was cut at 1024 px): the text moves to a label beside it that checks the button when clicked."""
    text = button.text()
    button.setText("")
    button.setAccessibleName(text)
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    label = QLabel(text, holder)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(button)
    label.mousePressEvent = lambda _event: button.setChecked(True)  # type: ignore[method-assign]
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return holder


class EvidenceDialog(QDialog):
    def __init__(self, service: EvidenceService, runner: TaskRunner, case_id: str, parent: QWidget, *,
                 record_title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(self.tr("Evidence package"))
        self.setMinimumWidth(620)
        self.service, self._runner, self.case_id = service, runner, case_id
        self.job: Job | None = None
        self.exported: EvidenceResult | None = None
        self._relay = _Relay()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = _plain(self, self.tr("Evidence package for case %1").replace("%1", case_id[:8]))
        title.setObjectName("editorTitle")
        layout.addWidget(title)
        if record_title:  # inside the dialog only: its own title bar never carries record text
            self.record_title = _plain(self, safe_line(record_title, 200))
            self.record_title.setObjectName("evidenceRecordTitle")
            layout.addWidget(self.record_title)
        layout.addWidget(_plain(self, self.tr(
            "A BagIt package for a court, a commission of inquiry or another accountability mechanism: every "
            "revision of the record, the attachments' originals, the audit entries about the case and a PDF "
            "summary, signed by you. The recipient can check it with standard tools or with "
            "“fieldcase evidence verify”. Only saved revisions are exported; the export is recorded in the "
            "audit log."), hint=True))

        self.none = QRadioButton(self.tr("None: everything as recorded, attachments included"), self)
        self.standard = QRadioButton(self.tr("Standard: pseudonyms unless consent, no source names or "
                                             "coordinates; attachments withheld (listed by SHA-256)"), self)
        self.strict = QRadioButton(self.tr("Strict: as standard, and no places below admin-2, dates to the "
                                           "month"), self)
        self.standard.setChecked(True)
        self._levels = QButtonGroup(self)
        levels = QWidget(self)
        column = QVBoxLayout(levels)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for button in (self.none, self.standard, self.strict):
            self._levels.addButton(button)
            column.addWidget(_wrapped_choice(button, levels))

        form = QFormLayout()
        form.addRow(self.tr("Redaction"), levels)
        self.output = QLineEdit(str(_unused(_default_folder() / f"evidence-{case_id[:8]}.zip")), self)
        self.output.setObjectName("evidenceOutput")
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self.choose_output)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(self.choose)
        form.addRow(self.tr("Save as"), row)
        self.recipient = QLineEdit(self)
        self.recipient.setObjectName("evidenceRecipient")
        self.recipient.setPlaceholderText(self.tr("age1… (optional: encrypts the whole package)"))
        form.addRow(self.tr("Encrypt to"), self.recipient)
        self.to = QLineEdit(self)
        self.to.setPlaceholderText(self.tr("e.g. Commission of inquiry (optional; recorded in the audit log)"))
        form.addRow(self.tr("Recipient"), self.to)
        layout.addLayout(form)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("evidenceProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = _plain(self)
        self.message.setObjectName("inlineError")
        self.message.hide()
        layout.addWidget(self.message)
        self.outcome = _plain(self)
        self.outcome.setObjectName("evidenceOutcome")
        self.outcome.hide()
        layout.addWidget(self.outcome)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setObjectName("evidenceCancel")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        for push in (self.close_button, self.cancel_button, self.export_button):
            buttons.addWidget(push)
        layout.addLayout(buttons)
        self._relay.progress.connect(self._progressed)

    def redaction(self) -> str:
        return "none" if self.none.isChecked() else "strict" if self.strict.isChecked() else "standard"

    def choose_output(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the evidence package as"), self.output.text(),
            self.tr("Zip archive (*.zip);;Encrypted zip (*.age)"))
        if path:
            self.output.setText(path)

    def _set_busy(self, busy: bool) -> None:
        widgets: tuple[QWidget, ...] = (self.none, self.standard, self.strict, self.output, self.choose,
                                        self.recipient, self.to, self.export_button)
        for widget in widgets:
            widget.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)

    def export(self) -> None:
        from ...services.evidence import EvidenceTask

        if self.job is not None:
            return
        self.message.hide()
        self.outcome.hide()
        out = Path(self.output.text().strip()).expanduser()
        if not self.output.text().strip():
            self._fail(self.tr("Choose where to save the package."))
            return
        task = EvidenceTask(self.service, self.case_id, out, self.redaction(),
                            self.recipient.text().strip() or None, self.to.text().strip())
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.job = self._runner.run(_Reporting(task, self._relay), owner=self, on_done=self._exported,
                                    on_error=self._failed, on_cancelled=self._cancelled)

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))
            self.message.show()

    def _progressed(self, done: int, total: int) -> None:
        if self.job is not None and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _failed(self, error: TaskError) -> None:
        self.job = None
        self._set_busy(False)
        self._fail(error.message)

    def _cancelled(self) -> None:
        self.job = None
        self._set_busy(False)
        self._fail(self.tr("Cancelled: no evidence package was written."))

    def _exported(self, result: EvidenceResult) -> None:
        self.job = None
        self.exported = result
        self._set_busy(False)
        self.message.hide()
        lines = [
            self.tr("Written to %1.").replace("%1", str(result.path)),
            self.tr("Revisions: %1 · attachments included: %2 of %3 · redaction: %4").replace(
                "%1", str(result.revisions)).replace("%2", str(result.attachments_included)).replace(
                "%3", str(result.attachments)).replace("%4", result.redaction),
            self.tr("Signed by %1. Tag manifest SHA-256:").replace("%1", result.signer),
            result.tagmanifest_sha256,
            self.tr("Recorded in the audit log."),
        ]
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.output.setText(str(_unused(Path(self.output.text().strip()).expanduser())))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()  # closing mid-export cancels it: nothing is written
        super().reject()
