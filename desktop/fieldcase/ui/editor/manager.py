"""Open editor windows: one per record, all closed (drafts kept) when the workspace locks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...errors import FieldcaseError
from ...tasks import call
from ..runner import TaskRunner
from ..security import SensitiveClipboard
from ..vocab import Choice, Vocabulary
from .window import EditorWindow

if TYPE_CHECKING:
    from ...domain.records import CaseRecord
    from ...services.gazetteer import GazetteerService
    from ...services.identity_links import IdentityLinkService
    from ...services.matches import MatchService
    from ...services.records import CaseService


def _record_and_draft(service: CaseService, record_id: str) -> tuple[CaseRecord, dict[str, Any] | None]:
    record = service.get(record_id)
    draft_id = f"record-{record.id}"
    draft = next((d for d in service.drafts() if d["id"] == draft_id), None)
    return record, draft


class EditorManager(QObject):
    saved = Signal(object)  # CaseRecord
    opened = Signal(object)  # EditorWindow
    same_requested = Signal(str, str, str)  # an editor's "Mark as the same…" (see ui/widgets/duplicates.py)

    def __init__(self, service: CaseService, runner: TaskRunner, vocab: Vocabulary,
                 enums: dict[str, tuple[Choice, ...]], clipboard: SensitiveClipboard, window: QWidget,
                 default_country: Callable[[], str | None], places: GazetteerService | None = None,
                 links: IdentityLinkService | None = None, matches: MatchService | None = None) -> None:
        super().__init__(window)
        self._places, self._matches = places, matches
        self._links = links
        self._service, self._runner, self._vocab, self._enums = service, runner, vocab, enums
        self._clipboard, self._window, self._default_country = clipboard, window, default_country
        self.editors: dict[str, EditorWindow] = {}

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        """After a language switch: editors opened from now on show the new language's labels."""
        self._vocab = vocab

    def _make(self, **kwargs: Any) -> EditorWindow:
        editor = EditorWindow(self._service, self._runner, self._vocab, self._enums, self._clipboard,
                              default_country=self._default_country(), places=self._places, parent=self._window,
                              links=self._links, matches=self._matches, **kwargs)
        editor.same_requested.connect(self.same_requested)
        editor.open_record_requested.connect(self.open_record)
        self.editors[editor.key] = editor
        editor.saved.connect(lambda record, e=editor: self._saved(e, record))
        editor.closed.connect(lambda key: self.editors.pop(key, None))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        self.opened.emit(editor)
        return editor

    def _saved(self, editor: EditorWindow, record: CaseRecord) -> None:
        # a new record gets its id on first save: file the editor under it from then on
        for key, known in list(self.editors.items()):
            if known is editor and key != editor.key:
                del self.editors[key]
                self.editors[editor.key] = editor
        self.saved.emit(record)

    def new_record(self, kind: str = "incident") -> EditorWindow:
        return self._make(kind=kind)

    def open_record(self, record_id: str) -> None:
        existing = self.editors.get(record_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return

        def opened(result: tuple[CaseRecord, dict[str, Any] | None]) -> None:
            record, draft = result
            if record.id in self.editors:
                self.editors[record.id].raise_()
                return
            self._make(record=record, draft=draft)

        self._runner.run(call(_record_and_draft, self._service, record_id), owner=self, on_done=opened)

    def open_draft(self, draft: dict[str, Any]) -> None:
        """Reopen a draft from the drafts list: an edit of a stored record, or a record never saved."""
        if draft.get("record_id"):
            self.open_record(draft["record_id"])
            return
        existing = self.editors.get(draft["id"])
        if existing is not None:
            existing.raise_()
            return
        editor = self._make(kind=draft.get("kind") or "incident", draft_id=draft["id"])
        editor.restore_draft(draft)

    def close_all(self) -> None:
        """Close every editor without asking, keeping unsaved changes as encrypted drafts first."""
        for editor in list(self.editors.values()):
            with contextlib.suppress(FieldcaseError):  # a broken store must not keep the window open
                editor.save_draft_now()
            editor.force_close()
        self.editors.clear()
