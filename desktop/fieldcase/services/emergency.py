"""Quick delete, as both drivers call it: lock whatever is open on the workspace, then wipe it."""

from __future__ import annotations

from pathlib import Path

from ..wipe import WipeReport, wipe_workspace
from ..workspace import Workspace


def quick_delete(path: Path, ws: Workspace | None = None) -> WipeReport:
    """Destroy the workspace in `path` (key slots first). An open `ws` is locked first (its key wiped)."""
    if ws is not None:
        ws.lock()
    return wipe_workspace(path)
