"""Import officers' packages from the HQ window (what `fieldcase hq import` does): choose one of HQ's targets
or a folder, import with the progress (packages done of found) and Cancel inside the dialog, then read the
outcome: packages accepted, already imported, waiting for an earlier one and refused (each refusal's reason,
never case content), what came in, and the replies written for the officers.

Data and work: services.hq_package_import (`import_sources`, `PackageImportTask`), run through the window's
TaskRunner. Cancel stops between packages: each is imported whole, in its own transaction, or not at all.
Esc and the title bar's close cancel a running import rather than close the dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...errors import FieldcaseError
from ...services.hq_access import HqSession
from ...services.hq_package_import import (
    ImportSource,
    ImportSummary,
    PackageImportTask,
    PackageNote,
    import_sources,
    may_import,
)
from ...tasks import call
from ..language import error_text
from ..rtl import isolate
from ..runner import Job, TaskError, TaskRunner
from ..text import safe_line
from ..widgets.inline_progress import InlineProgress, StaysOpenWhileWorking
from ..widgets.parts import plain_label

NOTES_SHOWN = 8  # refusals listed one by one; the rest are counted


class HqImportBar(QWidget):
    """The row above the records list holding "Import packages…", shown only to whom `may_import` allows; the
    records page opens the dialog from it and reloads its list after each import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqImportBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        self.button = QPushButton(self.tr("Import packages…"), self)
        self.button.setObjectName("hqImport")
        self.button.setToolTip(self.tr("Verify and merge the packages officers sent to one of HQ's targets or a "
                                       "folder, then write their replies"))
        row.addWidget(self.button)
        row.addStretch(1)
        self.hide()

    def show_for(self, session: HqSession | None) -> None:
        self.setVisible(session is not None and may_import(session))


