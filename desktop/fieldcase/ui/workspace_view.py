"""An unlocked workspace: the navigation bar, one page per module, and the status bar.

Built when the workspace unlocks and destroyed when it locks, so no widget, model or cached row
survives a lock. Pages other than the case list are created the first time they are shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from ..errors import FieldcaseError
from .editor.manager import EditorManager
from .icons import icon
from .pages.cases import CasesPage
from .runner import TaskRunner
from .security import SensitiveClipboard
from .text import safe_line
from .vocab import Vocabulary, enum_choices, load_vocabulary

if TYPE_CHECKING:
    from ..domain.records import CaseRecord
    from ..workspace import Workspace

PAGES = ("cases", "risk_board", "indicators", "sync", "settings", "actions")


class WorkspaceView(QWidget):
    lock_requested = Signal()
    quick_delete_requested = Signal()

    def __init__(self, workspace: Workspace, vocab: Vocabulary, runner: TaskRunner, clipboard: SensitiveClipboard,
                 settings: Settings, on_settings: Callable[[Settings], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceView")
        from ..services.session import Session

        self.workspace, self._runner, self._settings, self._on_settings = workspace, runner, settings, on_settings
        self.session = Session(workspace)  # the composition point: pages get the services they need from it
        self.service = self.session.cases
        self._vocab = vocab
        enums = self._enums = enum_choices()
        self.editors = EditorManager(self.service, runner, vocab, enums, clipboard, parent.window(),
                                     self._default_country, places=self.session.gazetteer,
                                     links=self.session.identity_links,
                                     matches=self.session.matches)
        self.editors.opened.connect(self._attach_conflicts)
        self.editors.same_requested.connect(self.open_link_dialog)
        self._link_dialog: QWidget | None = None
        self._conflict_windows: list[QWidget] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # The integrity alarm (damaged pages, a rolled-back store) or what happened since the last unlock.
        self.banner = QLabel(self)
        self.banner.setObjectName("alarmBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setSpacing(0)
        outer.addLayout(body, 1)

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        names = ("cases", "risk", "indicators", "sync", "settings", "risk")
        for number, name in enumerate(names, start=1):
            QListWidgetItem(icon(name, "#dbe6f3"), "", self.nav)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda n=number - 1: self.show_page(PAGES[n]))
        self._label_nav()
        body.addWidget(self.nav)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_shortcuts)

        self.pages = QStackedWidget(self)
        body.addWidget(self.pages, 1)
        self.cases = CasesPage(self.service, runner, vocab, enums, self.editors, self.pages)
        self._built: dict[str, QWidget] = {"cases": self.cases}
        self.pages.addWidget(self.cases)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(PAGES[row]) if row >= 0 else None)

        self.status_bar = self._status_bar()
        outer.addWidget(self.status_bar)
        self.cases.total_changed.connect(self._count_changed)
        self.cases.duplicates_requested.connect(lambda: self.show_page("duplicates"))
        self.nav.setCurrentRow(0)

    def show_integrity(self) -> None:
        """Show the integrity alarm if the workspace has one (after unlock, and after the background check),
        else what happened since the last unlock (failed attempts), if anything."""
        from .language import error_text

        alarm, notice = self.workspace.alarm, self.workspace.guard_notice
        if alarm is not None:
            self.banner.setObjectName("alarmBanner")
            # the advice is services.integrity.RECOVERY_ADVICE, worded here too so that it is translated
            advice = self.tr("Fieldcase keeps no backup copy of its own. Export what you still need now: it can "
                             "still be read. HQ holds every record and attachment you have already synced; an "
                             "earlier copy of the workspace folder, if you keep one, can be put back in its place. "
                             "Nothing was repaired or overwritten.")
            self.banner.setText(self.tr("Integrity alarm: %1 %2").replace("%1", error_text(alarm))
                                .replace("%2", advice))
        elif notice is not None:
            self.banner.setObjectName("noticeBanner")
            self.banner.setText(error_text(notice))
        else:
            self.banner.hide()
            return
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def _settings_changed(self, settings: Settings) -> None:
        self._settings = settings  # a rebuilt settings page starts from what was last chosen
        self._on_settings(settings)

    def _label_nav(self) -> None:
        titles = (self.tr("Case files"), self.tr("Risk board"), self.tr("Indicators"), self.tr("Sync"),
                  self.tr("Settings"), self.tr("Action points"))
        for number, title in enumerate(titles, start=1):
            item = self.nav.item(number - 1)
            item.setText(title)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(number)))
        # wide enough for the longest title in the current language (French, Spanish run longer)
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 28))

    def retranslate(self) -> None:
        """After a language switch: relabel the frame and rebuild the pages from the session.

        Pages set their texts once, when built; their state lives in the store and the session, so a
        rebuilt page shows the same data in the new language. Open editors are left to the editor
        manager (kept as is): each rebuilds itself around its unsaved content on LanguageChange.
        """
        self.nav.setAccessibleName(self.tr("Navigation"))
        self._label_nav()
        if self.banner.isVisible():
            self.show_integrity()
        count = self.count_label.text()
        old_bar, self.status_bar = self.status_bar, self._status_bar()
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(old_bar, self.status_bar)
        old_bar.deleteLater()
        self.count_label.setText(count)  # refreshed in the new language when the rebuilt list counts
        self._enums.clear()  # the same dict the editor manager holds: new editors get the new labels
        self._enums.update(enum_choices())
        self._vocab = load_vocabulary()  # framework labels in the new language (schema/frameworks/translations)
        self.editors.set_vocabulary(self._vocab)
        current = PAGES[max(self.nav.currentRow(), 0)]
        old_pages = list(self._built.values())
        self.cases.teardown()
        self.cases = CasesPage(self.service, self._runner, self._vocab, self._enums, self.editors, self.pages)
        self.cases.total_changed.connect(self._count_changed)
        self.cases.duplicates_requested.connect(lambda: self.show_page("duplicates"))
        self._built = {"cases": self.cases}
        self.pages.addWidget(self.cases)
        for page in old_pages:
            self.pages.removeWidget(page)
            page.deleteLater()
        self.show_page(current)

    def _status_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("statusBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 6, 12, 6)
        name = self.workspace.opened_from.name  # a duress decoy shows the folder that was opened
        demo = self._settings.is_demo(self.workspace.opened_from)
        self.workspace_label = QLabel(
            (self.tr("Workspace: %1 (demo, fictional data)") if demo else self.tr("Workspace: %1")).replace(
                "%1", safe_line(name, 60)), bar)
        self.workspace_label.setToolTip(str(self.workspace.opened_from))
        self.officer_label = QLabel(self.tr("Officer: %1").replace("%1", safe_line(self.workspace.officer, 60)), bar)
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("recordCount")
        for label in (self.workspace_label, self.officer_label, self.count_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        lock = QPushButton(icon("lock", "#17324d"), self.tr("Lock"), bar)
        lock.setObjectName("lockButton")
        lock.setToolTip(self.tr("Lock the workspace now (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested)
        row.addWidget(self.workspace_label)
        row.addWidget(self._separator(bar))
        row.addWidget(self.officer_label)
        row.addWidget(self._separator(bar))
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(lock)
        return bar

    @staticmethod
    def _separator(parent: QWidget) -> QLabel:
        label = QLabel("·", parent)
        label.setObjectName("hint")
        return label

    def _count_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", total))

    def _default_country(self) -> str | None:
        """The workspace's country (Settings), else the one most records name."""
        with contextlib.suppress(FieldcaseError):
            if country := self.session.gazetteer.country():
                return country
        facets = self.cases.facets
        return facets.countries[0] if facets and facets.countries else None

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts import ShortcutsSheet

        self._sheet = ShortcutsSheet(self.window(), editor=False)
        self._sheet.open()

    # -- pages ---------------------------------------------------------------------------------------
    def show_page(self, name: str) -> QWidget:
        page = self._built.get(name) or self._build(name)
        self.pages.setCurrentWidget(page)
        row = PAGES.index(name) if name in PAGES else 0  # pages reached from the case files stay under it
        if self.nav.currentRow() != row:
            self.nav.blockSignals(name not in PAGES)  # moving the highlight must not leave that page
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return page

    def _build(self, name: str) -> QWidget:
        page: QWidget
        if name in ("risk_board", "indicators"):
            from .pages.analysis_pending import analysis_available, pending_page

            if not analysis_available():
                page = pending_page(name, self.pages)
            elif name == "risk_board":
                from .pages.risk_board import RiskBoardPage

                session = self.session
                page = RiskBoardPage(session.analysis, lambda: session.briefing, self.service, self._runner,
                                     self._vocab, self.editors, self.cases.facets, self.pages, rmr=session.rmr)
            else:
                from .pages.indicators import IndicatorsPage

                page = IndicatorsPage(self.session.analysis, self.service, self._runner, self._vocab, self._enums,
                                      self.cases.facets, self.pages)
        elif name == "duplicates":
            from .pages.duplicates import DuplicatesPage

            duplicates = DuplicatesPage(self.session.matches, self._runner, self._enums, self.pages)
            duplicates.back_requested.connect(lambda: self.show_page("cases"))
            duplicates.open_record_requested.connect(self.editors.open_record)
            duplicates.same_requested.connect(self.open_link_dialog)
            page = duplicates
        elif name == "actions":
            from .pages.action_points import ActionPointsPage

            page = ActionPointsPage(self.session.analysis, self._runner, self.pages)
        elif name == "sync":
            from .pages.sync import SyncPage

            page = SyncPage(self.session.sync, self._runner, self.pages, conflicts=self.session.conflicts,
                            open_conflicts=lambda: self.open_conflicts())
        else:
            from .pages.settings import SettingsPage

            page = SettingsPage(self._settings, self._settings_changed, self.session.keys, self._runner,
                                self.lock_requested.emit, self.pages, quick_delete=self.quick_delete_requested.emit,
                                places=self.session.gazetteer)
        self._built[name] = page
        self.pages.addWidget(page)
        return page

    def open_link_dialog(self, kind: str, first: str, second: str) -> QWidget:
        """"Link as the same" for a pair of possible duplicates (the reason is asked; both records are kept).
        A link made refreshes the list it came from and any open editor of either record."""
        from .editor.same_as import LinkSameDialog

        dialog = LinkSameDialog(self.session.identity_links, self.service, self._runner, self.window(), kind=kind,
                                first=first, second=second, first_fixed=False)
        dialog.linked.connect(lambda _link: self._linked(first, second))
        self._link_dialog = dialog
        dialog.open()
        return dialog

    def _linked(self, *ids: str) -> None:
        from .pages.duplicates import DuplicatesPage

        duplicates = self._built.get("duplicates")
        if isinstance(duplicates, DuplicatesPage) and duplicates.view.report is not None:
            duplicates.view.refresh()
        for link_id in ids:
            editor = self.editors.editors.get(link_id.split(":", 1)[0])
            if editor is not None:
                editor.reload_links()

    def open_conflicts(self, record_id: str | None = None) -> QWidget:
        """The sync conflicts window (all open conflicts, or one record's); a decision refreshes what shows it."""
        from .pages.conflicts import ConflictWindow, conflict_labels

        window = ConflictWindow(self.session.conflicts, self._runner, conflict_labels(self._vocab.label, self._enums),
                                self.window(), record_id=record_id)
        window.resolved.connect(self._conflict_resolved)
        self._conflict_windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._conflict_windows.remove(w)
                                 if w in self._conflict_windows else None)
        window.show()
        window.raise_()
        return window

    def _conflict_resolved(self, record: CaseRecord) -> None:
        self.cases.refresh()
        sync = self._built.get("sync")
        if sync is not None and hasattr(sync, "refresh"):
            sync.refresh()
        editor = self.editors.editors.get(record.id or "")
        if editor is not None:
            editor.follow_head(record)

    def _attach_conflicts(self, editor: QWidget) -> None:
        """The editor's history shows the record's open conflicts and the revisions that resolved one."""
        history = getattr(editor, "history", None)
        if history is not None:
            history.attach_conflicts(self.session.conflicts, self.open_conflicts)

    def teardown(self) -> None:
        """Before the keys go: close editors (drafts kept) and drop every row held."""
        for window in list(self._conflict_windows):
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                window.close()
        self.editors.close_all()
        self.cases.teardown()
