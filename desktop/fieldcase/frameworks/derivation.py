"""The SDG 16.10.1 type of an act, derived from schema/frameworks/sdg.16.10.1.derivation.json.

Officers record what happened (HURIDOCS act type, perpetrators, whether the State failed in due
diligence); the indicator type A-F follows from those facts by the table in the data file, never from a
second vocabulary the officer must keep in step. The file is checked when it is loaded: every act class
must meet exactly one rule for every perpetrator status, due-diligence finding (failed, did not fail,
not assessed) and, where a rule asks, whether the fate was concealed, so a gap or an overlap in the table
is refused instead of silently counting nothing.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .registry import BUILTIN_DIR, FrameworkError

DERIVATION_FILE = "sdg.16.10.1.derivation.json"
DERIVATION_FORMAT = "fieldcase-sdg16101-derivation/1"
STATUSES = ("state", "state_acquiescence", "non_state", "unknown")
_DD_VALUES = (True, False, None)
NOT_COVERED = "act_type_not_covered"


@dataclass(frozen=True)
class Derived:
    """What the table says of one act: a type, or the reason it does not qualify."""

    sdg_type: str | None
    excluded: str | None  # None when sdg_type is set
    act_class: str | None
    perpetrator_status: str  # the act's status after precedence (see effective_status)


@dataclass(frozen=True)
class _Rule:
    act_class: str
    perpetrators: frozenset[str]
    due_diligence: object  # True | False | None | "any"
    fate_concealed: bool | None  # None: either
    sdg_type: str | None
    excluded: str | None

    def matches(self, status: str, dd: bool | None, fate: bool) -> bool:
        return (status in self.perpetrators and (self.due_diligence == "any" or self.due_diligence is dd)
                and (self.fate_concealed is None or self.fate_concealed is fate))


class DerivationTable:
    def __init__(self, document: Mapping[str, Any], path: Path) -> None:
        self.path = path
        if document.get("format") != DERIVATION_FORMAT:
            raise FrameworkError(path, "format", f"expected {DERIVATION_FORMAT!r}")
        self.release: int = document["release"]
        self.seriousness: tuple[str, ...] = tuple(document["seriousness"]["order"])
        self.precedence: tuple[str, ...] = tuple(document["perpetrator_precedence"]["order"])
        if sorted(self.precedence) != sorted(STATUSES):
            raise FrameworkError(path, "perpetrator_precedence.order", "must list each perpetrator status once")
        self.class_of: dict[str, str] = {}
        self.class_labels: dict[str, str] = {}
        for index, cls in enumerate(document["act_classes"]):
            self.class_labels[cls["id"]] = cls["label"]
            for act_type in cls["act_types"]:
                if act_type in self.class_of:
                    raise FrameworkError(path, f"act_classes[{index}].act_types",
                                         f"{act_type} is in two act classes")
                self.class_of[act_type] = cls["id"]
        self._memo: dict[tuple[str, tuple[str, ...], bool | None, bool], Derived] = {}
        self.rules = tuple(
            _Rule(r["act_class"], frozenset(r["perpetrator"]), r["due_diligence_failure"], r.get("fate_concealed"),
                  r["type"], r.get("excluded")) for r in document["rules"])
        self._check_complete()

    def _check_complete(self) -> None:
        for index, rule in enumerate(self.rules):
            if rule.act_class not in self.class_labels:
                raise FrameworkError(self.path, f"rules[{index}].act_class", f"unknown act class {rule.act_class!r}")
            if (rule.sdg_type is None) == (rule.excluded is None):
                raise FrameworkError(self.path, f"rules[{index}]", "give either a type or an exclusion reason")
            if rule.sdg_type is not None and rule.sdg_type not in self.seriousness:
                raise FrameworkError(self.path, f"rules[{index}].type", f"{rule.sdg_type!r} is not a 16.10.1 type")
        for cls, status, dd, fate in itertools.product(self.class_labels, STATUSES, _DD_VALUES, (True, False)):
            hits = [r for r in self.rules if r.act_class == cls and r.matches(status, dd, fate)]
            if len(hits) != 1:
                raise FrameworkError(self.path, "rules", f"{len(hits)} rules match act class {cls!r}, perpetrator "
                                     f"{status!r}, due diligence {dd!r}, fate concealed {fate!r} (need exactly 1)")

    def effective_status(self, statuses: Iterable[str]) -> str:
        """The act's perpetrator status: the first in the precedence order among its perpetrators."""
        present = set(statuses)
        return next((s for s in self.precedence if s in present), "unknown")

    def derive(self, act_type: str, statuses: Sequence[str], due_diligence_failure: bool | None,
               fate_concealed: bool) -> Derived:
        key = (act_type, tuple(statuses), due_diligence_failure, fate_concealed)
        found = self._memo.get(key)
        if found is None:  # a few hundred distinct combinations at most, met again on every act
            found = self._memo[key] = self._derive(act_type, statuses, due_diligence_failure, fate_concealed)
        return found

    def _derive(self, act_type: str, statuses: Sequence[str], due_diligence_failure: bool | None,
                fate_concealed: bool) -> Derived:
        status = self.effective_status(statuses)
        act_class = self.class_of.get(act_type)
        if act_class is None:
            return Derived(None, NOT_COVERED, None, status)
        rule = next(r for r in self.rules if r.act_class == act_class
                    and r.matches(status, due_diligence_failure, fate_concealed))
        return Derived(rule.sdg_type, rule.excluded, act_class, status)


def load_derivation(path: Path) -> DerivationTable:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FrameworkError(path, "$", f"cannot be read as JSON ({type(exc).__name__})") from None
    try:
        return DerivationTable(document, Path(path))
    except (KeyError, TypeError) as exc:
        raise FrameworkError(path, "$", f"missing or malformed field {exc}") from None


@cache
def builtin_derivation() -> DerivationTable:
    return load_derivation(BUILTIN_DIR / DERIVATION_FILE)
