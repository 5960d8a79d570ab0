"""Sync with HQ: enrolment, sync targets (folders, WebDAV servers), the sync status and Push / Pull.

Data and work: services.sync (`SyncService.status`, `enrolment_request`, `enrol`, `add_target`,
`targets`, `PushTask`, `PullTask`), all run through the TaskRunner. Push, Pull and the enrolment import show
their progress (and Cancel, where the work can stop safely) in the Status box, with the result line below it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.sync import PullTask, PushTask, SyncService, SyncStatus
from ...tasks import call
from ..dialogs.messages import show_error, show_info
from ..rtl import select_row
from ..runner import TaskError, TaskRunner
from ..text import safe_line
from ..widgets.inline_progress import InlineProgress
from ..widgets.parts import scrolled_page

if TYPE_CHECKING:
    from ...services.conflicts import ConflictService


def _label(text: str, parent: QWidget, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _when(iso: str | None, never: str) -> str:
    if not iso:
        return never
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return safe_line(iso, 40)


def _write_request(service: SyncService, path: Path) -> Path:
    path.write_bytes(service.enrolment_request())
    return path


def folder_target_name(path: Path, taken: set[str]) -> str:
    """A target name from the folder's name (1-40 characters, no '/'), unique among `taken`."""
    base = safe_line(path.name, 34).replace("/", "-") or "folder"
    name, n = base, 2
    while name in taken:
        name, n = f"{base} {n}", n + 1
    return name


