"""The desktop's own settings: a small JSON file under the user's config folder. No Qt.

It holds preferences only (idle-lock time, the last and the recent workspace folders, which folders
hold the demo) and never case data, window contents or geometry. Written with the one atomic, 0600 helper.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from . import paths
from .fsutil import atomic_write_bytes

SETTINGS_FILE = "settings.json"
DEFAULT_IDLE_MINUTES = 5.0
MIN_IDLE_MINUTES = 1.0
MAX_IDLE_MINUTES = 120.0
MAX_RECENT = 8


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: float = DEFAULT_IDLE_MINUTES
    last_workspace: str | None = None
    demo_workspaces: tuple[str, ...] = field(default_factory=tuple)
    language: str | None = None  # None: the system's
    # Workspace folders opened on this computer, newest first (folder paths only, never what they hold): the
    # unlock screen lists them so a locked officer gets back to their own workspace in one click.
    recent_workspaces: tuple[str, ...] = field(default_factory=tuple)

    def with_recent(self, path: Path) -> Settings:
        text = str(path)
        recent = (text, *(p for p in self.recent_workspaces if p != text))[:MAX_RECENT]
        return replace(self, recent_workspaces=recent, last_workspace=text)

    def with_demo(self, path: Path) -> Settings:
        text = str(path)
        return self if text in self.demo_workspaces else replace(self, demo_workspaces=(*self.demo_workspaces, text))

    def is_demo(self, path: Path) -> bool:
        return str(path) in self.demo_workspaces


def config_dir() -> Path:
    """The settings folder for this platform (see paths.py)."""
    return paths.config_dir()


def _clamp_minutes(value: Any) -> float:
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    if minutes != minutes:  # NaN
        return DEFAULT_IDLE_MINUTES
    return min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, minutes))


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing or damaged (a bad file never stops the app)."""
    path = path or config_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    last = data.get("last_workspace")
    demos = data.get("demo_workspaces")
    language = data.get("language")
    recent = data.get("recent_workspaces")
    return Settings(
        idle_lock_minutes=_clamp_minutes(data.get("idle_lock_minutes", DEFAULT_IDLE_MINUTES)),
        last_workspace=last if isinstance(last, str) and last else None,
        demo_workspaces=tuple(d for d in demos if isinstance(d, str)) if isinstance(demos, list) else (),
        language=language if isinstance(language, str) and language else None,
        recent_workspaces=tuple(r for r in recent if isinstance(r, str) and r)[:MAX_RECENT]
        if isinstance(recent, list) else (),
    )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or config_dir() / SETTINGS_FILE
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    body = asdict(settings)
    body["demo_workspaces"] = list(settings.demo_workspaces)
    body["recent_workspaces"] = list(settings.recent_workspaces)
    atomic_write_bytes(path, (json.dumps(body, indent=2) + "\n").encode("utf-8"))
