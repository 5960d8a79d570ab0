"""Start-up refuses a driver that is not SQLCipher 4: the window says so and opens no workspace."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldcase.app import EXIT_STATUS_PROPERTY, build
from fieldcase.errors import InsecureDriver
from fieldcase.workspace import default_workspace_dir

from .conftest import wait_for


def test_app_with_plain_sqlite_instead_of_sqlcipher_refuses_to_start(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # As if a bundler had picked up the system's plain SQLite library in place of SQLCipher.
    monkeypatch.setitem(sys.modules, "sqlcipher3", sqlite3)
    # the app quits once the box is closed: recorded here, as a real exit() would stop every later test's loop
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda status=0: exits.append(status))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # build() installs its own; put the test's back
    _app, window = build([])
    qtbot.addWidget(window)

    def error_box() -> QMessageBox | None:
        return next((w for w in window.findChildren(QMessageBox) if w.objectName() == "errorMessage"
                     and w.isVisible()), None)

    wait_for(qtbot, lambda: error_box() is not None)
    box = error_box()
    assert box is not None
    assert box.text() == ("The SQLite library loaded is not SQLCipher; Fieldcase refuses to store case files "
                          "unencrypted.")
    qtbot.wait(300)
    assert not default_workspace_dir().exists()  # no demo workspace was made, nothing was opened
    assert window.property(EXIT_STATUS_PROPERTY) == InsecureDriver.exit_status  # main() exits with it
    box.done(QMessageBox.StandardButton.Ok)  # acknowledged as a person would: the app's window closes
    wait_for(qtbot, lambda: not window.isVisible())
    assert exits == []  # closing the window ends app.exec(); nothing calls exit() behind the loop's back