class SyncPage(QWidget):
    status_loaded = Signal()  # after every refresh of the figures (tests, screenshots)

    def __init__(self, service: SyncService, runner: TaskRunner, parent: QWidget | None = None, *,
                 conflicts: ConflictService | None = None, open_conflicts: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._runner = runner
        self.service = service
        self._conflicts, self._open_conflicts = conflicts, open_conflicts
        self.open_conflicts = 0  # records edited on both sides, waiting for a decision
        self.status: SyncStatus | None = None
        self.targets: list[dict[str, Any]] = []
        self.busy = False
        self._box: QWidget | None = None

        body, layout = scrolled_page(self, self.tr("Sync with HQ"))
        layout.addWidget(self._enrolment_box(body))
        layout.addWidget(self._status_box(body))
        layout.addWidget(self._targets_box(body))
        layout.addWidget(self._webdav_box(body))
        layout.addStretch(1)
        self.refresh()

    # -- building ----------------------------------------------------------------------------------
    def _enrolment_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Enrolment"), parent)
        layout = QVBoxLayout(box)
        self.enrolment = _label(self.tr("Checking…"), box, selectable=True)
        self.enrolment.setObjectName("enrolmentState")
        layout.addWidget(self.enrolment)
        self.how_to_enrol = _label("\n".join((
            self.tr("To send records to HQ, this workspace is enrolled once:"),
            self.tr("1. Write an enrolment request and give the file to HQ. It holds no secret. "
                    "(Command line: fieldcase enrol-request --out FILE)"),
            self.tr("2. HQ answers with an enrolment file. Import it here (command line: fieldcase enrol FILE), "
                    "then compare the certificate authority fingerprint shown with the one HQ gave you by phone "
                    "or in person."))), box)
        self.how_to_enrol.setObjectName("hint")
        layout.addWidget(self.how_to_enrol)
        row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Write enrolment request…"), box)
        self.request_button.clicked.connect(self._choose_request_file)
        self.enrol_button = QPushButton(self.tr("Import HQ's enrolment file…"), box)
        self.enrol_button.clicked.connect(self._choose_enrolment_file)
        row.addWidget(self.request_button)
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.enrol_progress = InlineProgress(box)
        self.enrol_progress.setObjectName("enrolProgress")
        layout.addWidget(self.enrol_progress)
        self.enrol_result = _label("", box, selectable=True)
        self.enrol_result.setObjectName("inlineError")
        self.enrol_result.hide()
        layout.addWidget(self.enrol_result)
        return box

    def _status_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Status"), parent)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        self.last_push = _label("", box)
        self.pending = _label("", box)
        self.pending.setObjectName("pendingCount")
        self.sent = _label("", box)
        self.acknowledged = _label("", box)
        self.last_ack = _label("", box)
        form.addRow(self.tr("Last push"), self.last_push)
        form.addRow(self.tr("Not sent yet"), self.pending)
        form.addRow(self.tr("Sent, awaiting HQ"), self.sent)
        form.addRow(self.tr("Acknowledged by HQ"), self.acknowledged)
        form.addRow(self.tr("Last acknowledgement"), self.last_ack)
        if self._conflicts is not None:  # records edited here and at HQ: a count and the way to decide
            conflict_row = QHBoxLayout()
            self.conflict_count = _label("", box)
            self.conflict_count.setObjectName("conflictCount")
            self.resolve_button = QPushButton(self.tr("Resolve conflicts…"), box)
            self.resolve_button.setObjectName("resolveConflicts")
            self.resolve_button.setToolTip(self.tr("Compare both versions field by field and choose what to keep"))
            if self._open_conflicts is not None:
                self.resolve_button.clicked.connect(self._open_conflicts)
            conflict_row.addWidget(self.conflict_count, 1)
            conflict_row.addWidget(self.resolve_button)
            form.addRow(self.tr("Conflicts"), conflict_row)
        layout.addLayout(form)

        row = QHBoxLayout()
        self.push_button = QPushButton(self.tr("Push now"), box)
        self.push_button.setObjectName("primary")
        self.push_button.setToolTip(self.tr("Send everything HQ has not acknowledged yet to the selected target"))
        self.push_button.clicked.connect(self.push)
        self.pull_button = QPushButton(self.tr("Pull acknowledgements"), box)
        self.pull_button.setToolTip(self.tr("Apply HQ's replies found at the selected target: acknowledgements, "
                                            "feedback, framework updates"))
        self.pull_button.clicked.connect(self.pull)
        row.addWidget(self.push_button)
        row.addWidget(self.pull_button)
        self.action_hint = _label("", box)
        self.action_hint.setObjectName("hint")
        row.addWidget(self.action_hint, 1)
        layout.addLayout(row)
        self.progress = InlineProgress(box)
        self.progress.setObjectName("syncProgress")
        layout.addWidget(self.progress)
        self.result = _label("", box, selectable=True)
        self.result.setObjectName("syncResult")
        self.result.hide()
        layout.addWidget(self.result)
        return box

    def _targets_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Sync targets"), parent)
        layout = QVBoxLayout(box)
        hint = _label(self.tr("Where packages go and where HQ's replies are collected: a folder (a USB stick, a "
                              "shared drive) or a WebDAV server. Packages are encrypted for HQ before they are "
                              "written. Push and Pull use the selected target."), box)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, box)
        self.table.setObjectName("syncTargets")
        self.table.setAccessibleName(self.tr("Sync targets"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Location"),
                                              self.tr("User")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add_folder = QPushButton(self.tr("Add a folder…"), box)
        add_folder.clicked.connect(self._choose_folder)
        row.addWidget(add_folder)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _webdav_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Add a WebDAV server"), parent)
        form = QFormLayout(box)
        self.dav_name = QLineEdit(box)
        self.dav_name.setMaxLength(40)
        self.dav_name.setPlaceholderText(self.tr("e.g. hq-dav"))
        self.dav_url = QLineEdit(box)
        self.dav_url.setPlaceholderText("https://")
        self.dav_user = QLineEdit(box)
        self.dav_password = QLineEdit(box)
        self.dav_password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.dav_name, self.dav_url, self.dav_user, self.dav_password):
            edit.setMaximumWidth(520)
        form.addRow(self.tr("Name"), self.dav_name)
        form.addRow(self.tr("Address (URL)"), self.dav_url)
        form.addRow(self.tr("User"), self.dav_user)
        form.addRow(self.tr("Password"), self.dav_password)
        row = QHBoxLayout()
        self.dav_add = QPushButton(self.tr("Add server"), box)
        self.dav_add.clicked.connect(self.add_webdav_target)
        row.addWidget(self.dav_add)
        note = _label(self.tr("The password is kept in the encrypted workspace, never in a settings file."), box)
        note.setObjectName("hint")
        row.addWidget(note, 1)
        form.addRow("", row)
        return box

    # -- state -------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.status is not None and not self.busy and not event.spontaneous():
            self.refresh()  # records may have been saved since the page was last shown

    def refresh(self) -> None:
        """Reload the status figures and the targets (after every task and on showing the page)."""
        def loaded(result: tuple[SyncStatus, list[dict[str, Any]], int]) -> None:
            self.open_conflicts = result[2]
            self._show(result[0], result[1])

        conflicts = self._conflicts
        self._runner.run(call(lambda: (self.service.status(), self.service.targets(),
                                       conflicts.count_open() if conflicts is not None else 0)), owner=self,
                         on_done=loaded, on_error=self._failed)

    def _show(self, status: SyncStatus, targets: list[dict[str, Any]]) -> None:
        self.status = status
        if status.enrolled:
            self.enrolment.setText(self.tr("Enrolled with %1. HQ certificate authority fingerprint: %2")
                                   .replace("%1", safe_line(status.hq_name, 80)).replace("%2", status.ca_sha256 or "?"))
        else:
            self.enrolment.setText(self.tr("Not enrolled with HQ yet."))
        for widget in (self.how_to_enrol, self.request_button, self.enrol_button):
            widget.setVisible(not status.enrolled)
        never = self.tr("never")
        self.last_push.setText(_when(status.last_push, never))
        self.last_ack.setText(_when(status.last_acknowledged, never))
        pair = self.tr("%1, %2")  # two counts side by side
        self.pending.setText(pair.replace("%1", self.tr("%n revision(s)", "", status.pending_revisions))
                             .replace("%2", self.tr("%n attachment(s)", "", status.pending_attachments)))
        self.sent.setText(self.tr("%n package(s)", "", status.sent_packages))
        self.acknowledged.setText(pair.replace("%1", self.tr("%n package(s)", "", status.acknowledged_packages))
                                  .replace("%2", self.tr("%n revision(s)", "", status.acknowledged_revisions)))
        if self._conflicts is not None:
            none = self.tr("None: every record agrees with HQ's copy.")
            self.conflict_count.setText(self.tr("%n conflict(s) to resolve", "", self.open_conflicts)
                                        if self.open_conflicts else none)
            self.resolve_button.setVisible(self.open_conflicts > 0)
        self._show_targets(targets)
        self._update_buttons()
        self.status_loaded.emit()

    def _show_targets(self, targets: list[dict[str, Any]]) -> None:
        selected = self.selected_target()
        self.targets = targets
        kinds = {"folder": self.tr("Folder"), "webdav": self.tr("WebDAV")}
        self.table.setRowCount(len(targets))
        for r, t in enumerate(targets):
            values = (safe_line(t["name"], 40), kinds.get(t["kind"], t["kind"]), safe_line(t["location"], 200),
                      safe_line(t["username"] or "", 60))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        names = [t["name"] for t in targets]
        if targets:
            select_row(self.table, names.index(selected) if selected in names else 0)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 6
                                  + max(1, len(targets)) * self.table.verticalHeader().defaultSectionSize())

    def selected_target(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.targets):
            return None
        return str(self.targets[rows[0].row()]["name"])

    def _update_buttons(self) -> None:
        enrolled = bool(self.status and self.status.enrolled)
        target = self.selected_target()
        ready = enrolled and target is not None and not self.busy
        self.push_button.setEnabled(ready)
        self.pull_button.setEnabled(ready)
        if not enrolled:
            self.action_hint.setText(self.tr("Available once the workspace is enrolled with HQ."))
        elif target is None:
            self.action_hint.setText(self.tr("Add a sync target below first."))
        else:
            self.action_hint.setText(self.tr("Target: %1").replace("%1", safe_line(target, 40)))

    def _set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _failed(self, error: TaskError) -> None:
        self.busy = False
        self.progress.finish()
        self._update_buttons()
        self._set_result(error.message)

    # -- push / pull ---------------------------------------------------------------------------------
    def push(self) -> None:
        target = self.selected_target()
        if target is None or self.busy:
            return
        self._start_task()
        job = self._runner.run(PushTask(self.service, target), owner=self, on_done=self._pushed,
                               on_error=self._failed, on_cancelled=self._cancelled,
                               on_progress=self.progress.update)
        self.progress.start(job, self.tr("Pushing to %1…").replace("%1", safe_line(target, 40)))

    def pull(self) -> None:
        target = self.selected_target()
        if target is None or self.busy:
            return
        self._start_task()
        # each reply is applied in one transaction; Cancel stops between replies
        job = self._runner.run(PullTask(self.service, target), owner=self, on_done=self._pulled,
                               on_error=self._failed, on_cancelled=self._pull_cancelled,
                               on_progress=self.progress.update)
        self.progress.start(job, self.tr("Collecting HQ's replies from %1…").replace("%1", safe_line(target, 40)))

    def _start_task(self) -> None:
        self.busy = True
        self._set_result("")
        self._update_buttons()

    def _cancelled(self) -> None:
        self.busy = False
        self.progress.finish()
        self._set_result(self.tr("Cancelled. What was already uploaded stays there; push again to go on."))
        self.refresh()

    def _pull_cancelled(self) -> None:
        self.busy = False
        self.progress.finish()
        self._set_result(self.tr("Pull stopped. The replies already applied stay applied; pull again for the "
                                 "rest."))
        self.refresh()

    def _pushed(self, report: Any) -> None:
        self.busy = False
        self.progress.finish()
        self._set_result(self.tr("Built %n new package(s);", "", len(report.built)) + " "
                         + self.tr("uploaded %1; %2 already at the target.").replace("%1", str(len(report.uploaded)))
                         .replace("%2", str(len(report.already_there))))
        self.refresh()

    def _pulled(self, outcomes: list[Any]) -> None:
        self.busy = False
        self.progress.finish()
        if not outcomes:
            text = self.tr("Nothing new from HQ.")
        else:
            accepted = sum(1 for o in outcomes if o.status in ("accepted", "replayed"))
            lines = [self.tr("%n reply package(s) applied.", "", accepted)]
            for o in outcomes:
                if o.status in ("refused", "held"):
                    lines.append(self.tr("%1 was not applied: %2").replace("%1", safe_line(o.file, 60))
                                 .replace("%2", safe_line(o.message or o.reason, 200)))
            text = "\n".join(lines)
        self._set_result(text)
        self.refresh()

    # -- enrolment -------------------------------------------------------------------------------------
    def _choose_request_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Write enrolment request"),
                                                    str(Path.home() / "enrolment-request.fcreq"))
        if path:
            self.write_enrolment_request(Path(path))

    def write_enrolment_request(self, path: Path) -> None:
        def written(out: Path) -> None:
            self._box = show_info(self.window(), self.tr("Wrote the enrolment request to %1. Give this file to HQ; "
                                                         "it holds no secret.").replace("%1", str(out)))

        self._runner.run(call(_write_request, self.service, path), owner=self, on_done=written)

    def _choose_enrolment_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import HQ's enrolment file"), str(Path.home()))
        if path:
            self.import_enrolment(Path(path))

    def import_enrolment(self, path: Path) -> None:
        def enrolled(info: dict[str, Any]) -> None:
            self._box = show_info(self.window(), self.tr(
                "Enrolled with %1. Compare this certificate authority fingerprint with the one HQ gave you by "
                "another channel (phone, in person):\n%2").replace("%1", safe_line(str(info["hq_name"]), 80))
                .replace("%2", str(info["ca_sha256"])))
            self.enrol_progress.finish()
            self.refresh()

        def failed(error: TaskError) -> None:
            self.enrol_progress.finish()
            self.enrol_result.setText(error.message)
            self.enrol_result.show()

        # one quick transaction: not worth a Cancel
        job = self._runner.run(call(lambda: self.service.enrol(path.read_bytes())), owner=self, on_done=enrolled,
                               on_error=failed)
        self.enrol_result.hide()
        self.enrol_progress.start(job, self.tr("Importing the enrolment file…"), cancellable=False)

    # -- targets -------------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"), str(Path.home()))
        if path:
            self.add_folder_target(Path(path))

    def add_folder_target(self, path: Path) -> None:
        name = folder_target_name(path, {t["name"] for t in self.targets})
        self._runner.run(call(self.service.add_target, name, str(path)), owner=self,
                         on_done=lambda _none: self.refresh())

    def add_webdav_target(self) -> None:
        name, url = self.dav_name.text().strip(), self.dav_url.text().strip()
        user, password = self.dav_user.text().strip() or None, self.dav_password.text()
        if not name or not url.startswith(("http://", "https://")):
            self._box = show_error(self.window(), self.tr("Give the server a name and an address starting with "
                                                          "https://."))
            return

        def added(_none: None) -> None:
            for edit in (self.dav_name, self.dav_url, self.dav_user, self.dav_password):
                edit.clear()
            self.refresh()

        self._runner.run(call(self.service.add_target, name, url, user, password or None), owner=self, on_done=added)
