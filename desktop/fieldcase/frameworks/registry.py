"""Look up the public frameworks shipped in schema/frameworks/ (loading and validating a file: loading.py).

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
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any

from fieldcase.errors import FieldcaseError
from fieldcase.resources import schema_path

BUILTIN_DIR = schema_path("frameworks")
SCHEMA_PATH = schema_path("framework.schema.json")

FRAMEWORK_FORMAT = "fieldcase-framework/1"
CROSSWALK_FORMAT = "fieldcase-crosswalk/1"
CROSSWALK_FILE = "crosswalk.json"
# Not a framework: the SDG 16.10.1 derivation table, loaded by frameworks/derivation.py.
NOT_FRAMEWORKS = frozenset({"sdg.16.10.1.derivation.json"})

CCA_ID = "unsdg.cca.mdra"
ATROCITY_ID = "un.foa.atrocity"
SDG_16_10_1_ID = "sdg.16.10.1"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class FrameworkError(FieldcaseError):
    """A framework file was refused. `where` is a JSON path inside `path`, e.g. `categories[3].id`."""

    code = "invalid-framework"

    def __init__(self, path: Path | str, where: str, reason: str) -> None:
        self.path = Path(path)
        self.where = where
        self.reason = reason
        super().__init__("{path}: {where}: {reason}", path=path, where=where, reason=reason)

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


def json_path(parts: Iterable[str | int]) -> str:
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
        from .loading import load_crosswalk_file, load_framework_file  # loading builds this module's classes

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
                    where = json_path(["huridocs_equivalents", name])
                    raise FrameworkError(_origin(framework), where, f"unknown id {target!r}")

    def _check_crosswalk(self, crosswalk: Crosswalk) -> None:
        path = crosswalk.path or Path("<crosswalk>")
        for index, row in enumerate(crosswalk.rows):
            for column, target in row.links.items():
                if target is not None and not self.is_known(target):
                    raise FrameworkError(path, json_path(["rows", index, column]), f"unknown id {target!r}")


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
