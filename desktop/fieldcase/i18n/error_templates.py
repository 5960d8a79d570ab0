"""Every error-message template the core can raise, found by reading the source (no import, no Qt).

A user-facing error is ``SomeError("The {field} must be ...", field=label)``: a literal English template
whose fields are filled apart. This scan walks the package's syntax trees, learns which classes descend
from ``FieldcaseError`` (by name, across modules), and collects the literal template of every call to
one of them, the default templates of their ``__init__``, the templates they hand to ``super().__init__``
and the literal reasons of ``ImportProblem``. The translation catalogue's "errors" context is built from
this list (packaging/update_translations.py) and a test holds the two together, so a message added on
any branch is caught before it reaches a user untranslated. Messages built with an f-string cannot be
translated; the scan reports them too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

# The package's own source (what is scanned), not data: found the way resources.py finds the package.
PACKAGE = Path(str(files("fieldcase")))
ROOT_CLASS = "FieldcaseError"
PROBLEM_CLASS = "ImportProblem"
PROBLEM_REASON_ARG = 2  # ImportProblem(line, field, reason)
CONTEXT = "errors"  # the Qt translation context the UI looks templates up in


@dataclass(frozen=True, order=True)
class Template:
    text: str
    file: str
    line: int


@dataclass(frozen=True)
class ErrorScan:
    templates: tuple[Template, ...]
    fstrings: tuple[Template, ...]  # messages built with an f-string: untranslatable, a defect

    def texts(self) -> list[str]:
        return sorted({t.text for t in self.templates})


def _trees(root: Path) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _base_names(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else b.attr for b in node.bases if isinstance(b, ast.Name | ast.Attribute)]


def _error_classes(trees: Iterable[tuple[Path, ast.Module]]) -> dict[str, int]:
    """Class name -> position of its message argument (the `message` parameter of its __init__)."""
    bases: dict[str, list[str]] = {}
    message_at: dict[str, int] = {}
    for _path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = _base_names(node)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        params = [a.arg for a in (*item.args.posonlyargs, *item.args.args)][1:]
                        if "message" in params:
                            message_at[node.name] = params.index("message")
    found: dict[str, int] = {ROOT_CLASS: 0}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            parent = next((p for p in parents if p in found), None)
            if name not in found and parent is not None:
                found[name] = message_at.get(name, found[parent])
                changed = True
    return found


def _callee(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def scan(root: Path = PACKAGE) -> ErrorScan:
    trees = list(_trees(root))
    classes = _error_classes(trees)
    templates: list[Template] = []
    fstrings: list[Template] = []

    def take(node: ast.expr | None, path: Path, *, strict: bool = True) -> None:
        where = str(path.relative_to(root.parent))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
            templates.append(Template(node.value, where, node.lineno))
        elif isinstance(node, ast.JoinedStr) and strict:  # an import problem's reason may carry its value
            fstrings.append(Template(ast.unparse(node), where, node.lineno))

    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in classes:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        for default in (*item.args.defaults, *item.args.kw_defaults):
                            take(default, path)
                        for call in ast.walk(item):
                            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                                    and call.func.attr == "__init__" and call.args):
                                take(call.args[0], path)
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            if name in classes:
                position = classes[name]
                if len(node.args) > position:
                    take(node.args[position], path)
            elif name == PROBLEM_CLASS and len(node.args) > PROBLEM_REASON_ARG:
                take(node.args[PROBLEM_REASON_ARG], path, strict=False)
    return ErrorScan(tuple(sorted(set(templates))), tuple(sorted(set(fstrings))))


if __name__ == "__main__":
    result = scan()
    print(f"{len(result.texts())} templates; {len(result.fstrings)} f-string messages")
    for item in result.fstrings:
        print(f"  {item.file}:{item.line}: {item.text}")
