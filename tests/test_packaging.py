"""Packaging (issue 12): data found the same way in a checkout, an installed wheel and the frozen app; the
user's folders per platform; the SQLCipher 4 start-up check; the Linux desktop metadata agreeing.

The slow proofs run as CI steps after the test suite: packaging/check_wheel.sh (build the sdist and wheel,
install in a fresh venv, run demo/assess/brief/verify) and packaging/check_deb.sh (freeze, .deb, apt-get
install, the installed app under Xvfb).
"""

from __future__ import annotations

import importlib.util
import ntpath
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from fieldcase import paths
from fieldcase.errors import InsecureDriver
from fieldcase.store.cipher import require_sqlcipher, sqlcipher_version

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "fieldcase"


def _bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_data", ROOT / "packaging" / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_module_finds_data_from_its_own_file_location() -> None:
    # resources.py is the one place that may look beside the package (for a checkout); store/migrate.py
    # names its own sub-folder of migration scripts, inside the package.
    allowed = {PACKAGE / "resources.py", PACKAGE / "store" / "migrate.py"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "parents[" in text or ("__file__" in text and path not in allowed):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_package_holds_only_code_so_every_build_carries_the_same_files() -> None:
    # Data inside desktop/fieldcase/ would need its own rules in pyproject's package-data AND in the
    # PyInstaller spec; data under resources/ or schema/ travels in both through packaging/bundle_data.py.
    # (The migration template is the one exception, carried by both, with the migration scripts.)
    extra = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*")
                   if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts)
    assert extra == ["store/migrations/script.py.mako"], "put data files under resources/ or schema/"


def _installed_copy(tmp_path: Path, with_data: bool) -> Path:
    """The package as a wheel installs it: site-packages/fieldcase/ (+ _data/ when with_data)."""
    site = tmp_path / "site-packages"
    shutil.copytree(PACKAGE, site / "fieldcase", ignore=shutil.ignore_patterns("__pycache__"))
    if with_data:
        for source, destination in _bundle_data().data_files(ROOT):
            target = site / destination
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return site


PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
from fieldcase import resources
from fieldcase.errors import FieldcaseError
try:
    root = resources.data_root()
except FieldcaseError as exc:
    print("error:", exc.message)
    raise SystemExit(0)
