"""Load, validate and look up the public frameworks shipped in schema/frameworks/.

Records store category ids (`foa.rf07.i05`, `sdg16101.A`, `huridocs.mt04.010101010000`), never labels,
together with the framework release they were tagged under. This module is the one place that turns
an id back into its meaning, so a framework file is refused outright if anything in it is doubtful:
bad JSON, schema violations, duplicate ids or keys, ids outside the framework's namespaces, dangling
references, or a new release that drops an id older records may still use.

Pure Python on purpose (no Qt, no database): the CLI, the importer and the tests use it directly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from fieldcase.errors import FieldcaseError

REPO_ROOT = Path(__file__).resolve().parents[3]
BUILTIN_DIR = REPO_ROOT / "schema" / "frameworks"
SCHEMA_PATH = REPO_ROOT / "schema" / "framework.schema.json"

FRAMEWORK_FORMAT = "fieldcase-framework/1"
CROSSWALK_FORMAT = "fieldcase-crosswalk/1"
CROSSWALK_FILE = "crosswalk.json"
# Not a framework: the SDG 16.10.1 derivation table, loaded by frameworks/derivation.py.
NOT_FRAMEWORKS = frozenset({"sdg.16.10.1.derivation.json"})

CCA_ID = "unsdg.cca.mdra"
ATROCITY_ID = "un.foa.atrocity"
SDG_16_10_1_ID = "sdg.16.10.1"

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
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Plain-words reasons for the schema's regular expressions (the raw regex helps nobody at the keyboard).
_PATTERN_REASONS = {
    "^$|\\S": "must not be blank",
    "^[a-z0-9_]+(\\.[A-Za-z0-9_]+)+$": "is not a valid category id (dot-separated, e.g. 'foa.rf07.i05')",
}


class FrameworkError(FieldcaseError):
    """A framework file was refused. `where` is a JSON path inside `path`, e.g. `categories[3].id`."""

    code = "invalid-framework"

    def __init__(self, path: Path | str, where: str, reason: str) -> None:
        self.path = Path(path)
        self.where = where
        self.reason = reason
        super().__init__(f"{path}: {where}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.where, self.reason))


@dataclass(frozen=True)
class Category:
    """Anything a record can be tagged with: a risk area, indicator, vocabulary term, scale grade, ...

    `label` is the official name (for Atrocity-Framework indicators: their paraphrased `text`).
    `collection` says where it sits in its file with list indices dropped (`categories.indicators`,
    `vocabularies.terms`, `disaggregation.cause`); `path` is its exact JSON path. `parent_id` is the
    enclosing category (risk factor of an indicator, parent term or vocabulary of a HURIDOCS term);
    `group` is the grouping it names (`foa.group.common`, an ACLED disorder type). `verification` is
    the item's own confidence mark, or the nearest enclosing one. `extra` holds the remaining source
    fields (e.g. `code`, `seriousness_rank`, `number`, `level`, `iccs`), read-only.
    """

    id: str
    label: str
    framework_id: str
    release: int
    collection: str
    path: str
    description: str | None = None
    parent_id: str | None = None
    group: str | None = None
    verification: str | None = None
    deprecated: bool = False
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False, repr=False)


@dataclass(frozen=True)
class Framework:
    """One release of one framework file. `raw` is the parsed file; treat it as read-only."""

    id: str
    title: str
    version: str
    release: int
    kind: str
    verification: str
    id_prefixes: tuple[str, ...]
    items: tuple[Category, ...] = field(repr=False, compare=False)
    raw: Mapping[str, Any] = field(repr=False, hash=False)  # equal frameworks have equal content
    path: Path | None = field(default=None, compare=False)
    _index: Mapping[str, Category] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", MappingProxyType({item.id: item for item in self.items}))

    def categories(self, collection: str | None = None) -> tuple[Category, ...]:
        """All categories in document order, or only those of one collection (e.g. `violation_types`)."""
        if collection is None:
            return self.items
        return tuple(item for item in self.items if item.collection == collection)

    def category(self, category_id: str) -> Category | None:
        return self._index.get(category_id)

    def children(self, parent_id: str) -> tuple[Category, ...]:
        """Direct children, e.g. the indicators of a risk factor or the level-0 terms of a vocabulary."""
        return tuple(item for item in self.items if item.parent_id == parent_id)

    def __contains__(self, category_id: object) -> bool:
        return category_id in self._index


@dataclass(frozen=True)
class CrosswalkRow:
    """A suggested link from an act type to other vocabularies; `links` maps column -> id or None."""

    label: str
    links: Mapping[str, str | None] = field(hash=False)


@dataclass(frozen=True)
class Crosswalk:
    release: int
    verification: str | None
    note: str | None
    rows: tuple[CrosswalkRow, ...]
    path: Path | None = field(default=None, compare=False)


# --- parsing and schema -------------------------------------------------------------------------


def _where(parts: Iterable[str | int]) -> str:
    """JSON path in the style `categories[3].id` (`$` is the document itself)."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part)}]"
    return out or "$"


