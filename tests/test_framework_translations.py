"""Framework labels in French, Spanish and Arabic (schema/frameworks/translations/): every label a file covers
has a current translation in every language, each marked official (with its source) or unverified, and the
core uses a translation only while it translates the framework's present English wording."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from fieldcase.frameworks.builtin import builtin_registry
from fieldcase.frameworks.translations import FORMAT, LANGUAGES, STATUSES, label_files, label_in, translations_dir

# what the interface and the briefing show: the risk board, the editor's acts, sources and deaths, the indicators
# (and the briefing's atrocity-factor table and the editor's risk tags: the Framework of Analysis)
REQUIRED = {"unsdg.cca.mdra", "huridocs.esf", "ohchr.evidentiary", "admiralty", "sdg.16.10.1", "sdg.16.1.2",
            "un.foa.atrocity"}
HURIDOCS_SHOWN = ("huridocs.mt04", "huridocs.mt24", "huridocs.mt19", "huridocs.mt16")


def _arabic(text: str) -> bool:
    return any("ARABIC" in unicodedata.name(ch, "") for ch in text)


def test_the_frameworks_the_app_shows_have_translation_files() -> None:
    files = {f.framework: f for f in label_files()}
    assert set(files) >= REQUIRED
    assert set(files["huridocs.esf"].scope["roots"]) == set(HURIDOCS_SHOWN)
    for path in translations_dir().glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT


@pytest.mark.parametrize("framework_id", sorted(REQUIRED))
def test_every_label_in_scope_has_a_current_translation_in_every_language(framework_id: str) -> None:
    registry = builtin_registry()
    (file,) = [f for f in label_files() if f.framework == framework_id]
    framework = registry.get(framework_id)
    in_scope = {item.id: item for item in framework.items if file.covers(item.id, item.collection)}
    assert in_scope, "the scope names nothing in the framework"
    assert set(file.labels) == set(in_scope), (sorted(set(in_scope) - set(file.labels))[:5],
                                               sorted(set(file.labels) - set(in_scope))[:5])
    for category_id, entry in file.labels.items():
        assert entry["en"] == in_scope[category_id].label, f"{category_id}: translation of an older wording"
        assert entry["status"] in STATUSES, category_id
        if entry["status"] == "official":
            assert entry.get("source"), f"{category_id}: an official wording names its source"
        for lang in LANGUAGES:
            text = entry.get(lang, "")
            assert text.strip() == text and text, (category_id, lang)
            assert _arabic(text) == (lang == "ar"), (category_id, lang, text)
    # translations, not copies: nearly every French and Spanish label differs from the English
    for lang in ("fr", "es"):
        same = [c for c, e in file.labels.items() if e[lang] == e["en"]]
        assert len(same) <= max(2, len(file.labels) // 10), (lang, same)


def test_the_core_uses_a_translation_only_for_the_present_english() -> None:
    area = "cca.justice_rule_of_law"
    english = builtin_registry().category(area)
    assert english is not None and english.label == "Justice and rule of law"
    assert label_in(area, english.label, "fr") == "Justice et état de droit"
    assert label_in(area, english.label, "es") == "Justicia y estado de derecho"
    assert label_in(area, english.label, "ar") == "العدالة وسيادة القانون"
    assert label_in(area, english.label, "en") == english.label
    # a release that rewords the label: the old translation gives way to the new English
    assert label_in(area, "Justice, rule of law and access to remedies", "fr") == (
        "Justice, rule of law and access to remedies")
    # a term no file covers stays in English
    assert label_in("acled.disorder.demonstrations", "Demonstrations", "fr") == "Demonstrations"
    # the Framework of Analysis: its risk factors are translated (the briefing's atrocity table uses them)
    factor = builtin_registry().category("foa.rf08")
    assert factor is not None and label_in("foa.rf08", factor.label, "fr") == "Facteurs déclencheurs"
    assert label_in("foa.rf08", factor.label, "ar") == "العوامل المحفزة"


def test_unverified_translations_are_marked_so_in_each_file() -> None:
    for file in label_files():
        data = json.loads(Path(file.path).read_text(encoding="utf-8"))
        statuses = {e["status"] for e in data["labels"].values()}
        if "unverified" in statuses:
            assert "unverified" in data["note"]  # the file says what that means and how to check it
