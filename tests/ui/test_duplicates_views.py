"""Possible duplicates in the app (issue 19): the workspace page reached from the case files and the editor's
tab, on a real encrypted workspace holding the planted test set, in the real main window. With FIELDCASE_SHOTS
set, both views are saved as PNG at 1024x768 (under Xvfb: xvfb-run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from fieldcase.demo.duplicates import planted_set
from fieldcase.domain.records import record_from_json
from fieldcase.services.records import CaseService
from fieldcase.services.session import confirm_recovery_key
from fieldcase.workspace import Workspace

from .conftest import unlock, wait_for


@pytest.fixture
def planted_dir(tmp_path: Path):  # type: ignore[no-untyped-def]
    data = planted_set(seed=16, events=8, recurring=4, background=20)
    ws, _recovery = Workspace.create(tmp_path / "planted", PASSPHRASE, "Officer Test")
    try:
        CaseService(ws).save_many([record_from_json(r) for r in data.records])
        confirm_recovery_key(ws)  # written down: the app opens on the case files
    finally:
        ws.lock()
    return tmp_path / "planted", data


def _shot(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(300)  # the layout settles (a progress bar hidden, rows sized) before the picture
    if os.environ.get("FIELDCASE_SHOTS"):
        widget.grab().save(os.path.join(os.environ["FIELDCASE_SHOTS"], name))


def test_workspace_and_record_views_list_pairs_with_reasons(qtbot, window, planted_dir) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from fieldcase.ui.editor.same_as import LinkSameDialog
    from fieldcase.ui.layout_check import clipped
    from fieldcase.ui.pages.duplicates import DuplicatesPage

    path, data = planted_dir
    window.resize(1024, 768)
    window.start(path)
    unlock(qtbot, window, path, PASSPHRASE)
    view = window.view
    qtbot.mouseClick(view.cases.duplicates_button, qtbot_left())
    page = view.pages.currentWidget()
    assert isinstance(page, DuplicatesPage)
    wait_for(qtbot, lambda: page.view.report is not None, 20_000)
    listed = page.view.pairs
    truth = data.same_people | data.same_incidents
    assert listed and all((p.first.id, p.second.id) in truth for p in listed)  # the planted pairs, no others
    assert page.view.table.rowCount() == len(listed)
    assert view.nav.currentRow() == 0  # still under the case files
    # reasons in words, names hidden until asked for
    first_person = next(row for row, p in enumerate(listed) if p.kind == "person")
    pair = listed[first_person]
    side = page.view.table.item(first_person, 1).text()
    assert pair.first.label in side and (pair.first.name or "") not in side
    assert page.view.table.item(first_person, 3).text()
    page.view.names.setChecked(True)
    assert pair.first.name and pair.first.name in page.view.table.item(first_person, 1).text()
    page.view.names.setChecked(False)
    # "Mark as the same…" asks why (the link dialog, both sides filled in); the linked pair is then decided
    button = page.view.table.cellWidget(first_person, 4).findChild(QPushButton, "markSame")
    with qtbot.waitSignal(page.same_requested, timeout=2000) as emitted:
        qtbot.mouseClick(button, qtbot_left())
    first_key, second_key = (f"{side.record_ids[0]}:{side.id}" for side in (pair.first, pair.second))
    assert emitted.args == ["person", first_key, second_key]
    dialog = view._link_dialog
    assert isinstance(dialog, LinkSameDialog) and dialog.isVisible() and dialog.kind == "person"
    wait_for(qtbot, lambda: (dialog.first.value(), dialog.second.value()) == (first_key, second_key), 15_000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.isVisible() and dialog.isVisible()  # no reason: refused, nothing linked
    dialog.reason.setPlainText("Same name in both scripts, same district and role (planted test pair)")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for(qtbot, lambda: not dialog.isVisible() or dialog.error.isVisible(), 15_000)
    assert not dialog.isVisible(), dialog.error.text()
    links = window.view.session.identity_links.links()
    assert len(links) == 1 and links[0].kind == "person"
    assert {links[0].first.person_id, links[0].second.person_id} == {pair.first.id, pair.second.id}
    wait_for(qtbot, lambda: page.view.report is not None and len(page.view.pairs) == len(listed) - 1, 20_000)
    assert all({p.first.id, p.second.id} != {pair.first.id, pair.second.id} for p in page.view.pairs)
    listed = page.view.pairs
    # only incidents
    page.view.kind.setCurrentIndex(page.view.kind.findData("incident"))
    wait_for(qtbot, lambda: page.view.report is not None and all(p.kind == "incident" for p in page.view.pairs)
             and page.view.pairs, 20_000)
    _shot(qtbot, window, "duplicates_workspace.png")
    assert not clipped(page), clipped(page)  # at 1024x768 every label, button and header whole

    # the record's own view: its tab in the editor lists only the pairs of that record and its people
    incident = page.view.pairs[0]
    page.view.table.cellDoubleClicked.emit(0, 1)  # a double-click on the first side opens its record
    wait_for(qtbot, lambda: incident.first.id in view.editors.editors, 15_000)
    editor = view.editors.editors[incident.first.id]
    editor.resize(1024, 768)
    assert editor.duplicates is not None and editor.duplicates.report is None  # not looked for until shown
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    wait_for(qtbot, lambda: editor.duplicates.report is not None, 20_000)
    mine = editor.duplicates.pairs
    people_here = {p["person_id"] for r in data.records if r["id"] == incident.first.id for p in r["people"]}
    assert any(p.kind == "incident" for p in mine)
    for p in mine:
        assert incident.first.id in (p.first.id, p.second.id) if p.kind == "incident" else \
            {p.first.id, p.second.id} & people_here
    with qtbot.waitSignal(view.editors.same_requested, timeout=2000):
        qtbot.mouseClick(editor.duplicates.table.cellWidget(0, 4).findChild(QPushButton, "markSame"), qtbot_left())
    assert isinstance(view._link_dialog, LinkSameDialog) and view._link_dialog.isVisible()
    view._link_dialog.reject()  # asked, not linked
    _shot(qtbot, editor, "duplicates_record.png")
    assert not clipped(editor.duplicates), clipped(editor.duplicates)
    editor.force_close()
    qtbot.mouseClick(page.back, qtbot_left())
    assert view.pages.currentWidget() is view.cases


def test_a_long_comparison_can_be_cancelled_in_the_page(qtbot, window, planted_dir) -> None:  # type: ignore[no-untyped-def]
    path, _data = planted_dir
    window.start(path)
    unlock(qtbot, window, path, PASSPHRASE)
    page = window.view.show_page("duplicates")
    dup = page.view
    wait_for(qtbot, lambda: dup.report is not None, 20_000)
    dup.refresh()
    assert dup.progress.isVisible() and dup.progress.cancel_button.isEnabled()
    dup.progress.cancel_button.click()
    wait_for(qtbot, lambda: not dup.progress.isVisible(), 20_000)


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
