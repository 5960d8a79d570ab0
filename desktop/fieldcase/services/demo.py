"""The demo workspace: realistic, clearly fictional records so a newcomer sees a living app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# The store is imported when a demo is made, not with this module: the desktop reads DEMO_PASSPHRASE
# before its first paint, and importing SQLAlchemy there would cost a third of a second.

DEMO_OFFICER = "Demo Officer (fictional)"
DEMO_PASSPHRASE = "fictional demo data only"  # shown on purpose: the demo holds nothing real


def create_demo_workspace(path: Path, passphrase: str, *,
                          progress: Callable[[int, int], None] | None = None) -> int:
    """Create `path` as a workspace filled with the demo records; returns how many were stored."""
    from ..demo import generate_demo_records
    from ..domain.records import record_from_json
    from ..workspace import Workspace
    from .records import CaseService

    records = [record_from_json(item) for item in generate_demo_records()]
    ws, _recovery = Workspace.create(path, passphrase, DEMO_OFFICER)
    with ws:
        stored = CaseService(ws).save_many(records, progress=progress)
    return len(stored)
