"""The gazetteer: an OCHA COD-AB table read into the encrypted workspace, found by name, Arabic name or P-code."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from fieldcase.errors import FieldcaseError
from fieldcase.services.gazetteer import GazetteerService, read_cod_ab
from fieldcase.workspace import Workspace

COD_AB = Path(__file__).parent / "fixtures" / "cod_ab_xtv.csv"


def test_import_then_find_by_name_arabic_name_and_pcode(workspace: Workspace, tmp_path: Path) -> None:
    service = GazetteerService(workspace)
    done = service.import_file(COD_AB, country="XTV")
    assert (done.country, done.units) == ("XTV", {1: 3, 2: 5})
    assert [u.pcode for u in service.find("salt", level=1)] == ["XT02"]
    assert [u.pcode for u in service.find("mina", level=2)] == ["XT0202"]  # a word inside "Al-Mina"
    assert [u.pcode for u in service.find("ميناء", level=2)] == ["XT0202"]  # Arabic, article ignored
    assert [u.pcode for u in service.find("ايستفيلد", level=2)] == ["XT0301"]  # hamza on alef folded
    assert [u.name for u in service.find("xt01", level=2)] == ["Harrow Cross", "Kessa"]
    assert [u.name for u in service.find("", level=2, parent_pcode="XT02")] == ["Al-Mina", "Lowmoor"]
    unit = service.unit("XT0201")
    assert unit is not None and (unit.parent_pcode, unit.name_local) == ("XT02", "لومور")
    assert service.country() == "XTV"
    # a newer table replaces the country's units whole
    smaller = tmp_path / "newer.csv"
    smaller.write_text("ADM1_PCODE,ADM1_EN\nXT09,New Region\n", encoding="utf-8")
    service.import_file(smaller)
    assert service.counts() == {("XTV", 1): 1}


@pytest.mark.parametrize(("content", "words"), [
    ("", "empty"),
    ("name,code\nA,B\n", "ADM1_PCODE"),
    ("ADM1_PCODE\nXT01\n", "ADM1_EN"),
    ("ADM1_PCODE,ADM1_EN\nxt-1 bad,North\n", "Line 2"),
    ("ADM1_PCODE,ADM1_FR\nXT01,\n", "ADM1_FR"),
])
def test_bad_files_are_refused_in_plain_words(content: str, words: str) -> None:
    with pytest.raises(FieldcaseError) as caught:
        read_cod_ab(content)
    assert words in caught.value.message and "Traceback" not in caught.value.message


def test_the_cli_imports_and_finds(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run_cli("init", workspace=ws).returncode == 0
    result = run_cli("gazetteer", "import", str(COD_AB), "--country", "XTV", workspace=ws)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Gazetteer of XTV: 3 regions, 5 districts."
    found = run_cli("gazetteer", "find", "low", workspace=ws)
    assert found.stdout.split() == ["XT0201", "Lowmoor", "/", "لومور"]
    missing = run_cli("gazetteer", "import", str(tmp_path / "nope.csv"), workspace=ws)
    assert missing.returncode == 1 and "could not be read" in missing.stderr
