"""Screenshots of every screen of the desktop app, taken under Xvfb (a real X server, real fonts).

    .venv/bin/python packaging/screenshots.py            # re-runs itself under xvfb-run if there is no display
    .venv/bin/python packaging/screenshots.py --out DIR  # default: screenshots/ (git-ignored)
    .venv/bin/python packaging/screenshots.py --sizes 1440x900,1280x720,1024x768   # the default
    .venv/bin/python packaging/screenshots.py --language ar  # in Arabic (fr, es, ar; default English):
                                                             # screenshots/ar/

The whole tour is taken with the window at the first size; every page (and the editor's tabs) again at each
further size, in a folder of that name. Beside each shot it prints any label, button or table header the
layout cut short (fieldcase.ui.layout_check), and any window larger than the largest size asked for (the
virtual screen is that size, so `--sizes 1024x768` checks that every screen fits a 1024x768 laptop), so a
clipped word is seen even before the PNG is opened.

The tour includes the possible duplicates (the page, the link dialog, the editor's Same as and Possible
duplicates tabs) and a real sync conflict: HQ (a throwaway HQ directory in the scratch folder) and the
officer both change one record between two syncs, as tests/conflict_helpers.py does, and the Sync page
opens the conflicts window.

It drives the real app (fieldcase.app.build) on a fresh demo workspace in a temporary folder, with
temporary config and data folders, so nothing of the user's is touched or shown.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = "1440x900x24"


def _reexec_under_xvfb() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("FIELDCASE_SCREENSHOTS_CHILD"):
        return
    if shutil.which("xvfb-run") is None:
        sys.exit("xvfb-run is not installed (apt-get install xvfb xauth)")
    env = {**os.environ, "FIELDCASE_SCREENSHOTS_CHILD": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {_screen(sys.argv[1:])}", sys.executable, __file__,
                             *sys.argv[1:]], env=env, check=False)
    sys.exit(result.returncode)


def _screen(argv: list[str]) -> str:
    """The virtual screen: as large as the largest size asked for, so what sizes itself to the screen (the
    editor) does so as on a laptop of that size."""
    sizes = "1440x900"
    for index, arg in enumerate(argv):
        if arg.startswith("--sizes="):
            sizes = arg.split("=", 1)[1]
        elif arg == "--sizes" and index + 1 < len(argv):
            sizes = argv[index + 1]
    try:
        pairs = [tuple(int(v) for v in size.split("x")) for size in sizes.split(",")]
        return f"{max(w for w, _h in pairs)}x{max(h for _w, h in pairs)}x24"
    except ValueError:
        return SCREEN


class Shooter:
    def __init__(self, out: Path, screen: tuple[int, int] = (1440, 900)) -> None:
        self.out = out
        self.screen = screen  # the largest size asked for: a window bigger than it does not fit the screen
        self.taken: list[Path] = []
        self.clipped: list[str] = []

    @property
    def app(self):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        return QApplication.instance()

    def pump(self, seconds: float = 0.15) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, condition: Callable[[], object], timeout: float = 30.0, what: str = "") -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                self.pump(0.25)
                return
            time.sleep(0.02)
        raise SystemExit(f"timed out waiting for {what or condition}")

    def shot(self, name: str, widget: object, settle: float = 0.3) -> None:
        from fieldcase.ui.layout_check import clipped

        self.pump(settle)
        path = self.out / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        self.taken.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        problems = list(clipped(widget))  # type: ignore[arg-type]
        width, height = widget.width(), widget.height()  # type: ignore[attr-defined]
        if widget.isWindow() and (width > self.screen[0] or height > self.screen[1]):  # type: ignore[attr-defined]
            problems.append(f"the window is {width}x{height}, larger than the {self.screen[0]}x{self.screen[1]} "
                            "screen")
        for problem in problems:
            self.clipped.append(f"{name}: {problem}")
            print(f"    CLIPPED {problem}")


def main(argv: list[str] | None = None) -> int:
    _reexec_under_xvfb()
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--sizes", default="1440x900,1280x720,1024x768",
                        help="window sizes, the first for the whole tour, the others for every page again")
    parser.add_argument("--language", choices=("en", "fr", "es", "ar"), default="en",
                        help="the interface language, as if chosen in Settings")
    args = parser.parse_args(argv)
    sizes = [tuple(int(v) for v in size.split("x")) for size in args.sizes.split(",")]
    if args.out is None:
        args.out = ROOT / "screenshots" / ("" if args.language == "en" else args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="fieldcase-shots-"))
    os.environ.update({"XDG_CONFIG_HOME": str(scratch / "config"), "XDG_DATA_HOME": str(scratch / "data"),
                       "FIELDCASE_KDF_PROFILE": os.environ.get("FIELDCASE_KDF_PROFILE", "floor")})
    os.environ.pop("FIELDCASE_WORKSPACE", None)
    sys.path.insert(0, str(ROOT / "desktop"))
    from fieldcase.config import Settings, save_settings

    save_settings(Settings(language=args.language))  # remembered, as the picker leaves it
    try:
        shooter = Shooter(args.out, (max(w for w, _h in sizes), max(h for _w, h in sizes)))  # type: ignore[misc]
        take_all(shooter, scratch, sizes, args.language)  # type: ignore[arg-type]
        if shooter.clipped:
            print(f"{len(shooter.clipped)} clipped texts (see above)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def take_all(s: Shooter, scratch: Path, sizes: list[tuple[int, int]], language: str = "en") -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from fieldcase.app import build
    from fieldcase.services.demo import DEMO_PASSPHRASE
    from fieldcase.store.cases import CaseFilter
    from fieldcase.ui.rtl import select_row

    app, win = build([])
    win.setMinimumSize(0, 0)
    win.resize(*sizes[0])
    win.move(0, 0)
    print("screenshots:")
    # 1. first launch: create, open or try the demo; 1b. the demo, prepared in its own folder, offered
    s.until(lambda: win.welcome.stack.currentWidget() is win.welcome.first_run, what="the first-run page")
    s.shot("01-first-run", win)
    win.welcome.first_run.demo_button.click()
    s.until(lambda: win.settings.demo_workspaces, what="the demo workspace")
    demo = Path(win.settings.demo_workspaces[0])
    s.until(lambda: win.welcome.unlock_form.demo_hint.isVisible(), what="the demo's unlock page")
    s.shot("01b-welcome-demo", win)

    # 2. create a workspace; 3. its recovery key
    welcome = win.welcome
    welcome.show_create(scratch / "data" / "fieldcase" / "my-workspace")
    form = welcome.create_form
    form.officer.setText("Amina Diallo (fictional)")
    form.passphrase.setText("river lantern copper seventy")
    form.repeat.setText("river lantern copper seventy")
    s.shot("02-create-workspace", win)
    form.submit()
    s.until(lambda: welcome.stack.currentWidget() is welcome.recovery_view, what="the recovery key")
    s.shot("03-recovery-key", win)
    opened = welcome.recovery_view._opened
    if opened is not None:
        opened.workspace.lock()
    welcome.recovery_view.forget()

    # 4. a wrong passphrase, twice: the inline message and the delay
    welcome.show_unlock(demo, is_demo=True)
    unlock = welcome.unlock_form
    for attempt in (1, 2):
        unlock.passphrase.setText("not the passphrase")
        unlock.unlock()
        s.until(lambda attempt=attempt: unlock.failures == attempt, what="the wrong-passphrase message")
    s.shot("04-unlock-wrong-passphrase", win)
    s.until(lambda: unlock.unlock_button.isEnabled(), timeout=10, what="the delay")

    # 5. the case list on the demo
    unlock.passphrase.setText(DEMO_PASSPHRASE)
    unlock.unlock()
    s.until(lambda: win.view is not None and win.view.cases.model.total > 0, what="the case list")
    cases = win.view.cases
    s.until(lambda: cases.facets is not None, what="facets")
    s.shot("05-case-list", win)

    # 6. filtered and searched (the hostile demo title shows as plain text)
    cases.filters.search.setText("leaflet vrenic")
    cases.filters.region.setCurrentIndex(cases.filters.region.findData("XT02"))
    cases.filters.flush()
    s.until(lambda: not cases.model.loading and cases.model.summary(0) is not None, what="the search")
    s.shot("06-case-list-search", win)
    cases.filters.clear()
    s.until(lambda: not cases.model.loading, what="clear filters")

    # 7. the editor on a rich record: What, People (and the person dialog), Classification
    service = cases._service
    rich = next(x.id for x in service.list(CaseFilter(search="journalist detained"), limit=50)
                if service.get(x.id).people and service.get(x.id).sources)
    win.view.editors.open_record(rich)
    s.until(lambda: rich in win.view.editors.editors, what="the editor")
    editor = win.view.editors.editors[rich]
    editor.move(60, 30)
    s.shot("07-editor-what", editor)
    editor.tabs.setCurrentIndex(1)
    s.shot("08-editor-when-where", editor)
    editor.tabs.setCurrentIndex(2)
    s.shot("09-editor-people", editor)
    select_row(editor.people.table, 0)
    editor.people.edit_selected()
    s.pump(0.3)
    s.shot("10-person-dialog", editor.people.dialog)
    editor.people.dialog.reject()
    editor.tabs.setCurrentIndex(3)
    s.shot("10b-editor-acts", editor)
    editor.tabs.setCurrentIndex(4)
    s.shot("11-editor-sources", editor)
    editor.tabs.setCurrentIndex(5)
    s.shot("12-editor-classification", editor)
    editor.tabs.setCurrentIndex(6)
    s.shot("13-editor-impact", editor)

    # 14. history with a diff: change the record and save a second revision
    editor.what.field("status").set("follow_up")
    editor.what.field("narrative").editor.appendPlainText("Follow-up call on the next day: released without charge.")
    editor.save()
    s.until(lambda: editor._record.rev == 2, what="the save")
    editor.tabs.setCurrentWidget(editor.history)
    s.until(lambda: editor.history.revision_count == 2, what="the history")
    editor.history.revisions.selectAll()
    s.until(lambda: any(arrow in editor.history.caption.text() for arrow in "→←"), what="the diff")
    s.shot("14-editor-history-diff", editor)

    # 15. attachments and 16. an in-memory preview
    picture = scratch / "leaflet-photo.png"
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9e4d8"))
    painter = QPainter(image)
    painter.setPen(QColor("#7a2e2e"))
    font = painter.font()
    font.setPointSize(40)
    painter.setFont(font)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), "FICTIONAL\nLEAFLET PHOTO")
    painter.end()
    image.save(str(picture))
    editor.tabs.setCurrentWidget(editor.attachments)
    editor.attachments.attach(picture)
    s.until(lambda: editor.attachments.table.rowCount() == 1, what="the attachment")
    s.shot("15-editor-attachments", editor)
    select_row(editor.attachments.table, 0)
    editor.attachments.preview_selected()
    s.until(lambda: editor.attachments.preview is not None, what="the preview")
    s.shot("16-attachment-preview", editor.attachments.preview)
    editor.attachments.preview.close()

    # 17. inline validation on a new record
    new = win.view.editors.new_record("incident")
    new.move(60, 30)
    new.what.field("title").editor.setText("ab")
    new.save()
    s.shot("17-editor-validation", new)
    new.force_close()
    editor.force_close()

    # 18. risk board (a level set in place), 19. indicators, 20. settings
    board = win.view.show_page("risk_board")
    s.until(lambda: getattr(board, "loaded_months", None) or not getattr(board, "available", True), what="board")
    if getattr(board, "available", False):
        area = "cca.democratic_space"
        board.select(area, board.loaded_months[-1])
        s.until(lambda: board.panel.records.count() > 0, what="the cell's records")
        board.panel.level.setCurrentIndex(board.panel.level.findData("risk.very_high"))
        board.panel.rationale.setPlainText("Journalists and observers detained ahead of the Vardenne vote.")
        board.panel._save()
        s.until(lambda: board.model.cell(board.grid.currentIndex()).officer_level == "risk.very_high",
                what="the level")
        board.select("cca.political_stability", board.loaded_months[-2])
        s.until(lambda: board.panel.records.count() > 0, what="the cell's records")
    s.shot("18-risk-board", win)
    if getattr(board, "available", False):  # 18b. the Export briefing dialog, preset from the board
        export = board.open_export()
        s.until(lambda: not export.preview_busy, what="the briefing preview")
        s.shot("18b-export-briefing", export)
        export.reject()
    indicators = win.view.show_page("indicators")
    s.until(lambda: getattr(indicators, "report", None) is not None or not getattr(indicators, "available", True),
            what="indicators")
    s.shot("19-indicators", win)
    sync = win.view.show_page("sync")
    s.until(lambda: sync.status is not None, what="the sync status")
    (scratch / "usb-stick").mkdir()
    sync.add_folder_target(scratch / "usb-stick")
    s.until(lambda: sync.table.rowCount() == 1, what="the folder target")
    s.shot("19b-sync", win)
    # 19c. enrolled with a throwaway HQ (in the scratch folder), after a push to the folder
    from fieldcase.hq import enrolment as hq_enrolment
    from fieldcase.hq.store import HqStore

    with HqStore.create(scratch / "hq", "hq passphrase for screenshots", "HQ Geneva (fictional)") as hq:
        answer, _info = hq_enrolment.enrol(hq, sync.service.enrolment_request(), "Demo Officer (fictional)", "XT02")
    (scratch / "enrolment").write_bytes(answer)
    sync.import_enrolment(scratch / "enrolment")
    s.until(lambda: sync.status.enrolled, what="the enrolment")
    for box in list(QApplication.topLevelWidgets()):
        if box is not win and box.isVisible():
            box.close()  # the fingerprint notice
    sync.push()
    s.app.processEvents()  # laid out, but not waited for: the progress and Cancel inside the page, while it runs
    if sync.progress.isVisible():
        s.shot("19b2-sync-push-progress", win, settle=0)
    s.until(lambda: not sync.busy and sync.status.pending_revisions == 0, timeout=120, what="the push")
    s.shot("19c-sync-pushed", win)
    _conflict_tour(s, win, sync, scratch, rich)
    win.view.show_page("settings")
    s.shot("20-settings", win)
    actions = win.view.show_page("actions")
    s.until(lambda: actions.count.text(), what="the action points")
    s.shot("20b-action-points", win)
    # 20c. the quick delete's one confirmation (cancelled here); 20d. a case's evidence package dialog
    win.quick_delete()
    s.until(lambda: win._confirm is not None and win._confirm.isVisible(), what="the quick delete confirmation")
    s.shot("20c-quick-delete-confirm", win._confirm)
    win._confirm.reject()
    win.view.show_page("cases")
    win.view.editors.open_record(rich)
    s.until(lambda: rich in win.view.editors.editors, what="the editor")
    evidence_editor = win.view.editors.editors[rich]
    evidence_editor.open_evidence_dialog()
    s.until(lambda: evidence_editor.evidence_dialog.isVisible(), what="the evidence dialog")
    s.shot("20d-evidence-dialog", evidence_editor.evidence_dialog)
    evidence_editor.evidence_dialog.close()
    evidence_editor.force_close()
    win.view.editors.editors.pop(rich, None)
    _duplicates_tour(s, win)
    win.view.show_page("actions")

    # every page and the editor's tabs again at each further size
    for width, height in sizes[1:]:
        folder = f"{width}x{height}"
        win.resize(width, height)
        for number, page in enumerate(("cases", "risk_board", "indicators", "sync", "settings", "actions",
                                       "duplicates"), start=1):
            win.view.show_page(page)
            s.shot(f"{folder}/{number:02d}-{page}", win)
        win.view.show_page("cases")
        win.view.editors.open_record(rich)
        s.until(lambda: rich in win.view.editors.editors, what="the editor")
        sized = win.view.editors.editors[rich]
        sized.resize(width, height)
        for index in range(sized.tabs.count()):
            if sized.tabs.isTabVisible(index):
                sized.tabs.setCurrentIndex(index)
                s.shot(f"{folder}/editor-{index + 1:02d}", sized)
        sized.force_close()
        win.view.editors.editors.pop(rich, None)
    win.resize(*sizes[0])

    # 20e. the integrity alarm (as the background page check raises it): readable, writes stopped
    from fieldcase.errors import IntegrityAlarm

    win.workspace.raise_alarm(IntegrityAlarm(
        "store.db is damaged: {count} of its pages failed their integrity check. Writes are stopped so that "
        "nothing more is lost.", count=3))
    win.view.show_integrity()
    s.shot("20e-integrity-alarm", win)

    # 21. locked again (the idle lock's message)
    win.view.show_page("cases")
    win._idle_lock()
    s.shot("21-locked", win)

    if language != "en":  # the run in another language shows every screen in it; mirroring is Arabic's
        win.lock()
        win.close()
        del app
        return
    # 22-23. right to left: the welcome screen and the case list
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    s.shot("22-rtl-unlock", win)
    unlock.passphrase.setText(DEMO_PASSPHRASE)
    unlock.unlock()
    s.until(lambda: win.view is not None and not win.view.cases.model.loading, what="RTL case list")
    s.shot("23-rtl-case-list", win)
    win.view.editors.open_record(rich)
    s.until(lambda: rich in win.view.editors.editors, what="RTL editor")
    s.shot("24-rtl-editor", win.view.editors.editors[rich])
    win.lock()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    win.close()
    del app


def _conflict_tour(s: Shooter, win: object, sync: object, scratch: Path, record_id: str) -> None:
    """19d-19f. A real sync conflict (as tests/conflict_helpers.py makes one): HQ imports the push and replies;
    then HQ and the officer both change one record before the next round; the officer's pull finds it."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from fieldcase.domain.records import PartialDate
    from fieldcase.hq import importer
    from fieldcase.hq.store import HqStore
    from fieldcase.services.records import CaseService
    from fieldcase.services.sync import resolve_target
    from fieldcase.ui.pages.conflicts import ConflictWindow

    def pull() -> None:
        sync.pull()  # type: ignore[attr-defined]
        s.until(lambda: not sync.busy, timeout=120, what="the pull")  # type: ignore[attr-defined]

    usb = str(scratch / "usb-stick")
    hq = HqStore.open(scratch / "hq", "hq passphrase for screenshots")
    try:
        importer.import_from(hq, resolve_target(hq.ws, usb))
        pull()
        hq_cases = CaseService(hq.ws)
        theirs = hq_cases.get(record_id)
        hq_cases.save(replace(theirs, title=theirs.title + " (HQ-checked)", severity=4,
                              date=PartialDate(theirs.date.text[:7])), expected_rev=theirs.rev)
        officer = win.view.cases._service  # type: ignore[attr-defined]
        mine = officer.get(record_id)
        officer.save(replace(mine, severity=2, narrative=mine.narrative + "\nA second witness confirmed the place."),
                     expected_rev=mine.rev)
        sync.push()  # type: ignore[attr-defined]
        s.until(lambda: not sync.busy, timeout=120, what="the second push")  # type: ignore[attr-defined]
        importer.import_from(hq, resolve_target(hq.ws, usb))
    finally:
        hq.lock()
    pull()
    s.until(lambda: sync.open_conflicts > 0, what="the conflict")  # type: ignore[attr-defined]
    s.shot("19d-sync-conflict", win)
    sync.resolve_button.click()  # type: ignore[attr-defined]
    s.until(lambda: any(isinstance(w, ConflictWindow) and w.isVisible() for w in QApplication.topLevelWidgets()),
            what="the conflicts window")
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictWindow) and w.isVisible())
    window.resize(1024, 768)
    window.move(0, 0)
    s.until(lambda: window.picker.count() > 0 and window.save_button.isVisible(), what="the conflict's fields")
    s.shot("19e-conflicts", window)
    window.take_all("theirs")
    window.decide("narrative", "mine")
    s.shot("19f-conflicts-decided", window)
    window.close()


