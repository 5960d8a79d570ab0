"""A real sync conflict (an officer and HQ edited the same record between two syncs; real workspaces, real
packages) resolved field by field in the app: reached from the Sync page's count and from the editor's
history, decided with the radio buttons and a typed date, saved as the expected revision, audit-logged."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton
from sqlalchemy import text

from conflict_helpers import make_conflict
from fieldcase.store.models import AuditEntry
from fieldcase.ui.editor.window import TABS
from fieldcase.ui.layout_check import clipped
from sync_helpers import PASSPHRASE

from .conftest import unlock, wait_for

HQ_TITLE = "Detention of two journalists at the Solmara checkpoint"
FIELD_NARRATIVE = "Two journalists were held for six hours and their phones seized."


def test_a_real_conflict_resolved_field_by_field_makes_the_expected_revision(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = make_conflict(tmp_path)
    c.hq.lock()
    path = c.officer.ws.path
    c.officer.ws.take_pending_recovery_key()
    c.officer.ws.lock()
    window.start(path)
    unlock(qtbot, window, path, PASSPHRASE)
    view = window.view

    # the Sync page counts it and opens the comparison
    view.nav.setFocus()
    qtbot.keyClick(view.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    sync = view.pages.currentWidget()
    wait_for(qtbot, lambda: sync.status is not None)
    assert sync.conflict_count.text() == "1 conflict to resolve" and sync.resolve_button.isVisible()
    qtbot.mouseClick(sync.resolve_button, Qt.MouseButton.LeftButton)
    from_sync = view._conflict_windows[-1]
    wait_for(qtbot, lambda: from_sync.detail is not None)
    assert from_sync.header.text() == HQ_TITLE  # the incoming version's title
    from_sync.close()

    # the editor's history says the record is in conflict, and opens the comparison for this record
    view.editors.open_record(c.record_id)
    wait_for(qtbot, lambda: c.record_id in view.editors.editors)
    editor = view.editors.editors[c.record_id]
    history = editor.history
    editor.tabs.setCurrentWidget(editor.tabs.widget(TABS.index("history")))
    wait_for(qtbot, lambda: history.conflict_bar.isVisible())
    assert "1 sync conflict wait" in history.conflict_text.text()
    qtbot.mouseClick(history.conflict_button, Qt.MouseButton.LeftButton)
    conflict = view._conflict_windows[-1]
    wait_for(qtbot, lambda: conflict.detail is not None)
    qtbot.waitExposed(conflict)
    detail = conflict.detail
    assert detail.fields == ("title", "date", "location", "narrative", "severity")
    assert (detail.info.local_rev, detail.info.incoming_rev, detail.head_rev) == (2, 3, 3)
    shown = {label.text() for label in conflict.grid_holder.findChildren(QLabel)}
    assert {"North checkpoint, Route 4, Solmara (XT01), XTV", "North checkpoint, Solmara (XT01), XTV",
            "2 – moderate", "4 – grave", "Victim: J1 (Female, Adult)"} <= shown  # places, enums, people in words
    assert "J1: Detention, imprisonment — by State actor" in shown  # the act in words, with its perpetrator
    assert not conflict.save_button.isEnabled() and conflict.progress.text() == "0 of 5 fields decided"
    wait_for(qtbot, lambda: clipped(conflict) == [], 5_000)  # once the grid settles its wrapped rows: words whole

    def click(name: str) -> None:
        button = conflict.findChild(QRadioButton, name)
        conflict.area.ensureWidgetVisible(button)  # as a person scrolls to it
        wait_for(qtbot, lambda: button.isVisible() and not button.visibleRegion().isEmpty())
        on_caption = QPoint(8, button.height() // 2)  # the round indicator (the widget is wider than its text)
        assert button.hitButton(on_caption)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=on_caption)
        assert button.isChecked()

    click("take_theirs_title")
    click("take_mine_narrative")
    click("take_mine_location")
    click("take_theirs_severity")
    assert conflict.progress.text() == "4 of 5 fields decided" and not conflict.save_button.isEnabled()
    click("take_edited_date")  # combine: neither 2026-09-12 (mine) nor 2026-09-14 (theirs)
    date_edit = conflict.findChild(QLineEdit, "edit_date")
    assert date_edit.isEnabled() and date_edit.text() == "2026-09-12"
    date_edit.selectAll()
    qtbot.keyClicks(date_edit, "2026-13")  # no such month: refused in words, nothing written
    assert conflict.save_button.isEnabled()
    qtbot.mouseClick(conflict.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: conflict.error.isVisible())
    assert conflict.error.text() == "The Date must be a date as YYYY, YYYY-MM or YYYY-MM-DD."
    assert view.session.cases.get(c.record_id).rev == 3 and conflict.detail is not None
    date_edit.selectAll()
    qtbot.keyClicks(date_edit, "2026-09-13")
    assert conflict.choices == {"title": "theirs", "narrative": "mine", "location": "mine", "severity": "theirs",
                                "date": "edited"}
    assert conflict.save_button.isEnabled()
    with qtbot.waitSignal(conflict.resolved, timeout=20_000) as saved:
        qtbot.mouseClick(conflict.save_button, Qt.MouseButton.LeftButton)
    record = saved.args[0]
    wait_for(qtbot, lambda: conflict.detail is None)  # nothing left to decide for this record
    assert conflict.header.text() == "No sync conflicts to resolve."
    assert conflict.sides.text() == "Your decision was saved as revision 4 of the record."
    assert conflict.save_button.isHidden() and conflict.area.isHidden()

    cases = view.session.cases
    stored = cases.get(c.record_id)
    assert record.rev == stored.rev == 4
    assert (stored.title, stored.narrative, stored.location.place, stored.date.text, stored.severity) == (
        HQ_TITLE, FIELD_NARRATIVE, "North checkpoint, Route 4", "2026-09-13", 4)
    assert [p.pseudonym for p in stored.people] == ["J1"]
    assert stored.acts[0].act_type == "huridocs.mt04.030102000000"
    with view.session.ws.engine.connect() as conn:
        rows = list(conn.execute(text("SELECT entity_id, entity_rev, actor, detail FROM audit_log WHERE action = "
                                      "'conflict.resolve'").columns(detail=AuditEntry.__table__.c.detail.type)))
    [entry] = rows
    detail_json = json.loads(entry.detail)
    assert (entry.entity_id, entry.entity_rev, entry.actor) == (c.record_id, 4, "Officer Amal")
    assert detail_json["parents"] == [2, 3] and detail_json["fields"] == {
        "date": "edited", "location": "mine", "narrative": "mine", "severity": "theirs", "title": "theirs"}
    assert "2026-09-13" not in entry.detail and FIELD_NARRATIVE not in entry.detail  # the decision, not the values
    assert cases.verify_audit_chain() > 0

    # the history names both parents; the bar is gone; the Sync page count is back to none
    wait_for(qtbot, lambda: history.conflict_bar.isHidden())
    wait_for(qtbot, lambda: history.revisions.rowCount() == 4
             and history.revisions.item(0, 0).text() == "4 (merges 2 and 3)")
    wait_for(qtbot, lambda: history.caption.text() == "Revision 3 → 4: 3 fields changed.")  # narrative, place, date
    assert editor.subheader.text().startswith("Incident · revision 4 · saved by Officer Amal")  # the editor follows
    assert editor.what.field("title").get() == HQ_TITLE
    wait_for(qtbot, lambda: sync.open_conflicts == 0)
    assert sync.conflict_count.text() == "None: every record agrees with HQ's copy."
    assert not sync.resolve_button.isVisibleTo(sync)
    conflict.close()
    c.officer.ws.lock()
