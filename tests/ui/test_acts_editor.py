"""The incident editor's Acts: one act against one victim, its SDG 16.10.1 type derived live from what
the officer records (never typed), an analyst override that needs a rationale, and the act row marked
when its victim is not one of the record's people. Real widgets and a real (empty) encrypted workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import PASSPHRASE
from fieldcase.services.records import CaseService
from fieldcase.ui.editor.window import TABS, EditorWindow
from fieldcase.ui.runner import TaskRunner
from fieldcase.ui.security import SensitiveClipboard
from fieldcase.ui.vocab import enum_choices, load_vocabulary
from fieldcase.workspace import Workspace

from .conftest import wait_for

DETENTION = "huridocs.mt04.030102000000"  # "Detention, imprisonment" (HURIDOCS types of acts)


@pytest.fixture
def editor(qtbot, tmp_path: Path) -> Iterator[EditorWindow]:  # type: ignore[no-untyped-def]
    ws, _key = Workspace.create(tmp_path / "ws", PASSPHRASE, "Officer Test")
    runner = TaskRunner()
    editor = EditorWindow(CaseService(ws), runner, load_vocabulary(), enum_choices(), SensitiveClipboard(),
                          kind="incident", default_country="XTV")
    qtbot.addWidget(editor)
    editor.resize(1024, 768)
    editor.show()
    qtbot.waitExposed(editor)
    yield editor
    if shiboken6.isValid(editor):  # closed (and deleted) already when nothing was left unsaved
        editor.force_close()
    runner.cancel_all()
    runner.wait(10_000)
    ws.lock()


def _add_victim(qtbot, editor: EditorWindow, pseudonym: str, role: str = "victim") -> None:  # type: ignore[no-untyped-def]
    editor.tabs.setCurrentIndex(TABS.index("people"))
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.people.dialog
    assert "act_linked_to_work" not in dialog.form.fields  # "linked to work" is per act now
    dialog.form.field("role").set(role)
    qtbot.keyClicks(dialog.form.field("pseudonym").editor, pseudonym)
    qtbot.mouseClick(dialog.findChild(QPushButton, "primary"), Qt.MouseButton.LeftButton)


def _fill_required(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.what.field("title").editor, "Journalist held at the Halvask checkpoint")
    qtbot.keyClicks(editor.where.field("date").editor, "2026-03-14")


def test_act_derives_its_type_live_refuses_a_bare_override_and_is_saved(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    _fill_required(qtbot, editor)
    _add_victim(qtbot, editor, "J-101")
    _add_victim(qtbot, editor, "W-7", role="witness")
    editor.tabs.setCurrentIndex(TABS.index("acts"))
    qtbot.mouseClick(editor.acts.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.acts.dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.victim.itemData(i) for i in range(dialog.victim.count())] == ["J-101"]  # victims only
    assert dialog.victim.currentData() == "J-101"
    qtbot.keyClicks(dialog.act_type.lineEdit(), "Detention, imprisonment")
    perpetrator = dialog.perpetrators[0]
    perpetrator.status.setCurrentIndex(perpetrator.status.findData("state"))
    assert perpetrator.status.currentText() == "State agent"
    qtbot.keyClicks(perpetrator.category.lineEdit(), "Police")
    dialog.linked.setChecked(True)
    assert dialog.derived.text() == "D – Arbitrary detention"

    dialog.fate.setChecked(True)
    assert dialog.derived.text() == "B – Enforced disappearance"
    dialog.fate.setChecked(False)
    perpetrator.status.setCurrentIndex(perpetrator.status.findData("non_state"))
    assert dialog.due_diligence.currentText() == "Not assessed"
    assert dialog.derived.text() == "Does not qualify: no due-diligence finding for a non-State perpetrator"
    dialog.due_diligence.set_value(True)
    assert dialog.derived.text() == "E – Kidnapping"
    qtbot.keyClicks(dialog.dd_rationale, "No investigation opened despite two complaints.")

    # a second perpetrator can be added and removed again
    qtbot.mouseClick(dialog.add_perpetrator_button, Qt.MouseButton.LeftButton)
    assert len(dialog.perpetrators) == 2
    qtbot.mouseClick(dialog.perpetrators[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.perpetrators) == 1

    # an override without a rationale is refused
    dialog.override.setCurrentIndex(dialog.override.findData("sdg16101.A"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and editor.acts.rows == []
    assert dialog.override_error.isVisibleTo(dialog)
    assert dialog.override_error.text() == "An analyst override needs a rationale."
    dialog.override.setCurrentIndex(0)  # no override after all
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    act = {"victim": "J-101", "act_type": DETENTION,
           "perpetrators": [{"status": "non_state", "category": "huridocs.mt24.010106000000"}],
           "linked_to_work": True, "state_due_diligence_failure": True,
           "due_diligence_rationale": "No investigation opened despite two complaints."}
    assert editor.acts.rows[0]["perpetrators"][0]["category"].startswith("huridocs.mt24.")
    act["perpetrators"][0]["category"] = editor.acts.rows[0]["perpetrators"][0]["category"]
    assert editor.acts.rows == [act]
    table = editor.acts.table
    assert [table.item(0, c).text() for c in range(table.columnCount())] == [
        "J-101", "Detention, imprisonment", "Non-State actor", "Yes", "State failed", "E – Kidnapping"]
    assert editor.is_dirty()

    editor.impact.field("casualties.abducted").editor.setText("1")
    editor.conflict_related.set_value(False)  # "No" is kept, distinct from "Not recorded"
    assert editor.payload()["conflict_related"] is False
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: editor._record is not None and editor._record.rev == 1, timeout=15_000)
    assert not editor.is_dirty()
    stored = editor._service.get(editor._record.id)
    assert len(stored.acts) == 1
    saved = stored.acts[0]
    assert (saved.victim, saved.act_type, saved.linked_to_work, saved.state_due_diligence_failure,
            saved.fate_concealed, saved.sdg_override) == ("J-101", DETENTION, True, True, False, None)
    assert [p.status for p in saved.perpetrators] == ["non_state"]
    assert saved.due_diligence_rationale == "No investigation opened despite two complaints."
    assert stored.conflict_related is False
    assert editor.isVisible()


def test_act_rows_are_marked_when_the_victim_is_gone_or_an_override_has_no_rationale(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    _fill_required(qtbot, editor)
    _add_victim(qtbot, editor, "J-101")
    editor.acts.set_rows([
        {"victim": "J-101", "act_type": DETENTION, "perpetrators": [{"status": "state"}], "linked_to_work": True},
        {"victim": "J-999", "act_type": DETENTION, "perpetrators": [{"status": "state"}]},
        {"victim": "J-101", "act_type": DETENTION, "perpetrators": [{"status": "state"}],
         "sdg_override": "sdg16101.none"},
    ])
    # marked as soon as shown, before any save
    assert editor.acts.row_problems(0) == []
    assert editor.acts.row_problems(1) == [
        "Act 2 — Victim: The victim “J-999” is not one of this record's people: add them under People, or "
        "choose another victim."]
    assert editor.acts.row_problems(2) == ["Act 3: An analyst override needs a rationale."]
    assert editor.acts.table.item(2, 5).text() == "✎ Does not qualify (analyst override)"
    assert editor.acts.error.isVisibleTo(editor.acts)

    editor.save()
    assert editor._record is None
    assert "acts" in editor.problem_tabs and editor.tabs.currentIndex() == TABS.index("acts")
    assert not editor.tabs.tabIcon(TABS.index("acts")).isNull()
    assert "Not saved: 2 problems" in editor.status.text()
    assert len(editor.acts.row_problems(2)) == 1  # the schema's and the editor's finding shown once

    # renaming the person under People marks the act that still names the old pseudonym
    editor.acts.set_rows(editor.acts.rows[:1])
    assert editor.acts.row_problems(0) == []
    editor.people.rows[0]["pseudonym"] = "J-102"
    editor.people.set_rows(editor.people.rows)
    editor.people.changed.emit()
    assert editor.acts.row_problems(0)[0].startswith("Act 1 — Victim: The victim “J-101” is not one")


def test_acts_are_for_incidents_and_conflict_related_is_three_way(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    acts_tab = TABS.index("acts")
    assert editor.tabs.isTabVisible(acts_tab)
    editor.what.field("kind").set("community_info")
    editor.what.field("kind").changed.emit()
    assert not editor.tabs.isTabVisible(acts_tab)
    editor.what.field("kind").set("incident")
    editor.what.field("kind").changed.emit()
    assert editor.tabs.isTabVisible(acts_tab)

    assert "conflict_related" not in editor.payload()
    assert editor.conflict_related.currentText() == "Not recorded"
    editor.conflict_related.set_value(True)
    assert editor.payload()["conflict_related"] is True and editor.is_dirty()
    editor.conflict_related.set_value(None)
    assert "conflict_related" not in editor.payload() and not editor.is_dirty()


def test_the_act_form_is_keyboard_usable(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    _add_victim(qtbot, editor, "J-101")
    editor.tabs.setCurrentIndex(TABS.index("acts"))
    editor.acts.add()
    dialog = editor.acts.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.act_type.setFocus()
    qtbot.keyClicks(dialog.act_type.lineEdit(), "Detention, imprisonment")
    dialog.act_type.completer().popup().hide()
    row = dialog.perpetrators[0]
    wanted = [row.status, row.category, dialog.add_perpetrator_button, dialog.linked]
    # Tab walks the form in reading order (the only Remove button is disabled: one perpetrator is the minimum)
    for widget in wanted:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    dialog.act_type.lineEdit().setFocus()
    qtbot.keyClick(dialog.act_type.lineEdit(), Qt.Key.Key_Return)  # Enter is OK: the act is taken
    assert not dialog.isVisible()
    assert editor.acts.rows[0]["act_type"] == DETENTION
