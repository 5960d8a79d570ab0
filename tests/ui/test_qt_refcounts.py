"""Regression guard: PySide6 6.12.0 dropped a reference to None on every None <-> QVariant conversion,
which aborts CPython 3.11 ("none_dealloc") after a few dozen table repaints. The pinned PySide6 must
not; this fails if a release with the bug is installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from .conftest import wait_for


def test_none_returning_data_keeps_nones_references(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    """200,000 None-returning data() calls through C++: far more than None's ~30,000 references."""
    model = unlocked_demo.view.cases.model
    wait_for(qtbot, lambda: model.summary(0) is not None)
    index = model.index(0, 2)
    before = sys.getrefcount(None)
    for _ in range(200_000):
        index.data(Qt.ItemDataRole.DecorationRole)  # C++ QModelIndex::data -> our Python data() -> None
    assert abs(sys.getrefcount(None) - before) < 1_000
