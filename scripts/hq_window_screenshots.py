"""Screenshots of the HQ window (ui/hq/) for every role, to look at: the viewer, the analyst and the reviewer
each with the strictly confidential record selected, and the sign-in page; the Users tab as the reviewer and
as the viewer, and the reviewer's add-user and remove-user dialogs (the remove one before and after).

    xvfb-run -s "-screen 0 1024x768x24" env QT_QPA_PLATFORM=xcb FIELDCASE_KDF_PROFILE=floor \
        PYTHONPATH=desktop:tests python scripts/hq_window_screenshots.py OUTDIR [en|fr|es|ar]

The HQ directory is made in a temporary folder from tests/hq_roles_setup.py (fictional records).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from fieldcase.ui.hq.records import level_label
from fieldcase.ui.hq.user_dialogs import AddUserDialog, RemoveUserDialog
from fieldcase.ui.hq.window import HqWindow
from fieldcase.ui.language import apply_language
from fieldcase.ui.resources import apply_style
from hq_roles_setup import ANALYST_PASS, VIEWER_PASS, build_hq_with_users
from sync_helpers import PASSPHRASE


def wait(app: QApplication, done: object, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def users_screens(app: QApplication, window: HqWindow, out: Path, name: str, language: str) -> None:
    """The Users tab; as the reviewer also the add dialog (filled in) and the remove dialog, asked and done."""
    page = window.users
    window.signed_in.tabs.setCurrentWidget(page)
    wait(app, lambda: page.model.rowCount() > 0 and page.status.text() != page.tr("Loading the users…"))
    page.select(name if name == "vera" else "ana")
    window.grab().save(str(out / f"hq-users-{name}-{language}.png"))
    if name != "admin":
        return
    page.add_user()
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog)
    dialog.name.setText("rita")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    dialog.clearance.setCurrentIndex(dialog.clearance.findData("restricted"))
    dialog.new.setText("rita gets restricted words")
    dialog.repeat.setText("rita gets restricted")
    dialog.ok.click()  # the two passphrases differ: the inline message shows
    wait(app, lambda: False, 0.3)
    dialog.grab().save(str(out / f"hq-add-user-{language}.png"))
    dialog.reject()
    page.select("ana")
    page.remove_user()
    dialog = page.dialog
    assert isinstance(dialog, RemoveUserDialog)
    wait(app, lambda: False, 0.3)
    dialog.grab().save(str(out / f"hq-remove-user-{language}.png"))
    dialog.ok.click()
    wait(app, lambda: dialog.done_ok or not dialog.message.isHidden())
    dialog.grab().save(str(out / f"hq-removed-user-{language}.png"))
    dialog.reject()
    window.signed_in.tabs.setCurrentWidget(window.records)


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    apply_language(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        hq_dir = build_hq_with_users(Path(tmp))
        window = HqWindow(hq_dir)
        window.resize(1024, 768)
        window.show()
        window.sign_in.user.setText("vera")
        wait(app, lambda: False, 0.3)
        window.grab().save(str(out / f"hq-sign-in-{language}.png"))
        for name, passphrase in (("vera", VIEWER_PASS), ("ana", ANALYST_PASS), ("admin", PASSPHRASE)):
            window.lock()
            window.sign_in.user.setText(name)
            window.sign_in.passphrase.setText(passphrase)
            window.sign_in.submit()
            wait(app, lambda: window.records.model.rowCount() == 3)
            model = window.records.model
            row = next(r for r in range(3) if model.item(r, 3).text() == level_label("strictly_confidential"))
            window.records.select(row)
            wait(app, lambda: window.records.title.text() != "")
            window.grab().save(str(out / f"hq-{name}-{language}.png"))
            if name in ("vera", "admin"):
                users_screens(app, window, out, name, language)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "hq-screens"), *sys.argv[2:3]))
