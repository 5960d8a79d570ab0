"""The Sync page through the real window on real workspaces: enrolment for a fresh workspace, and a push
to a folder target that empties the pending count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fieldcase.hq import enrolment as hq_enrolment
from fieldcase.sync.enrolment import read_request
from sync_helpers import PASSPHRASE, incidents, make_hq, make_officer

from .conftest import unlock, wait_for


def _open(qtbot, window, officer):  # type: ignore[no-untyped-def]
    path = officer.ws.path
    officer.ws.take_pending_recovery_key()  # as if written down: unlocking goes straight to the list
    officer.ws.lock()
    window.start(path)
    unlock(qtbot, window, path, PASSPHRASE)
    window.view.nav.setFocus()
    qtbot.keyClick(window.view.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Ctrl+4: Sync
    page = window.view.pages.currentWidget()
    assert page.objectName() == "syncPage"
    wait_for(qtbot, lambda: page.status is not None)
    return page


def test_fresh_workspace_is_not_enrolled_and_enrols_from_the_page(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hq = make_hq(tmp_path / "hq", "HQ Geneva")
    page = _open(qtbot, window, make_officer(tmp_path / "officer", None))
    assert page.enrolment.text() == "Not enrolled with HQ yet."
    assert page.how_to_enrol.isVisible() and "enrol-request" in page.how_to_enrol.text()
    assert page.request_button.isVisible() and page.request_button.isEnabled()
    assert not page.push_button.isEnabled() and not page.pull_button.isEnabled()
    assert page.last_push.text() == "never"

    request = tmp_path / "request.fcreq"
    page.write_enrolment_request(request)
    wait_for(qtbot, lambda: request.is_file())
    assert read_request(request.read_bytes())["officer"] == "Officer A"  # signed, readable by HQ
    answer = tmp_path / "enrolment"
    answer.write_bytes(hq_enrolment.enrol(hq, request.read_bytes(), "Officer A", "XT01")[0])
    hq.lock()

    page.import_enrolment(answer)
    wait_for(qtbot, lambda: page.status.enrolled)
    assert page.enrolment.text().startswith("Enrolled with HQ Geneva.")
    assert not page.request_button.isVisible() and not page.how_to_enrol.isVisible()
    assert not page.push_button.isEnabled()  # no target yet
    assert page.action_hint.text() == "Add a sync target below first."


def test_push_to_a_folder_target_empties_the_pending_count(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "officer", hq)
    hq.lock()
    officer.cases.save_many(incidents(6))
    page = _open(qtbot, window, officer)
    assert page.status.enrolled and page.status.pending_revisions == 6
    assert page.pending.text() == "6 revisions, 0 attachments"
    assert page.last_push.text() == "never"

    folder = tmp_path / "usb stick"
    folder.mkdir()
    page.add_folder_target(folder)
    wait_for(qtbot, lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 0).text() == "usb stick" and page.table.item(0, 1).text() == "Folder"
    assert page.selected_target() == "usb stick" and page.push_button.isEnabled()

    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not page.busy and page.status.pending_revisions == 0, timeout=30_000)
    assert len(list(folder.glob("*.fcpkg"))) == 1
    assert page.pending.text() == "0 revisions, 0 attachments"
    assert page.sent.text() == "1 package"
    assert page.last_push.text() != "never"
    assert "uploaded 1" in page.result.text()

    # a second push has nothing new to send
    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not page.busy and "uploaded 0" in page.result.text(), timeout=30_000)
    assert len(list(folder.glob("*.fcpkg"))) == 1


def _no_progress_window() -> bool:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_push_and_pull_show_progress_in_the_page_and_stop_on_cancel(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldcase.hq import importer
    from fieldcase.services.sync import resolve_target

    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "officer", hq)
    folder = tmp_path / "usb stick"
    folder.mkdir()
    # two rounds before the page opens: two replies from HQ wait on the stick
    for round_ in range(2):
        officer.cases.save_many(incidents(3, prefix=f"Round {round_}"))
        officer.sync.push(resolve_target(officer.ws, str(folder)))
        importer.import_from(hq, resolve_target(hq.ws, str(folder)))
    hq.lock()
    assert len(list(folder.glob("*reply*"))) == 2, sorted(p.name for p in folder.iterdir())
    officer.cases.save_many(incidents(4, prefix="Unsent"))
    pushed = set(folder.glob("*.fcpkg"))
    page = _open(qtbot, window, officer)
    page.add_folder_target(folder)
    wait_for(qtbot, lambda: page.selected_target() == "usb stick" and page.push_button.isEnabled())
    assert page.status.pending_revisions == 4 and page.sent.text() == "2 packages"

    # push, cancelled at once: the bar, the text and Cancel are in the Status box; nothing new is uploaded
    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() and page.progress.window() is window and _no_progress_window()
    assert page.progress.text.text() == "Pushing to usb stick…" and page.progress.cancel_button.isVisible()
    assert not page.push_button.isEnabled() and not page.pull_button.isEnabled()
    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not page.busy, timeout=30_000)
    assert not page.progress.isVisible()
    assert page.result.text() == "Cancelled. What was already uploaded stays there; push again to go on."
    assert set(folder.glob("*.fcpkg")) == pushed

    # pull, cancelled at once: it stops before the next reply; each applied reply stays applied
    wait_for(qtbot, page.pull_button.isEnabled)
    qtbot.mouseClick(page.pull_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() and page.progress.text.text() == "Collecting HQ's replies from usb stick…"
    assert page.progress.cancel_button.isVisible() and _no_progress_window()
    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not page.busy and page.status is not None, timeout=30_000)
    assert not page.progress.isVisible()
    assert page.result.text() == ("Pull stopped. The replies already applied stay applied; pull again for "
                                  "the rest.")
    applied = page.service.status().acknowledged_packages
    assert applied < 2  # the cancel came before the last reply (in practice before the first)

    # pulling again applies what is left; the result line says so
    wait_for(qtbot, page.pull_button.isEnabled)
    qtbot.mouseClick(page.pull_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not page.busy and "applied" in page.result.text(), timeout=30_000)
    left = 2 - applied
    assert page.result.text() == f"{left} reply package{'s' if left != 1 else ''} applied."
    wait_for(qtbot, lambda: page.status.acknowledged_packages == 2, timeout=10_000)
    assert page.acknowledged.text().startswith("2 packages")

    # and a push uploads the unsent revisions with its bar reaching the end
    values: list[int] = []
    page.progress.bar.valueChanged.connect(values.append)
    wait_for(qtbot, page.push_button.isEnabled)
    qtbot.mouseClick(page.push_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not page.busy and "uploaded 1" in page.result.text(), timeout=30_000)
    assert values and values[-1] == page.progress.bar.maximum() > 0
    wait_for(qtbot, lambda: page.status.pending_revisions == 0)
