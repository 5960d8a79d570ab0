"""The SDG 16.10.1 derivation table (schema/frameworks/sdg.16.10.1.derivation.json) is refused when it has a
gap or an overlap, and every rule in it cites its source. The full act class x perpetrator x due-diligence
matrix, hand-computed from the metadata, is checked end to end in tests/test_sdg16101_golden.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fieldcase.frameworks.derivation import DERIVATION_FILE, DerivationTable, load_derivation
from fieldcase.frameworks.registry import BUILTIN_DIR, FrameworkError

SOURCE = BUILTIN_DIR / DERIVATION_FILE


def _document() -> dict:
    return json.loads(SOURCE.read_text(encoding="utf-8"))


def test_the_shipped_table_is_complete_and_cites_its_sources() -> None:
    table = load_derivation(SOURCE)
    doc = _document()
    # metadata 4.c: killing, torture, enforced disappearance, arbitrary detention, kidnapping, other harmful acts
    assert table.seriousness == ("sdg16101.A", "sdg16101.C", "sdg16101.B", "sdg16101.D", "sdg16101.E", "sdg16101.F")
    assert "4.c" in doc["seriousness"]["source"]
    for rule in doc["rules"]:
        assert rule["source"].startswith("metadata 2.a"), rule
    for cls in doc["act_classes"]:
        assert cls["iccs"] and cls["source"] and cls["act_types_verification"], cls["id"]
    # ICCS labels the research could not confirm verbatim are marked as such in the file
    assert "110133" in next(c for c in doc["act_classes"] if c["id"] == "other_harmful")["iccs_labels_unverified"]


def test_a_gap_in_the_table_is_refused(tmp_path: Path) -> None:
    doc = _document()
    doc["rules"] = [r for r in doc["rules"] if r["act_class"] != "torture" or r["type"] is not None]
    with pytest.raises(FrameworkError, match="0 rules match act class 'torture'"):
        DerivationTable(doc, tmp_path / "gap.json")


def test_an_overlap_in_the_table_is_refused(tmp_path: Path) -> None:
    doc = _document()
    doc["rules"].append(copy.deepcopy(next(r for r in doc["rules"] if r["act_class"] == "killing")))
    with pytest.raises(FrameworkError, match="2 rules match act class 'killing'"):
        DerivationTable(doc, tmp_path / "overlap.json")


def test_an_act_type_in_two_classes_is_refused(tmp_path: Path) -> None:
    doc = _document()
    doc["act_classes"][1]["act_types"].append(doc["act_classes"][0]["act_types"][0])
    with pytest.raises(FrameworkError, match="is in two act classes"):
        DerivationTable(doc, tmp_path / "twice.json")


def test_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(FrameworkError, match="cannot be read as JSON"):
        load_derivation(bad)


def test_a_state_agent_among_the_perpetrators_makes_it_an_act_of_the_state() -> None:
    table = load_derivation(SOURCE)
    abduction = "huridocs.mt04.030104000000"
    assert table.derive(abduction, ["non_state", "state"], None, False).sdg_type == "sdg16101.D"
    assert table.derive(abduction, ["non_state"], None, False).excluded == "due_diligence_not_assessed"
    assert table.derive(abduction, [], True, False).sdg_type == "sdg16101.E"  # none listed: unknown
