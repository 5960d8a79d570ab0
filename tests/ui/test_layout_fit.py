"""At 1280×720 every page shows its labels, buttons and table headers whole (none clipped or elided)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from fieldcase.ui.layout_check import clipped

from .conftest import wait_for

PAGES = ("cases", "risk", "indicators", "sync", "settings", "actions")


def test_the_check_catches_an_elided_header_and_a_clipped_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label = QLabel("Heavy weapons and explosive ordnance", holder)
    label.setFixedWidth(60)
    table = QTableWidget(1, 1, holder)
    table.setHorizontalHeaderItem(0, QTableWidgetItem("Verification status of the source"))
    table.horizontalHeader().resizeSection(0, 40)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    layout.addWidget(label)
    layout.addWidget(table)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    found = clipped(holder)
    assert any("label clipped" in p and "Heavy weapons" in p for p in found)
    assert any("header elided" in p and "Verification status" in p for p in found)
    label.setFixedWidth(400)
    table.horizontalHeader().resizeSection(0, 400)
    assert clipped(holder) == []


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_every_page_fits(qtbot, unlocked_demo, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    win.setMinimumSize(0, 0)
    win.resize(*size)
    found: dict[str, list[str]] = {}
    for name in PAGES:
        page = win.view.show_page({"risk": "risk_board"}.get(name, name))
        if name == "risk" and getattr(page, "available", False):
            wait_for(qtbot, lambda page=page: page.loaded_months, timeout=30_000)
        if name == "indicators" and getattr(page, "available", False):
            wait_for(qtbot, lambda page=page: page.report is not None, timeout=30_000)
        qtbot.wait(100)
        assert (win.width(), win.height()) == size, name  # the page lets the window be this small
        assert len([w for w in win.findChildren(QLabel) if w.isVisibleTo(win)]) > 5  # the page is really shown
        if problems := clipped(win):
            found[name] = problems
    assert found == {}
