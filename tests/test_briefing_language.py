"""The briefing in French, Spanish and Arabic: catalogues complete, the PDF in the chosen language, Arabic
laid out right to left with Latin runs kept left to right."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from conftest import run_cli
from fieldcase.briefing.rtl_paragraph import visual_line
from fieldcase.i18n.briefing_text import briefing_language, fmt_number, month_name, tr
from fieldcase.services.demo import DEMO_PASSPHRASE, create_demo_workspace

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "fieldcase"
TRANSLATIONS = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")
# Values translated through tr() whose English text is data, not a literal at the call (kept in step here)
DATA_TEMPLATES = ("Situation briefing", "All regions", "standard", "strict", "improving", "stable", "deteriorating",
                  "Corroborated", "Under review", "Reported", "Discounted", "low", "medium", "high", "very high",
                  # mechanisms and the State's responses (analysis/recommendations.py), named in the RMR sections
                  "UPR", "Special Procedures", "Treaty body", "HRC resolution", "Commission of inquiry", "Other",
                  "Supported", "Noted", "Reply received", "No reply")


def _templates() -> set[str]:
    found: set[str] = set(DATA_TEMPLATES)
    for path in [*(PACKAGE / "briefing").glob("*.py"), *(PACKAGE / "services").glob("briefing*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "N_"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_briefing_template_is_in_the_catalogue_with_its_fields(lang: str) -> None:
    catalogue = json.loads((TRANSLATIONS / f"briefing_{lang}.json").read_text(encoding="utf-8"))
    templates = _templates()
    assert len(templates) > 90
    missing = sorted(t for t in templates if t not in catalogue)
    assert not missing, f"briefing_{lang}.json lacks: {missing[:5]}"
    for template in templates:
        assert sorted(FIELD.findall(catalogue[template])) == sorted(FIELD.findall(template)), (lang, template)


def test_words_dates_and_numbers_follow_the_language() -> None:
    with briefing_language("fr"):
        assert tr("Executive summary") == "Résumé analytique"
        assert month_name(2026, 8) == "août 2026" and fmt_number(3760) == "3\u202f760"
        assert tr("Page {number} of {total}", number=2, total=10) == "Page 2 sur 10"
    with briefing_language("es"):
        assert month_name(2026, 10) == "octubre de 2026" and fmt_number(3760) == "3.760"
    with briefing_language("ar"):
        assert month_name(2026, 10) == "أكتوبر 2026" and fmt_number(3760) == "3,760"
    assert tr("Executive summary") == "Executive summary" and fmt_number(3760) == "3,760"  # English outside
    with briefing_language("xx"):
        assert tr("A template no catalogue has {n}", n=1) == "A template no catalogue has 1"


def test_an_arabic_line_is_drawn_from_the_right_with_latin_runs_left_to_right() -> None:
    def plain(visual: str) -> str:
        return unicodedata.normalize("NFKC", visual)

    # reading order: "from 2026-10-01 to 2026-10-31"; drawn from the right, each date intact
    assert plain(visual_line("من 2026-10-01 إلى 2026-10-31")) == "2026-10-31 ىلإ 2026-10-01 نم"
    # brackets of Arabic text are mirrored; a Latin name keeps its own bracket and punctuation
    assert plain(visual_line("حجب عادي (انظر القسم 9)")) == "(9 مسقلا رظنا) يداع بجح"
    assert plain(visual_line("أعدها Demo Officer (fictional).")) == ".Demo Officer (fictional) اهدعأ"


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("briefing-language")
    create_demo_workspace(root / "demo", DEMO_PASSPHRASE)
    out = {}
    for lang in ("fr", "ar"):
        pdf = root / f"brief-{lang}.pdf"
        done = run_cli("brief", "--period", "2026-10", "--language", lang, "--out", str(pdf),
                       workspace=root / "demo", passphrase=DEMO_PASSPHRASE)
        assert done.returncode == 0, done.stderr
        out[lang] = pdf
    out["workspace"] = root / "demo"
    return out


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", done.stdout)


def test_a_french_briefing_reads_in_french(briefings: dict[str, Path]) -> None:
    text = _text(briefings["fr"])
    for words in ("Résumé analytique", "Matrice des risques", "octobre 2026", "Page 1 sur", "Domaine de risque",
                  "Incidents vérifiés", "Évolution sur les 6 derniers mois"):
        assert words in text, words
    assert "Executive summary" not in text and "Risk matrix" not in text


def test_an_arabic_briefing_is_shaped_right_to_left_and_still_verifies(briefings: dict[str, Path]) -> None:
    text = re.sub("[\u202b\u202c]", "", _text(briefings["ar"]))  # pdftotext marks each Arabic word it finds
    # drawn from the right: pdftotext reads each word back whole, the words of a line from the left
    for words in ("الملخص التنفيذي", "مصفوفة المخاطر", "حماية المصادر", "أكتوبر 2026"):
        assert " ".join(reversed(words.split())) in text, words
    assert "2026-10-01" in text and "Executive summary" not in text
    fonts = subprocess.run(["pdffonts", str(briefings["ar"])], capture_output=True, text=True, check=True).stdout
    assert "NotoSansArabic" in fonts
    done = run_cli("verify", str(briefings["ar"]), workspace=briefings["workspace"], passphrase=DEMO_PASSPHRASE)
    assert done.returncode == 0, done.stderr
