"""The Export briefing dialog, opened from the risk board of the demo workspace: preview, export, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from fieldcase.briefing.verify import verify_pdf
from fieldcase.services.briefing import BriefingService

from .conftest import wait_for


def _open_dialog(qtbot, win):  # type: ignore[no-untyped-def]
    board = win.view.show_page("risk_board")
    wait_for(qtbot, lambda: board.loaded_months and board.loaded_months[-1] == "2026-10")
    qtbot.mouseClick(board.export_button, Qt.MouseButton.LeftButton)
    dialog = board.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.period_text(), dialog.region_code()) == ("2026-10", board.current_region())
    wait_for(qtbot, lambda: not dialog.preview_busy, timeout=20_000)
    return dialog


def _choose_output(dialog, monkeypatch: pytest.MonkeyPatch, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), "")))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.output_path() == path


def test_export_a_strict_briefing_from_the_risk_board(qtbot, unlocked_demo, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    win = unlocked_demo
    dialog = _open_dialog(qtbot, win)
    service = BriefingService(win.workspace)
    expected = service.preview("2026-10")
    assert dialog.summary is not None and dialog.summary.records == expected.records > 0
    noun = "record" if expected.records == 1 else "records"
    assert f"{expected.records} {noun} in the month" in dialog.records_label.text()
    assert f"Incidents: {expected.incidents} (" in dialog.records_label.text()
    assert "12 risk areas" in dialog.risks_label.text()
    identity = win.workspace.signing_identity()
    assert identity.subject in dialog.signer_label.text()
    assert dialog.fingerprint_label.text().endswith(identity.fingerprint)
    assert dialog.output.text().endswith("briefing-2026-10-all-regions.pdf")
    assert "Strict redaction" not in dialog.withheld_label.text()

    # strict redaction: the preview follows, with the strict statement from the redaction module
    qtbot.mouseClick(dialog.strict, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.strict.height() // 2))
    assert dialog.redaction() == "strict"
    wait_for(qtbot, lambda: not dialog.preview_busy and "Strict redaction" in dialog.withheld_label.text(),
             timeout=20_000)
    strict = service.preview("2026-10", redaction="strict")
    assert dialog.summary.withheld == strict.withheld

    out = tmp_path / "exports" / "hq-briefing.pdf"
    out.parent.mkdir()
    _choose_output(dialog, monkeypatch, qtbot, out)
    assert dialog.language.currentData() == "en"  # the interface's language by default
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))  # the briefing's own language
    logged = len(service.export_log())
    steps: list[tuple[int, int]] = []
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.progress.window() is dialog
    dialog.progress.bar.valueChanged.connect(lambda v: steps.append((v, dialog.progress.bar.maximum())))
    wait_for(qtbot, lambda: dialog.result is not None or dialog.message.isVisibleTo(dialog), timeout=60_000)
    assert not dialog.message.isVisibleTo(dialog), dialog.message.text()
    assert steps and steps[-1][0] == steps[-1][1] > 1  # the build's steps moved the bar to its end
    assert not dialog.progress.isVisible()
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert not dialog.complete_list.isChecked() and list(out.parent.iterdir()) == [out]  # no CSV unless asked for
    assert dialog.result.annex_csv is None
    import subprocess

    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Résumé analytique" in text and "octobre 2026" in text
    result = verify_pdf(out.read_bytes())
    assert result.signed and result.intact and result.ok
    assert result.certificate_sha256 == identity.fingerprint
    assert dialog.outcome.isVisibleTo(dialog)
    assert str(out) in dialog.outcome_label.text() and "Signed by" in dialog.outcome_label.text()
    assert dialog.outcome_hash.text() == dialog.result.sha256
    assert not dialog.outcome_csv_label.isVisibleTo(dialog) and not dialog.outcome_csv_hash.isVisibleTo(dialog)
    log = service.export_log()
    assert len(log) == logged + 1
    assert (log[-1]["sha256"], log[-1]["redaction"], log[-1]["period"]) == (dialog.result.sha256, "strict", "2026-10")
    dialog.reject()


def test_cancelling_an_export_leaves_no_file(qtbot, unlocked_demo, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    win = unlocked_demo
    dialog = _open_dialog(qtbot, win)
    folder = tmp_path / "cancelled"
    folder.mkdir()
    out = folder / "briefing.pdf"
    _choose_output(dialog, monkeypatch, qtbot, out)
    logged = len(BriefingService(win.workspace).export_log())

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.export_button.isEnabled()
    # the progress is inside the dialog (a bar, what is happening, Cancel), never a window of its own
    progress = dialog.progress
    assert progress.isVisible() and progress.window() is dialog
    assert progress.text.text() == "Building the briefing…"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert progress.cancel_button.text() == "Cancel" and progress.cancel_button.isVisible()
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)  # at once: a fast machine may finish soon
    assert progress.text.text() == "Cancelling…" and not progress.cancel_button.isEnabled()
    wait_for(qtbot, lambda: dialog.job is None, timeout=60_000)
    assert not progress.isVisible()
    assert "no briefing was written" in dialog.message.text()
    assert dialog.result is None and not dialog.outcome.isVisibleTo(dialog)
    assert list(folder.iterdir()) == []  # neither the PDF nor a temporary file
    assert len(BriefingService(win.workspace).export_log()) == logged
    assert dialog.export_button.isEnabled()
    dialog.reject()
