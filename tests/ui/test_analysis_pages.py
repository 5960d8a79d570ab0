"""Risk board and Indicators on the demo workspace, through the real widgets."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from fieldcase.services.analysis import AnalysisService

from .conftest import wait_for


def test_set_a_risk_level_on_the_board(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    board = win.view.show_page("risk_board")
    assert board.available
    wait_for(qtbot, lambda: board.model.rowCount() >= 12 and board.loaded_months)
    months = board.loaded_months
    assert len(months) == 6 and months[-1] == "2026-10"  # the newest month with records

    # click a cell: its computed signal, the records behind it
    area = "cca.democratic_space"
    row = board.model.area_ids().index(area)
    index = board.model.index(row, len(months) - 1)
    qtbot.mouseClick(board.grid.viewport(), Qt.MouseButton.LeftButton, pos=board.grid.visualRect(index).center())
    cell = board.panel.cell
    assert cell is not None and (cell.area, cell.month) == (area, "2026-10")
    wait_for(qtbot, lambda: board.panel.records.count() > 0)
    assert board.panel.records.count() == min(cell.count, 100)
    assert "Computed from" in board.panel.computed.text()

    # set the officer's level in place, with a rationale
    panel = board.panel
    panel.level.setCurrentIndex(panel.level.findData("risk.high"))
    panel.trend.setCurrentIndex(panel.trend.findData("trend.deteriorating"))
    panel.rationale.clear()  # the demo's October assessment has one (resources/demo/rmr.json)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.isVisibleTo(panel) and "rationale is required" in panel.message.text()
    qtbot.keyClicks(panel.rationale, "Journalists detained ahead of the provincial vote; NGO law.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: board.model.cell(board.model.index(row, len(months) - 1)).officer_level == "risk.high")
    updated = board.model.cell(board.model.index(row, len(months) - 1))
    assert updated.rationale.startswith("Journalists detained")
    assert updated.status == ("confirmed" if updated.level == "risk.high" and updated.trend == "trend.deteriorating"
                              else "override")
    stored = AnalysisService(win.workspace).assess("2026-10")
    mine = next(a for a in stored.top_level if a.signal.risk_area == area)
    assert mine.officer is not None and mine.officer.level == "risk.high"
    assert mine.officer.author == win.workspace.officer

    # an action point beside it
    board._add_action(updated)
    dialog = board._dialog
    qtbot.keyClicks(dialog.title, "Raise detentions with the provincial governor")
    qtbot.keyClicks(dialog.owner, "Human rights officer, Vardenne")
    dialog.buttons.accepted.emit()
    wait_for(qtbot, lambda: any("provincial governor" in panel.action_list.item(i).text()
                                for i in range(panel.action_list.count())))


def test_an_empty_month_is_grey_no_data_on_the_board(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    from fieldcase.ui.models.risk_grid import LEVEL_COLOURS

    win = unlocked_demo
    win.resize(1280, 800)
    board = win.view.show_page("risk_board")
    wait_for(qtbot, lambda: board.loaded_months)
    loaded = board.model.cell(board.model.index(0, 0))
    board.region.setCurrentIndex(board.region.findData("XT01"))  # the demo's quietest province
    wait_for(qtbot, lambda: board.model.rowCount() and board.model.cell(board.model.index(0, 0)) is not loaded)
    last = len(board.loaded_months) - 1
    rows = [r for r in range(board.model.rowCount()) if board.model.cell(board.model.index(r, last)).count == 0]
    assert len(rows) >= 3
    index = board.model.index(rows[1], last)
    cell = board.model.cell(index)
    assert (cell.level, cell.trend, cell.no_data) == ("risk.no_data", "trend.no_data", True)
    assert board.model.data(index) == "No records: no data"
    assert "low" not in board.model.data(index, Qt.ItemDataRole.ToolTipRole).lower().replace("not a sign of low", "")

    # painted grey with the words, never the low colour
    board.grid.scrollTo(index)
    qtbot.wait(50)
    rect = board.grid.visualRect(index)
    image = board.grid.viewport().grab().toImage()
    colour = image.pixelColor(rect.center().x(), rect.top() + 5).name()
    assert colour == LEVEL_COLOURS["risk.no_data"] != LEVEL_COLOURS["risk.low"]
    legend = [w.text() for w in board.findChildren(type(board.summary)) if w.text() == "No data"]
    assert legend, "the legend has a No data chip"

    # the panel: nothing suggested, no level chosen for the officer (never "Low" by default)
    qtbot.mouseClick(board.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = board.panel
    assert panel.cell == cell and panel.computed.text().startswith("No data")
    assert (panel.level.currentIndex(), panel.trend.currentIndex()) == (-1, -1)
    qtbot.keyClicks(panel.rationale, "Phone reports of checkpoint abuses; the office has no access.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.isVisibleTo(panel) and "Choose a level" in panel.message.text()
    if os.environ.get("FIELDCASE_SHOTS"):  # e.g. /tmp/shots: the board as a person sees it
        win.grab().save(os.path.join(os.environ["FIELDCASE_SHOTS"], "riskboard_nodata.png"))

    # the officer's own level (knowledge from outside the records) colours the cell
    panel.level.setCurrentIndex(panel.level.findData("risk.high"))
    panel.trend.setCurrentIndex(panel.trend.findData("trend.deteriorating"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: board.model.cell(index).officer_level == "risk.high")
    updated = board.model.cell(index)
    assert (updated.status, updated.no_data, updated.colour_level) == ("override", True, "risk.high")
    qtbot.wait(50)
    image = board.grid.viewport().grab().toImage()
    # sampled clear of the suggestion badge (top right)
    assert image.pixelColor(rect.left() + 12, rect.bottom() - 9).name() == LEVEL_COLOURS["risk.high"]
    if os.environ.get("FIELDCASE_SHOTS"):
        win.grab().save(os.path.join(os.environ["FIELDCASE_SHOTS"], "riskboard_nodata_officer.png"))


def test_indicators_page_shows_the_service_counts(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    page = win.view.show_page("indicators")
    wait_for(qtbot, lambda: page.report is not None)
    assert page.period() == "2026-10"
    expected = AnalysisService(win.workspace).indicators("2026-10")
    v, d = expected.sdg_16_10_1, expected.sdg_16_1_2
    victims = "victim" if v.headline.total == 1 else "victims"
    deaths = "death" if d.headline.total == 1 else "deaths"
    assert page.victims_total.text() == f"{v.headline.total} {victims} in the 12 months\n{v.month.total} in 2026-10"
    assert page.deaths_total.text() == f"{d.headline.total} {deaths} in the 12 months\n{d.month.total} in 2026-10"
    assert page.victims["type"].rowCount() == len(v.headline.by_violation_type)
    assert page.victims["type"].item(0, 0).text() in {"Killing", "Torture", "Enforced disappearance",
                                                      "Arbitrary detention", "Kidnapping", "Other harmful acts"}
    before = page.report
    page.region.setCurrentIndex(page.region.findData("XT02"))
    wait_for(qtbot, lambda: page.report is not before)
    assert page.report.sdg_16_10_1.region == "XT02"
    page.unverified.setChecked(True)
    wait_for(qtbot, lambda: not page.report.sdg_16_10_1.verified_only)
