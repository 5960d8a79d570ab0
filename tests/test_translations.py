"""The translation catalogues cover every string the interface and the core show, in every language.

Read from the source (no Qt): every ``self.tr("...")`` of the UI (its context is the enclosing class, as
lupdate has it), every ``translate("Context", "...")`` and ``QT_TRANSLATE_NOOP``, and every error template
the core raises (fieldcase.i18n.error_templates). A string added on any branch without running
packaging/update_translations.py, or left untranslated, fails here.
"""

from __future__ import annotations

import ast
import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldcase.i18n import error_templates
from fieldcase.i18n.error_templates import CONTEXT

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "desktop" / "fieldcase" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "ar")
PLURAL_FORMS = {"fr": 2, "es": 2, "ar": 6}
PLACEHOLDER = re.compile(r"%[1-9]|\{[a-z_0-9]+(?:![rsa])?\}")


scan = functools.cache(error_templates.scan)  # one reading of the source for all the tests


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TRANSLATIONS / f"fieldcase_{lang}.ts").getroot()
    return {(c.findtext("name", ""), m.findtext("source", "")): m
            for c in root.findall("context") for m in c.findall("message")}


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@functools.cache
def _ui_strings() -> set[tuple[str, str, bool]]:
    """(context, text, plural) of every literal translated in the UI sources."""
    found: set[tuple[str, str, bool]] = set()
    for path in [*UI.rglob("*.py"), ROOT / "desktop" / "fieldcase" / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, cls: str | None) -> None:
            if isinstance(node, ast.ClassDef):
                cls = node.name
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                if name == "tr" and isinstance(func, ast.Attribute) and node.args and cls:
                    text = _literal(node.args[0])
                    if text is not None:
                        found.add((cls, text, len(node.args) >= 3))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                    context, text = _literal(node.args[0]), _literal(node.args[1])
                    if context is not None and text is not None:
                        found.add((context, text, len(node.args) >= 4))
            for child in ast.iter_child_nodes(node):
                visit(child, cls)

        visit(tree, None)
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_the_scan_finds_the_ui_strings_and_the_error_templates() -> None:
    strings = _ui_strings()
    assert ("WorkspaceView", "Case files", False) in strings
    assert ("CasesPage", "%n record(s)", True) in strings
    assert "No record with id {record_id}." in scan().texts()
    assert len(strings) > 500 and len(scan().texts()) > 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tr_string_in_the_ui_is_in_the_catalogue_and_translated(lang: str) -> None:
    catalogue = _catalogue(lang)
    missing = sorted((c, t) for c, t, _plural in _ui_strings() if (c, t) not in catalogue)
    assert not missing, f"run packaging/update_translations.py; not in fieldcase_{lang}.ts: {missing[:10]}"
    for context, text, plural in _ui_strings():
        message = catalogue[(context, text)]
        assert (message.get("numerus") == "yes") == plural, (context, text)
        forms = _translations(message)
        assert all(forms) and message.find("translation").get("type") is None, (lang, context, text)  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_error_template_in_the_source_is_in_the_catalogue_and_translated(lang: str) -> None:
    result = scan()
    assert not result.fstrings, f"messages built with an f-string cannot be translated: {result.fstrings}"
    catalogue = _catalogue(lang)
    missing = [t for t in result.texts() if (CONTEXT, t) not in catalogue]
    assert not missing, f"run packaging/update_translations.py; new error messages: {missing[:10]}"
    for text in result.texts():
        forms = _translations(catalogue[(CONTEXT, text)])
        assert all(forms), (lang, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_is_unfinished_and_every_translation_keeps_its_placeholders(lang: str) -> None:
    body = (TRANSLATIONS / f"fieldcase_{lang}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in body and 'type="vanished"' not in body
    for (context, source), message in _catalogue(lang).items():
        forms = _translations(message)
        plural = message.get("numerus") == "yes"
        if plural:
            assert len(forms) == PLURAL_FORMS[lang], (lang, source)
        wanted = set(PLACEHOLDER.findall(source))
        for form in forms:
            have = set(PLACEHOLDER.findall(form))
            # a plural form may say "one"/"two" in words instead of the number ("سجلان": two records)
            optional = {"{count}"} if plural else set()
            assert have <= wanted and wanted - have <= optional, (lang, context, source, form)


def test_the_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    """The .qm files the app loads are what lrelease makes of the committed .ts files today."""
    import shutil
    import subprocess
    import sys

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    for lang in (*LANGUAGES, "en"):
        ts, qm = TRANSLATIONS / f"fieldcase_{lang}.ts", TRANSLATIONS / f"fieldcase_{lang}.qm"
        fresh = tmp_path / qm.name
        subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run packaging/update_translations.py"
