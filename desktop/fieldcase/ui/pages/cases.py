"""Case files: incidents and community information in one list, with filters and search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import CaseFilter
from ...tasks import ImportTask, call
from ...text import clean_line
from ..dialogs.drafts import DraftsDialog
from ..dialogs.messages import show_error, show_info
from ..editor.manager import EditorManager
from ..models.case_table import CaseTableModel
from ..runner import TaskError, TaskRunner
from ..vocab import Choice, Vocabulary
from ..widgets.file_places import add_sidebar_places
from ..widgets.filter_bar import FilterBar
from ..widgets.flip_box import FlipBox
from ..widgets.inline_progress import InlineProgress

if TYPE_CHECKING:
    from ...services.records import CaseFacets, CaseService

COLUMN_WIDTHS = (128, 100, 320, 150, 160, 48, 112, 80)  # the title (2) stretches
ABSENT_SHOWN = 20  # ids of events an updated export no longer has, named in the import's message
TITLE_AT_LEAST = 240  # the title stays readable when translated headers widen the other columns


class CasesPage(QWidget):
    total_changed = Signal(int)  # all records in the workspace
    facets_loaded = Signal(object)
    duplicates_requested = Signal()  # "Possible duplicates": the workspace view (pages/duplicates.py)

    def __init__(self, service: CaseService, runner: TaskRunner, vocab: Vocabulary,
                 enums: dict[str, tuple[Choice, ...]], editors: EditorManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self._service, self._runner, self._editors, self._enums = service, runner, editors, enums
        self._total_all: int | None = None
        self.facets: CaseFacets | None = None
        self._dialog: QWidget | None = None
        self._drafts: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)

        top = FlipBox(self)
        title = QLabel(self.tr("Case files"), self)
        title.setObjectName("pageTitle")
        top.add(title)
        self.drafts_button = QPushButton(self.tr("Drafts"), self)
        self.drafts_button.clicked.connect(self.show_drafts)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import records from a Fieldcase .json or .csv file, an ACLED or UCDP "
                                              "export, an HXL-tagged dataset, or KoboToolbox / ODK submissions "
                                              "(all or nothing)"))
        import_menu = QMenu(self.import_button)
        import_menu.addAction(self.tr("Records or context data…"), self._choose_import)
        import_menu.addAction(self.tr("KoboToolbox / ODK submissions…"), self.choose_form_import)
        self.import_button.setMenu(import_menu)
        self.new_info = QPushButton(self.tr("New community information"), self)
        self.new_info.clicked.connect(lambda: self._editors.new_record("community_info"))
        self.new_incident = QPushButton(self.tr("New incident"), self)
        self.new_incident.setObjectName("primary")
        self.new_incident.setToolTip(self.tr("Record a new incident (Ctrl+N)"))
        self.new_incident.clicked.connect(lambda: self._editors.new_record("incident"))
        self.duplicates_button = QPushButton(self.tr("Possible duplicates"), self)
        self.duplicates_button.setObjectName("duplicatesButton")
        self.duplicates_button.setToolTip(self.tr("People and incidents recorded more than once"))
        self.duplicates_button.clicked.connect(self.duplicates_requested)
        # two groups that stack when the row is too long (French at 1024 px): nothing forces the window wider
        top.add_groups((self.drafts_button, self.duplicates_button, self.import_button),
                       (self.new_info, self.new_incident))
        layout.addWidget(top)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self._editors.new_record("incident"))

        self.filters = FilterBar(vocab, enums["kind"], self)
        self.filters.changed.connect(self._filter_changed)
        layout.addWidget(self.filters)

        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.progress = InlineProgress(self)  # an import's progress and Cancel, in the page
        self.progress.setObjectName("importProgress")
        layout.addWidget(self.progress)
        self.progress.shown.connect(lambda busy: self.import_button.setEnabled(not busy))  # one import at a time

        enum_labels = {**dict(enums["kind_short"]), **{v: label for v, label in enums["status"]}}
        self.model = CaseTableModel(service, runner, vocab, enum_labels, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.summary.setText(error.message))
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ask every row for its height
        vertical.setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never "resize to contents": 100k rows
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))  # a longer translated title
        header.setMinimumSectionSize(44)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.table.setAccessibleName(self.tr("Case files"))
        layout.addWidget(self.table, 1)

        self.empty = QLabel(self.tr("No records match these filters."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)

        editors.saved.connect(lambda _record: self.refresh())
        self.table.viewport().installEventFilter(self)
        self.model.reload()
        self.load_facets()
        self.refresh_drafts()

    # -- loading ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        """The title takes the room the other columns leave, but never less than TITLE_AT_LEAST (a stretched
        section shrinks to nothing when longer translated headers fill the width; the table scrolls instead)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 2 and not header.isSectionHidden(c))
        self.table.setColumnWidth(2, max(TITLE_AT_LEAST, self.table.viewport().width() - others))

    def refresh(self) -> None:
        self.model.reload()
        self.load_facets()
        self.refresh_drafts()

    def load_facets(self) -> None:
        def loaded(facets: CaseFacets) -> None:
            self.facets = facets
            self.filters.set_facets(facets.regions, facets.violation_types)
            self.facets_loaded.emit(facets)

        self._runner.run(call(self._service.facets), owner=self, on_done=loaded)

    def refresh_drafts(self) -> None:
        def shown(drafts: list[dict[str, Any]]) -> None:
            self._drafts = drafts
            self.drafts_button.setText(self.tr("Drafts (%1)").replace("%1", str(len(drafts))) if drafts
                                       else self.tr("Drafts"))
            self.drafts_button.setEnabled(bool(drafts))

        self._runner.run(call(self._service.drafts), owner=self, on_done=shown)

    def _filter_changed(self, case_filter: CaseFilter) -> None:
        self.model.set_filter(case_filter)

    def _loaded(self, total: int) -> None:
        unfiltered = self.model.case_filter == CaseFilter()
        if unfiltered:
            self._total_all = total
            self.total_changed.emit(total)
            self.summary.setText(self.tr("%n record(s)", "", total))
        else:
            self._runner.run(call(self._service.count), owner=self, on_done=self._count_all)
            self.summary.setText(self.tr("%n record(s) match", "", total))
        self.empty.setVisible(total == 0)
        self.table.setVisible(total > 0 or unfiltered)

    def _count_all(self, total: int) -> None:
        self._total_all = total
        self.total_changed.emit(total)
        matching = self.model.total
        self.summary.setText(self.tr("%1 of %2 records match").replace("%1", f"{matching:,}")
                             .replace("%2", f"{total:,}"))

    # -- actions ---------------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self._editors.open_record(summary.id)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def show_drafts(self) -> None:
        kinds = {value: label for value, label in self._enums["kind"]}

        def discard(draft_id: str) -> None:
            self._runner.run(call(self._service.discard_draft, draft_id), owner=self,
                             on_done=lambda _r: self.refresh_drafts())

        dialog = DraftsDialog(self._drafts, kinds, self.window(), self._editors.open_draft, discard)
        self._dialog = dialog
        dialog.open()

    def _choose_import(self) -> None:
        dialog = QFileDialog(self.window(), self.tr("Import records"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        add_sidebar_places(dialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Records and context data (*.json *.csv *.xlsx *.xls *.ods)")])
        dialog.fileSelected.connect(lambda chosen: self.import_file(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def choose_form_import(self) -> None:
        from ..dialogs.form_import import FormImportDialog

        dialog = FormImportDialog(self.window())

        def chosen() -> None:
            submissions, form, mapping = dialog.chosen()
            if submissions is not None:
                self._run_import(submissions, "xlsform", form=form, mapping=mapping)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def import_file(self, path: Path) -> None:
        from ...services.import_preview import context_format, preview_file

        fmt = context_format(path)
        if fmt is None:
            self._run_import(path, "auto")
            return

        def previewed(preview: Any) -> None:
            from ..dialogs.context_preview import ContextPreviewDialog

            dialog = ContextPreviewDialog(preview, path.name, self.window())
            dialog.accepted.connect(lambda: self._run_import(path, fmt))
            dialog.finished.connect(dialog.deleteLater)
            self._dialog = dialog
            dialog.open()

        def unreadable(error: TaskError) -> None:
            self.progress.finish()
            show_error(self.window(), error.message)

        def read(preview: Any) -> None:
            self.progress.finish()
            previewed(preview)

        job = self._runner.run(call(preview_file, path, fmt), owner=self, on_done=read, on_error=unreadable)
        self.progress.start(job, self.tr("Reading %1…").replace("%1", path.name), cancellable=False)

    def _run_import(self, path: Path, fmt: str, *, form: Path | None = None, mapping: Path | None = None) -> None:
        def done(outcome: Any) -> None:
            self.progress.finish()
            self.refresh()
            show_info(self.window(), self._imported(outcome))

        def failed(error: TaskError) -> None:
            self.progress.finish()
            details = "\n".join(error.details[:30])
            more = len(error.details) - 30
            if more > 0:
                details += "\n" + self.tr("… and %1 more.").replace("%1", str(more))
            show_error(self.window(), error.message + ("\n\n" + details if details else ""))

        def cancelled() -> None:
            self.progress.finish()
            self.summary.setText(self.tr("Import cancelled; nothing was imported."))

        job = self._runner.run(ImportTask(path, self._service, fmt, form, mapping), owner=self, on_done=done,
                               on_error=failed,
                               on_cancelled=cancelled, on_progress=self.progress.update)
        self.progress.start(job, self.tr("Importing %1…").replace("%1", path.name))

    def _imported(self, outcome: Any) -> str:
        """What an import did, as the CLI says it: new and revised records, and for an external dataset where
        they are marked as coming from, its attribution, and the events an updated export no longer has."""
        lines = [self.tr("Imported %n record(s).", "", outcome.stored)]  # Qt plural form (%n)
        if outcome.revised or outcome.unchanged:
            lines.append(self.tr("New: %1. Revised: %2. Unchanged: %3.").replace("%1", str(outcome.created))
                         .replace("%2", str(outcome.revised)).replace("%3", str(outcome.unchanged)))
        dataset = outcome.dataset
        if dataset is not None:
            lines.append(self.tr("Marked as coming from %1 and kept apart from your own records in counts.")
                         .replace("%1", clean_line(dataset.title)))
            if dataset.attribution:
                lines.append(clean_line(dataset.attribution))
        if outcome.absent:
            shown = ", ".join(clean_line(i) for i in outcome.absent[:ABSENT_SHOWN])
            lines.append(self.tr("%n event(s) imported before are not in this export (deleted by the publisher, or "
                                 "outside this download); they were left as they are:", "", len(outcome.absent))
                         + " " + shown + (" …" if len(outcome.absent) > ABSENT_SHOWN else ""))
        return "\n\n".join(lines)

    def teardown(self) -> None:
        self.model.clear()
