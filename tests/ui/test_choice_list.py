"""The violation picker (ChoiceList): HURIDOCS types only, Enter and Add take only what was meant,
and the box is empty after every add (QComboBox/QCompleter must not re-select an entry on their own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fieldcase.ui.vocab import Vocabulary, load_vocabulary
from fieldcase.ui.widgets.choice_list import ChoiceList

TORTURE = "huridocs.mt04.020111110000"


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return load_vocabulary()


@pytest.fixture
def picker(qtbot, vocab: Vocabulary) -> Iterator[ChoiceList]:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    picker = ChoiceList(vocab.violation_types, host, placeholder="Violation type", add_text="Add")
    host.resize(700, 300)
    host.show()
    qtbot.waitExposed(host)
    yield picker  # the fixture's frame keeps `host` alive for the test


def _labels(picker: ChoiceList) -> list[str]:
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def test_the_picker_offers_the_huridocs_typology_only(vocab: Vocabulary) -> None:
    values = [value for value, _label in vocab.violation_types]
    assert values and all(v.startswith("huridocs.mt04.") for v in values)
    assert not any("SDG" in label or "16.10.1" in label for _v, label in vocab.violation_types)
    assert [label.strip() for _v, label in vocab.violation_types].count("Torture") == 1


def test_enter_then_add_records_one_item_and_the_box_stays_empty(qtbot, picker: ChoiceList) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(picker.combo.lineEdit(), "Torture")
    popup = picker.combo.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the popup has the keyboard while it is open
    qtbot.wait(50)
    assert picker.values() == [TORTURE]
    assert picker.combo.currentText() == "" and picker.combo.currentIndex() == -1
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert picker.values() == [TORTURE] and _labels(picker) == ["Torture"]
    assert picker.combo.currentText() == "" and picker.combo.currentIndex() == -1
    assert picker.error.isVisibleTo(picker)  # the empty Add said why it added nothing


def test_enter_on_a_highlighted_completion_adds_that_one_and_clears(qtbot, picker: ChoiceList) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(picker.combo.lineEdit(), "tortu")
    popup = picker.combo.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # two entries contain "tortu": take the first, not "Torture"
    highlighted = popup.currentIndex().data(Qt.ItemDataRole.UserRole)
    assert popup.currentIndex().data() == "Death as a consequence of torture or brutality"
    assert highlighted and highlighted != TORTURE
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert picker.values() == [highlighted]
    assert picker.combo.currentText() == "" and picker.combo.currentIndex() == -1
    # Enter straight in the line edit (no popup) takes an exact match, case-insensitive
    picker.combo.lineEdit().setText("TORTURE")
    popup.hide()
    qtbot.keyClick(picker.combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.wait(50)
    assert picker.values() == [highlighted, TORTURE]
    assert picker.combo.currentText() == "" and picker.combo.currentIndex() == -1


def test_add_takes_an_exact_label_or_the_single_completion_only(qtbot, picker: ChoiceList) -> None:  # type: ignore[no-untyped-def]
    picker.combo.lineEdit().setText("xyz")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.values() == []
    assert picker.error.text() == "Choose a value from the list."
    picker.combo.lineEdit().setText("tortu")  # two entries contain it: ambiguous
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.values() == []
    picker.combo.lineEdit().setText("female genital")  # exactly one entry contains it
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert _labels(picker) == ["Female genital mutilation"]
    assert not picker.error.isVisibleTo(picker)
    assert picker.combo.currentText() == "" and picker.combo.currentIndex() == -1