def _duplicates_tour(s: Shooter, win: object) -> None:
    """20f-20k. Possible duplicates: the workspace's list, the link dialog for a person written in Arabic and in
    Latin letters, then that record's Same as and Possible duplicates tabs."""
    from fieldcase.ui.editor.same_as import LinkSameDialog

    view = win.view  # type: ignore[attr-defined]
    view.cases.duplicates_button.click()
    page = view.pages.currentWidget()
    dup = page.view
    s.until(lambda: dup.report is not None, timeout=60, what="the possible duplicates")
    s.shot("20f-duplicates", win)
    dup.names.setChecked(True)
    s.shot("20g-duplicates-names", win)
    row = next((i for i, p in enumerate(dup.pairs) if any(r.code == "name.script" for r in p.reasons)), 0)
    dup.table.scrollToItem(dup.table.item(row, 0))
    pair = dup.pairs[row]
    dialog = view.open_link_dialog(pair.kind, *(link_id(pair.kind, side) for side in (pair.first, pair.second)))
    assert isinstance(dialog, LinkSameDialog)
    s.until(lambda: dialog.first.value() is not None and dialog.second.value() is not None, what="both sides")
    dialog.reason.setPlainText("One person: the clinic wrote the name in Arabic script, the witness in Latin "
                               "letters; same district, sex and age group.")
    s.shot("20h-link-same-dialog", dialog)
    dialog._accept()
    s.until(lambda: not dialog.isVisible(), what="the link")
    record_id = pair.first.record_ids[0]
    view.editors.open_record(record_id)
    s.until(lambda: record_id in view.editors.editors, what="the editor")
    editor = view.editors.editors[record_id]
    editor.move(60, 30)
    editor.tabs.setCurrentWidget(_tab_page(editor, editor.same_as))
    s.until(lambda: editor.same_as.table.rowCount() > 0, what="the Same as tab")
    s.shot("20i-editor-same-as", editor)
    editor.same_as.open_link_dialog()
    s.until(lambda: editor.same_as.dialog is not None and editor.same_as.dialog.first.value() is not None,
            what="the link dialog")
    s.shot("20j-link-dialog-from-editor", editor.same_as.dialog)
    editor.same_as.dialog.reject()
    editor.tabs.setCurrentWidget(_tab_page(editor, editor.duplicates))
    s.until(lambda: editor.duplicates.report is not None, timeout=60, what="the record's possible duplicates")
    s.shot("20k-editor-duplicates", editor)
    editor.force_close()
    view.editors.editors.pop(record_id, None)


def _tab_page(editor: object, widget: object) -> object:
    """The tab holding `widget` (the editor wraps some pages in a padded holder)."""
    tabs = editor.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            return page
    raise SystemExit("no tab holds the widget")


def link_id(kind: str, side: object) -> str:
    from fieldcase.ui.widgets.duplicates import link_id as view_link_id

    return view_link_id(kind, side)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
