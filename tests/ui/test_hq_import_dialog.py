"""The HQ window's "Import packages" dialog (ui/hq/import_dialog.py) on a real HQ directory, with real packages that
real officers' workspaces pushed to a folder: what the dialog says came in is counted here from what was pushed;
a tampered package is refused with its reason and the others accepted; Cancel stops between packages (the one
taken is whole, the rest untouched, a second import takes them); a viewer has no button and the service refuses
them; a folder gone or an unreachable WebDAV server is said in words and loses nothing; the command line agrees.

Screenshots (en, fr, ar) with FIELDCASE_SHOTS=/some/folder, under xvfb-run at 1024x768."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import run_cli
from fieldcase.domain.records import CaseRecord
from fieldcase.errors import FieldcaseError
from fieldcase.hq import importer
from fieldcase.services import hq as hq_services
from fieldcase.services import hq_access
from fieldcase.services import hq_users as user_services
from fieldcase.services.hq_package_import import import_packages, import_sources, may_import
from fieldcase.services.sync import resolve_target
from fieldcase.sync.package import parse_file_name
from fieldcase.ui.hq.import_dialog import HqImportDialog
from fieldcase.ui.hq.window import HqWindow
from fieldcase.ui.language import apply_language
from fieldcase.ui.layout_check import clipped
from fieldcase.ui.resources import apply_style
from hq_roles_setup import ANALYST_PASS, VIEWER_PASS, build_hq_with_users
from sync_helpers import PASSPHRASE, incidents, make_officer

TOP_VIEWER, TOP_VIEWER_PASS = "vic", "viewer with the top clearance"
RECORDS_BEFORE = 3  # hq_roles_setup's three records, one per level


@dataclass
class Pushed:
    """One package as the test pushed it: whose, its file, the records it brought."""

    officer: str
    file: str
    new_titles: list[str]
    revisions: int

    @property
    def owner_sequence(self) -> tuple[str, int]:
        parsed = parse_file_name(self.file)
        assert parsed is not None
        return str(parsed["owner"]), int(parsed["sequence"])


@dataclass
class Setup:
    root: Path
    packages: list[Pushed] = field(default_factory=list)
    titles_after: set[str] = field(default_factory=set)  # the titles HQ lists once every package is in

    def in_import_order(self) -> list[Pushed]:
        return sorted(self.packages, key=lambda p: p.owner_sequence)  # officer by officer, in sequence


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    """Built once: the HQ of hq_roles_setup (admin, ana, vera) plus a viewer of the top clearance, and two more
    officers who pushed three packages to the folder `drop` (Bea twice, the second revising one of her records)."""
    root = tmp_path_factory.mktemp("hq-import")
    build_hq_with_users(root)
    setup = Setup(root)
    with hq_services.open_hq(root / "hq", PASSPHRASE) as hq:
        user_services.add_user(hq, TOP_VIEWER, "viewer", TOP_VIEWER_PASS, "strictly_confidential")
        bea = make_officer(root / "bea", hq, "Officer Bea")
        cam = make_officer(root / "cam", hq, "Officer Cam")
    drop = root / "drop"
    drop.mkdir()

    def push(officer: object, name: str, records: list[CaseRecord], new_titles: list[str]) -> None:
        officer.cases.save_many(records)  # type: ignore[attr-defined]
        report = officer.sync.push(resolve_target(officer.ws, str(drop)))  # type: ignore[attr-defined]
        assert len(report.uploaded) == 1
        setup.packages.append(Pushed(name, report.uploaded[0], new_titles, len(records)))

    first = incidents(2, "Bea incident")
    push(bea, "Officer Bea", first, [r.title for r in first])
    saved = bea.cases.get(next(s.id for s in bea.cases.list() if s.title == "Bea incident 0"))
    more = incidents(3, "Bea incident")[2:]
    push(bea, "Officer Bea", [*more, replace(saved, title="Bea incident 0, revised")], [r.title for r in more])
    third = incidents(3, "Cam incident")
    push(cam, "Officer Cam", third, [r.title for r in third])
    bea.ws.lock()
    cam.ws.lock()
    setup.titles_after = {"Bea incident 0, revised", "Bea incident 1", "Bea incident 2",
                          "Cam incident 0", "Cam incident 1", "Cam incident 2"}
    return setup


@pytest.fixture
def setup(template: Setup, tmp_path: Path) -> Setup:
    """A copy of the HQ directory and the drop folder for one test (an import changes both)."""
    for name in ("hq", "drop"):
        shutil.copytree(template.root / name, tmp_path / name)
    return Setup(tmp_path, template.packages, template.titles_after)


def add_targets(setup: Setup, **targets: str) -> None:
    with hq_services.open_hq(setup.root / "hq", PASSPHRASE) as hq:
        for name, location in targets.items():
            hq_services.add_target(hq, name, location, "officer" if location.startswith("http") else None,
                                   "secret" if location.startswith("http") else None)


def words(text: str) -> str:
    """English plural forms as the compiled catalogue gives them ("7 revision(s)" -> "7 revisions"), so the
    assertions hold before and after the integrator compiles the new strings into fieldcase_en.qm."""
    return re.sub(r"\b(\d+)((?: \w+)+?)\(s\)", lambda m: f"{m[1]}{m[2]}{'' if m[1] == '1' else 's'}", text)


def sign_in(qtbot, hq_dir: Path, name: str, passphrase: str, rows: int = RECORDS_BEFORE) -> HqWindow:  # type: ignore[no-untyped-def]
    window = HqWindow(hq_dir)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.sign_in.user.setText(name)
    window.sign_in.passphrase.setText(passphrase)
    qtbot.mouseClick(window.sign_in.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.records.model.rowCount() == rows, timeout=30_000)
    return window


def open_dialog(qtbot, window: HqWindow) -> HqImportDialog:  # type: ignore[no-untyped-def]
    assert window.records.import_button.isVisibleTo(window)
    qtbot.mouseClick(window.records.import_button, Qt.MouseButton.LeftButton)
    dialog = window.records.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.sources_loaded, timeout=30_000)
    return dialog


def run_import(qtbot, dialog: HqImportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.summary = None
    dialog.message.hide()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)


def titles(window: HqWindow) -> set[str]:
    model = window.records.model
    return {model.item(r, 1).text() for r in range(model.rowCount())}


def wait_rows(qtbot, window: HqWindow, rows: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.records.model.rowCount() == rows, timeout=30_000)


def test_two_officers_packages_come_in_as_they_were_sent_and_the_command_line_agrees(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    add_targets(setup, **{"usb-drop": str(setup.root / "drop")})
    window = sign_in(qtbot, setup.root / "hq", "ana", ANALYST_PASS)
    dialog = open_dialog(qtbot, window)
    assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == [
        f"usb-drop (folder: {setup.root / 'drop'})"]
    assert dialog.source_value() == "usb-drop" and dialog.import_button.isEnabled()
    run_import(qtbot, dialog)
    assert not dialog.message.isVisibleTo(dialog), dialog.message.text()
    s = dialog.summary
    assert s is not None
    # what the test pushed: three packages from two officers, 7 revisions of 6 records new to HQ
    pushed = setup.packages
    new_records = sum(len(p.new_titles) for p in pushed)
    revisions = sum(p.revisions for p in pushed)
    officers = {p.officer for p in pushed}
    assert (len(pushed), revisions, new_records, len(officers)) == (3, 7, 6, 2)
    assert (s.found, s.accepted, s.duplicates, s.held, s.refused) == (len(pushed), len(pushed), 0, 0, 0)
    # a reply for each officer who sent something, and the one hq_roles_setup's officer got at the first import
    # (written to another folder then): every reply not yet at this target is delivered to it
    earlier_replies = 1
    assert (s.revisions, s.new_records, s.replies, s.cancelled, s.left) == (
        revisions, new_records, len(officers) + earlier_replies, False, 0)
    text = words(dialog.outcome_text.text())
    assert dialog.outcome.isVisibleTo(dialog)
    assert f"{len(pushed)} new packages at usb-drop." in text
    assert f"Accepted: {len(pushed)} · Already imported before: 0 · Waiting for an earlier package: 0 · Refused: 0" \
        in text
    assert f"{revisions} revisions came in. {new_records} records new to HQ." in text
    assert f"{len(officers) + earlier_replies} reply packages for the officers written to usb-drop." in text
    for secret in ("Bea incident", "Cam incident", "Narrative"):
        assert secret not in text  # counts and names of packages, never case content
    # the replies are in the folder, one for each officer who sent something
    replies = [parse_file_name(p.name) for p in (setup.root / "drop").iterdir()]
    owners = {p.owner_sequence[0] for p in pushed}
    reply_owners = [str(r["owner"]) for r in replies if r and r["kind"] == "reply"]
    assert len(reply_owners) == s.replies and owners <= set(reply_owners)

    # the records list reloaded: the new records are there, the revised title replaced the first
    wait_rows(qtbot, window, RECORDS_BEFORE + new_records)
    assert setup.titles_after <= titles(window) and "Bea incident 0" not in titles(window)

    # a second import finds nothing new, in the dialog and on the command line
    run_import(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.found == 0 and dialog.summary.replies == 0
    assert "No new packages at usb-drop." in dialog.outcome_text.text()
    assert "No reply for the officers was due." in dialog.outcome_text.text()
    dialog.reject()
    window.close()  # locks: the command line opens the directory next
    again = run_cli("hq", "import", "--dir", str(setup.root / "hq"), "--user", "ana", "--from", "usb-drop", "--json",
                    passphrase=ANALYST_PASS)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == []
    listed = run_cli("hq", "officers", "--dir", str(setup.root / "hq"), "--user", "ana", passphrase=ANALYST_PASS)
    assert listed.returncode == 0, listed.stderr
    last = {line.split()[1] + " " + line.split()[2]: int(line.split("last seq")[1].split()[0])
            for line in listed.stdout.splitlines()}
    assert last["Officer Bea"] == sum(p.officer == "Officer Bea" for p in pushed) == 2
    assert last["Officer Cam"] == sum(p.officer == "Officer Cam" for p in pushed) == 1


def test_a_tampered_package_is_refused_with_its_reason_and_the_others_accepted(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    cam = next(p for p in setup.packages if p.officer == "Officer Cam")
    path = setup.root / "drop" / cam.file
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle of the encrypted body
    path.write_bytes(bytes(data))
    window = sign_in(qtbot, setup.root / "hq", "ana", ANALYST_PASS)
    dialog = open_dialog(qtbot, window)
    assert dialog.source.count() == 0 and not dialog.import_button.isEnabled()  # no target set: choose a folder
    assert "No target is set for this HQ yet" in dialog.source_hint.text()
    dialog.choose_folder(setup.root / "drop")
    run_import(qtbot, dialog)
    s = dialog.summary
    assert s is not None
    others = [p for p in setup.packages if p is not cam]
    assert (s.found, s.accepted, s.refused, s.held) == (len(setup.packages), len(others), 1, 0)
    assert s.new_records == sum(len(p.new_titles) for p in others)
    (note,) = s.refusals
    assert (note.officer, note.sequence, note.reason) == ("Officer Cam", 1, "damaged")
    text = words(dialog.outcome_text.text())
    assert "Refused: 1" in text and "Refused (nothing from them was written" in text
    assert ("• Officer Cam, package 1: The package is damaged or was tampered with: decryption failed (age "
            "authenticates every 64 KiB).") in text
    wait_rows(qtbot, window, RECORDS_BEFORE + s.new_records)
    listed = titles(window)
    assert setup.titles_after - set(cam.new_titles) <= listed  # Bea's two packages, her revision included
    assert not any(t in listed for t in cam.new_titles)
    # the refused package is reported again at the next import; nothing else comes in
    run_import(qtbot, dialog)
    assert dialog.summary is not None
    assert (dialog.summary.found, dialog.summary.accepted, dialog.summary.refused) == (1, 0, 1)
    dialog.reject()


def test_cancel_after_the_first_package_keeps_it_whole_and_a_second_import_takes_the_rest(  # type: ignore[no-untyped-def]
        qtbot, setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    first_done, go_on = threading.Event(), threading.Event()
    real_import_file: Callable[..., object] = importer.import_file
    calls: list[str] = []

    def pausing(*args: object, **kwargs: object) -> object:
        """The real import of one package; after the first, wait until the test has clicked Cancel."""
        outcome = real_import_file(*args, **kwargs)
        calls.append(str(getattr(outcome, "file", "")))
        if len(calls) == 1:
            first_done.set()
            assert go_on.wait(60)
        return outcome

    monkeypatch.setattr(importer, "import_file", pausing)
    window = sign_in(qtbot, setup.root / "hq", "ana", ANALYST_PASS)
    dialog = open_dialog(qtbot, window)
    dialog.choose_folder(setup.root / "drop")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(first_done.is_set, timeout=60_000)
        total = len(setup.packages)
        qtbot.waitUntil(lambda: f"0 of {total} done" in dialog.progress.text.text(), timeout=10_000)  # in packages
        assert dialog.progress.bar.maximum() == total
        assert dialog.progress.cancel_button.isVisible() and not dialog.import_button.isEnabled()
        assert clipped(dialog) == []  # the two-line hint (no target set) and the progress row, whole
        if shots := os.environ.get("FIELDCASE_SHOTS"):
            dialog.grab().save(str(Path(shots) / "hq-import-running-en.png"))
        qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    finally:
        go_on.set()  # the worker goes on whatever happened above
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    s = dialog.summary
    assert s is not None and not dialog.message.isVisibleTo(dialog), dialog.message.text()
    order = setup.in_import_order()
    taken, rest = order[0], order[1:]
    assert calls == [taken.file]
    assert (s.cancelled, s.accepted, s.left, s.replies) == (True, 1, len(rest), 0)
    assert s.new_records == len(taken.new_titles)
    text = words(dialog.outcome_text.text())
    assert f"Stopped at your request: {len(rest)} packages were not touched; import again to take them." in text
    wait_rows(qtbot, window, RECORDS_BEFORE + len(taken.new_titles))
    listed = titles(window)
    assert set(taken.new_titles) <= listed  # the package taken is in whole
    assert not any(t in listed for p in rest for t in p.new_titles)  # the others untouched
    assert not any(parse_file_name(p.name)["kind"] == "reply"  # type: ignore[index]
                   for p in (setup.root / "drop").iterdir())  # the replies wait for the next import

    run_import(qtbot, dialog)
    s = dialog.summary
    assert s is not None and (s.found, s.accepted, s.cancelled, s.left) == (len(rest), len(rest), False, 0)
    assert calls == [p.file for p in order]
    assert s.replies == len({p.officer for p in order}) + 1  # and hq_roles_setup's officer's earlier reply
    wait_rows(qtbot, window, RECORDS_BEFORE + len(setup.titles_after))
    assert setup.titles_after <= titles(window)
    dialog.reject()


def test_a_viewer_has_no_import_button_and_the_service_refuses_them(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    for name, passphrase in (("vera", VIEWER_PASS), (TOP_VIEWER, TOP_VIEWER_PASS)):  # below and at the top clearance
        window = sign_in(qtbot, setup.root / "hq", name, passphrase)
        assert window.records.import_bar.isHidden() and not window.records.import_button.isVisibleTo(window)
        window.close()
    window = sign_in(qtbot, setup.root / "hq", "admin", PASSPHRASE)  # a reviewer has it
    assert window.records.import_button.isVisibleTo(window)
    window.close()
    drop = str(setup.root / "drop")
    for name, passphrase in (("vera", VIEWER_PASS), (TOP_VIEWER, TOP_VIEWER_PASS)):
        with hq_access.sign_in(setup.root / "hq", name, passphrase) as session:
            assert not may_import(session)
            with pytest.raises(FieldcaseError, match="is a viewer at HQ, and this needs the role: analyst, reviewer"):
                import_packages(session, drop)
            with pytest.raises(FieldcaseError, match="needs the role: analyst, reviewer"):
                import_sources(session)
    with hq_access.sign_in(setup.root / "hq", "ana", ANALYST_PASS) as session:  # nothing was taken by them
        assert import_packages(session, drop).accepted == len(setup.packages)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_folder_gone_and_an_unreachable_server_are_said_in_words_and_lose_nothing(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    gone = setup.root / "stick"
    shutil.copytree(setup.root / "drop", gone)
    add_targets(setup, stick=str(gone), **{"hq-dav": f"http://127.0.0.1:{closed_port()}/dav/"})
    window = sign_in(qtbot, setup.root / "hq", "ana", ANALYST_PASS)
    dialog = open_dialog(qtbot, window)
    assert dialog.source.count() == 2
    shutil.rmtree(gone)  # the stick was pulled out
    for source, expected in (("stick", "cannot be read"), ("hq-dav", "could not be reached")):
        dialog.source.setCurrentIndex(dialog.source.findData(source))
        run_import(qtbot, dialog)
        assert dialog.summary is None and dialog.message.isVisibleTo(dialog)
        assert expected in dialog.message.text() and "Nothing is lost" in dialog.message.text()
        assert "Traceback" not in dialog.message.text() and "secret" not in dialog.message.text()
        assert dialog.import_button.isEnabled()  # try again once it is solved
    dialog.choose_folder(setup.root / "missing")  # a folder chosen, then gone before the import
    run_import(qtbot, dialog)
    assert "is neither a configured target nor an existing folder" in dialog.message.text()
    dialog.choose_folder(setup.root / "drop")  # nothing was lost: every package is still to take
    run_import(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.accepted == len(setup.packages)
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_screens_before_and_after_an_import_show_every_word_whole(qtbot, setup: Setup, language: str) -> None:  # type: ignore[no-untyped-def]
    add_targets(setup, **{"usb-drop": str(setup.root / "drop")})
    app = QApplication.instance()
    apply_style(app)  # as the app looks (fieldcase-desktop --hq)
    apply_language(app, language)  # before the window is made: its words are set as it is built
    try:
        window = sign_in(qtbot, setup.root / "hq", "ana", ANALYST_PASS)
        dialog = open_dialog(qtbot, window)
        qtbot.wait(100)
        assert clipped(dialog) == [] and clipped(window) == []
        shots = os.environ.get("FIELDCASE_SHOTS")
        if shots:
            window.grab().save(str(Path(shots) / f"hq-import-button-{language}.png"))
            dialog.grab().save(str(Path(shots) / f"hq-import-before-{language}.png"))
        # a refused package too, so that the longest outcome is the one checked
        cam = next(p for p in setup.packages if p.officer == "Officer Cam")
        path = setup.root / "drop" / cam.file
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        run_import(qtbot, dialog)
        assert dialog.summary is not None and dialog.summary.refused == 1
        qtbot.wait(100)
        assert clipped(dialog) == []
        if shots:
            dialog.grab().save(str(Path(shots) / f"hq-import-after-{language}.png"))
        dialog.reject()
    finally:
        apply_language(app, "en")


def test_the_service_stops_between_packages_when_cancelled(setup: Setup) -> None:
    """services.hq.import_packages with `cancelled` (what the dialog's Cancel sets), asked before each package:
    here it says stop once the first package is done (progress reported 1 of 3)."""
    progressed: list[tuple[int, int]] = []
    with hq_access.sign_in(setup.root / "hq", "ana", ANALYST_PASS) as session:
        first = import_packages(session, str(setup.root / "drop"), progress=lambda d, t: progressed.append((d, t)),
                                cancelled=lambda: progressed[-1][0] >= 1)
        total = len(setup.packages)
        assert progressed == [(0, total), (1, total)]
        assert (first.accepted, first.cancelled, first.left, first.replies) == (1, True, total - 1, 0)
        taken = setup.in_import_order()[0]
        assert first.new_records == len(taken.new_titles)
        assert {r.title for r in session.records()} >= set(taken.new_titles)
        rest = import_packages(session, str(setup.root / "drop"))
        assert (rest.found, rest.accepted, rest.cancelled, rest.left) == (total - 1, total - 1, False, 0)
        assert setup.titles_after <= {r.title for r in session.records()}
