"""KoboToolbox / ODK import (issue 17, must-show 2 and 4): the fixture's XLSForm (groups, a repeat,
select_one / select_multiple, a media question), its CSV and XLSX exports and media files import with the
documented example mapping; a bad mapping names the form field and the mapping line; damaged exports are
refused cleanly with nothing written."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from fieldcase.domain.records import CaseFilter
from fieldcase.errors import ImportRejected
from fieldcase.services.import_flow import import_file
from fieldcase.services.records import CaseService
from fieldcase.services.xlsform import EXAMPLE_MAPPING
from fieldcase.workspace import Workspace
from make_kobo_fixture import write_exports, write_form


@pytest.fixture
def kobo(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "export"
    folder.mkdir()
    form = write_form(tmp_path / "form.xlsx")
    csv_path, xlsx_path = write_exports(folder)
    return form, csv_path, xlsx_path


def test_csv_then_xlsx_export_import_with_the_example_mapping(workspace: Workspace,
                                                              kobo: tuple[Path, Path, Path]) -> None:
    form, csv_path, xlsx_path = kobo
    first = import_file(workspace, csv_path, fmt="xlsform", form=form, mapping=EXAMPLE_MAPPING)
    assert (first.created, first.revised) == (3, 0)
    assert first.dataset is not None and first.dataset.id == "xlsform:incident_report"
    service = CaseService(workspace)
    records = {r.title: service.get(r.id) for r in service.list(CaseFilter())}
    arrests = records["Night arrests in the market"]
    # select_multiple
    assert set(arrests.violation_types) == {"huridocs.mt04.030102000000", "huridocs.mt04.010100000000"}
    assert arrests.verification == "vs.corroborated" and arrests.casualties.killed == 1  # select_one, integer
    where = arrests.location
    assert (where.country, where.adm1_name, where.place) == ("KEN", "Nairobi", "Gikomba")
    assert (arrests.location.lat, arrests.location.lon) == (-1.2833, 36.8333)  # geopoint
    assert {t.category for t in arrests.risk_tags} == {"cca.internal_security", "cca.democratic_space"}
    assert records["Threats against a radio host"].narrative == 'He was told "stop talking" on air;\nhe left town.'

    # the media file is encrypted at intake: not in the clear on disk, and it reads back
    photo = arrests.attachments[0]
    assert photo.original_name == "market.jpg"
    plain = (csv_path.parent / "attachments" / "101" / "market.jpg").read_bytes()
    for stored in workspace.attachments_dir().rglob("*"):
        assert not stored.is_file() or plain not in stored.read_bytes()
    out = io.BytesIO()
    service.export_attachment(photo.id, out)
    assert out.getvalue() == plain

    # the XLSX export adds the repeat group (its own sheet): the same submissions are revised, not duplicated
    second = import_file(workspace, xlsx_path, fmt="xlsform", form=form, mapping=EXAMPLE_MAPPING)
    assert (second.created, second.revised, second.unchanged) == (0, 3, 0)
    assert service.count(CaseFilter()) == 3
    arrests = service.get(arrests.id or "")
    assert [(p.pseudonym, p.sex, p.age_group, p.role) for p in arrests.people] == [
        ("V-101-a", "male", "adult", "victim"), ("V-101-b", "male", "adult", "victim")]
    third = import_file(workspace, xlsx_path, fmt="xlsform", form=form, mapping=EXAMPLE_MAPPING)
    assert (third.created, third.revised, third.unchanged) == (0, 0, 3)


def _line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(("change", "field", "words"), [
    (("incident/title", "incident/titel"), "incident/titel", "not a question of the form"),
    (('"threats": ', '"menaces": '), "incident/violations", "no such choice"),
    (('"casualties.killed": "incident/killed"', '"casualties.killed": "incident/violations"'), "incident/violations",
     "select_multiple"),
    (('"repeat": "victims"', '"repeat": "witnesses"'), "witnesses", "not a repeat group"),
])
def test_a_bad_mapping_names_the_form_field_and_the_mapping_line(workspace: Workspace, kobo: tuple[Path, Path, Path],
                                                                 tmp_path: Path, change: tuple[str, str], field: str,
                                                                 words: str) -> None:
    form, csv_path, _xlsx = kobo
    text = EXAMPLE_MAPPING.read_text(encoding="utf-8").replace(*change)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(workspace, csv_path, fmt="xlsform", form=form, mapping=mapping)
    problem = next(p for p in caught.value.problems if words in p.reason)
    assert problem.label == field
    assert problem.line == _line_of(text, change[1].split(":")[0].strip().rstrip(",")), str(problem)
    assert CaseService(workspace).count(CaseFilter()) == 0


def test_bad_rows_and_damaged_exports_write_nothing(workspace: Workspace, kobo: tuple[Path, Path, Path],
                                                    tmp_path: Path) -> None:
    form, csv_path, _xlsx = kobo
    from make_kobo_fixture import SUBMISSIONS

    rows = [list(r) for r in SUBMISSIONS]
    rows[1][5] = "lots"  # killed
    rows[2][6] = "missing.jpg"  # media file not in the export
    folder = tmp_path / "bad"
    folder.mkdir()
    bad_csv, _ = write_exports(folder, rows)
    with pytest.raises(ImportRejected) as caught:
        import_file(workspace, bad_csv, fmt="xlsform", form=form, mapping=EXAMPLE_MAPPING)
    assert {(p.line, p.label) for p in caught.value.problems} == {(3, "incident/killed"), (4, "incident/photo")}
    assert all("lots" not in str(p) and "missing.jpg" not in str(p) for p in caught.value.problems)
    assert CaseService(workspace).count(CaseFilter()) == 0
    assert not any(p.is_file() for p in workspace.attachments_dir().rglob("*"))  # no orphan ciphertext

    rng = random.Random(17)
    base = csv_path.read_bytes()
    for trial in range(25):
        data = bytearray(base)
        for _ in range(rng.randint(1, 5)):
            pos = rng.randrange(len(data))
            if rng.random() < 0.6:
                data[pos] = rng.randrange(256)
            else:
                data[pos:pos] = rng.choice([b";", b'"', b"\n", b"\x00", b"\xff", b"nan"])
        damaged = csv_path.parent / f"fuzz-{trial}.csv"
        damaged.write_bytes(bytes(data))
        before = CaseService(workspace).count(CaseFilter())
        try:
            import_file(workspace, damaged, fmt="xlsform", form=form, mapping=EXAMPLE_MAPPING)
        except ImportRejected:
            assert CaseService(workspace).count(CaseFilter()) == before
    not_a_form = tmp_path / "form.xlsx.bad"
    not_a_form.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportRejected):
        import_file(workspace, csv_path, fmt="xlsform", form=not_a_form, mapping=EXAMPLE_MAPPING)
    assert json.loads(EXAMPLE_MAPPING.read_text())["format"] == "fieldcase-xlsform-mapping/1"
