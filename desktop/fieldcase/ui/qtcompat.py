"""Work-around for a reference-counting bug in PySide6 6.12.0 on CPython 3.11.

Every conversion between Python's None and an invalid QVariant drops one reference to None: a
`data()` or `headerData()` override returning None to a view, `combo.currentData()` returning None,
`item.setData(role, None)`, `QObject.property()` of an unset property... (measured in
tests/ui/test_qt_refcounts.py: -1 per call). CPython 3.11's None is an ordinary object with about
30,000 references at start-up, so a few dozen repaints of a table would bring it to zero and abort
the process ("Fatal Python error: none_dealloc"). From CPython 3.12 None is immortal and the bug is
harmless.

`install_none_guard()` probes for the bug once; only if it is present (and None is mortal) does it
give None a very large reserve of references (2**40: no session will do that many conversions) and
check the reserve every 30 s. Leaking references to None can never crash; losing them does. When a
fixed PySide6 is installed the probe finds nothing and the guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem

RESERVE = 1 << 40
CHECK_MS = 30_000
_guard: QTimer | None = None


def none_is_mortal() -> bool:
    return sys.version_info < (3, 12)


def conversions_drop_none_references(samples: int = 64) -> bool:
    """Whether this PySide6 loses a reference to None on each None <-> QVariant conversion."""
    item = QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(samples):
        item.data(Qt.ItemDataRole.UserRole + 7)  # an unset role: an invalid QVariant -> None
    return sys.getrefcount(None) < before - samples // 2


def _top_up() -> None:
    """Add RESERVE references to None (written directly: a loop of Py_IncRef would take minutes)."""
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += RESERVE


def install_none_guard(parent: QObject | None = None) -> bool:
    """Protect the process from the bug if (and only if) it is present; returns whether it was."""
    global _guard
    if not none_is_mortal() or not conversions_drop_none_references():
        return False
    if _guard is None:
        _top_up()
        _guard = QTimer(parent)
        _guard.setInterval(CHECK_MS)
        _guard.timeout.connect(lambda: _top_up() if sys.getrefcount(None) < RESERVE // 2 else None)
        _guard.start()
    return True
