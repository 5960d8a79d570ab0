"""Where Fieldcase's shipped resources are found, outside Qt: the top-level ``resources/`` folder.

The project keeps resources (demo data, fonts, icons, styles, translations) in ``resources/`` at the top of
the repository, outside the ``fieldcase`` package. A resource is looked up in two places, first hit wins:

1. ``fieldcase/_resources/<path>`` through :mod:`importlib.resources`: where an installed build (wheel,
   zip, frozen app) is to carry a copy of ``resources/``;
2. ``resources/<path>`` in the source checkout (``desktop/fieldcase/../../resources``), which is what a
   checkout and an editable install use.

PACKAGING NOTE (issue 12): today's wheel does NOT carry ``resources/`` yet. setuptools can only ship
package data that lives inside a package directory, and pyproject.toml finds packages under ``desktop/``
with ``packages.find``, which cannot be combined with a ``package-dir`` entry mapping
``fieldcase._resources`` to ``resources/``. Finishing it needs either an explicit package list with that
mapping (plus ``package-data`` globs for the file types) or a build step that copies ``resources/`` into
``fieldcase/_resources/`` before the wheel is built; lookups through this module then work unchanged.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

PACKAGED_DIR = "_resources"
CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    """``resources/<parts...>``: the installed copy when there is one, else the checkout's file."""
    packaged: Traversable = files(__package__ or "fieldcase") / PACKAGED_DIR
    for part in parts:
        packaged = packaged / part
    if packaged.is_file() or packaged.is_dir():
        return packaged
    return CHECKOUT_RESOURCES.joinpath(*parts)


def read_json(*parts: str) -> Any:
    """The JSON document at ``resources/<parts...>`` (UTF-8)."""
    return json.loads(resource(*parts).read_text(encoding="utf-8"))
