"""Read and validate framework and crosswalk files (schema/frameworks/*.json) into registry.py's classes.

A file is refused outright (FrameworkError naming the file, the JSON path and the reason) if anything in
it is doubtful: bad JSON, a duplicate key, a schema violation, duplicate ids or source codes, ids outside
the framework's namespaces, or dangling references within the file. References between frameworks, and a
release that drops an id, are checked by FrameworkRegistry once the frameworks are installed together.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from .registry import (
    CROSSWALK_FORMAT,
    FRAMEWORK_FORMAT,
    SCHEMA_PATH,
    Category,
    Crosswalk,
    CrosswalkRow,
    Framework,
    FrameworkError,
    json_path,
)

# Lists inside a category that hold child categories.
_CHILD_LISTS = frozenset({"indicators", "terms", "sub_event_types"})
# Children whose ids must extend their parent's id (foa.rf07 -> foa.rf07.i05), so a moved item shows.
_NESTED_ID_LISTS = frozenset({"indicators", "terms"})
# Source codes and orderings that must not repeat among siblings (a repeated seriousness_rank would
# make the 16.10.1 most-serious-act rule ambiguous).
_UNIQUE_AMONG_SIBLINGS = ("number", "seriousness_rank", "code", "list_code", "inter_code")
# References from one category to another in the same file.
_REFERENCE_KEYS = ("group", "disorder_type")
_CORE_KEYS = frozenset({"id", "label", "text", "description", "verification", "deprecated", *_REFERENCE_KEYS})
# Plain-words reasons for the schema's regular expressions (the raw regex helps nobody at the keyboard).
_PATTERN_REASONS = {
    "^$|\\S": "must not be blank",
    "^[a-z0-9_]+(\\.[A-Za-z0-9_]+)+$": "is not a valid category id (dot-separated, e.g. 'foa.rf07.i05')",
}


def _join(where: str, key: str | int) -> str:
    return json_path([key]) if where == "$" else where + json_path(["_", key])[1:]


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FrameworkError(path, "$", "file not found") from None
    except UnicodeDecodeError as exc:
        raise FrameworkError(path, "$", f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise FrameworkError(path, "$", f"cannot read file: {exc.strerror}") from None

    duplicated: dict[int, str] = {}

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        # json.loads silently keeps the last of two equal keys; a second "label" is tampering or a bad merge.
        obj: dict[str, Any] = {}
        for key, value in pairs:
            if key in obj:
                duplicated.setdefault(id(obj), key)
            obj[key] = value
        return obj

    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not valid JSON")

    try:
        document = json.loads(text, object_pairs_hook=pairs_hook, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise FrameworkError(path, f"line {exc.lineno} column {exc.colno}", f"invalid JSON: {exc.msg}") from None
    except ValueError as exc:
        raise FrameworkError(path, "$", f"invalid JSON: {exc}") from None
    if duplicated:
        where, key = _find_duplicate_key(document, duplicated)
        raise FrameworkError(path, _join(where, key), f"duplicate key {key!r}")
    return document


def _find_duplicate_key(document: Any, duplicated: Mapping[int, str]) -> tuple[str, str]:
    stack: list[tuple[Any, str]] = [(document, "$")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            if id(value) in duplicated:
                return where, duplicated[id(value)]
            stack.extend((child, _join(where, key)) for key, child in value.items())
        elif isinstance(value, list):
            stack.extend((child, _join(where, index)) for index, child in enumerate(value))
    return "$", next(iter(duplicated.values()))


def _inline_refs(node: Any, defs: Mapping[str, Any], stack: tuple[str, ...] = ()) -> Any:
    """Copy local `$ref`s into place (recursive ones stay refs): ref resolution is ~40% of validation time."""
    if isinstance(node, list):
        return [_inline_refs(child, defs, stack) for child in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] not in stack:
        name = ref[8:]
        siblings = {key: _inline_refs(value, defs, stack) for key, value in node.items() if key != "$ref"}
        return {**_inline_refs(defs[name], defs, (*stack, name)), **siblings}
    return {key: value if key == "$defs" else _inline_refs(value, defs, stack) for key, value in node.items()}


@cache
def _validators() -> tuple[Draft202012Validator, Draft202012Validator]:
    """(framework validator, crosswalk validator), built once per process.

    The schema is not checked against the draft 2020-12 metaschema here (that costs more than loading
    every framework); tests/test_frameworks.py does it once instead.
    """
    schema = _read_json(SCHEMA_PATH)
    # The registry resolves the refs left in place (recursive ones) against the original schema.
    registry: Registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    defs = schema["$defs"]
    return (
        Draft202012Validator(_inline_refs(schema, defs), registry=registry),
        Draft202012Validator(_inline_refs(defs["crosswalk"], defs), registry=registry),
    )


def _check_schema(path: Path, document: Any, validator: Draft202012Validator) -> None:
    errors = list(validator.iter_errors(document))
    if not errors:
        return
    error: ValidationError = best_match(errors)
    parts: list[str | int] = list(error.absolute_path)
    reason = error.message
    # validator_value and schema are typed loosely (a keyword's value may be anything, or unset): the
    # isinstance checks only narrow them to what these keywords always hold in a schema
    if error.validator == "required" and isinstance(error.instance, dict) and isinstance(error.validator_value, list):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            parts.append(missing[0])
            reason = "required property is missing"
    elif (error.validator == "pattern" and isinstance(error.validator_value, str)
          and error.validator_value in _PATTERN_REASONS):
        reason = f"{error.instance!r} {_PATTERN_REASONS[error.validator_value]}"
    elif (error.validator == "additionalProperties" and isinstance(error.instance, dict)
          and isinstance(error.schema, Mapping)):
        allowed = error.schema.get("properties", {})
        unknown = [name for name in error.instance if name not in allowed]
        if unknown:
            parts.append(unknown[0])
            reason = "unknown property (not part of the framework format)"
    if len(errors) > 1:
        reason += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    raise FrameworkError(path, json_path(parts), reason)


def _check_format(path: Path, document: Any, expected: str) -> None:
    # Checked before the schema so a future format gets one clear message instead of a pile of errors.
    if not isinstance(document, dict):
        raise FrameworkError(path, "$", f"expected a JSON object, found {type(document).__name__}")
    found = document.get("format")
    if found is None:
        raise FrameworkError(path, "format", f"missing format tag (expected {expected!r})")
    if found != expected:
        raise FrameworkError(path, "format", f"unsupported format {found!r} (expected {expected!r})")


# --- categories -----------------------------------------------------------------------------------


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    return value


class _Collector:
    """Walks a schema-valid framework document, builds its categories and checks what the schema can't."""

    def __init__(self, path: Path, document: Mapping[str, Any]) -> None:
        self.path = path
        self.framework_id: str = document["id"]
        self.release: int = document["release"]
        self.prefixes = frozenset(document["id_prefixes"])
        self.items: list[Category] = []
        self.seen: dict[str, str] = {}  # id -> where it was defined
        self.references: list[tuple[str, str, str]] = []  # (where, referenced id, reason if missing)

    def fail(self, where: str, reason: str) -> FrameworkError:
        return FrameworkError(self.path, where, reason)

    def collect(self, document: Mapping[str, Any]) -> tuple[Category, ...]:
        for key, value in document.items():
            if key != "id":
                self._walk(value, key, (key,), document["verification"], None)
        self._note_document_references(document)
        for where, target, reason in self.references:
            if target not in self.seen:
                raise self.fail(where, reason)
        return tuple(self.items)

    def _walk(self, value: Any, where: str, keys: tuple[str, ...], verification: str, parent: str | None) -> None:
        if isinstance(value, list):
            self._check_siblings(value, where)
            for index, child in enumerate(value):
                self._walk(child, _join(where, index), keys, verification, parent)
        elif isinstance(value, dict):
            if isinstance(value.get("verification"), str):
                verification = value["verification"]
            if "id" in value:
                parent = self._add(value, where, keys, verification, parent)
            for key, child in value.items():
                if isinstance(child, list | dict):
                    self._walk(child, _join(where, key), (*keys, key), verification, parent)

    def _add(
        self, item: Mapping[str, Any], where: str, keys: tuple[str, ...], verification: str, enclosing: str | None
    ) -> str:
        item_id: str = item["id"]
        id_where = _join(where, "id")
        if item_id in self.seen:
            raise self.fail(id_where, f"duplicate id {item_id!r} (first defined at {self.seen[item_id]})")
        if item_id.split(".", 1)[0] not in self.prefixes:
            owned = ", ".join(sorted(self.prefixes))
            raise self.fail(id_where, f"id {item_id!r} is outside this framework's namespaces ({owned})")
        if enclosing and keys[-1] == "terms" and item_id != f"{enclosing}.{item['code']}":
            raise self.fail(id_where, f"term id must be {enclosing}.{item['code']!s} (vocabulary id + code)")
        if enclosing and keys[-1] in _NESTED_ID_LISTS and not item_id.startswith(enclosing + "."):
            raise self.fail(id_where, f"id {item_id!r} must extend its parent's id {enclosing!r}")
        self.seen[item_id] = where

        parent_id = enclosing
        if item.get("parent_code"):
            parent_id = f"{enclosing}.{item['parent_code']}"
            self.references.append(
                (_join(where, "parent_code"), parent_id, f"no term with code {item['parent_code']!r}")
            )
        group = None
        for key in _REFERENCE_KEYS:
            if key in item:
                group = item[key]
                self.references.append((_join(where, key), group, f"unknown id {group!r}"))
        self.items.append(
            Category(
                id=item_id,
                label=item.get("label") or item["text"],
                framework_id=self.framework_id,
                release=self.release,
                # Section wrappers ({"verification": ..., "items": [...]}) are not part of the name.
                collection=".".join(key for key in keys if key != "items"),
                path=where,
                description=item.get("description"),
                parent_id=parent_id,
                group=group,
                verification=verification,
                deprecated=bool(item.get("deprecated", False)),
                extra=MappingProxyType(
                    {
                        key: _freeze(value)
                        for key, value in item.items()
                        if key not in _CORE_KEYS and key not in _CHILD_LISTS
                    }
                ),
            )
        )
        return item_id

    def _check_siblings(self, values: Sequence[Any], where: str) -> None:
        for key in _UNIQUE_AMONG_SIBLINGS:
            first: dict[Any, int] = {}
            for index, value in enumerate(values):
                if isinstance(value, dict) and value.get(key) is not None:
                    if value[key] in first:
                        earlier = _join(where, first[value[key]])
                        raise self.fail(
                            _join(_join(where, index), key), f"duplicate {key} {value[key]!r} (also at {earlier})"
                        )
                    first[value[key]] = index

    def _note_document_references(self, document: Mapping[str, Any]) -> None:
        variants: Mapping[str, list[str]] = document.get("variants", {})
        for name, ids in variants.items():
            for index, item_id in enumerate(ids):
                self.references.append((json_path(["variants", name, index]), item_id, f"unknown id {item_id!r}"))
        default = document.get("default_variant")
        if default is not None and default not in variants:
            raise self.fail("default_variant", f"no variant named {default!r}")


