"""End to end through the real window: create a workspace, record an incident with a person and a
risk tag, find it, edit it (two revisions and their diff), auto-lock, unlock, wrong passphrase."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from conftest import PASSPHRASE
from fieldcase.workspace import SECRET_PENDING_RECOVERY

from .conftest import settled, unlock, wait_for


def _create_workspace(qtbot, window, folder: Path):  # type: ignore[no-untyped-def]
    window.start(folder)
    qtbot.mouseClick(window.welcome.unlock_form.create_link, Qt.MouseButton.LeftButton)
    form = window.welcome.create_form
    assert window.welcome.stack.currentWidget() is form
    form.folder.set_path(folder)
    qtbot.keyClicks(form.officer, "Officer Amina (fictional)")
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    assert "Strong" in form.meter.label.text()
    qtbot.keyClicks(form.repeat, PASSPHRASE + "x")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in form.message.text()  # checked before anything is written
    assert not folder.exists()
    form.repeat.clear()
    qtbot.keyClicks(form.repeat, PASSPHRASE)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)

    view = window.welcome.recovery_view
    wait_for(qtbot, lambda: window.welcome.stack.currentWidget() is view)
    key = view.key.text()
    assert len(key) > 20
    assert not view.continue_button.isEnabled()  # not before "I have written it down"
    qtbot.mouseClick(view.written, Qt.MouseButton.LeftButton)
    assert view.continue_button.isEnabled()
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.view is not None)
    assert window.workspace.secret(SECRET_PENDING_RECOVERY) is None  # shown once, then erased
    assert view.key.text() == ""
    return key


def _new_incident(qtbot, window):  # type: ignore[no-untyped-def]
    cases = window.view.cases
    qtbot.mouseClick(cases.new_incident, Qt.MouseButton.LeftButton)
    editor = next(iter(window.view.editors.editors.values()))
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.what.field("title").editor, "Journalist detained at Halvask checkpoint")
    qtbot.keyClicks(editor.what.field("narrative").editor, "Held overnight; phone confiscated.")
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.where.field("date").editor, "2026-03-14")
    qtbot.keyClicks(editor.where.field("location.country").editor, "XTV")
    qtbot.keyClicks(editor.where.field("location.adm1_name").editor, "Vardenne")
    qtbot.keyClicks(editor.where.field("location.adm1_pcode").editor, "XT02")

    # a person, through the person dialog
    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.people.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.form.field("pseudonym").editor, "J-101")
    qtbot.keyClicks(dialog.form.field("name").editor, "Ilse Varga (fictional)")
    dialog.form.field("at_risk").editor.setChecked(True)
    qtbot.mouseClick(dialog.findChild(QPushButton, "primary"), Qt.MouseButton.LeftButton)
    assert editor.people.rows == [{"role": "victim", "pseudonym": "J-101", "name": "Ilse Varga (fictional)",
                                   "at_risk": True}]
    assert editor.people.table.item(0, 2).text() == "••••••"  # names are masked in the table

    # a risk tag with its rationale
    editor.tabs.setCurrentIndex(5)  # Classification (after People and Acts)
    qtbot.keyClicks(editor.risk_tags.category.lineEdit(), "Democratic space")
    qtbot.keyClicks(editor.risk_tags.rationale, "Journalists detained before the vote")
    qtbot.mouseClick(editor.risk_tags.add_button, Qt.MouseButton.LeftButton)
    assert editor.risk_tags.values() == [{"category": "cca.democratic_space",
                                          "rationale": "Journalists detained before the vote"}]
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: editor._record is not None and editor._record.rev == 1)
    assert not editor.is_dirty()
    return editor


def test_create_record_find_edit_lock_unlock(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "my-workspace"
    _create_workspace(qtbot, window, folder)
    cases = window.view.cases
    wait_for(qtbot, lambda: cases.empty.isVisible() or cases.model.total == 0)

    editor = _new_incident(qtbot, window)
    record_id = editor._record.id
    wait_for(qtbot, lambda: cases.model.total == 1)
    assert window.view.count_label.text() == "1 record"
    stored = cases._service.get(record_id)
    assert stored.people[0].name == "Ilse Varga (fictional)" and stored.people[0].at_risk
    assert stored.risk_tags[0].category == "cca.democratic_space"
    editor.close()
    wait_for(qtbot, lambda: not window.view.editors.editors)

    # find it by search, as you type
    qtbot.keyClicks(cases.filters.search, "halvask check")
    wait_for(qtbot, lambda: cases.model.case_filter.search == "halvask check" and settled(cases.model))
    assert cases.model.total == 1
    assert cases.model.summary(0).id == record_id
    cases.filters.search.clear()
    qtbot.keyClicks(cases.filters.search, "nothing like this")
    wait_for(qtbot, lambda: cases.model.case_filter.search == "nothing like this" and settled(cases.model))
    assert cases.model.total == 0
    assert cases.empty.isVisible()
    cases.filters.clear()
    wait_for(qtbot, lambda: settled(cases.model))
    assert cases.model.total == 1 and cases.model.summary(0) is not None

    # edit it: open with a double click, change the title, save: two revisions and a diff
    where = cases.table.visualRect(cases.model.index(0, 2)).center()
    qtbot.mouseClick(cases.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt 6 needs the press first
    qtbot.mouseDClick(cases.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    wait_for(qtbot, lambda: record_id in window.view.editors.editors)
    editor = window.view.editors.editors[record_id]
    title = editor.what.field("title").editor
    title.selectAll()
    qtbot.keyClicks(title, "Journalist detained and beaten at Halvask checkpoint")
    assert editor.is_dirty()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor._record.rev == 2)
    editor.tabs.setCurrentWidget(editor.history)
    wait_for(qtbot, lambda: editor.history.revision_count == 2)
    editor.history.revisions.selectAll()
    wait_for(qtbot, lambda: editor.history.caption.text().startswith("Revision 1 → 2:"))
    change = next(row for row in editor.history.diff_rows if row.path == "title")
    assert change.before == "Journalist detained at Halvask checkpoint"
    assert change.after == "Journalist detained and beaten at Halvask checkpoint"
    assert editor.history.revisions.item(0, 1).text() == "Officer Amina (fictional)"
    assert [row.path for row in editor.history.diff_rows] == ["title"]

    # auto-lock after a (shortened) idle time: keys dropped, every view closed
    qtbot.keyClicks(title, " (draft)")  # an unsaved edit: kept as an encrypted draft by the lock
    workspace = window.workspace
    window.idle.set_timeout_ms(300)
    wait_for(qtbot, lambda: window.is_locked, timeout=5_000)
    assert workspace.is_locked
    assert window.view is None and (not shiboken6.isValid(editor) or not editor.isVisible())  # closed
    assert window.stack.currentWidget() is window.welcome
    assert "without activity" in window.welcome.unlock_form.message.text()

    # unlock again: the record is there, and so is the draft of the unsaved edit
    unlock(qtbot, window, folder, PASSPHRASE)
    wait_for(qtbot, lambda: window.view.cases.model.total == 1)
    drafts = window.view.cases._service.drafts()
    assert [d["record_id"] for d in drafts] == [record_id]
    assert drafts[0]["payload"]["record"]["title"].endswith("(draft)")
    assert window.view.cases._service.get(record_id).rev == 2


def test_wrong_passphrase_inline_message_and_growing_delay(qtbot, window, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.start(demo_dir)
    form = window.welcome.unlock_form
    form.folder.set_path(demo_dir)
    qtbot.keyClicks(form.passphrase, "not the passphrase")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: form.failures == 1)
    assert form.message.isVisible()
    assert form.message.text() == "Wrong passphrase: the workspace was not unlocked."
    assert form.unlock_button.isEnabled()  # no delay after the first mistake
    assert window.is_locked

    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: form.failures == 2)
    assert not form.unlock_button.isEnabled()  # 1 s after the second
    assert "try again in 1 s" in form.message.text()
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)  # ignored while waiting
    assert form.failures == 2
    wait_for(qtbot, lambda: form.unlock_button.isEnabled(), timeout=3_000)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: form.failures == 3)
    assert form.waiting_s == 2
    assert form.unlock_button.text() == "Wait 2 s"


def test_demo_workspace_lists_hostile_text_as_plain_text(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    cases = unlocked_demo.view.cases
    qtbot.keyClicks(cases.filters.search, "leaflet halvask market")
    cases.filters.flush()
    wait_for(qtbot, lambda: settled(cases.model))
    titles = [cases.model.data(cases.model.index(r, 2)) for r in range(cases.model.total)]
    hostile = next(t for t in titles if "<script>" in t)
    assert "\u202e" not in hostile and "\u202c" not in hostile  # the RTL override is gone
    assert "<b>Vrenic out</b>" in hostile  # markup shown as text, never rendered
    assert cases.table.model() is cases.model
