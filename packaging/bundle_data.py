"""The data files every Fieldcase build carries, and where inside the package they go.

One list for both kinds of build: ``setup.py``'s build step puts these files into the wheel, and
``packaging/fieldcase.spec`` into the PyInstaller app. ``fieldcase/resources.py`` finds them there
(``fieldcase/_data/resources/...``, ``fieldcase/_data/schema/...``). In the repository the folders stay
at the top level; nothing is copied into the source tree.

Plain Python with no imports from the project, loaded by file path (``packaging`` is also the name of
a PyPI library, so this folder is never imported as a package).
"""

from __future__ import annotations

from pathlib import Path

SOURCE_FOLDERS = ("resources", "schema")
PACKAGE_TARGET = "fieldcase/_data"
# Qt Linguist sources: builds carry the compiled .qm files that the app loads.
EXCLUDED_SUFFIXES = frozenset({".ts"})
EXCLUDED_PARTS = frozenset({"__pycache__", ".DS_Store"})


def data_files(root: Path) -> list[tuple[Path, str]]:
    """(source file, destination relative to the package's parent folder, with '/') for each file shipped."""
    shipped: list[tuple[Path, str]] = []
    for folder in SOURCE_FOLDERS:
        base = root / folder
        if not base.is_dir():
            raise FileNotFoundError(f"{base} is missing: build from a Fieldcase checkout or sdist")
        for path in sorted(base.rglob("*")):
            relative = path.relative_to(root)
            if (not path.is_file() or path.suffix in EXCLUDED_SUFFIXES
                    or EXCLUDED_PARTS.intersection(relative.parts)):
                continue
            shipped.append((path, f"{PACKAGE_TARGET}/{relative.as_posix()}"))
    return shipped
