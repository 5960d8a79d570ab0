"""Framework labels in French, Spanish and Arabic: data files beside the frameworks, read here.

The frameworks (schema/frameworks/*.json) carry their official English names. Their translations are
data too: schema/frameworks/translations/<framework id>.json maps category ids to
{"en", "fr", "es", "ar", "status"} for the part of the framework the file covers (its `scope`:
collections, or the subtrees under given roots). `status` is "official" (then `source` says where the
wording comes from) or "unverified" (the project's own). A translation is used only while its "en"
still equals the framework's label: when a framework release rewords a label, the stale translation
gives way to the English until it is redone (tests/test_framework_translations.py lists them).

Pure Python (no Qt): the desktop's vocabulary, the briefing and the tests all ask `label_in`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from fieldcase.resources import schema_path

FORMAT = "fieldcase-framework-labels/1"
LANGUAGES = ("fr", "es", "ar")
STATUSES = frozenset({"official", "unverified"})


def translations_dir() -> Path:
    return schema_path("frameworks") / "translations"


@dataclass(frozen=True)
class LabelFile:
    framework: str
    path: Path
    scope: Mapping[str, tuple[str, ...]]  # {"collections": (...)} and/or {"roots": (...)}
    labels: Mapping[str, Mapping[str, str]]  # category id -> {"en", "fr", "es", "ar", "status", ["source"]}

    def covers(self, category_id: str, collection: str) -> bool:
        """Whether a framework item belongs to what this file says it translates."""
        if collection in self.scope.get("collections", ()):
            return True
        return any(category_id == root or category_id.startswith(root + ".") for root in self.scope.get("roots", ()))


def _read(path: Path) -> LabelFile:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path.name}: not a {FORMAT} file")
    scope = {key: tuple(value) for key, value in dict(data.get("scope", {})).items()}
    labels = {str(k): MappingProxyType({str(f): str(v) for f, v in dict(entry).items()})
              for k, entry in dict(data["labels"]).items()}
    return LabelFile(str(data["framework"]), path, MappingProxyType(scope), MappingProxyType(labels))


@cache
def label_files() -> tuple[LabelFile, ...]:
    folder = translations_dir()
    return tuple(_read(path) for path in sorted(folder.glob("*.json"))) if folder.is_dir() else ()


@cache
def _index() -> Mapping[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for file in label_files():
        merged.update(file.labels)
    return MappingProxyType(merged)


def label_in(category_id: str, english: str, language: str) -> str:
    """`english` (the framework's label of `category_id`) in `language`, or `english` when there is no
    current translation (English itself, an uncovered term, or a translation of an older wording)."""
    if language == "en":
        return english
    entry = _index().get(category_id)
    if entry is None or entry.get("en") != english:
        return english
    return entry.get(language) or english
