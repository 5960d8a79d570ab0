"""Search through the real command line and the real encrypted store: pseudonyms, P-codes, Arabic words with and
without the article and in their alef/hamza spellings, name variants; names only when asked for."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli, run_cli_two_at_a_time
from fieldcase.search_keys import name_key, words

RECORDS = [
    {"kind": "incident", "title": "Teacher detained at the market checkpoint", "date": "2026-08-19",
     "location": {"country": "XKV", "adm1_pcode": "XK02", "adm1_name": "Saltmarsh", "adm2_pcode": "XK0204",
                  "adm2_name": "Lowmoor", "place": "Harrow Cross"},
     "narrative": "اعتقلت المعلمة عند الحاجز بعد اجتماع النقابة. ثم أُفرج عنها في المساء.",
     "people": [{"role": "victim", "pseudonym": "V-017", "name": "محمد الأحمد"}]},
    {"kind": "incident", "title": "Journalist threatened by phone", "date": "2026-08-21",
     "location": {"country": "XKV", "adm1_pcode": "XK03", "adm1_name": "Eastfield"},
     "narrative": "Threats by phone after an article on land disputes.",
     "people": [{"role": "victim", "pseudonym": "V-018", "name": "Samira Haddad"}]},
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "ws"
    assert run_cli("init", workspace=path).returncode == 0
    source = path.parent / "records.json"
    source.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    result = run_cli("import", str(source), workspace=path)
    assert result.returncode == 0, result.stderr
    # every `list` the tests below read, run up front two at a time (conftest.run_cli_two_at_a_time)
    _LISTED.update(run_cli_two_at_a_time(path, [
        *(("list", "--json", "--search", query) for query, _ in SEARCHES),
        *(("list", "--json", "--names", "--search", query) for query in NAME_VARIANTS),
        *(("list", "--json", "--search", query) for query in REAL_NAMES)]))
    return path


_LISTED: dict[tuple[str, ...], subprocess.CompletedProcess[str]] = {}


def _list(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`fieldcase list --json ARGS` on the module's workspace (as run by the fixture)."""
    argv = ("list", "--json", *args)
    if argv not in _LISTED:
        _LISTED[argv] = run_cli(*argv, workspace=ws)
    return _LISTED[argv]


def _titles(ws: Path, *args: str) -> list[str]:
    result = _list(ws, *args)
    assert result.returncode == 0, result.stderr
    return sorted(r["title"] for r in json.loads(result.stdout)["records"])


TEACHER = ["Teacher detained at the market checkpoint"]
JOURNALIST = ["Journalist threatened by phone"]
SEARCHES = [
    ("V-017", TEACHER),  # a pseudonym
    ("XK0204", TEACHER),  # an admin-2 P-code
    ("XK03", JOURNALIST),  # an admin-1 P-code
    ("Harrow Cross", TEACHER),  # the place
    ("معلمة", TEACHER),  # recorded as المعلمة: the article is ignored
    ("المعلمة", TEACHER),
    ("والمعلمة", TEACHER),  # with a conjunction before the article
    ("افرج", TEACHER),  # recorded as أُفرج (hamza on alef, damma): alef forms and diacritics folded
    ("إفرج", TEACHER),
    ("النقابه", TEACHER),  # ta marbuta typed as heh
    ("checkpoint phone", []),  # every word must match
]
NAME_VARIANTS = ["Muhammad", "Mohamed", "مُحَمَّد"]
REAL_NAMES = ["Muhammad", "محمد", "Haddad"]


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_list_search_finds_records(ws: Path, query: str, expected: list[str]) -> None:
    assert _titles(ws, "--search", query) == expected


@pytest.mark.parametrize("query", NAME_VARIANTS)
def test_a_name_variant_finds_the_record_when_names_are_searched(ws: Path, query: str) -> None:
    assert _titles(ws, "--names", "--search", query) == TEACHER


@pytest.mark.parametrize("query", REAL_NAMES)
def test_without_names_a_real_name_reveals_nothing(ws: Path, query: str) -> None:
    result = _list(ws, "--search", query)
    assert json.loads(result.stdout) == {"total": 0, "records": []}


def test_the_latin_spelling_of_an_arabic_name_finds_it() -> None:
    # the key is computed, not looked up: Arabic script and three romanisations meet
    assert {name_key(w) for w in ("محمد", "Muhammad", "Mohamed", "Mohammed")} == {"mmt"}
    assert name_key("Hussein") == name_key("حسين") == name_key("Husayn")
    assert name_key("Samira") != name_key("Mohamed")


def test_folding_rules() -> None:
    assert words("أحمد إبراهيم آمنة") == words("احمد ابراهيم امنة")
    assert words("مُعَلِّمَـــة") == words("معلمه")  # diacritics, tatweel, ta marbuta
    assert words("مستشفى") == words("مستشفي")  # alef maqsura
    assert words("المعلمة") == ["معلمه"] and words("ال") == ["ال"]  # an article alone stays a word
    assert words("Café ÉCOLE") == ["cafe", "ecole"]
