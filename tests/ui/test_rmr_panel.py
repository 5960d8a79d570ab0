"""The risk board's RMR panel on the demo: the month's written assessment is shown, edited in place and
saved as a new revision that the briefing prints."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from fieldcase.services.rmr import RmrService

from .conftest import wait_for


def test_outlook_and_recommendations_are_shown_and_edited_on_the_board(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    win.resize(1440, 900)
    board = win.view.show_page("risk_board")
    panel = board.rmr_panel
    assert panel is not None
    wait_for(qtbot, lambda: board.loaded_months and panel.period == "2026-10"
             and panel.text("outlook").startswith("The Vardenne provincial election"))
    assert panel.text("recommendations").startswith("- Convene a joint UN-Government early-warning meeting")
    assert "Revision 1" in panel.status.text() and not panel.save_button.isEnabled()
    if os.environ.get("FIELDCASE_SHOTS"):
        qtbot.wait(100)
        win.grab().save(os.path.join(os.environ["FIELDCASE_SHOTS"], "riskboard_rmr.png"))

    edit = panel.edits["recommendations"]
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "- Brief the Morvane country team on the cross-border herders.")
    assert panel.save_button.isEnabled() and panel.status.text() == "Not saved"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "Revision 2" in panel.status.text())
    stored = RmrService(win.workspace).narrative("2026-10")
    assert stored.rev == 2 and stored.recommendations.endswith("Brief the Morvane country team on the cross-border "
                                                               "herders.")
    assert stored.outlook.startswith("The Vardenne provincial election")  # the other texts kept

    # another region: its own (empty) assessment
    board.region.setCurrentIndex(board.region.findData("XT02"))
    wait_for(qtbot, lambda: panel.region == "XT02" and panel.status.text() == "Not written yet")
    assert panel.text("outlook") == ""
