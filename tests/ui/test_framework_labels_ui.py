"""Framework labels and the risk signal's reasons in the interface's language: the risk board's areas, the
editor's HURIDOCS choices and the indicators page follow a run-time switch to French or Arabic (the labels
come from schema/frameworks/translations through the vocabulary; the reasons through "SignalReasons")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from fieldcase.analysis.signals import Flags, suggest
from fieldcase.ui.language import apply_language
from fieldcase.ui.signal_reasons import reasons_text
from fieldcase.ui.vocab import load_vocabulary

from .conftest import wait_for

DETENTION = "huridocs.mt04.030102000000"
POLICE = "huridocs.mt24.010104000000"


def _suggestion():  # type: ignore[no-untyped-def]
    """Every rule fires once (figures chosen so each reason appears)."""
    flags = Flags(reprisals=1, defender_attacks=3, hate_speech=6, hate_speech_baseline=1.5, hate_speech_spike=True,
                  early_warning=2)
    return suggest(count=12, weighted=40, weighted_baseline=10.0, severity_mean=3.5, severity_max=5,
                   verified_share=0.75, flags=flags)


def test_reasons_are_said_in_english_as_the_core_says_them(qapp) -> None:  # type: ignore[no-untyped-def]
    s = _suggestion()
    kinds = [p.kind for p in s.points]
    assert kinds == ["volume", "severity_max", "severity_mean", "verified_share", "rise", "reprisals",
                     "defender_attacks", "hate_speech", "early_warning"]
    shown = reasons_text(s.points)
    core = [r.replace("record(s)", "records").replace("reprisal(s)", "reprisal").replace("attack(s)", "attacks")
            .replace("report(s)", "reports").replace(" x4.00 ", " ×4.00 ") for r in s.reasons]
    assert list(shown) == core


def test_reasons_follow_the_language_with_plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    s = _suggestion()
    apply_language(qapp, "fr")
    try:
        shown = reasons_text(s.points)
        assert shown[0] == "+2 12 fiches ce mois-ci"
        assert shown[5] == "+2 1 représaille contre des personnes coopérant avec l’ONU"
        assert shown[2] == "+1 gravité moyenne 3,5"  # the French decimal comma
        apply_language(qapp, "ar")
        shown = reasons_text(s.points)
        assert shown[5].startswith("+2 عمل انتقامي واحد")
        assert shown[8].startswith("+1 تقريرا إنذار مبكر")  # two: the dual
    finally:
        apply_language(qapp, "en")


def test_the_vocabulary_is_built_in_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    french = load_vocabulary("fr")
    assert french.language == "fr"
    assert dict(french.risk_areas)["cca.justice_rule_of_law"] == "Justice et état de droit"
    assert dict(french.violation_types)[DETENTION].strip() == "Détention, emprisonnement"
    assert dict(french.perpetrator_categories)[POLICE].strip() == "Police"
    assert french.label("sdg16101.D") == "Détention arbitraire"
    arabic = load_vocabulary("ar")
    assert dict(arabic.violation_types)[DETENTION].strip() == "الاحتجاز، السجن"
    english = load_vocabulary("en")
    assert dict(english.violation_types)[DETENTION].strip() == "Detention, imprisonment"


def test_a_switch_relabels_the_board_the_indicators_and_the_editors(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_demo
    open_before = window.view.editors.new_record()
    window.view.show_page("settings").language.chosen.emit("fr")
    wait_for(qtbot, lambda: window.view.nav.item(0).text() == "Dossiers")
    board = window.view.show_page("risk_board")
    wait_for(qtbot, lambda: board.model.rowCount() > 0, timeout=20_000)
    areas = [board.model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
             for r in range(board.model.rowCount())]
    assert "Justice et état de droit" in " ".join(str(a) for a in areas), areas
    assert not [a for a in areas if "Justice and rule of law" in str(a)]
    tips = [board.model.data(board.model.index(r, c), Qt.ItemDataRole.ToolTipRole)
            for r in range(board.model.rowCount()) for c in range(board.model.columnCount(QModelIndex()))]
    assert any("fiches ce mois-ci" in (t or "") for t in tips)  # the reasons, in French
    assert not any("record(s)" in (t or "") for t in tips)

    indicators = window.view.show_page("indicators")
    wait_for(qtbot, lambda: indicators.report is not None, timeout=20_000)
    assert indicators.victims["type"].item(0, 0).text().strip("\u2068\u2069") in {
        "Meurtre", "Torture", "Disparition forcée", "Détention arbitraire", "Enlèvement", "Autres actes préjudiciables"}

    wait_for(qtbot, lambda: not open_before._retranslating)
    assert dict(open_before._vocab.violation_types)[DETENTION].strip() == "Détention, emprisonnement"
    opened_after = window.view.editors.new_record()
    labels = [opened_after.violations.combo.itemText(i).strip() for i in range(opened_after.violations.combo.count())]
    assert "Détention, emprisonnement" in labels and "Detention, imprisonment" not in labels
    for editor in (open_before, opened_after):
        editor.force_close()
    apply_language(QApplication.instance(), "en")