from fieldcase.frameworks.registry import FrameworkRegistry
from fieldcase.services.importing import _validator
from fieldcase.briefing import fonts
import fieldcase
print("package:", fieldcase.__file__)
print("root:", root)
print("installed:", resources.is_installed_build())
print("frameworks:", len(FrameworkRegistry.load_builtin().frameworks()))
_validator()
fonts.register()
print("fonts:", fonts.FONT_DIR)
print("translations:", sorted(p.name for p in resources.resource_path("translations").glob("*.qm")))
"""


def _probe(site: Path, cwd: Path) -> str:
    # -I: no PYTHONPATH, no user site, no current folder: only the copied package can be imported.
    result = subprocess.run([sys.executable, "-I", "-c", PROBE, str(site)], cwd=cwd, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_an_installed_copy_finds_its_packaged_data_and_not_the_checkout(tmp_path: Path) -> None:
    site = _installed_copy(tmp_path, with_data=True)
    out = _probe(site, tmp_path)
    packaged = site / "fieldcase" / "_data"
    assert f"package: {site / 'fieldcase' / '__init__.py'}" in out
    assert f"root: {packaged}" in out
    assert "installed: True" in out
    assert int(re.search(r"frameworks: (\d+)", out).group(1)) >= 10  # type: ignore[union-attr]
    assert f"fonts: {packaged / 'resources' / 'fonts'}" in out
    # English carries only its plural forms ("1 record" / "2 records"); the others are whole catalogues
    assert "translations: ['fieldcase_ar.qm', 'fieldcase_en.qm', 'fieldcase_es.qm', 'fieldcase_fr.qm']" in out


def test_an_installed_copy_without_its_data_says_so_in_words(tmp_path: Path) -> None:
    site = _installed_copy(tmp_path, with_data=False)
    out = _probe(site, tmp_path)
    assert out.strip() == ("error: Fieldcase's data files (schemas, frameworks, fonts) are missing from this "
                           "installation. Reinstall Fieldcase.")


def test_the_checkout_uses_its_top_level_folders() -> None:
    from fieldcase import resources

    assert resources.data_root() == ROOT
    assert not resources.is_installed_build()
    assert resources.schema_path("incident.schema.json") == ROOT / "schema" / "incident.schema.json"
    assert resources.resource_path("fonts", "NotoSans-Regular.ttf").is_file()


def test_builds_ship_compiled_translations_and_both_data_folders_but_no_sources() -> None:
    module = _bundle_data()
    shipped = {destination for _source, destination in module.data_files(ROOT)}
    assert "fieldcase/_data/schema/frameworks/sdg.16.10.1.derivation.json" in shipped
    assert "fieldcase/_data/resources/fonts/OFL.txt" in shipped  # the fonts' licence travels with them
    assert "fieldcase/_data/resources/icons/fieldcase.svg" in shipped
    assert {f"fieldcase/_data/resources/translations/fieldcase_{lang}.qm" for lang in ("ar", "es", "fr")} <= shipped
    assert not [name for name in shipped if name.endswith(".ts")]
    on_disk = {p for folder in ("resources", "schema") for p in (ROOT / folder).rglob("*")
               if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts}
    assert {source for source, _ in module.data_files(ROOT)} == on_disk


def test_user_folders_on_linux_follow_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG folders are the Linux convention")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from fieldcase.config import config_dir
    from fieldcase.workspace import default_workspace_dir

    assert config_dir() == tmp_path / "cfg" / "fieldcase"
    assert default_workspace_dir() == tmp_path / "data" / "fieldcase" / "workspace"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config_dir() == tmp_path / "home" / ".config" / "fieldcase"
    assert default_workspace_dir() == tmp_path / "home" / ".local" / "share" / "fieldcase" / "workspace"


def test_user_folders_on_windows_and_macos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # platformdirs' own Windows and macOS rules, run here: on Windows the local (not roaming) profile.
    from platformdirs.macos import MacOS
    from platformdirs.windows import Windows

    # WIN_PD_OVERRIDE_*: platformdirs' documented stand-ins for the shell's known-folder lookup.
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\officer\AppData\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\officer\AppData\Roaming")
    windows = Windows(appname=paths.app_name("win32"), appauthor=False, roaming=False)
    local = r"C:\Users\officer\AppData\Local\Fieldcase"
    assert ntpath.normpath(windows.user_config_dir) == local
    assert ntpath.normpath(windows.user_data_dir) == local
    monkeypatch.setenv("HOME", str(tmp_path))
    mac = MacOS(appname=paths.app_name("darwin"), appauthor=False, roaming=False)
    assert mac.user_data_dir == f"{tmp_path}/Library/Application Support/Fieldcase"
    assert mac.user_config_dir == f"{tmp_path}/Library/Application Support/Fieldcase"
    assert paths.app_name("linux") == "fieldcase"


def test_startup_accepts_only_sqlcipher_4() -> None:
    assert sqlcipher_version().startswith("4.")  # the driver this build carries
    assert require_sqlcipher("4.19.0 community") == "4.19.0 community"
    for bad in (None, "", "3.4.2 community", "5.0.0", "four"):
        with pytest.raises(InsecureDriver):
            require_sqlcipher(bad)
    with pytest.raises(InsecureDriver) as caught:
        require_sqlcipher("3.4.2 community")
    assert caught.value.message == ("The encryption library loaded is SQLCipher 3.4.2, not SQLCipher 4; Fieldcase "
                                    "refuses to open case files with it. Reinstall Fieldcase.")


def test_desktop_file_metainfo_and_app_agree() -> None:
    from fieldcase.app import APP_ICON, DESKTOP_FILE_ID

    linux = ROOT / "packaging" / "linux"
    desktop = (linux / f"{DESKTOP_FILE_ID}.desktop").read_text(encoding="utf-8")
    component = ET.parse(linux / f"{DESKTOP_FILE_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == DESKTOP_FILE_ID
    assert component.findtext("launchable") == f"{DESKTOP_FILE_ID}.desktop"
    assert f"Icon={DESKTOP_FILE_ID}\n" in desktop
    assert "Exec=fieldcase-desktop" in desktop
    assert (ROOT / "resources" / "icons" / f"{APP_ICON}.svg").is_file()
    build = (ROOT / "packaging" / "build_linux.sh").read_text(encoding="utf-8")
    assert f'APP_ID="{DESKTOP_FILE_ID}"' in build


def test_command_line_with_plain_sqlite_instead_of_sqlcipher_refuses_to_run(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import sqlite3

    from fieldcase.cli import main

    monkeypatch.setitem(sys.modules, "sqlcipher3", sqlite3)
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", "not used")
    assert main(["--workspace", str(tmp_path / "ws"), "init"]) == InsecureDriver.exit_status
    assert "not SQLCipher; Fieldcase refuses to store case files unencrypted" in capsys.readouterr().err
    assert not (tmp_path / "ws").exists()
