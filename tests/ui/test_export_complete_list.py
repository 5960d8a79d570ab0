"""The Export briefing dialog's "Also save the complete list as CSV": the list beside the PDF, its SHA-256
stated in the signed PDF, both files or neither (cancel, a failed write), and the dialog whole in English,
French and Arabic at 1024x768.

The demo's October holds 99 records (tests/test_briefing.py counts them by hand from the demo's source data);
here they are read again from that source, not from the briefing code."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from conftest import tmpfs
from fieldcase.demo import generate_demo_records
from fieldcase.services.briefing import BriefingService
from fieldcase.ui.dialogs.export_briefing import _unused, companion_csv
from fieldcase.ui.layout_check import clipped

from .conftest import wait_for
from .test_export_dialog import _choose_output, _open_dialog

pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in ("pdfsig", "pdftotext")),
                                reason="needs poppler-utils (scripts/bootstrap.sh installs it)")


def _tick(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.complete_list
    x = box.width() - 8 if box.isRightToLeft() else 8  # on the indicator, which is on the right in Arabic
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, box.height() // 2))
    assert box.isChecked()


def _export(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.job is None and dialog.replace_question is None, timeout=90_000)


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return " ".join(text.split())


def _overlapping(root: QWidget) -> list[str]:
    """Pairs of shown labels, buttons and fields whose visible parts cover each other (the part a scroll area
    shows counts, not what is scrolled away): clipped() sees a label too short, not one drawn over another."""
    kinds = (QLabel, QAbstractButton, QComboBox, QLineEdit, QDateEdit)
    shown: list[tuple[QWidget, QRect]] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root) or isinstance(widget.parent(), kinds):
            continue
        rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
        ancestor = widget.parentWidget()
        while ancestor is not None and ancestor is not root:
            rect = rect.intersected(QRect(ancestor.mapTo(root, QPoint(0, 0)), ancestor.size()))
            ancestor = ancestor.parentWidget()
        if rect.width() > 0 and rect.height() > 0:
            shown.append((widget, rect))
    found = []
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1:]:
            common = ra.intersected(rb)
            if common.width() > 2 and common.height() > 2 and not (a.isAncestorOf(b) or b.isAncestorOf(a)):
                found.append(f"{type(a).__name__} {getattr(a, 'text', str)()[:30]!r} over "
                             f"{type(b).__name__} {getattr(b, 'text', str)()[:30]!r}")
    return found


def test_the_complete_list_is_written_beside_the_pdf_which_states_its_sha256(  # type: ignore[no-untyped-def]
        qtbot, unlocked_demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = unlocked_demo
    dialog = _open_dialog(qtbot, win)
    dialog.resize(1024, 700)  # its size on a 1024x768 screen
    assert dialog.region_code() is None  # country-wide: every record of the month
    assert not dialog.complete_list.isChecked()  # off unless asked for
    proposed = dialog.output_path()
    _tick(qtbot, dialog)
    assert dialog.output_path().suffix == ".pdf"
    assert dialog.csv_path() == dialog.output_path().with_name(dialog.output_path().stem + ".csv")
    assert dialog.csv_path().name in dialog.complete_list_note.text()  # type: ignore[union-attr]
    assert "SHA-256" in dialog.complete_list_note.text()
    assert dialog.output_path().parent == proposed.parent

    out = tmp_path / "exports" / "briefing-2026-10.pdf"
    out.parent.mkdir()
    _choose_output(dialog, monkeypatch, qtbot, out)
    listing = out.parent / "briefing-2026-10.csv"  # same base name, .csv
    assert dialog.csv_path() == listing and listing.name in dialog.complete_list_note.text()
    logged = len(BriefingService(win.workspace).export_log())
    _export(qtbot, dialog)
    assert not dialog.message.isVisibleTo(dialog), dialog.message.text()
    assert sorted(out.parent.iterdir()) == [listing, out]  # the two files and no temporary one

    # the list's SHA-256, computed here from the file, is the one the signed PDF states
    digest = hashlib.sha256(listing.read_bytes()).hexdigest()
    assert f"{listing.name} (SHA-256 {digest})" in _pdf_text(out)
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, timeout=60)
    assert "Signature is Valid." in report.stdout and "Total document signed" in report.stdout, report.stdout

    # its rows are the month's records: those of the demo's source data dated October 2026
    october = {r["id"] for r in generate_demo_records() if r["date"].startswith("2026-10")}
    header, *rows = csv.reader(io.StringIO(listing.read_text(encoding="utf-8-sig")))
    assert header[:3] == ["#", "Record id", "Date"]
    assert len(rows) == len(october) == 99 and {r[1] for r in rows} == october
    assert [r[0] for r in rows] == [str(i) for i in range(1, 100)]
    assert dialog.summary is not None and dialog.summary.records == 99
    assert "99 records in the month" in dialog.records_label.text()  # what the preview told the person

    # the outcome names both files; the export log holds the list's digest
    assert dialog.outcome.isVisibleTo(dialog)
    assert str(out) in dialog.outcome_label.text() and dialog.outcome_hash.text() == dialog.result.sha256
    assert dialog.outcome_csv_label.isVisibleTo(dialog) and str(listing) in dialog.outcome_csv_label.text()
    assert "99 records" in dialog.outcome_label.text() and dialog.outcome_csv_hash.text() == digest
    assert dialog.result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    log = BriefingService(win.workspace).export_log()
    assert len(log) == logged + 1 and log[-1]["annex_csv_sha256"] == digest
    qtbot.wait(100)
    assert clipped(dialog) == [] and _overlapping(dialog) == []  # the longer outcome too
    if shots := os.environ.get("FIELDCASE_SHOTS"):
        dialog.grab().save(str(Path(shots) / "export-complete-list-exported.png"))
    opened: list[str] = []
    monkeypatch.setattr("fieldcase.ui.dialogs.export_briefing.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.show_folder, Qt.MouseButton.LeftButton)
    assert opened == [str(out.parent)]  # the folder holding both files
    dialog.reject()


def test_cancelling_an_export_with_the_list_leaves_neither_file(  # type: ignore[no-untyped-def]
        qtbot, unlocked_demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = unlocked_demo
    dialog = _open_dialog(qtbot, win)
    _tick(qtbot, dialog)
    folder = tmp_path / "cancelled"
    folder.mkdir()
    _choose_output(dialog, monkeypatch, qtbot, folder / "briefing.pdf")
    logged = len(BriefingService(win.workspace).export_log())
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.complete_list.isEnabled()
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.job is None, timeout=60_000)
    assert "no briefing was written" in dialog.message.text()
    assert list(folder.iterdir()) == []  # neither the PDF nor the CSV nor a temporary file
    assert len(BriefingService(win.workspace).export_log()) == logged
    assert dialog.complete_list.isEnabled() and dialog.complete_list.isChecked()
    dialog.reject()


def test_an_existing_list_is_replaced_only_when_asked_and_a_failed_write_leaves_both_as_they_were(  # type: ignore[no-untyped-def]
        qtbot, unlocked_demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The person chose briefing.pdf (the save dialog confirmed replacing it); briefing.csv is in the way: they are
    asked first. It is a folder, so it cannot be replaced: a clear error, no case data, and the old PDF as it was."""
    win = unlocked_demo
    dialog = _open_dialog(qtbot, win)
    _tick(qtbot, dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "briefing.pdf"
    out.write_bytes(b"an older briefing")
    (folder / "briefing.csv").mkdir()
    _choose_output(dialog, monkeypatch, qtbot, out)
    logged = len(BriefingService(win.workspace).export_log())

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = dialog.replace_question
    assert box is not None and box.isVisible() and "briefing.csv" in box.text()
    assert dialog.job is None  # nothing runs before the answer
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_for(qtbot, lambda: dialog.replace_question is None)
    assert dialog.job is None and dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = dialog.replace_question
    assert box is not None
    replace = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    replace.click()
    wait_for(qtbot, lambda: dialog.job is not None or dialog.message.isVisibleTo(dialog))
    wait_for(qtbot, lambda: dialog.job is None, timeout=90_000)
    assert dialog.result is None and dialog.message.isVisibleTo(dialog)
    message = dialog.message.text()
    assert message == "briefing.csv could not be written (Is a directory). Nothing was changed."
    assert out.read_bytes() == b"an older briefing"  # the PDF was not replaced without its list
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.csv", "briefing.pdf"]
    assert list((folder / "briefing.csv").iterdir()) == []
    assert len(BriefingService(win.workspace).export_log()) == logged
    dialog.reject()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs (root, as CI runs)."""
    with tmpfs(tmp_path / "small", "1m") as mount_point:
        yield mount_point


def test_a_full_disk_writes_neither_file_and_says_so(  # type: ignore[no-untyped-def]
        qtbot, unlocked_demo, small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """64 KiB free: room for the list (about 10 kB) but not the PDF (about 150 kB). The older PDF and list (the
    person agreed to replace them) are as they were, no new file is left, and the message is the disk-full one,
    naming the file and no case data."""
    win = unlocked_demo
    dialog = _open_dialog(qtbot, win)
    _tick(qtbot, dialog)
    out = small_disk / "briefing.pdf"
    out.write_bytes(b"an older briefing")
    (small_disk / "briefing.csv").write_bytes(b"an older list")
    (small_disk / "filler").write_bytes(b"\0" * (1024 * 1024 - 64 * 1024 - 8192))
    _choose_output(dialog, monkeypatch, qtbot, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = dialog.replace_question
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    wait_for(qtbot, lambda: dialog.job is None and dialog.message.isVisibleTo(dialog), timeout=90_000)
    assert dialog.result is None
    assert dialog.message.text() == ("The disk is full: briefing.pdf could not be written. Nothing was changed; "
                                     "free some space and try again.")
    assert sorted(p.name for p in small_disk.iterdir()) == ["briefing.csv", "briefing.pdf", "filler"]
    assert (out.read_bytes(), (small_disk / "briefing.csv").read_bytes()) == (b"an older briefing", b"an older list")
    dialog.reject()


def test_a_proposed_name_is_free_for_the_pdf_and_its_list(tmp_path: Path) -> None:
    (tmp_path / "briefing-2026-10.csv").write_text("")
    (tmp_path / "briefing-2026-10-2.pdf").write_text("")
    proposed = tmp_path / "briefing-2026-10.pdf"
    assert _unused(proposed) == proposed  # without the list only the PDF's name counts
    assert _unused(proposed, with_csv=True) == tmp_path / "briefing-2026-10-3.pdf"
    assert companion_csv(tmp_path / "briefing-2026-05.pdf") == tmp_path / "briefing-2026-05.csv"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_dialog_with_the_option_fits_1024x768(qtbot, unlocked_demo, language: str,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    from fieldcase.ui.language import apply_language

    win = unlocked_demo
    apply_language(QApplication.instance(), language)
    try:
        win.setMinimumSize(0, 0)
        win.resize(1024, 768)
        dialog = _open_dialog(qtbot, win)
        dialog.resize(1024, 700)  # its size on a 1024x768 screen (the offscreen one is another size)
        _tick(qtbot, dialog)
        qtbot.wait(100)
        assert dialog.complete_list.isVisible() and dialog.complete_list_note.isVisible()
        assert clipped(dialog) == [] and _overlapping(dialog) == []
        if shots := os.environ.get("FIELDCASE_SHOTS"):
            dialog.grab().save(str(Path(shots) / f"export-complete-list-{language}.png"))
        dialog.reject()
    finally:
        apply_language(QApplication.instance(), "en")
