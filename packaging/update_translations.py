"""Refresh the translation catalogues from the sources, then compile them.

    .venv/bin/python packaging/update_translations.py

Every user-visible string goes through Qt's translation (self.tr / QCoreApplication.translate);
pyside6-lupdate collects them into resources/translations/fieldcase_<lang>.ts (kept, with any
translations already made), and pyside6-lrelease compiles the .qm files the app loads.

The core's error messages are not Qt calls: their English templates are found by scanning the source
(fieldcase.i18n.error_templates) and kept in the catalogue's "errors" context, with their translations
carried over from the previous catalogue (lupdate alone would drop them as obsolete). A template with a
``{count}`` field is a plural message (numerus forms), chosen by the count.

English gets a plural-only catalogue (``-pluralonly``): "%n record(s)" becomes "1 record" / "2 records".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from fieldcase.i18n.error_templates import CONTEXT, scan  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar", "es")  # French, Arabic (right to left), Spanish: the first field languages
PLURAL_ONLY = ("en",)  # English needs only its plural forms
PLURAL_FIELD = "{count}"
NUMERUS_FORMS = {"en": 2, "fr": 2, "es": 2, "ar": 6}


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with pyside6-essentials)")
    return found


def _translations_of(context: ET.Element) -> dict[str, ET.Element]:
    return {m.findtext("source", ""): m for m in context.findall("message")}


def merge_errors(ts: Path, previous: dict[str, ET.Element], lang: str, *, plural_only: bool = False) -> None:
    """Write the scanned error templates into the catalogue's errors context, keeping known translations."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for old in [c for c in root.findall("context") if c.findtext("name") == CONTEXT]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    found = scan()
    first_seen: dict[str, tuple[str, int]] = {}
    for item in found.templates:
        first_seen.setdefault(item.text, (item.file, item.line))
    for text in found.texts():
        kept = previous.get(text)
        plural = PLURAL_FIELD in text
        if plural_only and not plural:
            continue
        if kept is not None and (kept.get("numerus") == "yes") == plural:
            message = kept
            for location in message.findall("location"):
                message.remove(location)
        else:
            message = ET.Element("message", {"numerus": "yes"} if plural else {})
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            if plural:
                for _ in range(NUMERUS_FORMS[lang]):
                    ET.SubElement(translation, "numerusform")
        file, line = first_seen[text]
        message.insert(0, ET.Element("location", {"filename": f"../../desktop/{file}", "line": str(line)}))
        context.append(message)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def refresh(lang: str, sources: list[str], *, plural_only: bool = False) -> Path:
    ts = TRANSLATIONS / f"fieldcase_{lang}.ts"
    previous: dict[str, ET.Element] = {}
    if ts.exists():
        for context in ET.parse(ts).getroot().findall("context"):
            if context.findtext("name") == CONTEXT:
                previous = _translations_of(context)
    extra = ["-pluralonly"] if plural_only else []
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-target-language", lang, "-no-obsolete", *extra,
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    merge_errors(ts, previous, lang, plural_only=plural_only)
    return ts


def compile_qm(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "fieldcase" / "ui").rglob("*.py"))
    sources.append("desktop/fieldcase/app.py")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    only_compile = "--compile" in sys.argv[1:]
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = TRANSLATIONS / f"fieldcase_{lang}.ts"
        if not only_compile:
            ts = refresh(lang, sources, plural_only=lang in PLURAL_ONLY)
        compile_qm(ts)
        print(f"{ts.relative_to(ROOT)} and .qm refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
