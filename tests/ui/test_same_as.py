"""The editor's "Same as" tab: link one of the record's people as the same as a person in another record (the
reason required), see the link with who, when and why, undo it (the reason required again), and the dialog
opened by code with both sides given (as a list of possible duplicates would). Real widgets, a real
encrypted workspace, the real counts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import PASSPHRASE
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.identity_links import IdentityLinkService
from fieldcase.services.records import CaseService
from fieldcase.ui.editor.same_as import LinkSameDialog, UnlinkDialog
from fieldcase.ui.editor.window import TABS, EditorWindow
from fieldcase.ui.runner import TaskRunner
from fieldcase.ui.security import SensitiveClipboard
from fieldcase.ui.vocab import enum_choices, load_vocabulary
from fieldcase.workspace import Workspace
from identity_planted import planted

from .conftest import wait_for


def _shot(widget: object, name: str) -> None:
    shots = os.environ.get("FIELDCASE_SHOTS")
    if shots:
        widget.grab().save(str(Path(shots) / name))  # type: ignore[attr-defined]


@pytest.fixture
def setup(qtbot, tmp_path: Path) -> Iterator[tuple[EditorWindow, Workspace, dict[str, str]]]:  # type: ignore[no-untyped-def]
    from fieldcase.ui.resources import apply_style

    apply_style(QApplication.instance())  # as the app looks (the screenshots)
    ws, _key = Workspace.create(tmp_path / "ws", PASSPHRASE, "Officer Test")
    cases = CaseService(ws)
    records = planted()
    ids = {name: r.id or "" for name, r in zip(records, cases.save_many(list(records.values())), strict=True)}
    runner = TaskRunner()
    editor = EditorWindow(cases, runner, load_vocabulary(), enum_choices(), SensitiveClipboard(),
                          record=cases.get(ids["R4"]), links=IdentityLinkService(ws))
    qtbot.addWidget(editor)
    editor.resize(1024, 768)
    editor.show()
    qtbot.waitExposed(editor)
    yield editor, ws, ids
    if shiboken6.isValid(editor):
        editor.force_close()
    runner.cancel_all()
    runner.wait(10_000)
    ws.lock()


def _persons(ws: Workspace) -> int:
    return AnalysisService(ws).indicators("2026-06").sdg_16_10_1.headline.total


def test_link_a_person_as_the_same_then_undo_it(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    editor, ws, ids = setup
    panel = editor.same_as
    assert panel is not None
    editor.tabs.setCurrentIndex(TABS.index("same_as"))
    wait_for(qtbot, lambda: panel.caption.text() == "No links yet.")
    assert panel.table.rowCount() == 0 and not panel.unlink_button.isEnabled()
    assert _persons(ws) == 6  # six victims in six records, none linked (tests/test_identity_links.py)

    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, LinkSameDialog)
    assert dialog.person_kind.isChecked()
    wait_for(qtbot, lambda: dialog.first.current() is not None)
    assert dialog.first.current().record_id == ids["R4"] and dialog.first.query.isHidden()
    assert dialog.first.person.currentText() == "Amina"
    qtbot.keyClicks(dialog.second.query, "woman defender")  # words of R5's title
    wait_for(qtbot, lambda: dialog.second.current() is not None)
    assert dialog.second.current().record_id == ids["R5"]
    assert dialog.second.person.currentText() == "Amina K."

    ok = dialog.findChild(QPushButton, "primary")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason yet: refused, nothing linked
    assert dialog.isVisible() and "Say why" in dialog.error.text()
    assert IdentityLinkService(ws).links() == []
    qtbot.keyClicks(dialog.reason, "Same detention centre and date; both sources name her unit")
    assert dialog.error.isHidden()  # typing the reason clears the complaint
    _shot(dialog, "same-as-dialog.png")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: panel.table.rowCount() == 1)
    row = [panel.table.item(0, c).text() for c in range(5)]
    assert row[0] == "Person Amina"
    assert row[1].startswith("Amina K. in Torture of a woman defender") and ids["R5"][:8] in row[1]
    assert row[2].startswith("Officer Test") and "UTC" in row[2] and "Received by sync" not in row[2]
    assert row[3].startswith("Same detention centre") and row[4] == "In force"
    assert panel.caption.text() == "Links in force: 1"
    assert _persons(ws) == 5  # Amina's two records are one person now
    _shot(editor, "same-as-tab.png")

    panel.table.selectRow(0)
    assert panel.unlink_button.isEnabled()
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    undo = panel.dialog
    assert isinstance(undo, UnlinkDialog)
    undo_ok = undo.findChild(QPushButton, "primary")
    qtbot.mouseClick(undo_ok, Qt.MouseButton.LeftButton)
    assert undo.isVisible() and "Say why" in undo.error.text()
    qtbot.keyClicks(undo.reason, "A second source names another woman")
    qtbot.mouseClick(undo_ok, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: panel.table.rowCount() == 1 and panel.table.item(0, 4).text() == "Undone")
    assert "Undone by Officer Test" in panel.table.item(0, 2).text()
    assert "Undone: A second source names another woman" in panel.table.item(0, 3).text()
    assert not panel.unlink_button.isEnabled() or not panel.table.selectedIndexes()
    assert _persons(ws) == 6
    _shot(editor, "same-as-tab-undone.png")


def test_the_dialog_opened_by_code_with_two_incidents(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    editor, ws, ids = setup
    dialog = editor.open_link_dialog(first=ids["R7"], second=ids["R8"][:8], kind="incident")
    assert isinstance(dialog, LinkSameDialog)
    assert dialog.incident_kind.isChecked() and not dialog.first.person.isVisible()
    wait_for(qtbot, lambda: dialog.first.current() is not None and dialog.second.current() is not None)
    assert (dialog.first.value(), dialog.second.value()) == (ids["R7"], ids["R8"])
    qtbot.keyClicks(dialog.reason, "Same market, same day")
    _shot(dialog, "same-as-dialog-incidents.png")
    qtbot.mouseClick(dialog.findChild(QPushButton, "primary"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    (link,) = IdentityLinkService(ws).links()
    assert (link.kind, link.first.record_id, link.second.record_id) == ("incident", ids["R7"], ids["R8"])
    # 16.1.2: R7 (5) and R8 (7) are one incident: 7 stands; R9 6 -> 13 (R10 unverified)
    assert AnalysisService(ws).indicators("2026-06").sdg_16_1_2.headline.total == 13
    QApplication.processEvents()


def test_a_link_decided_at_hq_says_it_came_by_sync(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    """A link HQ decided between two of this officer's records, stored as a pull stores it (sync/inbox.py ->
    store/identity_links.add_received), shows HQ's user as the decider and that it came by sync."""
    from fieldcase.store import identity_links

    editor, ws, ids = setup
    event = {"event_id": "hq-event-1", "link_id": "hq-event-1", "action": "link", "kind": "incident",
             "first_record": ids["R4"], "first_person": None, "second_record": ids["R5"], "second_person": None,
             "reason": "One torture event, two reports", "actor": "ana", "at": "2026-06-20T10:00:00+00:00",
             "origin": "hq-workspace-id"}
    with ws.db.writing() as conn:
        assert identity_links.add_received(conn, [event], "package-1", "Officer Test",
                                           "2026-06-21T08:00:00+00:00")[0] == 1
    panel = editor.same_as
    editor.tabs.setCurrentIndex(TABS.index("same_as"))
    panel.load(ids["R4"])
    wait_for(qtbot, lambda: panel.table.rowCount() == 1)
    decided = panel.table.item(0, 2).text()
    assert decided.startswith("ana") and decided.endswith("Received by sync")
