"""The user's folders for Fieldcase on each platform, through platformdirs. No Qt.

- settings (`config_dir`): Linux `~/.config/fieldcase` (or `$XDG_CONFIG_HOME/fieldcase`), Windows
  `%LOCALAPPDATA%\\Fieldcase`, macOS `~/Library/Application Support/Fieldcase`;
- data (`data_dir`): Linux `~/.local/share/fieldcase` (or `$XDG_DATA_HOME/fieldcase`), Windows
  `%LOCALAPPDATA%\\Fieldcase`, macOS `~/Library/Application Support/Fieldcase`;
- the default workspace: `workspace` inside the data folder.

Windows folders are the local, not the roaming, profile: a workspace can hold gigabytes of evidence and
must not be copied to a profile server at every log-off. Nothing here creates a folder: the settings
writer and workspace creation do, private (0700), when they first need one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs
from platformdirs.api import PlatformDirsABC

WORKSPACE_FOLDER = "workspace"


def app_name(platform: str = sys.platform) -> str:
    # Lower case on Linux, as XDG folders are (and as Fieldcase's folders always were); the product
    # name elsewhere, as Windows and macOS users see it in Explorer and Finder.
    return "Fieldcase" if platform.startswith(("win", "darwin")) else "fieldcase"


def platform_dirs() -> PlatformDirsABC:
    return PlatformDirs(appname=app_name(), appauthor=False, roaming=False)


def config_dir() -> Path:
    """Where the settings file lives (preferences only: never case data)."""
    return platform_dirs().user_config_path


def data_dir() -> Path:
    """Where Fieldcase keeps its data by default (the default workspace lives inside)."""
    return platform_dirs().user_data_path


def default_workspace_dir() -> Path:
    return data_dir() / WORKSPACE_FOLDER
