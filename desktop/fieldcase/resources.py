"""The one place that finds Fieldcase's shipped data: ``resources/`` and ``schema/``. No Qt.

``resources/`` holds demo data, fonts, icons, styles and compiled translations; ``schema/`` the JSON
Schemas and the framework data. In the repository both stay at the top level. Every other module asks
this one (``resource_path("fonts", ...)``, ``schema_path("frameworks")``) and never works out a folder
from its own file's location.

Where the data are, decided once per process:

1. **Installed** (a wheel, an sdist built into a wheel, the PyInstaller app): inside the package, as
   ``fieldcase/_data/resources/`` and ``fieldcase/_data/schema/``, found through
   :mod:`importlib.resources`. ``setup.py``'s build step puts them there for the wheel, and
   ``packaging/fieldcase.spec`` does it for the frozen app; both take the file list from
   ``packaging/bundle_data.py``.
2. **Source checkout** (and an editable install, which runs the checkout's files): the top-level folders,
   recognised by the checkout's ``pyproject.toml`` beside ``desktop/``. A folder that merely happens to
   sit two levels up is never used.

Both are real folders on disk (PyInstaller's one-folder bundle and an unpacked wheel), so callers get
:class:`pathlib.Path` objects, which reportlab (fonts) and Qt (translations) need.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import FieldcaseError

PACKAGED_DIR = "_data"  # fieldcase/_data/{resources,schema} in a wheel or a frozen app
KINDS = ("resources", "schema")


class MissingData(FieldcaseError):
    """The installation is incomplete: a shipped data folder or file is not where it must be."""

    code = "missing-data"


def _packaged_root() -> Path | None:
    root = files(__package__ or "fieldcase") / PACKAGED_DIR
    # Only a real folder counts: wheels are installed unpacked and PyInstaller's one-folder app is a
    # folder, so a zip import (never shipped) would fail here loudly rather than half-work.
    return root if isinstance(root, Path) and root.is_dir() else None


def _checkout_root() -> Path | None:
    # desktop/fieldcase/resources.py -> the repository, only if it really is Fieldcase's checkout.
    repository = Path(__file__).resolve().parent.parent.parent
    project = repository / "pyproject.toml"
    try:
        is_ours = 'name = "fieldcase"' in project.read_text(encoding="utf-8")
    except OSError:
        return None
    return repository if is_ours and (repository / "desktop" / "fieldcase").is_dir() else None


@cache
def data_root() -> Path:
    """The folder holding ``resources/`` and ``schema/`` for this process."""
    root = _packaged_root() or _checkout_root()
    if root is None or not all((root / kind).is_dir() for kind in KINDS):
        raise MissingData("Fieldcase's data files (schemas, frameworks, fonts) are missing from this "
                          "installation. Reinstall Fieldcase.")
    return root


def is_installed_build() -> bool:
    """True in a wheel or frozen app (the data are inside the package), False in a checkout."""
    return _packaged_root() is not None


def resource_path(*parts: str) -> Path:
    """``resources/<parts...>`` as a path (it may not exist: callers that need it check)."""
    return data_root().joinpath("resources", *parts)


def schema_path(*parts: str) -> Path:
    """``schema/<parts...>`` as a path (it may not exist: callers that need it check)."""
    return data_root().joinpath("schema", *parts)


def resource(*parts: str) -> Path:
    """Same as :func:`resource_path` (kept for the demo data's callers)."""
    return resource_path(*parts)


def read_json(*parts: str) -> Any:
    """The JSON document at ``resources/<parts...>`` (UTF-8)."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
