"""Before a context dataset (HXL-tagged, UCDP GED) is imported: which column fills which field, and the first
rows as records, with the dataset's licence. Nothing is written until the person chooses Import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.hxl import KEPT
from ...services.import_preview import Preview
from ...text import clean_line


class ContextPreviewDialog(QDialog):
    def __init__(self, preview: Preview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextPreview")
        self.setWindowTitle(self.tr("Import context data"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        dataset = preview.dataset
        # an unnamed HXL dataset's title already ends with the file's name
        title = clean_line(dataset.title) if dataset else ""
        heading = QLabel(title if file_name in title else
                         self.tr("%1: %2").replace("%1", clean_line(file_name)).replace("%2", title), self)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        note = QLabel(self.tr("These records will be marked as coming from this dataset and kept apart from your "
                              "own records in counts. Licence: %1").replace("%1", clean_line(dataset.licence)
                                                                              if dataset else ""), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(note)

        layout.addWidget(QLabel(self.tr("Which column fills which field"), self))
        self.mapping = self._table([self.tr("Column"), self.tr("Fills")],
                                   [[clean_line(c), self.tr("kept as source data") if f == KEPT else clean_line(f)]
                                    for c, f in preview.columns], quiet=self.tr("kept as source data"))
        layout.addWidget(self.mapping, 3)

        layout.addWidget(QLabel(self.tr("The first rows, as they would be imported"), self))
        rows = []
        for row in preview.rows:
            if row.record is None:
                rows.append([str(row.line), "", self.tr("Would be refused: %1").replace(
                    "%1", "; ".join(clean_line(p) for p in row.problems)), "", ""])
                continue
            r = row.record
            loc = r["location"]
            where = ", ".join(clean_line(str(loc[k])) for k in ("place", "adm2_name", "adm1_name", "country")
                              if loc.get(k))
            date = clean_line(r["date"]) + (" – " + clean_line(r["date_end"]) if r.get("date_end") else "")
            killed = r.get("casualties", {}).get("killed")
            rows.append([str(row.line), date, clean_line(r["title"]), where, "" if killed is None else str(killed)])
        self.rows = self._table([self.tr("Line"), self.tr("Date"), self.tr("Title"), self.tr("Where"),
                                 self.tr("Killed")], rows)
        layout.addWidget(self.rows, 2)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self, headers: list[str], rows: list[list[str]], quiet: str | None = None) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if quiet is not None and cells[-1] == quiet:
                    item.setForeground(self.palette().placeholderText())  # not read as a field: quieter
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1 if len(headers) == 2 else 2, QHeaderView.ResizeMode.Stretch)
        return table
