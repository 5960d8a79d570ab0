"""The desktop app's composition root: `fieldcase-desktop` / `python -m fieldcase.app`.

    fieldcase-desktop [--workspace DIR] [--demo]
    fieldcase-desktop --hq [HQDIR]      the read-only HQ window (ui/hq/): sign in as one HQ user

Start-up hardening first (private umask, no core dumps), then Qt with native dialogs and session
management off (no recent-files lists, no saved window state), our settings file (preferences only),
translations and style, and the window on the unlock screen. With no workspace at the default
location (and no other one given or remembered) the first-run screen offers to create a workspace, open
an existing folder, or try the fictional demo (made in its own folder, `demo` beside the default one).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .config import Settings
    from .ui.hq.window import HqWindow
    from .ui.main_window import MainWindow

log = logging.getLogger("fieldcase.app")

# packaging/linux/org.fieldcase.Fieldcase.desktop (and the AppStream component id)
DESKTOP_FILE_ID = "org.fieldcase.Fieldcase"
APP_ICON = "fieldcase"  # resources/icons/fieldcase.svg
EXIT_STATUS_PROPERTY = "fieldcaseExitStatus"  # set on the window when start-up refuses to go on


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldcase-desktop", description="Fieldcase desktop app")
    parser.add_argument("--workspace", type=Path, default=None,
                        help="the workspace folder (default: $FIELDCASE_WORKSPACE, the last one used, or "
                             "'workspace' in the platform's data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the fictional demo workspace (created first if it does not exist)")
    parser.add_argument("--hq", type=Path, nargs="?", const=Path(), default=None, metavar="HQDIR",
                        help="open the read-only HQ window instead (sign in as an HQ user)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _empty_or_missing(path: Path) -> bool:
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


def demo_folder(default: Path) -> Path:
    """The demo's own folder beside the default one: the officer's own workspace keeps the default name."""
    candidate, n = default.parent / "demo", 1
    while candidate.exists() and any(candidate.iterdir()) and not _is_workspace(candidate):
        n += 1
        candidate = default.parent / f"demo-{n}"
    return candidate


def _is_workspace(path: Path) -> bool:
    from .workspace import is_workspace

    return is_workspace(path)


def choose_workspace(args: argparse.Namespace, settings: Settings) -> tuple[Path | None, bool]:
    """(folder to offer, whether to create the demo workspace there first); (None, False): the first run,
    nothing to offer yet, so the first-run screen asks whether to create, open or try the demo."""
    from .workspace import default_workspace_dir, is_workspace

    default = default_workspace_dir()
    given = args.workspace or (Path(os.environ["FIELDCASE_WORKSPACE"]) if os.environ.get("FIELDCASE_WORKSPACE")
                               else None)
    if given is not None:
        path = given.expanduser()
        return path, args.demo and not is_workspace(path) and _empty_or_missing(path)
    if args.demo:
        known = [Path(p) for p in settings.demo_workspaces if is_workspace(Path(p))]
        if known:
            return known[0], False
        path = demo_folder(default)
        return path, not is_workspace(path) and _empty_or_missing(path)
    if settings.last_workspace and is_workspace(Path(settings.last_workspace)):
        return Path(settings.last_workspace), False
    for recent in settings.recent_workspaces:
        if is_workspace(Path(recent)):
            return Path(recent), False
    if is_workspace(default):
        return default, False
    return None, False


def build(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Create (or reuse) the QApplication and the main window, shown on the unlock screen."""
    from .fsutil import restrict_process

    args = parse_args(argv)
    restrict_process()

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .config import load_settings, save_settings
    from .services.demo import DEMO_PASSPHRASE
    from .ui.icons import icon
    from .ui.language import apply_language
    from .ui.main_window import MainWindow
    from .ui.resources import apply_style

    # Qt's own file dialogs write no "recent files"; no session manager saves our state.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DisableSessionManager)
    # The installed desktop file and AppStream id (packaging/linux/): the icon and name on Wayland.
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_ID)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "fieldcase-desktop"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Fieldcase")
    app.setApplicationDisplayName("Fieldcase")
    app.setWindowIcon(icon(APP_ICON))

    settings = load_settings()
    apply_style(app)
    apply_language(app, settings.language)  # after the style: a mirrored interface wraps it (ui/rtl.py)
    window = MainWindow(settings, save_settings, demo_passphrase=DEMO_PASSPHRASE)
    window.show()

    def start() -> None:  # after the first paint: finding the workspace imports the store (~0.3 s)
        if not _encryption_library_ok(window):
            return
        path, create_demo = choose_workspace(args, settings)
        window.start(path, create_demo=create_demo)

    QTimer.singleShot(0, window, start)
    return app, window


def _encryption_library_ok(window: MainWindow) -> bool:
    """Start-up check that the store's driver is SQLCipher 4; if not, say so and close (nothing is opened).

    Closing the window ends the event loop; main() then exits with the error's status.
    """
    from .errors import InsecureDriver
    from .services.startup import check_encryption_library
    from .ui.dialogs.messages import show_error, user_message

    try:
        check_encryption_library()
    except InsecureDriver as exc:
        window.setProperty(EXIT_STATUS_PROPERTY, exc.exit_status)
        box = show_error(window, user_message(exc))
        box.finished.connect(lambda _r: window.close())
        return False
    return True


def _install_excepthook(window: MainWindow) -> None:
    """A bug in a slot shows a short message (never a traceback, which could hold case data)."""
    from .ui.dialogs.messages import show_error, user_message

    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        message = user_message(exc)
        if not showing:
            showing = True
            box = show_error(window, message)
            box.finished.connect(lambda _r: _reset())

    def _reset() -> None:
        nonlocal showing
        showing = False

    sys.excepthook = hook


def build_hq(args: argparse.Namespace) -> tuple[QApplication, HqWindow]:
    """The read-only HQ window (`--hq [DIR]`): sign in to an HQ directory as one HQ user."""
    from .fsutil import restrict_process

    restrict_process()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from .config import load_settings
    from .ui.hq.window import HqWindow
    from .ui.language import apply_language
    from .ui.resources import apply_style

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DisableSessionManager)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "fieldcase-desktop"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Fieldcase")
    apply_style(app)
    apply_language(app, load_settings().language)
    window = HqWindow(args.hq if args.hq != Path() else None)
    window.show()
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if parse_args(argv).hq is not None:
        hq_app, _hq_window = build_hq(parse_args(argv))
        return hq_app.exec()
    app, window = build(argv)
    _install_excepthook(window)
    status = app.exec()
    refused = window.property(EXIT_STATUS_PROPERTY)
    return int(refused) if refused else status


if __name__ == "__main__":
    sys.exit(main())
