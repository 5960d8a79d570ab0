"""Settings › Places: the workspace's country and its gazetteer (an OCHA COD-AB table of P-codes)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ...tasks import call
from ..runner import TaskError, TaskRunner
from .file_places import add_sidebar_places

if TYPE_CHECKING:
    from ...services.gazetteer import GazetteerImport, GazetteerService


class PlacesBox(QGroupBox):
    def __init__(self, places: GazetteerService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Places"), parent)
        self.setObjectName("placesBox")
        self._places, self._runner = places, runner
        self._dialog: QFileDialog | None = None
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.country = QLineEdit(self)
        self.country.setObjectName("workspaceCountry")
        self.country.setMaxLength(3)
        self.country.setMaximumWidth(110)
        self.country.setPlaceholderText(self.tr("e.g. XTV"))
        self.country.setText(places.country() or "")
        self.country.setToolTip(self.tr("Three-letter ISO 3166 code; new records start with it"))
        save = QPushButton(self.tr("Set"), self)
        save.clicked.connect(self._set_country)
        self.country.returnPressed.connect(self._set_country)
        row.addWidget(self.country)
        row.addWidget(save)
        row.addStretch(1)
        form.addRow(self.tr("Country"), row)

        self.summary = QLabel(self)
        self.summary.setObjectName("gazetteerSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Gazetteer"), self.summary)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a COD-AB table…"), self)
        self.import_button.setToolTip(self.tr("A CSV with the columns ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN …, "
                                              "as OCHA publishes administrative boundaries on HDX"))
        self.import_button.clicked.connect(self._choose)
        self.progress = QProgressBar(self)  # in the page, not a floating window
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        form.addRow("", self.message)
        self._show_summary()

    def _show_summary(self) -> None:
        counts = self._places.counts()
        if not counts:
            self.summary.setText(self.tr("None yet. Import your country's COD-AB table to pick regions and "
                                         "districts by name in the editor, with their P-codes."))
            return
        nouns = {1: self.tr("regions (admin 1)"), 2: self.tr("districts (admin 2)"), 3: self.tr("places (admin 3)")}
        by_country: dict[str, list[str]] = {}
        for (country, level), n in sorted(counts.items()):
            # "noun: count" needs no plural forms
            by_country.setdefault(country, []).append(self.tr("%1: %2").replace("%1", nouns.get(level, str(level)))
                                                      .replace("%2", f"{n:,}"))
        self.summary.setText("\n".join(f"{country} — " + ", ".join(parts) for country, parts in by_country.items()))

    def _set_country(self) -> None:
        self._run(call(self._places.set_country, self.country.text()), lambda _r: self._say(
            self.tr("New records will start with this country."), error=False))

    def _choose(self) -> None:
        dialog = QFileDialog(self.window(), self.tr("Choose a COD-AB table (CSV)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        add_sidebar_places(dialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV tables (*.csv)")])
        dialog.fileSelected.connect(lambda chosen: self.import_file(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def import_file(self, path: Path) -> None:
        country = self.country.text().strip() or None

        def done(result: GazetteerImport) -> None:
            self.country.setText(result.country)
            self._show_summary()
            self._say(self.tr("Gazetteer imported."), error=False)

        self.import_button.setEnabled(False)
        self.progress.show()
        self._run(call(lambda: self._places.import_file(path, country=country)), done)

    def _run(self, task: object, done: object) -> None:
        def finished(result: object) -> None:
            self.import_button.setEnabled(True)
            self.progress.hide()
            done(result)  # type: ignore[operator]

        def failed(error: TaskError) -> None:
            self.import_button.setEnabled(True)
            self.progress.hide()
            self._say(error.message, error=True)

        self._runner.run(task, owner=self, on_done=finished, on_error=failed)  # type: ignore[arg-type]

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setObjectName("inlineError" if error else "inlineInfo")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
