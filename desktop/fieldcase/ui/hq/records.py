"""The records an HQ user may see: the list (records above their clearance marked, with no content) and one
record's detail. Every read runs on a worker thread; a strictly confidential record's detail is audit-logged
by the service before it comes back (services/hq_access.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import CaseRecord
from ...services.hq_access import HqRecordDetail, HqRecordRow, HqSession
from ...tasks import call
from ...text import clean_block, clean_line
from ..runner import TaskRunner
from ..text import short_time
from ..vocab import enum_choices
from ..welcome.common import heading, message_label
from .import_dialog import HqImportBar, HqImportDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def level_label(level: str) -> str:
    return {"restricted": translate("HqRecords", "Restricted"), "confidential": translate("HqRecords", "Confidential"),
            "strictly_confidential": translate("HqRecords", "Strictly confidential")}.get(level, level)


def role_label(role: str) -> str:
    return {"viewer": translate("HqRecords", "Viewer"), "analyst": translate("HqRecords", "Analyst"),
            "reviewer": translate("HqRecords", "Reviewer")}.get(role, role)


class HqRecordsPage(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: HqSession | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)  # inside the signed-in view's tab, which has its own margins
        self.message = message_label(self)
        layout.addWidget(self.message)
        self.import_bar = HqImportBar(self)  # "Import packages…": analysts and reviewers of the top clearance
        self.import_bar.button.clicked.connect(self.open_import)
        self.import_button = self.import_bar.button
        self.import_dialog: HqImportDialog | None = None
        layout.addWidget(self.import_bar)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Title"), self.tr("Region"),
                                              self.tr("Confidentiality")])
        self.table = QTableView(split)
        self.table.setObjectName("hqRecords")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the selection, not the current index: QTableView.selectRow sets no current index in a mirrored layout
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        detail = QWidget(split)
        pane = QVBoxLayout(detail)
        pane.setContentsMargins(12, 0, 0, 0)
        self.title = heading("", detail)
        pane.addWidget(self.title)
        self.notice = QLabel(detail)
        self.notice.setObjectName("inlineInfo")  # the style sheet's information box
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        pane.addWidget(self.notice)
        self.body = QPlainTextEdit(detail)
        self.body.setObjectName("hqDetail")
        self.body.setReadOnly(True)
        pane.addWidget(self.body, 1)
        pane.addStretch(0)  # holds the heading and notice at the top when there is no body to show
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

    # -- the list -------------------------------------------------------------------------------------
    def show_session(self, session: HqSession) -> None:
        self._session = session
        self._clear_detail()
        self.status.setText(self.tr("Loading the records…"))
        self.import_bar.show_for(session)
        self._runner.run(call(lambda: (session.records(), session.refreshed_at())), owner=self,
                         on_done=self._listed, on_error=self._failed)

    def _listed(self, result: tuple[list[HqRecordRow], str | None]) -> None:
        rows, refreshed = result
        self.model.removeRows(0, self.model.rowCount())
        grey = QBrush(QColor("#6b7480"))
        for row in rows:
            if row.readable:
                cells = [row.date_text or "", clean_line(row.title), clean_line(row.region or ""),
                         level_label(row.confidentiality)]
            else:
                cells = ["", self.tr("Above your clearance"), "", level_label(row.confidentiality)]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(row.record_id, ID_ROLE)
            items[1].setToolTip(cells[1])  # a long title is elided in its column
            if not row.readable:
                for item in items:
                    item.setForeground(grey)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()  # date, region and level whole; the title takes what is left
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        above = sum(1 for r in rows if not r.readable)
        text = self.tr("%n record(s) you may read", "", len(rows) - above)
        if above:
            text += " · " + self.tr("%n above your clearance (no content)", "", above)
        if refreshed:
            text += " · " + self.tr("as of the last import, %1").replace("%1", short_time(refreshed))
        self.status.setText(text)

    def _failed(self, error: object) -> None:
        self.status.setText("")
        self.message.setText(getattr(error, "message", ""))
        self.message.show()

    # -- one record -----------------------------------------------------------------------------------
    def select(self, row: int) -> None:
        """Select a row (and show its record) as a click would: QTableView.selectRow does nothing in a
        mirrored layout whose columns do not reach the viewport's right edge."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _open(self, row: int) -> None:
        session = self._session
        if session is None or row < 0:
            return
        record_id = self.model.item(row, 0).data(ID_ROLE)
        self._runner.run(call(session.record, record_id), owner=self, on_done=self._show, on_error=self._failed)

    def _show(self, detail: HqRecordDetail) -> None:
        session = self._session
        if session is None:
            return
        if detail.record is None:
            self.title.setText(self.tr("Above your clearance"))
            self.notice.setText(self.tr(
                "This record is %1; your clearance is %2. Its content is in no file your key opens, so it "
                "cannot be shown here.").replace("%1", level_label(detail.row.confidentiality)).replace(
                "%2", level_label(session.user.clearance)))
            self.notice.show()
            self.body.setPlainText("")
            self.body.hide()  # no empty box that looks like content failed to load
            return
        record = detail.record
        self.title.setText(clean_line(record.title))
        if record.confidentiality == "strictly_confidential":
            self.notice.setText(self.tr("Strictly confidential: this reading is recorded in the HQ audit log "
                                        "under your name."))
            self.notice.show()
        else:
            self.notice.hide()
        self.body.setPlainText(self._detail_text(record))
        self.body.show()

    def _detail_text(self, r: CaseRecord) -> str:
        loc = r.location
        place = ", ".join(clean_line(p) for p in (loc.place, loc.adm2_name, loc.adm1_name, loc.country) if p)
        lines = [self.tr("Date: %1").replace("%1", r.date.text),
                 self.tr("Place: %1").replace("%1", place),
                 self.tr("Confidentiality: %1").replace("%1", level_label(r.confidentiality))]
        roles = dict(enum_choices()["role"])
        for p in r.people:
            lines.append(self.tr("Person (%1): %2").replace("%1", roles.get(p.role, p.role)).replace(
                "%2", clean_line(p.name or p.pseudonym)))
        if r.narrative:
            lines += ["", clean_block(r.narrative)]
        return "\n".join(lines)

    def _clear_detail(self) -> None:
        self.title.setText("")
        self.notice.hide()
        self.body.setPlainText("")
        self.message.hide()

    def open_import(self) -> None:
        """The Import packages dialog (ui/hq/import_dialog.py); the list is read again after each import."""
        session = self._session
        if session is None or self.import_dialog is not None:
            return
        dialog = HqImportDialog(session, self._runner, self)
        dialog.imported.connect(lambda: self.show_session(session) if self._session is session else None)
        dialog.finished.connect(lambda _result: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()

    def clear(self) -> None:
        """Forget everything shown (at lock)."""
        if self.import_dialog is not None:  # the window stopped the runner's work before this
            self.import_dialog.done(0)
            self.import_dialog = None
        self.import_bar.show_for(None)
        self._session = None
        self.model.removeRows(0, self.model.rowCount())
        self._clear_detail()
        self.status.setText("")
