"""The layering the architecture promises: Qt stays inside fieldcase.ui, SQL stays out of it."""

from __future__ import annotations

import ast
import importlib.abc
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "fieldcase"

_CHILD = r"""
import importlib, importlib.abc, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"the core imported {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import fieldcase
failed = []
for info in pkgutil.walk_packages(fieldcase.__path__, "fieldcase."):
    if info.name == "fieldcase.ui" or info.name.startswith("fieldcase.ui.") or info.name == "fieldcase.app":
        continue
    if ".migrations" in info.name or info.name.endswith("__main__"):  # __main__ would run the CLI
        continue
    try:
        importlib.import_module(info.name)
    except ImportError as exc:
        if "the core imported" in str(exc):
            failed.append(f"{info.name}: {exc}")
        else:
            raise
print("\n".join(failed))
print("imported", len([m for m in sys.modules if m.startswith("fieldcase")]))
"""


def test_core_never_imports_qt() -> None:
    """Every non-UI module imports with PySide6 blocked (in a fresh interpreter: nothing cached)."""
    result = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("imported ") and int(lines[-1].split()[1]) > 20
    assert [line for line in lines[:-1] if line] == []


def test_app_imports_qt_only_lazily() -> None:
    """`fieldcase.app` (the entry point) may be imported, e.g. by packaging, without Qt."""
    tree = ast.parse((PACKAGE / "app.py").read_text())
    top_level = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    names = [getattr(node, "module", None) or node.names[0].name for node in top_level]
    assert not any(name and name.startswith("PySide6") for name in names)


def test_ui_never_touches_sqlalchemy_or_the_store_internals() -> None:
    """The UI calls services; it never runs SQL, opens engines or reads ORM models."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for module in _imports_in(path, PACKAGE):
            if module.startswith(("sqlalchemy", "sqlcipher3", "fieldcase.store.models", "fieldcase.store.engine",
                                  "fieldcase.store.audit", "fieldcase.store.drafts", "alembic")):
                offenders.append(f"{path.relative_to(ROOT)}: {module}")
    assert offenders == []


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name == "app.py":
            continue
        offenders += [f"{relative}: {m}" for m in _imports_in(path, PACKAGE) if m.startswith(("PySide6", "shiboken6"))]
    assert offenders == []


def test_walk_finds_the_packages() -> None:
    import fieldcase

    names = {info.name for info in pkgutil.walk_packages(fieldcase.__path__, "fieldcase.")}
    assert {"fieldcase.workspace", "fieldcase.services.records", "fieldcase.tasks", "fieldcase.ui.runner"} <= names
    assert isinstance(importlib.abc.MetaPathFinder, type)


# -- SQL stays in store/; drivers go through services/ (issue 16) ------------------------------------

SQL_MODULES = ("sqlalchemy", "sqlcipher3", "alembic", "sqlite3", "apsw")
DRIVERS = ("cli", "ui", "app")  # the packages/modules that face a person: they call services only


def _connection_calls(path: Path) -> list[str]:
    """Calls that open a connection or a transaction on an engine: `<x>.engine.connect()`, `engine.begin()`,
    `create_engine(...)`, `exec_driver_sql(...)`, `driver_connection`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            opens = ("connect", "begin", "raw_connection", "exec_driver_sql", "execute")
            if node.func.attr in opens and owner_name in ("engine", "_engine"):
                found.append(f"{owner_name}.{node.func.attr}() at line {node.lineno}")
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "create_engine":
            found.append(f"create_engine() at line {node.lineno}")
        if isinstance(node, ast.Attribute) and node.attr == "driver_connection":
            found.append(f"driver_connection at line {node.lineno}")
    return found


def layering_violations(package: Path) -> list[str]:
    """Every breach of the two rules below, for the package rooted at `package` (a `fieldcase` folder)."""
    out = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        top = relative.parts[0].removesuffix(".py")
        modules = _imports_in(path, package)
        if top != "store":
            out += [f"{relative}: imports {m} (SQL belongs in store/)" for m in modules
                    if m.split(".")[0] in SQL_MODULES]
            out += [f"{relative}: {call} (connections belong in store/)" for call in _connection_calls(path)]
        if top in DRIVERS or top.startswith("cli_"):
            out += [f"{relative}: imports {m} (drivers call services/, never store/)" for m in modules
                    if m == "fieldcase.store" or m.startswith("fieldcase.store.")]
    return out


def _imports_in(path: Path, package: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                parts = ("fieldcase", *path.parent.relative_to(package).parts)
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{module}" if module else base
                if not node.module:  # `from . import store` names the module in the alias
                    out += [f"{base}.{alias.name}" for alias in node.names]
            out.append(module)
    return out


def test_sql_and_connections_stay_in_store_and_drivers_never_import_it() -> None:
    assert layering_violations(PACKAGE) == []


def test_the_layering_check_catches_a_deliberately_bad_module(tmp_path: Path) -> None:
    fake = tmp_path / "fieldcase"
    (fake / "services").mkdir(parents=True)
    (fake / "ui").mkdir()
    (fake / "store").mkdir()
    (fake / "store" / "cases.py").write_text("from sqlalchemy import select\n\ndef f(engine):\n"
                                             "    with engine.connect() as c:\n        return c\n")
    (fake / "services" / "bad.py").write_text(
        "from sqlalchemy import text\n\n\ndef count(ws):\n    with ws.engine.connect() as conn:\n"
        "        return conn.execute(text('SELECT 1'))\n")
    (fake / "ui" / "page.py").write_text("from ..store import cases\nfrom ..store.cases import get_record\n")
    found = layering_violations(fake)
    assert found == [
        "services/bad.py: imports sqlalchemy (SQL belongs in store/)",
        "services/bad.py: engine.connect() at line 5 (connections belong in store/)",
        "ui/page.py: imports fieldcase.store (drivers call services/, never store/)",
        "ui/page.py: imports fieldcase.store.cases (drivers call services/, never store/)",
    ]
