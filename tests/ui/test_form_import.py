"""KoboToolbox / ODK submissions imported in the app (issue 17): the three files chosen in one dialog, the
import run on the page with its progress, and what it did said as the CLI says it (new, revised, unchanged,
where the records are marked as coming from); a bad mapping line is named, with its form field, and nothing is
written."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from fieldcase.domain.records import CaseFilter
from fieldcase.services.xlsform import EXAMPLE_MAPPING
from make_kobo_fixture import write_exports, write_form

from .conftest import settled, wait_for


def _dialog(qtbot, cases):  # type: ignore[no-untyped-def]
    from fieldcase.ui.dialogs.form_import import FormImportDialog

    cases.choose_form_import()
    wait_for(qtbot, lambda: any(isinstance(w, FormImportDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, FormImportDialog) and w.isVisible())


def _message(qtbot, kind: QMessageBox.Icon) -> str:  # type: ignore[no-untyped-def]
    wait_for(qtbot, lambda: any(isinstance(w, QMessageBox) and w.isVisible() and w.icon() == kind
                                for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    text = box.text()
    shots = os.environ.get("FIELDCASE_SCREENSHOTS")
    if shots:
        box.grab().save(str(Path(shots) / f"form-import-{kind.name.lower()}.png"))
    box.close()
    return text


def _import(qtbot, cases, submissions: Path, form: Path, mapping: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, cases)
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    dialog.submissions.set_path(submissions)
    dialog.form.set_path(form)
    assert not dialog.import_button.isEnabled()  # the mapping is still missing
    dialog.mapping.set_path(mapping)
    assert dialog.import_button.isEnabled() and dialog.submissions.shown.text() == submissions.name
    shots = os.environ.get("FIELDCASE_SCREENSHOTS")
    if shots:
        dialog.grab().save(str(Path(shots) / "form-import.png"))
    dialog.import_button.click()


def test_kobo_submissions_imported_in_the_app(qtbot, unlocked_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = unlocked_demo.view.cases
    before = cases._service.count()
    folder = tmp_path / "export"
    folder.mkdir()
    form = write_form(tmp_path / "form.xlsx")
    csv_path, xlsx_path = write_exports(folder)

    # a mapping line naming a question the form does not have: named, with its line; nothing written
    bad = tmp_path / "mapping.json"
    text = EXAMPLE_MAPPING.read_text(encoding="utf-8").replace("incident/title", "incident/titel")
    bad.write_text(text, encoding="utf-8")
    _import(qtbot, cases, csv_path, form, bad)
    refused = _message(qtbot, QMessageBox.Icon.Warning)
    line = text[:text.index("incident/titel")].count("\n") + 1
    assert "incident/titel" in refused and f"line {line}" in refused.lower(), refused
    assert cases._service.count() == before

    _import(qtbot, cases, csv_path, form, EXAMPLE_MAPPING)
    said = _message(qtbot, QMessageBox.Icon.Information)
    assert said.startswith("Imported 3 records.") and "kept apart from your own records" in said, said
    wait_for(qtbot, lambda: settled(cases.model))
    assert cases._service.count() == before + 3
    titles = {s.title for s in cases._service.list(CaseFilter(search="Gikomba"))}
    assert titles == {"Night arrests in the market"}

    # the XLSX export of the same submissions (with the repeat group's victims): revised, not added again
    _import(qtbot, cases, xlsx_path, form, EXAMPLE_MAPPING)
    said = _message(qtbot, QMessageBox.Icon.Information)
    assert "Imported 3 records." in said and "New: 0. Revised: 3. Unchanged: 0." in said, said
    assert cases._service.count() == before + 3


def test_acled_reimport_in_the_app_names_the_events_the_export_no_longer_has(  # type: ignore[no-untyped-def]
        qtbot, unlocked_demo, tmp_path: Path) -> None:
    from make_acled_fixture import acled_rows, write_rows

    cases = unlocked_demo.view.cases
    rows = acled_rows(12)
    cases.import_file(write_rows(tmp_path / "acled.csv", rows))
    said = _message(qtbot, QMessageBox.Icon.Information)
    assert said.startswith("Imported 12 records.") and "ACLED" in said, said
    edited = [dict(r) for r in rows]
    edited[3].update(fatalities=int(edited[3]["fatalities"]) + 2, timestamp=1719999999)
    # two events dated inside the new export's span (outside it, an event may just not be in this download)
    dates = sorted(r["event_date"] for r in rows)
    inside = [i for i, r in enumerate(edited) if dates[0] < r["event_date"] < dates[-1] and i != 3][:2]
    gone = [edited[i]["event_id_cnty"] for i in inside]
    edited = [r for i, r in enumerate(edited) if i not in inside]
    wait_for(qtbot, lambda: cases.import_button.isEnabled())
    cases.import_file(write_rows(tmp_path / "acled-2.csv", edited))
    said = _message(qtbot, QMessageBox.Icon.Information)
    assert said.startswith("Imported 1 record.") and "New: 0. Revised: 1. Unchanged: 9." in said, said
    assert "2 events imported before are not in this export" in said and all(g in said for g in gone), said