def _join(where: str, key: str | int) -> str:
    return _where([key]) if where == "$" else where + _where(["_", key])[1:]


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
    raise FrameworkError(path, _where(parts), reason)


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
                self.references.append((_where(["variants", name, index]), item_id, f"unknown id {item_id!r}"))
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


# --- registry -------------------------------------------------------------------------------------


def _origin(framework: Framework) -> Path:
    return framework.path or Path(f"<{framework.id} release {framework.release}>")


class FrameworkRegistry:
    """An immutable set of frameworks: the newest release of each is current, older ones stay readable.

    Lookups by category id go through the id's namespace (its first segment), which each framework
    owns exclusively, so an id can never silently change framework.
    """

    def __init__(self, frameworks: Iterable[Framework] = (), crosswalk: Crosswalk | None = None) -> None:
        releases: dict[str, dict[int, Framework]] = {}
        for framework in frameworks:
            known = releases.setdefault(framework.id, {})
            same = known.get(framework.release)
            if same is not None and same.raw != framework.raw:
                raise FrameworkError(
                    _origin(framework),
                    "release",
                    f"release {framework.release} of {framework.id!r} is already installed with different "
                    "content; publish it under a new release number",
                )
            known[framework.release] = framework
        self._releases = {fid: dict(sorted(known.items())) for fid, known in sorted(releases.items())}
        self._current = {fid: next(reversed(known.values())) for fid, known in self._releases.items()}
        for known in self._releases.values():
            _check_ids_kept(list(known.values()))
        self._owners = _namespace_owners(self._current.values())
        self._check_cross_references()
        self._crosswalk = crosswalk
        if crosswalk is not None:
            self._check_crosswalk(crosswalk)

    # construction

    @classmethod
    def from_directory(cls, directory: Path) -> FrameworkRegistry:
        """Load every `<framework id>.json` in `directory` (and `crosswalk.json` if present)."""
        directory = Path(directory)
        if not directory.is_dir():
            raise FrameworkError(directory, "$", "framework directory not found")
        frameworks: list[Framework] = []
        crosswalk = None
        for path in sorted(directory.glob("*.json")):
            if path.name == CROSSWALK_FILE:
                crosswalk = load_crosswalk_file(path)
                continue
            if path.name in NOT_FRAMEWORKS:
                continue
            framework = load_framework_file(path)
            if path.name != f"{framework.id}.json":
                # One file per framework id keeps a directory from holding two conflicting copies.
                raise FrameworkError(path, "id", f"file name must be {framework.id}.json")
            frameworks.append(framework)
        return cls(frameworks, crosswalk)

    @classmethod
    def load_builtin(cls, directory: Path | None = None) -> FrameworkRegistry:
        """The frameworks shipped with the app (schema/frameworks/), or those in an override directory."""
        return cls.from_directory(BUILTIN_DIR if directory is None else directory)

    def with_framework(self, framework: Framework) -> FrameworkRegistry:
        """A new registry with `framework` installed; a higher release becomes current, older ones stay."""
        installed = self._releases.get(framework.id, {}).get(framework.release)
        if installed is not None and installed.raw == framework.raw:
            return self
        for prefix in framework.id_prefixes:
            # Blame the newcomer, not the installed framework that already owns the namespace.
            owner = self._owners.get(prefix, framework.id)
            if owner != framework.id:
                raise FrameworkError(
                    _origin(framework), "id_prefixes", f"namespace {prefix!r} is already owned by framework {owner!r}"
                )
        everything = [fw for known in self._releases.values() for fw in known.values()]
        return FrameworkRegistry([*everything, framework], self._crosswalk)

    # frameworks

    def frameworks(self) -> tuple[Framework, ...]:
        """The current release of every framework, by id."""
        return tuple(self._current.values())

    def releases(self, framework_id: str) -> tuple[Framework, ...]:
        """Every installed release of a framework, oldest first."""
        return tuple(self._known(framework_id).values())

    def get(self, framework_id: str, version: str | None = None, *, release: int | None = None) -> Framework:
        """The current release, or the one a record was tagged under (by `release`, or by source `version`).

        Raises KeyError if the framework, release or version is not installed.
        """
        known = self._known(framework_id)
        if release is not None:
            if release not in known:
                raise KeyError(f"{framework_id!r} release {release} is not installed (have {sorted(known)})")
            found = known[release]
            if version is not None and found.version != version:
                raise KeyError(f"{framework_id!r} release {release} is version {found.version!r}, not {version!r}")
            return found
        if version is not None:
            # Several releases may share a source version (e.g. a label fix); the newest one wins.
            matching = [fw for fw in known.values() if fw.version == version]
            if not matching:
                raise KeyError(f"{framework_id!r} version {version!r} is not installed")
            return matching[-1]
        return self._current[framework_id]

    def _known(self, framework_id: str) -> dict[int, Framework]:
        try:
            return self._releases[framework_id]
        except KeyError:
            raise KeyError(f"unknown framework {framework_id!r}") from None

    # categories

    def framework_of(self, category_id: str) -> Framework | None:
        """The current release of the framework that owns `category_id`, if the id exists there."""
        owner = self._owners.get(category_id.split(".", 1)[0])
        if owner is None:
            return None
        framework = self._current[owner]
        return framework if category_id in framework else None

    def category(self, category_id: str, *, release: int | None = None) -> Category | None:
        """Resolve an id in any framework; `release` reads it as that release of its framework had it."""
        framework = self.framework_of(category_id)
        if framework is None:
            return None
        if release is not None:
            older = self._releases[framework.id].get(release)
            return older.category(category_id) if older is not None else None
        return framework.category(category_id)

    def is_known(self, category_id: str) -> bool:
        return self.framework_of(category_id) is not None

    # the three lists the app builds screens and counts on

    def risk_area_variants(self) -> tuple[str, ...]:
        return tuple(self.get(CCA_ID).raw["variants"])

    def risk_areas(self, variant: str | None = None) -> tuple[Category, ...]:
        """CCA risk areas in the order of `variant` (a per-deployment setting; default: the data's default)."""
        cca = self.get(CCA_ID)
        variants: Mapping[str, list[str]] = cca.raw["variants"]
        name = cca.raw["default_variant"] if variant is None else variant
        if name not in variants:
            raise KeyError(f"no risk-area variant {name!r} (have {', '.join(variants)})")
        return tuple(self._require(cca, item_id) for item_id in variants[name])

    def atrocity_risk_factors(self) -> tuple[Category, ...]:
        """The 14 risk factors of the Framework of Analysis, by number; indicators are their children."""
        factors = self.get(ATROCITY_ID).categories("categories")
        return tuple(sorted(factors, key=lambda factor: factor.extra["number"]))

    def crosswalk(self) -> Crosswalk | None:
        return self._crosswalk

    @staticmethod
    def _require(framework: Framework, category_id: str) -> Category:
        found = framework.category(category_id)
        if found is None:  # unreachable for a validated file; kept so a bug cannot yield a silent None
            raise KeyError(f"{category_id!r} not in {framework.id} release {framework.release}")
        return found

    def _check_cross_references(self) -> None:
        # Links into another framework can only be checked once both are installed.
        for framework in self._current.values():
            for name, target in framework.raw.get("huridocs_equivalents", {}).items():
                if not self.is_known(target):
                    where = _where(["huridocs_equivalents", name])
                    raise FrameworkError(_origin(framework), where, f"unknown id {target!r}")

    def _check_crosswalk(self, crosswalk: Crosswalk) -> None:
        path = crosswalk.path or Path("<crosswalk>")
        for index, row in enumerate(crosswalk.rows):
            for column, target in row.links.items():
                if target is not None and not self.is_known(target):
                    raise FrameworkError(path, _where(["rows", index, column]), f"unknown id {target!r}")


def _check_ids_kept(releases: Sequence[Framework]) -> None:
    # Records tagged under an older release must keep resolving: retire ids with "deprecated", never drop them.
    for older, newer in pairwise(releases):
        missing = [item.id for item in older.items if item.id not in newer]
        if missing:
            raise FrameworkError(
                _origin(newer),
                "$",
                f"release {newer.release} drops id {missing[0]!r} of release {older.release}"
                + (f" and {len(missing) - 1} more" if len(missing) > 1 else "")
                + '; mark retired ids "deprecated": true instead',
            )


def _namespace_owners(frameworks: Iterable[Framework]) -> dict[str, str]:
    owners: dict[str, str] = {}
    for framework in frameworks:
        for prefix in framework.id_prefixes:
            if prefix in owners:
                raise FrameworkError(
                    _origin(framework),
                    "id_prefixes",
                    f"namespace {prefix!r} is already owned by framework {owners[prefix]!r}",
                )
            owners[prefix] = framework.id
    return owners
