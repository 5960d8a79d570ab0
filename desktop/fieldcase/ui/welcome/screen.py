"""The screen shown while locked: unlock, create a workspace, show the recovery key, recover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..runner import TaskRunner
from ..widgets.language_choice import LanguageChoice
from .create_form import CreateForm
from .first_run import FirstRunPage
from .opening import Opened
from .recovery import RecoveryKeyView, RecoveryUnlockForm
from .unlock_form import DELAYS_S, UnlockForm


class _Pages(QWidget):
    """One visible page at a time, in a plain box layout: unlike QStackedWidget it sizes to the current
    page's height-for-width, so word-wrapped messages never squeeze the form."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:
        self._layout.addWidget(page)
        if self._current is None:
            self._current = page
        else:
            page.hide()

    def setCurrentWidget(self, page: QWidget) -> None:
        if self._current is not None and self._current is not page:
            self._current.hide()
        self._current = page
        page.show()

    def currentWidget(self) -> QWidget | None:
        return self._current


class WelcomeScreen(QWidget):
    opened = Signal(object)  # Opened: unlocked, and any new recovery key confirmed
    demo_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, demo_passphrase: str | None = None,
                 delays_s: tuple[int, ...] = DELAYS_S) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._first_run = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        top = QHBoxLayout()  # the language picker, in the top corner (the right one, or the left when mirrored)
        top.addStretch(1)
        self.language = LanguageChoice(self)
        self.language.chosen.connect(self.language_chosen)
        top.addWidget(self.language)
        outer.addLayout(top)
        outer.addStretch(1)

        brand = QLabel(self.tr("Fieldcase"), self)
        brand.setObjectName("brand")
        brand.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        tagline = QLabel(self.tr("Encrypted case files for human-rights field work. Offline; nothing leaves this "
                                 "computer unless you export or sync it."), self)
        tagline.setObjectName("tagline")
        tagline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        tagline.setWordWrap(True)
        outer.addWidget(brand)
        outer.addWidget(tagline)

        card = QFrame(self)
        card.setObjectName("card")
        card.setMinimumWidth(640)
        card.setMaximumWidth(700)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 28, 32, 28)
        self.stack = _Pages(card)
        card_layout.addWidget(self.stack)
        # centred by stretches, not by an alignment flag: an aligned widget gets a height computed for the
        # full row width, which squeezes the word-wrapped messages of this fixed-width card
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.unlock_form = UnlockForm(runner, self, demo_passphrase=demo_passphrase, delays_s=delays_s)
        self.create_form = CreateForm(runner, self)
        self.recovery_view = RecoveryKeyView(runner, self)
        self.recovery_form = RecoveryUnlockForm(runner, self)
        self.first_run = FirstRunPage(self)
        for page in (self.unlock_form, self.create_form, self.recovery_view, self.recovery_form, self.first_run):
            self.stack.addWidget(page)

        self.unlock_form.opened.connect(self._opened)
        self.unlock_form.create_requested.connect(self.show_create)
        self.unlock_form.demo_requested.connect(self.demo_requested)
        self.unlock_form.recovery_requested.connect(self.show_recovery_unlock)
        self.create_form.opened.connect(self._opened)
        self.create_form.back_requested.connect(self._back)
        self.first_run.create_requested.connect(lambda: self.show_create())
        self.first_run.open_requested.connect(self._open_existing)
        self.first_run.demo_requested.connect(self.demo_requested)
        self.recovery_view.confirmed.connect(self.opened)
        self.recovery_form.opened.connect(self._opened)
        self.recovery_form.back_requested.connect(lambda: self.stack.setCurrentWidget(self.unlock_form))

    def show_first_run(self) -> None:
        self._first_run = True
        self.stack.setCurrentWidget(self.first_run)
        self.first_run.create_button.setFocus()

    def _back(self) -> None:
        self.stack.setCurrentWidget(self.first_run if self._first_run else self.unlock_form)

    def _open_existing(self) -> None:
        self.show_unlock(None)
        self.unlock_form.folder.browse()

    def set_recent(self, recent: tuple[str, ...], demos: tuple[str, ...]) -> None:
        self.unlock_form.set_recent(recent, demos)

    def show_unlock(self, path: Path | None, *, is_demo: bool = False, message: str | None = None) -> None:
        self._first_run = False
        self.recovery_view.forget()
        self.unlock_form.prepare(path, is_demo=is_demo, message=message)
        self.stack.setCurrentWidget(self.unlock_form)
        self.unlock_form.passphrase.setFocus()

    def show_create(self, suggested: Path | None = None) -> None:
        self.create_form.prepare(suggested or self._suggest_new_folder())
        self.stack.setCurrentWidget(self.create_form)

    def show_recovery_unlock(self) -> None:
        self.recovery_form.prepare(self.unlock_form.folder.path())
        self.stack.setCurrentWidget(self.recovery_form)

    def _suggest_new_folder(self) -> Path:
        from ...workspace import default_workspace_dir

        base = default_workspace_dir()
        candidate, n = base, 1
        while candidate.exists() and any(candidate.iterdir()):
            n += 1
            candidate = base.with_name(f"{base.name}-{n}")
        return candidate

    def _opened(self, opened: Opened) -> None:
        if opened.recovery_key:
            self.recovery_view.show_key(opened)
            self.stack.setCurrentWidget(self.recovery_view)
        else:
            self.opened.emit(opened)
