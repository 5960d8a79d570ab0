"""Checking one record's JSON form (what the editor builds) with the import rules, field by field.

The rules are the import's: schema/incident.schema.json plus the semantic checks (real dates, date
order, known framework ids). Each problem names the field by its JSON path (`location.country`,
`people[0].pseudonym`) and carries a stable `code` and parameters, so the desktop can word it in the
user's language; `message` is the English text for everyone else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

_CODES = {"required": "required", "dependentRequired": "required", "minLength": "too_short",
          "maxLength": "too_long", "pattern": "pattern", "enum": "choice", "const": "choice",
          "minimum": "minimum", "maximum": "maximum", "type": "type", "format": "format",
          "uniqueItems": "duplicate", "additionalProperties": "unknown_field"}


@dataclass(frozen=True)
class FieldProblem:
    path: str
    code: str  # one of _CODES' values, "semantic", or "invalid"
    message: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


def _join(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _missing(error: Any) -> str | None:
    """The property a `required` / `dependentRequired` error is about."""
    instance = error.instance if isinstance(error.instance, dict) else {}
    wanted: Any = error.validator_value
    if isinstance(wanted, dict):  # dependentRequired: {"lat": ["lon"], ...}
        wanted = [need for key, needs in wanted.items() if key in instance for need in needs]
    for name in wanted or ():
        if name not in instance:
            return str(name)
    return None


def validate_record_json(item: dict[str, Any]) -> list[FieldProblem]:
    """Every problem with one record in its JSON form; an empty list means it can be stored."""
    from ..frameworks.builtin import builtin_registry
    from .importing import _semantic_problems, _validator

    problems: list[FieldProblem] = []
    for error in _validator().iter_errors(item):
        code = _CODES.get(str(error.validator), "invalid")
        path = _join(error.absolute_path)
        params: dict[str, Any] = {}
        if code == "required":
            name = _missing(error)
            path = _join([*error.absolute_path, name]) if name else path
        elif code in ("too_short", "too_long", "minimum", "maximum"):
            params["limit"] = error.validator_value
        problems.append(FieldProblem(path, code, error.message, MappingProxyType(params)))
    if problems:
        return problems
    for problem in _semantic_problems(1, item, builtin_registry().is_known):
        problems.append(FieldProblem(problem.field, "semantic", problem.reason))
    return problems
