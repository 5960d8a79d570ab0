"""The Action points page: every action point in one list, filtered, its status set in place."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import wait_for


def test_list_filter_and_set_status(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    analysis = win.view.session.analysis
    analysis.add_action("Raise the detentions with the governor", "Field office", ["cca.democratic_space"],
                        due="2020-01-31")
    analysis.add_action("Radio spots on hate speech", "Protection cluster",
                        ["cca.social_cohesion_gender_equality_non_discrimination"], due="2099-12-31")
    total = len(analysis.actions())
    page = win.view.show_page("actions")
    assert win.view.nav.currentItem().text() == "Action points"
    wait_for(qtbot, lambda: len(page._all) == total)
    titles = [a.title for a in page.shown]
    assert "Raise the detentions with the governor" in titles and "Radio spots on hate speech" in titles
    page.overdue.setChecked(True)
    assert "Raise the detentions with the governor" in [a.title for a in page.shown]
    assert "Radio spots on hate speech" not in [a.title for a in page.shown]
    row = [a.title for a in page.shown].index("Raise the detentions with the governor")
    assert "(overdue)" in page.table.item(row, 2).text()
    page.overdue.setChecked(False)
    page.area.setCurrentIndex(page.area.findData("cca.social_cohesion_gender_equality_non_discrimination"))
    assert "Radio spots on hate speech" in [a.title for a in page.shown]
    assert "Raise the detentions with the governor" not in [a.title for a in page.shown]
    page.area.setCurrentIndex(0)
    page.search.setText("governor")
    assert [a.title for a in page.shown] == ["Raise the detentions with the governor"]

    page.table.selectRow(0)
    page.set_status.setCurrentIndex(page.set_status.findData("done"))
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)  # closed without its outcome: refused, said why
    wait_for(qtbot, lambda: page.message.isVisible() and "outcome" in page.message.text())
    assert page.shown[0].status != "done"
    page.note.setText("The governor received the mission on 14 October")
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.shown == [])  # done: no longer among the open ones
    assert [a.status for a in analysis.actions() if a.title == "Raise the detentions with the governor"] == ["done"]
    page.status.setCurrentIndex(page.status.findData("done"))
    assert "Raise the detentions with the governor" in [a.title for a in page.shown]  # now among the done ones