def framework_from_document(document: Any, path: Path) -> Framework:
    """Validate an already-parsed framework document (`path` is used in error messages only)."""
    _check_format(path, document, FRAMEWORK_FORMAT)
    _check_schema(path, document, _validators()[0])
    items = _Collector(path, document).collect(document)
    return Framework(
        id=document["id"],
        title=document["title"],
        version=document["version"],
        release=document["release"],
        kind=document["kind"],
        verification=document["verification"],
        id_prefixes=tuple(document["id_prefixes"]),
        items=items,
        raw=document,
        path=path,
    )


def load_framework_file(path: Path) -> Framework:
    """Parse and validate one framework file; raises FrameworkError naming the file, JSON path and reason."""
    path = Path(path)
    return framework_from_document(_read_json(path), path)


def load_crosswalk_file(path: Path) -> Crosswalk:
    """Parse and validate crosswalk.json (ids are checked against a registry by FrameworkRegistry)."""
    path = Path(path)
    document = _read_json(path)
    _check_format(path, document, CROSSWALK_FORMAT)
    _check_schema(path, document, _validators()[1])
    rows = tuple(
        CrosswalkRow(
            label=row["label"],
            links=MappingProxyType({key: value for key, value in row.items() if key != "label"}),
        )
        for row in document["rows"]
    )
    return Crosswalk(document["release"], document.get("verification"), document.get("note"), rows, path)
