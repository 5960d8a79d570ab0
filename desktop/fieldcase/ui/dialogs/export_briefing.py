"""Export a signed PDF briefing: choose the month, region, marking and redaction, see what is included, export.

The preview assembles the briefing off the UI thread (about 0.1-0.2 s on the demo) whenever the
month, region or redaction changes; "Export" runs `BriefingTask` through the task runner, its progress
bar and Cancel inside this dialog, above the buttons. The service writes the file atomically after its
last cancellation check, so a cancelled export leaves nothing behind.

"Also save the complete list as CSV" writes every record of the briefing beside the PDF, same base name
(`companion_csv`), and the signed PDF states that file's SHA-256. The CSV follows the PDF's rule for an
existing file: a proposed name is one where neither file exists yet; a name the person chose replaces an
existing CSV only once they say so (the save dialog asked only about the PDF). Both files are written
together or not at all (services/briefing.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...briefing.model import month_label
from ...i18n.briefing_text import briefing_language
from ...tasks import call
from ..language import LANGUAGES
from ..language import current as current_language
from ..runner import Job, TaskError, TaskRunner
from ..widgets.inline_progress import InlineProgress

CLASSIFICATIONS = ("STRICTLY CONFIDENTIAL", "CONFIDENTIAL", "RESTRICTED")
PREVIEW_DELAY_MS = 150  # a burst of changes (scrolling the month) makes one preview
_KIND_ORDER = ("Incident", "Community", "Meeting", "CSO report", "Early warn.", "Info")
_LEVEL_ORDER = ("very_high", "high", "medium", "low", "no_data")  # no_data: no records
_STATUS_ORDER = ("verified", "corroborated", "under review", "reported", "not verified", "discounted")

if TYPE_CHECKING:
    from ...services.briefing import BriefingService


@dataclass(frozen=True)
class PreviewSummary:
    """What the dialog shows of an assembled briefing (computed on the worker thread)."""

    period_label: str
    scope: str
    records: int
    by_kind: tuple[tuple[str, int, tuple[tuple[str, int], ...]], ...]  # kind, count, (verification, count)
    risk_levels: tuple[tuple[str, tuple[str, ...]], ...]  # level, area labels
    risk_areas: int
    key_incidents: int
    withheld: tuple[str, ...]
    signer: str
    fingerprint: str
    self_signed: bool


def summarise(data: Any, identity: Any) -> PreviewSummary:
    kinds: dict[str, Counter[str]] = {}
    for row in data.annex:
        kinds.setdefault(row.kind, Counter())[row.verification] += 1
    ordered = sorted(kinds, key=lambda k: _KIND_ORDER.index(k) if k in _KIND_ORDER else len(_KIND_ORDER))

    def status_key(item: tuple[str, int]) -> int:
        name = item[0].lower()
        return _STATUS_ORDER.index(name) if name in _STATUS_ORDER else len(_STATUS_ORDER)

    by_kind = tuple((k, sum(kinds[k].values()), tuple(sorted(kinds[k].items(), key=status_key))) for k in ordered)
    levels = tuple((level, tuple(r.label for r in data.risk_matrix if r.level == level)) for level in _LEVEL_ORDER)
    return PreviewSummary(month_label(data.period), data.scope, len(data.annex), by_kind,
                          tuple((lv, areas) for lv, areas in levels if areas), len(data.risk_matrix),
                          len(data.key_incidents), tuple(data.withheld), identity.subject, identity.fingerprint,
                          identity.self_signed)


def default_file_name(period: str, region: str | None) -> str:
    scope = "".join(ch for ch in (region or "all-regions").lower() if ch.isalnum() or ch == "-")
    return f"briefing-{period}-{scope or 'region'}.pdf"


def _default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def companion_csv(pdf: Path) -> Path:
    """Where the complete list goes: beside the PDF, same base name (briefing-2026-05.pdf -> briefing-2026-05.csv)."""
    return pdf.with_suffix(".csv")


def _unused(path: Path, *, with_csv: bool = False) -> Path:
    """`path`, or `name-2.pdf`, `name-3.pdf`... : a proposed name never silently replaces a file (nor, with
    the complete list, the CSV beside it)."""
    def taken(candidate: Path) -> bool:
        return candidate.exists() or (with_csv and companion_csv(candidate).exists())

    candidate, n = path, 2
    while taken(candidate):
        candidate, n = path.with_name(f"{path.stem}-{n}{path.suffix}"), n + 1
    return candidate


def _plain(parent: QWidget, text: str = "", *, hint: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hint:
        label.setObjectName("hint")
    return label


class _TallEnoughLabel(QLabel):
    """A wrapped label that asks for the height its text needs at its present width: inside a form row of a
    group box, the layouts gave it the height of a wider label and its last lines were cut (French, Arabic)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class _FittedNote(_TallEnoughLabel):
    """A wrapped note outside a scroll area that asks for no more height than its text needs at its width: a
    wrapped label's own size hint is taller (it wraps at a narrow width), and the extra showed as gaps."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        return QSize(hint.width(), needed) if needed > 0 else hint


class ExportBriefingDialog(QDialog):
    def __init__(self, service: BriefingService, runner: TaskRunner,
                 regions: list[tuple[str, str]] | tuple[tuple[str, str], ...],
                 parent: QWidget, *, period: str | None = None, region: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportBriefingDialog")
        self.setWindowTitle(self.tr("Export briefing"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(900, 560)
        available = self.screen().availableGeometry()  # never bigger than the screen (1024x768 laptops)
        self.resize(min(1060, available.width()), min(700, available.height()))
        self._runner = runner
        self.service = service
        self.summary: PreviewSummary | None = None
        self.result: Any = None
        self.job: Job | None = None
        self._preview_generation = 0
        self.preview_busy = False  # a preview for the current choices is due or being computed
        self._chosen_path: Path | None = None  # set once the person picks a file: no longer follows the choices

        layout = QVBoxLayout(self)
        intro = _plain(self, self.tr("A signed PDF for headquarters. People, sources and coordinates are "
                                     "protected as described under Redaction; check the preview before "
                                     "exporting."), hint=True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)

        # -- the choices -------------------------------------------------------------------------
        choices = QGroupBox(self.tr("Briefing"), self)
        # short of height (the outcome shown, a longer language, the complete-list option) the choices scroll
        # rather than the redaction notes running into each other
        choices_scroll = QScrollArea(choices)
        choices_scroll.setObjectName("exportChoicesScroll")
        choices_scroll.setWidgetResizable(True)
        choices_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        choices_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        choices_body = QWidget(choices_scroll)
        choices_scroll.setWidget(choices_body)
        holder = QVBoxLayout(choices)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(choices_scroll)
        form = QFormLayout(choices_body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.period = QDateEdit(choices)
        self.period.setObjectName("exportPeriod")
        self.period.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: a mirrored one reverses it
        self.period.setDisplayFormat("yyyy-MM")
        self.period.setCalendarPopup(True)
        if period:
            self.period.setDate(QDate(int(period[:4]), int(period[5:7]), 1))
        else:
            self.period.setDate(QDate.currentDate())
        self.region = QComboBox(choices)
        self.region.setObjectName("exportRegion")
        self.region.addItem(self.tr("Country-wide"), None)
        for pcode, name in regions:
            self.region.addItem(f"{name} ({pcode})", pcode)
        self.region.setCurrentIndex(max(0, self.region.findData(region)) if region else 0)
        self.classification = QComboBox(choices)
        self.classification.setObjectName("exportClassification")
        self.classification.setEditable(True)
        self.classification.addItems(list(CLASSIFICATIONS))
        classification_edit = self.classification.lineEdit()
        assert classification_edit is not None  # set editable just above
        classification_edit.setMaxLength(60)
        self.classification.setToolTip(self.tr("The marking printed on every page"))
        form.addRow(self.tr("Month"), self.period)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Classification"), self.classification)
        self.language = QComboBox(choices)  # the briefing's own language; the interface's by default
        self.language.setObjectName("exportLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        form.addRow(self.tr("Language"), self.language)

        redaction = QWidget(choices)
        box = QVBoxLayout(redaction)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.standard = QRadioButton(self.tr("Standard"), redaction)
        self.standard.setObjectName("redactionStandard")
        self.strict = QRadioButton(self.tr("Strict"), redaction)
        self.strict.setObjectName("redactionStrict")
        self.standard.setChecked(True)
        self._redaction_group = QButtonGroup(self)
        for button, text in (
                (self.standard, self.tr("Withholds the names of people who did not consent to be named (their "
                                        "pseudonym is shown), every source's identity and all coordinates.")),
                (self.strict, self.tr("Also withholds places below district level and exact days: dates are "
                                      "given to the month, in narratives too."))):
            self._redaction_group.addButton(button)
            box.addWidget(button)
            note = _TallEnoughLabel(text, redaction)
            note.setObjectName("hint")
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            indent = QHBoxLayout()  # the indent as a layout margin: a label's own margins are left out of its
            indent.setContentsMargins(22, 0, 0, 6)  # height-for-width, and its last lines were cut in French
            indent.addWidget(note)
            box.addLayout(indent)
        form.addRow(self.tr("Redaction"), redaction)
        # room for the fields beside the scroll bar when it shows (no horizontal scrolling: they were cut)
        choices_scroll.setMinimumWidth(choices_body.minimumSizeHint().width()
                                       + choices_scroll.verticalScrollBar().sizeHint().width())
        columns.addWidget(choices, 4)

        # -- the preview -------------------------------------------------------------------------
        preview = QGroupBox(self.tr("What the briefing includes"), self)
        preview.setObjectName("exportPreview")
        scroll = QScrollArea(preview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        inner.setObjectName("exportPreviewBody")
        scroll.setWidget(inner)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(scroll)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        shown = QFormLayout(inner)
        shown.setContentsMargins(0, 0, 8, 0)
        shown.setVerticalSpacing(10)
        shown.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        shown.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.preview_status = _plain(inner, hint=True)
        self.records_label = _plain(inner)
        self.records_label.setObjectName("previewRecords")
        self.risks_label = _plain(inner)
        self.risks_label.setObjectName("previewRisks")
        self.withheld_label = _plain(inner)
        self.withheld_label.setObjectName("previewWithheld")
        self.signer_label = _plain(self)
        self.signer_label.setObjectName("previewSigner")
        shown.addRow(self.preview_status)
        shown.addRow(self.tr("Records"), self.records_label)
        shown.addRow(self.tr("Risk matrix"), self.risks_label)
        shown.addRow(self.tr("Withheld"), self.withheld_label)
        columns.addWidget(preview, 7)

        bottom = QFormLayout()
        bottom.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        signer = QVBoxLayout()
        signer.setSpacing(2)
        signer.addWidget(self.signer_label)
        self.fingerprint_label = _plain(self)
        self.fingerprint_label.setObjectName("previewFingerprint")
        self.fingerprint_label.setWordWrap(False)
        self.fingerprint_label.setFont(QFont("DejaVu Sans Mono"))
        signer.addWidget(self.fingerprint_label)
        bottom.addRow(self.tr("Signed by"), signer)
        where = QHBoxLayout()
        self.output = QLineEdit(self)
        self.output.setObjectName("exportOutput")
        self.output.setReadOnly(True)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setObjectName("exportChoose")
        self.choose.clicked.connect(self.choose_output)
        where.addWidget(self.output, 1)
        where.addWidget(self.choose)
        bottom.addRow(self.tr("Save as"), where)
        complete = QVBoxLayout()
        complete.setSpacing(2)
        self.complete_list = QCheckBox(self.tr("Also save the complete list as CSV"), self)
        self.complete_list.setObjectName("exportCompleteList")
        self.complete_list_note = _FittedNote(self)
        self.complete_list_note.setObjectName("hint")
        self.complete_list_note.setTextFormat(Qt.TextFormat.PlainText)
        self.complete_list_note.setWordWrap(True)
        complete.addWidget(self.complete_list)
        indent = QHBoxLayout()  # under the box's text, as the redaction notes are
        indent.setContentsMargins(22, 0, 0, 0)
        indent.addWidget(self.complete_list_note)
        complete.addLayout(indent)
        bottom.addRow("", complete)
        layout.addLayout(bottom)
        self.replace_question: QMessageBox | None = None  # asked before a chosen name's CSV is replaced

        # -- the progress, the outcome and the buttons --------------------------------------------
        self.progress = InlineProgress(self)
        self.progress.setObjectName("exportProgress")
        layout.addWidget(self.progress)
        self.message = _plain(self)
        self.message.setObjectName("inlineError")
        self.message.hide()
        layout.addWidget(self.message)
        self.outcome = QGroupBox(self.tr("Exported"), self)
        self.outcome.setObjectName("exportOutcome")
        outcome = QVBoxLayout(self.outcome)
        self.outcome_label = _plain(self.outcome)
        self.outcome_label.setObjectName("exportOutcomeText")
        self.outcome_hash = _plain(self.outcome)
        self.outcome_hash.setFont(QFont("DejaVu Sans Mono"))
        outcome.addWidget(self.outcome_label)
        outcome.addWidget(self.outcome_hash)
        self.outcome_csv_label = _plain(self.outcome)
        self.outcome_csv_label.setObjectName("exportOutcomeList")
        self.outcome_csv_hash = _plain(self.outcome)
        self.outcome_csv_hash.setFont(QFont("DejaVu Sans Mono"))
        outcome.addWidget(self.outcome_csv_label)
        outcome.addWidget(self.outcome_csv_hash)
        self.show_folder = QPushButton(self.tr("Show in folder"), self.outcome)
        self.show_folder.clicked.connect(self._show_in_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.show_folder)
        folder_row.addStretch(1)
        outcome.addLayout(folder_row)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.period.dateChanged.connect(lambda _d: self._choices_changed())
        self.region.currentIndexChanged.connect(lambda _i: self._choices_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._choices_changed())
        self._redaction_group.buttonToggled.connect(lambda _b, on: self._choices_changed() if on else None)
        self.output.textChanged.connect(lambda _t: self._describe_complete_list())
        self.complete_list.toggled.connect(lambda _on: self._update_default_output())
        self._update_default_output()
        self._describe_complete_list()
        self.export_button.setFocus()
        self.refresh_preview()

    # -- the choices ---------------------------------------------------------------------------------
    def period_text(self) -> str:
        date = self.period.date()
        return f"{date.year():04d}-{date.month():02d}"

    def region_code(self) -> str | None:
        return self.region.currentData()

    def redaction(self) -> str:
        return "strict" if self.strict.isChecked() else "standard"

    def output_path(self) -> Path:
        return Path(self.output.text())

    def csv_path(self) -> Path | None:
        """The complete list's file, when it is asked for."""
        return companion_csv(self.output_path()) if self.complete_list.isChecked() else None

    def _describe_complete_list(self) -> None:
        self.complete_list_note.setText(self.tr(
            "Every record of the briefing, with the annex's columns, saved beside the PDF as %1. The PDF states "
            "the list's fingerprint (SHA-256), so a reader can check it is the list that was signed.").replace(
            "%1", companion_csv(self.output_path()).name))

    def _choices_changed(self) -> None:
        self._update_default_output()
        self.preview_busy = True
        self.preview_status.setText(self.tr("Updating the preview…"))
        self._preview_timer.start()

    def _update_default_output(self) -> None:
        if self._chosen_path is None:
            path = _unused(_default_folder() / default_file_name(self.period_text(), self.region_code()),
                           with_csv=self.complete_list.isChecked())
            self.output.setText(str(path))

    def choose_output(self) -> None:
        current = self.output_path()
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the briefing as"), str(current),
                                                    self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._chosen_path = path
        self.output.setText(str(path))

    # -- the preview ---------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        self._preview_generation += 1
        generation = self._preview_generation
        service = self.service
        period, region, redaction = self.period_text(), self.region_code(), self.redaction()
        language = self.language.currentData()

        def work() -> PreviewSummary:
            with briefing_language(language):  # the preview's sentences in the briefing's own language
                data = service.assemble(period, region, redaction=redaction)
                return summarise(data, service.signer())

        self.preview_busy = True
        self.preview_status.setText(self.tr("Updating the preview…"))
        self._runner.run(call(work), owner=self,
                         on_done=lambda summary: self._previewed(generation, summary),
                         on_error=lambda error: self._preview_failed(generation, error))

    def _previewed(self, generation: int, summary: PreviewSummary) -> None:
        if generation != self._preview_generation:
            return  # the choices changed since: a newer preview is on its way
        self.preview_busy = False
        self.summary = summary
        self.preview_status.setText(self.tr("%1, %2").replace("%1", summary.period_label).replace(
            "%2", summary.scope if self.region_code() else self.tr("all regions")))
        self.records_label.setText(self._records_text(summary))
        self.risks_label.setText(self._risks_text(summary))
        self.withheld_label.setText("\n".join(f"• {line}" for line in summary.withheld))
        signer = summary.signer
        if summary.self_signed:
            signer += " " + self.tr("(self-signed: not yet enrolled with HQ)")
        self.signer_label.setText(signer)
        self.fingerprint_label.setText(self.tr("Certificate SHA-256 %1").replace("%1", summary.fingerprint))
        self.export_button.setEnabled(self.job is None)

    def _preview_failed(self, generation: int, error: TaskError) -> None:
        if generation != self._preview_generation:
            return
        self.preview_busy = False
        self.summary = None
        self.preview_status.setText(error.message)
        for label in (self.records_label, self.risks_label, self.withheld_label):
            label.clear()
        self.export_button.setEnabled(False)

    def _records_text(self, s: PreviewSummary) -> str:
        kinds = {"Incident": self.tr("Incidents"), "Community": self.tr("Community reports"),
                 "Meeting": self.tr("Meetings"), "CSO report": self.tr("CSO reports"),
                 "Early warn.": self.tr("Early warnings"), "Info": self.tr("Other information")}
        lines = [self.tr("%n record(s) in the month;", "", s.records) + " "
                 + self.tr("%n key incident(s) described in full.", "", s.key_incidents)]
        for kind, count, statuses in s.by_kind:
            detail = ", ".join(f"{n} {QCoreApplication.translate('Frameworks', status).lower()}"
                               for status, n in statuses)
            lines.append(f"{kinds.get(kind, kind)}: {count} ({detail})")
        return "\n".join(lines)

    def _risks_text(self, s: PreviewSummary) -> str:
        levels = {"very_high": self.tr("Very high"), "high": self.tr("High"), "medium": self.tr("Medium"),
                  "low": self.tr("Low"), "no_data": self.tr("No data")}
        lines = [self.tr("%n risk area(s)", "", s.risk_areas)]
        lines += [f"{levels.get(level, level)}: {', '.join(areas)}" for level, areas in s.risk_levels]
        return "\n".join(lines)

    # -- exporting -----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for widget in (self.period, self.region, self.classification, self.language, self.standard, self.strict,
                       self.choose, self.complete_list, self.export_button):
            widget.setEnabled(not busy)

    def export(self) -> None:
        if self.job is not None or self.replace_question is not None:
            return
        if self._chosen_path is None:
            self._update_default_output()  # a file may have appeared under the proposed name since
        classification = self.classification.currentText().strip()
        out = self.output_path()
        self.message.hide()
        self.outcome.hide()
        if not classification:
            self._fail(self.tr("Enter a classification marking (it is printed on every page)."))
            return
        if not out.parent.is_dir():
            self._fail(self.tr("The folder %1 does not exist: choose where to save the briefing.").replace(
                "%1", str(out.parent)))
            return
        csv = self.csv_path()
        if csv is not None and csv.exists():  # only under a chosen name: a proposed one is free for both files
            self._ask_to_replace(csv)
            return
        self._start_export()

    def _ask_to_replace(self, csv: Path) -> None:
        """The save dialog asked before replacing the PDF; the CSV beside it gets the same question."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"),
                          self.tr("A file named %1 already exists in this folder.").replace("%1", csv.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Replace it with the complete list of this briefing?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("replaceCompleteList")
        self.replace_question = box

        def answered(_result: int) -> None:
            self.replace_question = None
            if box.clickedButton() is replace:
                self._start_export()

        box.finished.connect(answered)
        box.open()

    def _start_export(self) -> None:
        from ...services.briefing import BriefingTask

        task = BriefingTask(self.service, self.period_text(), self.output_path(), self.region_code(),
                            self.classification.currentText().strip(), self.redaction(),
                            language=str(self.language.currentData()), annex_csv=self.csv_path())
        self._set_busy(True)
        self.job = self._runner.run(task, owner=self, on_done=self._exported, on_error=self._export_failed,
                                    on_cancelled=self._export_cancelled, on_progress=self.progress.update)
        self.progress.start(self.job, self.tr("Building the briefing…"))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _export_failed(self, error: TaskError) -> None:
        self.job = None
        self.progress.finish()
        self._set_busy(False)
        self._fail(error.message)

    def _export_cancelled(self) -> None:
        self.job = None
        self.progress.finish()
        self._set_busy(False)
        self._fail(self.tr("Cancelled: no briefing was written."))

    def _exported(self, result: Any) -> None:
        self.job = None
        self.progress.finish()
        self.result = result
        self._set_busy(False)
        if self._chosen_path is None:
            self._update_default_output()  # the next export does not replace this one
        self.outcome_label.setText(self.tr(
            "Written to %1 (%2 pages, %3 records).\nSigned by %4 at %5. The export is recorded in the "
            "workspace's export log. Document SHA-256:").replace("%1", str(result.path)).replace(
            "%2", str(result.pages)).replace("%3", str(result.records)).replace("%4", result.signer).replace(
            "%5", result.signing_time))
        self.outcome_hash.setText(result.sha256)
        listed = result.annex_csv is not None
        if listed:
            self.outcome_csv_label.setText(self.tr(
                "The complete list, every record of the briefing, was written to %1. Its SHA-256, as the signed "
                "PDF states it:").replace("%1", str(result.annex_csv)))
            self.outcome_csv_hash.setText(result.annex_csv_sha256 or "")
        self.outcome_csv_label.setVisible(listed)
        self.outcome_csv_hash.setVisible(listed)
        self.outcome.show()

    def _show_in_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()  # closing mid-export cancels it: nothing is written
        super().reject()