class HqImportDialog(StaysOpenWhileWorking):  # Esc or Close while importing: stops between packages
    imported = Signal()  # an import ran (whatever came of it): the records list reloads

    def __init__(self, session: HqSession, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqImportDialog")
        self.setWindowTitle(self.tr("Import packages"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(640)
        self._session, self._runner = session, runner
        self.job: Job | None = None
        self.summary: ImportSummary | None = None
        self.sources: list[ImportSource] = []
        self.sources_loaded = False  # HQ's targets read (or failed to be)

        layout = self._layout = QVBoxLayout(self)
        intro = plain_label(self.tr(
            "Officers' packages are checked (signature, sequence, every piece) before anything is written, and "
            "each package is imported whole or not at all. Replies for the officers (acknowledgements, HQ's "
            "changes) are written back to the same place."), self, "hint")
        layout.addWidget(intro)

        box = QGroupBox(self.tr("Where the packages are"), self)
        where = QVBoxLayout(box)
        row = QHBoxLayout()
        self.source = QComboBox(box)
        self.source.setObjectName("hqImportSource")
        self.source.setAccessibleName(self.tr("Where the packages are"))
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(30)
        self.source.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.source.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.choose = QPushButton(self.tr("Choose a folder…"), box)
        self.choose.setObjectName("hqImportChoose")
        self.choose.clicked.connect(self._choose_folder)
        row.addWidget(self.source, 1)
        row.addWidget(self.choose)
        where.addLayout(row)
        self.source_hint = plain_label("", box, "hint")
        where.addWidget(self.source_hint)
        layout.addWidget(box)

        self.progress = InlineProgress(self)
        self.progress.setObjectName("hqImportProgress")
        layout.addWidget(self.progress)
        self.message = plain_label("", self, "inlineError")
        self.message.hide()
        layout.addWidget(self.message)
        self.outcome = QGroupBox(self.tr("Outcome"), self)
        self.outcome.setObjectName("hqImportOutcome")
        outcome = QVBoxLayout(self.outcome)
        self.outcome_text = plain_label("", self.outcome, "hqImportOutcomeText")
        self.outcome_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outcome.addWidget(self.outcome_text)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primary")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.load_sources()

    # -- the source ------------------------------------------------------------------------------------
    def load_sources(self) -> None:
        self.source_hint.setText(self.tr("Reading HQ's targets…"))
        self._runner.run(call(import_sources, self._session), owner=self, on_done=self._show_sources,
                         on_error=self._sources_failed)

    def _show_sources(self, sources: list[ImportSource]) -> None:
        self.sources = sources
        kinds = {"folder": self.tr("folder"), "webdav": self.tr("WebDAV"), "s3": self.tr("S3")}
        chosen = self.source_value()
        self.source.clear()
        for s in sources:
            text = self.tr("%1 (%2: %3)").replace("%1", safe_line(s.name, 40)).replace(
                "%2", kinds.get(s.kind, s.kind)).replace("%3", isolate(safe_line(s.location, 300)))
            self.source.addItem(text, s.name)
            self.source.setItemData(self.source.count() - 1, text, Qt.ItemDataRole.ToolTipRole)  # a long path whole
        if chosen and chosen not in {s.name for s in sources}:
            self._add_folder_item(chosen)
        self.source_hint.setText(self.tr(
            "One of HQ's targets (set with fieldcase hq target), or a folder: a USB stick, a shared drive.")
            if sources else self.tr("No target is set for this HQ yet (fieldcase hq target): choose the folder "
                                    "the packages are in, a USB stick or a shared drive."))
        self.sources_loaded = True
        self._update_buttons()
        self._fit_height()

    def _sources_failed(self, error: TaskError) -> None:
        self.sources_loaded = True
        self.source_hint.setText("")
        self._fail(error.message)

    def _add_folder_item(self, folder: str) -> None:
        index = self.source.findData(folder)
        if index < 0:
            text = self.tr("Folder %1").replace("%1", isolate(safe_line(folder, 300)))
            self.source.addItem(text, folder)
            index = self.source.count() - 1
            self.source.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.source.setCurrentIndex(index)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder the packages are in"),
                                                  str(Path.home()))
        if folder:
            self.choose_folder(Path(folder))

    def choose_folder(self, folder: Path) -> None:
        """Import from this folder (what the folder picker gives)."""
        self._add_folder_item(str(folder))
        self._update_buttons()

    def source_value(self) -> str | None:
        """A target's name or a folder's path: what `hq import --from` takes."""
        value = self.source.currentData()
        return str(value) if value else None

    def _update_buttons(self) -> None:
        idle = self.job is None
        self.import_button.setEnabled(idle and self.source_value() is not None)
        for widget in (self.source, self.choose, self.buttons.button(QDialogButtonBox.StandardButton.Close)):
            widget.setEnabled(idle)  # while importing, the progress's Cancel (or Esc) is the way out

    # -- importing -------------------------------------------------------------------------------------
    def start_import(self) -> None:
        source = self.source_value()
        if self.job is not None or source is None:
            return
        self.message.hide()
        self.outcome.hide()
        self.job = self._runner.run(PackageImportTask(self._session, source), owner=self, on_done=self._imported,
                                    on_error=self._failed, on_progress=self._progressed)
        self._update_buttons()
        self.progress.start(self.job, self.tr("Looking for new packages at %1…").replace(
            "%1", self._source_label(source)))
        self._fit_height()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.update(done, total)
        if self.job is not None and not self.job.cancelled and total > 0:
            self.progress.text.setText(self.tr("Importing packages: %1 of %2 done…").replace(
                "%1", str(done)).replace("%2", str(total)))

    def _source_label(self, source: str) -> str:
        return isolate(safe_line(source, 120))

    def _ended(self) -> None:
        self.job = None
        self.progress.finish()
        self._update_buttons()
        self.imported.emit()  # even a stopped or failed import may have taken packages in

    def _failed(self, error: TaskError) -> None:
        self._ended()
        self._fail("\n".join((error.message, self.tr(
            "Nothing is lost: each package is imported whole or not at all, and those imported before this "
            "stay imported. Import again once this is solved."))))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._fit_height()

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self._ended()
        self.outcome_text.setText(self.outcome_words(summary))
        self.outcome.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every wrapped line whole as the hint, the progress, an error or the outcome appear (a
        dialog keeps the size it opened with), within the screen."""
        layout = self._layout
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        screen = self.screen().availableGeometry().height() if self.screen() is not None else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, screen - 40))

    # -- the outcome in words --------------------------------------------------------------------------
    def outcome_words(self, s: ImportSummary) -> str:
        where = self._source_label(s.source)
        if not s.found:
            lines = [self.tr("No new packages at %1.").replace("%1", where)]
        else:
            lines = [self.tr("%n new package(s) at %1.", "", s.found).replace("%1", where),
                     self.tr("Accepted: %1 · Already imported before: %2 · Waiting for an earlier package: %3 · "
                             "Refused: %4").replace("%1", str(s.accepted)).replace("%2", str(s.duplicates))
                     .replace("%3", str(s.held)).replace("%4", str(s.refused))]
        if s.accepted:
            lines.append(self.tr("%n revision(s) came in.", "", s.revisions) + " "
                         + self.tr("%n record(s) new to HQ.", "", s.new_records))
            if s.attachments:
                lines.append(self.tr("%n attachment(s) came with them.", "", s.attachments))
            if s.links:
                lines.append(self.tr("%n decision(s) that two records are the same came with them.", "", s.links))
            if s.conflicts:
                lines.append(self.tr("%n conflict(s) to decide: a record changed both at HQ and in the field. "
                                     "Both versions are kept; decide with fieldcase hq conflicts.", "", s.conflicts))
        if s.refusals:
            lines += ["", self.tr("Refused (nothing from them was written; each is reported again at every import "
                                  "until it is removed from %1):").replace("%1", where)]
            lines += self._notes(s.refusals)
        if s.waiting:
            lines += ["", self.tr("Waiting (imported once the earlier packages arrive):")]
            lines += self._notes(s.waiting)
        if s.skipped:
            lines.append(self.tr("%n package(s) left to another import running at the same time.", "", s.skipped))
        lines.append("")
        if s.cancelled:
            lines.append(self.tr("Stopped at your request: %n package(s) were not touched; import again to take "
                                 "them. The packages taken before the stop are in whole. The replies for the "
                                 "officers are written at the next import.", "", s.left))
        elif s.replies:
            lines.append(self.tr("%n reply package(s) for the officers written to %1.", "", s.replies)
                         .replace("%1", where))
        else:
            lines.append(self.tr("No reply for the officers was due."))
        return "\n".join(lines).strip()

    def _notes(self, notes: tuple[PackageNote, ...]) -> list[str]:
        lines = []
        for n in notes[:NOTES_SHOWN]:
            who = isolate(safe_line(n.officer, 60)) if n.officer else self.tr("an unknown sender")
            which = (self.tr("%1, package %2").replace("%1", who).replace("%2", str(n.sequence)) if n.sequence
                     else who)
            lines.append(self.tr("• %1: %2").replace("%1", which).replace("%2", self._reason(n)))
        if len(notes) > NOTES_SHOWN:
            lines.append(self.tr("… and %n more (fieldcase hq import lists them all).", "",
                                 len(notes) - NOTES_SHOWN))
        return lines

    @staticmethod
    def _reason(note: PackageNote) -> str:
        """The refusal in the interface language (the core's message template, translated, then filled)."""
        return error_text(FieldcaseError(note.template or note.message, **note.params))
