"""The editor against a real (demo) workspace: inline validation, the unsaved-changes guard,
autosaved encrypted drafts, attachments with an in-memory preview, every field round-tripping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from fieldcase.domain.records import record_to_json
from fieldcase.store.cases import CaseFilter
from fieldcase.ui.editor import window as editor_module

from .conftest import wait_for


def _open(qtbot, win, record_id: str):  # type: ignore[no-untyped-def]
    win.view.editors.open_record(record_id)
    wait_for(qtbot, lambda: record_id in win.view.editors.editors)
    editor = win.view.editors.editors[record_id]
    qtbot.waitExposed(editor)
    return editor


def _first(win, **filters: object) -> str:  # type: ignore[no-untyped-def]
    return win.view.cases._service.list(CaseFilter(**filters), limit=1)[0].id


def test_inline_validation_marks_fields_and_tabs_and_saves_nothing(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    before = win.view.cases._service.count()
    qtbot.mouseClick(win.view.cases.new_incident, Qt.MouseButton.LeftButton)
    editor = next(iter(win.view.editors.editors.values()))
    qtbot.keyClicks(editor.what.field("title").editor, "ab")
    qtbot.keyClicks(editor.where.field("date").editor, "2026-02-30")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    title = editor.what.field("title")
    assert title.error.isVisibleTo(editor) and title.error.text() == "Too short: at least 3 characters."
    assert editor.problem_tabs == ["what"]  # date is checked once the schema passes
    assert editor.tabs.currentIndex() == 0
    assert not editor.tabs.tabIcon(0).isNull() and editor.tabs.tabIcon(1).isNull()
    assert "Not saved: 1 problem" in editor.status.text()

    title.editor.setText("Armed men at the Ostrel market")
    wait_for(qtbot, lambda: not title.error.isVisibleTo(editor))  # re-checked as you type, after a save attempt
    wait_for(qtbot, lambda: editor.where.field("date").error.text() == "Not a real date.")
    assert editor.problem_tabs == ["where"]
    editor.where.field("location.country").editor.setText("tarvessa")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.where.field("location.country").error.text() == (
        "Use the three capital letters of the ISO 3166 code, e.g. XTV.")
    assert win.view.cases._service.count() == before
    editor.force_close()


def test_every_field_of_a_demo_record_round_trips_through_the_form(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    service = win.view.cases._service
    rich = next(s for s in service.list(CaseFilter(search="detained"), limit=50)
                if len(service.get(s.id).people) and service.get(s.id).sources)
    record = service.get(rich.id)
    editor = _open(qtbot, win, record.id)
    assert editor.payload() == record_to_json(record)  # nothing lost or added by the widgets
    assert not editor.is_dirty()
    editor.close()


def test_unsaved_changes_guard(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    record_id = _first(win, kind="incident")
    editor = _open(qtbot, win, record_id)
    editor.what.field("narrative").editor.appendPlainText("A further witness came forward.")
    editor.close()
    guard = editor.guard
    assert guard is not None and guard.isVisible() and editor.isVisible()
    guard.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.is_dirty()
    editor.close()
    editor.guard.button(QMessageBox.StandardButton.Save).click()
    wait_for(qtbot, lambda: record_id not in win.view.editors.editors)
    assert "A further witness" in win.view.cases._service.get(record_id).narrative
    assert win.view.cases._service.get(record_id).rev == 2


def test_draft_autosaved_encrypted_and_offered_again(qtbot, unlocked_demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 100)
    win = unlocked_demo
    service = win.view.cases._service
    record_id = _first(win, kind="community_info")
    editor = _open(qtbot, win, record_id)
    title = editor.what.field("title").editor
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " - UPDATED-MARKER-4411")
    wait_for(qtbot, lambda: service.load_draft(f"record-{record_id}") is not None)
    draft = service.load_draft(f"record-{record_id}")
    assert draft["record"]["title"].endswith("- UPDATED-MARKER-4411") and draft["base_rev"] == 1
    wait_for(qtbot, lambda: "Draft saved (encrypted)" in editor.status.text())  # the UI hears after the commit
    store = (win.workspace.path / "store.db").read_bytes() + (win.workspace.path / "store.db-wal").read_bytes()
    assert b"UPDATED-MARKER-4411" not in store  # the draft is inside the encrypted store

    editor.close()
    editor.guard.button(QMessageBox.StandardButton.Discard).click()
    wait_for(qtbot, lambda: service.load_draft(f"record-{record_id}") is None)

    # a draft left behind (e.g. by a lock) is offered when the record is opened again
    service.save_draft(f"record-{record_id}", "community_info", {"record": {**record_to_json(service.get(record_id)),
                                                                            "title": "Kept from before"},
                                                                 "base_rev": 1}, record_id)
    editor = _open(qtbot, win, record_id)
    assert editor.banner.isVisibleTo(editor)
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.what.field("title").get() == "Kept from before" and editor.is_dirty()
    editor.force_close()


def test_attachment_hash_and_in_memory_preview(qtbot, unlocked_demo, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))  # Qt would put temporary files here
    win = unlocked_demo
    record_id = _first(win, kind="incident")
    picture = tmp_path / "evidence" / "leaflet.png"
    picture.parent.mkdir()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3c8d40"))
    assert image.save(str(picture))
    note = tmp_path / "evidence" / "statement.txt"
    note.write_text("Statement of W-031 (fictional): the leaflets appeared overnight.\n", encoding="utf-8")

    editor = _open(qtbot, win, record_id)
    editor.tabs.setCurrentWidget(editor.attachments)
    editor.attachments.attach(picture)
    wait_for(qtbot, lambda: editor.attachments.table.rowCount() == 1)
    editor.attachments.attach(note)
    wait_for(qtbot, lambda: editor.attachments.table.rowCount() == 2)
    import hashlib

    digest = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert editor.attachments.table.item(0, 3).toolTip() == digest
    editor.attachments.table.selectRow(0)
    assert digest in editor.attachments.details.text()  # the full hash, selectable, under the table
    assert editor._record.rev == 3  # each attachment is a new revision

    before = _all_files(tmp_path)
    editor.attachments.table.selectRow(0)
    editor.attachments.preview_selected()
    wait_for(qtbot, lambda: editor.attachments.preview is not None)
    preview = editor.attachments.preview
    assert preview.kind == "image"
    preview.close()
    editor.attachments.table.selectRow(1)
    editor.attachments.preview_selected()
    wait_for(qtbot, lambda: editor.attachments.preview is not preview)
    assert editor.attachments.preview.kind == "text"
    assert "leaflets appeared overnight" in editor.attachments.preview.body.toPlainText()
    editor.attachments.preview.close()
    assert _all_files(tmp_path) - before == set()  # the previews wrote no file (workspace, config, temp)
    assert list(private_tmp.iterdir()) == []
    editor.close()


def _all_files(root: Path) -> set[Path]:
    out: set[Path] = set()
    for dirpath, _dirs, files in os.walk(root):
        out.update(Path(dirpath) / f for f in files if not f.startswith(("store.db", ".")))
    return out


def test_copy_name_clears_the_clipboard(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    service = win.view.cases._service
    with_name = next(s.id for s in service.list(limit=300) if any(p.name for p in service.get(s.id).people))
    editor = _open(qtbot, win, with_name)
    row = next(i for i, p in enumerate(editor.people.rows) if p.get("name"))
    editor.people.table.selectRow(row)
    win.clipboard._timer.setInterval(200)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something else")
    editor._copy_name()
    assert clipboard.text() == editor.people.rows[row]["name"]
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    wait_for(qtbot, lambda: clipboard.text() == "", timeout=2_000)

    editor._copy_name()
    clipboard.setText("copied by the officer meanwhile")
    qtbot.wait(400)
    assert clipboard.text() == "copied by the officer meanwhile"  # not ours any more: left alone
    editor._copy_name()
    win.lock()  # a lock clears it at once
    assert clipboard.text() == ""


@pytest.mark.parametrize("kind", ["incident", "community_info"])
def test_new_record_defaults(qtbot, unlocked_demo, kind: str) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    wait_for(qtbot, lambda: win.view.cases.facets is not None)
    editor = win.view.editors.new_record(kind)
    assert editor.where.field("location.country").get() == "XTV"  # the workspace's usual country
    assert editor.what.field("info_type").editor.isEnabled() == (kind == "community_info")
    assert not editor.is_dirty()
    editor.close()
    assert not editor.isVisible()
