"""The read-only HQ window (ui/hq/), per role: sign in with a user's own name and passphrase; the viewer sees
the strictly confidential record listed as above their clearance, with no content anywhere in the window; the
analyst and the reviewer read it, told that the reading is audit-logged; Lock wipes the keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from fieldcase.ui.hq.window import HqWindow
from hq_roles_setup import ANALYST_PASS, SECRET_NAME, SECRET_NARRATIVE, SECRET_TITLE, VIEWER_PASS, build_hq_with_users
from sync_helpers import PASSPHRASE


@pytest.fixture(scope="module")
def hq_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield build_hq_with_users(tmp_path_factory.mktemp("hq-window"))


def sign_in(qtbot: object, hq_dir: Path, name: str, passphrase: str) -> HqWindow:
    window = HqWindow(hq_dir)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1024, 768)
    window.show()
    window.sign_in.user.setText(name)
    window.sign_in.passphrase.setText(passphrase)
    qtbot.mouseClick(window.sign_in.button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 3, timeout=30_000)  # type: ignore[attr-defined]
    return window


def open_row(qtbot: object, window: HqWindow, level_text: str) -> None:
    model = window.records.model
    row = next(r for r in range(model.rowCount()) if model.item(r, 3).text() == level_text)
    before = window.records.title.text()
    window.records.select(row)
    qtbot.waitUntil(lambda: window.records.title.text() not in ("", before), timeout=10_000)  # type: ignore[attr-defined]


def visible_text(window: QWidget) -> str:
    parts = [w.text() for w in window.findChildren(QLabel)]
    parts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    model = window.records.model  # type: ignore[attr-defined]
    parts += [model.item(r, c).text() for r in range(model.rowCount()) for c in range(model.columnCount())]
    return "\n".join(parts)


def test_the_viewer_sees_it_listed_above_their_clearance_and_nothing_of_it(qtbot: object, hq_dir: Path) -> None:
    window = sign_in(qtbot, hq_dir, "vera", VIEWER_PASS)
    assert "Signed in as vera: Viewer, clearance Confidential" in window.signed_in.who.text()
    titles = {window.records.model.item(r, 3).text(): window.records.model.item(r, 1).text() for r in range(3)}
    assert titles == {"Restricted": "Road closure reported", "Confidential": "Threats against a teacher",
                      "Strictly confidential": "Above your clearance"}
    open_row(qtbot, window, "Strictly confidential")
    assert window.records.title.text() == "Above your clearance"
    assert "your clearance is Confidential" in window.records.notice.text()
    assert window.records.body.toPlainText() == ""
    for secret in (SECRET_TITLE, SECRET_NARRATIVE, SECRET_NAME):
        assert secret not in visible_text(window)
    open_row(qtbot, window, "Confidential")
    assert "A teacher was threatened." in window.records.body.toPlainText()
    assert window.records.notice.isHidden()
    status = window.records.status.text()  # (English plural forms come from the compiled catalogue)
    assert status.startswith("2 record") and "· 1 above your clearance (no content) · as of the last import" in status


@pytest.mark.parametrize(("name", "passphrase", "role"), [("ana", ANALYST_PASS, "Analyst"),
                                                          ("admin", PASSPHRASE, "Reviewer")])
def test_the_analyst_and_the_reviewer_read_it_and_are_told_it_is_logged(qtbot: object, hq_dir: Path, name: str,
                                                                       passphrase: str, role: str) -> None:
    window = sign_in(qtbot, hq_dir, name, passphrase)
    assert f"Signed in as {name}: {role}, clearance Strictly confidential" in window.signed_in.who.text()
    open_row(qtbot, window, "Strictly confidential")
    assert window.records.title.text() == SECRET_TITLE
    body = window.records.body.toPlainText()
    assert SECRET_NARRATIVE in body and SECRET_NAME in body
    assert "recorded in the HQ audit log under your name" in window.records.notice.text()


def test_a_wrong_passphrase_is_said_inline_and_lock_wipes_the_keys(qtbot: object, hq_dir: Path) -> None:
    window = HqWindow(hq_dir)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.sign_in.user.setText("vera")
    window.sign_in.passphrase.setText("not her passphrase")
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.sign_in.message.isVisibleTo(window.sign_in), timeout=30_000)  # type: ignore[attr-defined]
    assert "Wrong user name or passphrase" in window.sign_in.message.text()
    assert window.sign_in.passphrase.text() == ""
    window = sign_in(qtbot, hq_dir, "vera", VIEWER_PASS)
    session = window.session
    assert session is not None
    key = session._key
    assert key is not None and any(key)
    qtbot.mouseClick(window.findChild(QWidget, "hqLock"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.session is None and session.is_locked and not any(key)
    assert window.stack.currentWidget() is window.sign_in and window.records.model.rowCount() == 0
