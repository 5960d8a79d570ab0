"""Refresh the translation catalogues from the UI sources, then compile them.

    .venv/bin/python packaging/update_translations.py

Every user-visible string goes through Qt's translation (self.tr / QCoreApplication.translate);
pyside6-lupdate collects them into resources/translations/fieldcase_<lang>.ts (kept, with any
translations already made), and pyside6-lrelease compiles the .qm files the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar", "es")  # French, Arabic (right to left), Spanish: the first field languages


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with pyside6-essentials)")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "fieldcase" / "ui").rglob("*.py"))
    sources.append("desktop/fieldcase/app.py")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"fieldcase_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-target-language", lang, "-no-obsolete",
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        print(f"{ts.relative_to(ROOT)} and .qm refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
