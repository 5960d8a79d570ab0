"""KoboToolbox / ODK submissions into the workspace (issue 17): the three files `fieldcase import --format xlsform`
takes, chosen in one dialog. Nothing is read here: the import itself checks the mapping against the form (a bad
line is named with its form field) and runs on the page, with progress and Cancel, all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...text import clean_line
from ..widgets.file_places import add_sidebar_places


class _FileChoice(QWidget):
    """A chosen file's name (read-only, the whole path as its tooltip) and a Choose… button."""

    def __init__(self, caption: str, name_filter: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.caption, self.name_filter = caption, name_filter
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.shown = QLineEdit(self)
        self.shown.setReadOnly(True)
        self.shown.setPlaceholderText(self.tr("No file chosen"))
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self._open)
        row.addWidget(self.shown, 1)
        row.addWidget(self.choose)
        self._dialog: QFileDialog | None = None
        self.on_change = lambda: None

    def _open(self) -> None:
        dialog = QFileDialog(self.window(), self.caption)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        add_sidebar_places(dialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.name_filter])
        if self.path is not None:
            dialog.setDirectory(str(self.path.parent))
        dialog.fileSelected.connect(lambda chosen: self.set_path(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def set_path(self, path: Path) -> None:
        self.path = path
        self.shown.setText(clean_line(path.name))
        self.shown.setToolTip(clean_line(str(path)))
        self.on_change()


class FormImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formImport")
        self.setWindowTitle(self.tr("Import KoboToolbox / ODK submissions"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the submissions exported from KoboToolbox or ODK (CSV or XLSX, with their "
                               "media files in the same folder), the XLSForm they were collected with, and the "
                               "mapping file that says which question fills which field. A submission imported "
                               "before is revised, not added again. All or nothing."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.submissions = _FileChoice(self.tr("Submissions"), self.tr("Submissions (*.csv *.xlsx)"), self)
        self.form = _FileChoice(self.tr("XLSForm"), self.tr("XLSForm (*.xlsx *.xls)"), self)
        self.mapping = _FileChoice(self.tr("Mapping file"), self.tr("Mapping file (*.json)"), self)
        form.addRow(self.tr("Submissions:"), self.submissions)
        form.addRow(self.tr("XLSForm:"), self.form)
        form.addRow(self.tr("Mapping file:"), self.mapping)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for choice in (self.submissions, self.form, self.mapping):
            choice.on_change = self._update
        self._update()

    def _update(self) -> None:
        self.import_button.setEnabled(None not in self.chosen())

    def chosen(self) -> tuple[Path | None, Path | None, Path | None]:
        """The submissions, the form and the mapping file (None where not chosen yet)."""
        return self.submissions.path, self.form.path, self.mapping.path
