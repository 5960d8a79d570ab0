"""The shipped frameworks load, match the reference data exactly, and tampered files are refused."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fieldcase.frameworks import (
    Framework,
    FrameworkError,
    FrameworkRegistry,
    load_framework_file,
)
from fieldcase.frameworks.registry import BUILTIN_DIR, SCHEMA_PATH

REPO_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_JSON = Path("/work/shared/reference/risk-frameworks.json")
ENVELOPE = ("format", "release", "id_prefixes")

EXPECTED_FILES = {
    "unsdg.cca.mdra.json",
    "un.foa.atrocity.json",
    "sdg.16.10.1.json",
    "sdg.16.1.2.json",
    "sdg.10.3.1_16.b.1.json",
    "sdg.16.a.1.json",
    "huridocs.esf.json",
    "un.reprisals.json",
    "admiralty.json",
    "ohchr.evidentiary.json",
    "un.mechanisms.references.json",
    "hxl.json",
    "ocha.pcodes.json",
    "acled.json",
}

# domain.md §2, exact names.
ATROCITY_RISK_FACTORS = [
    ("foa.rf01", "Situations of armed conflict or other forms of instability", "foa.group.common"),
    ("foa.rf02", "Record of serious violations of international human rights and humanitarian law", "foa.group.common"),
    ("foa.rf03", "Weakness of State structures", "foa.group.common"),
    ("foa.rf04", "Motives or incentives", "foa.group.common"),
    ("foa.rf05", "Capacity to commit atrocity crimes", "foa.group.common"),
    ("foa.rf06", "Absence of mitigating factors", "foa.group.common"),
    ("foa.rf07", "Enabling circumstances or preparatory action", "foa.group.common"),
    ("foa.rf08", "Triggering factors", "foa.group.common"),
    ("foa.rf09", "Intergroup tensions or patterns of discrimination against protected groups", "foa.group.genocide"),
    ("foa.rf10", "Signs of an intent to destroy in whole or in part a protected group", "foa.group.genocide"),
    (
        "foa.rf11",
        "Signs of a widespread or systematic attack against any civilian population",
        "foa.group.crimes_against_humanity",
    ),
    ("foa.rf12", "Signs of a plan or policy to attack any civilian population", "foa.group.crimes_against_humanity"),
    ("foa.rf13", "Serious threats to those protected under international humanitarian law", "foa.group.war_crimes"),
    ("foa.rf14", "Serious threats to humanitarian or peacekeeping operations", "foa.group.war_crimes"),
]


@pytest.fixture(scope="module")
def registry() -> FrameworkRegistry:
    return FrameworkRegistry.load_builtin()


def _read(name: str) -> dict[str, Any]:
    return json.loads((BUILTIN_DIR / name).read_text(encoding="utf-8"))


def _id_objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every nested object with an id (the framework's own id excluded), in document order."""
    if isinstance(node, dict):
        if "id" in node:
            yield node
        for value in node.values():
            yield from _id_objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _id_objects(value)


# --- the shipped data -----------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    # The loader skips this metaschema check at runtime for speed, so it is done here.
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_builtin_file_loads_and_is_named_after_its_id(registry: FrameworkRegistry) -> None:
    names = {path.name for path in BUILTIN_DIR.glob("*.json")}
    assert names == EXPECTED_FILES | {"crosswalk.json", "sdg.16.10.1.derivation.json"}
    for name in EXPECTED_FILES:
        framework = load_framework_file(BUILTIN_DIR / name)
        assert f"{framework.id}.json" == name
        assert framework.raw["format"] == "fieldcase-framework/1"
        assert framework.release == 1
        assert registry.get(framework.id) == framework
    assert len(registry.frameworks()) == 14
    assert registry.crosswalk() is not None


def _with_local_changes(reference: dict[str, Any]) -> dict[str, Any]:
    """The reference with the changes the shipped files made after it, each listed here (issue 11): ACLED's
    combined disorder type "Political violence; Demonstrations" for excessive force against protesters and
    mob violence (ACLED Codebook; marked recalled in the file)."""
    for source in reference["frameworks"]:
        if source["id"] == "acled" and not any(d["id"].endswith("violence_demonstrations")
                                               for d in source["disorder_types"]):
            source["disorder_types"].insert(2, {
                "id": "acled.disorder.political_violence_demonstrations", "label": "Political violence; Demonstrations",
                "description": "Demonstration events met with or turning into violence against people: the sub-event "
                               "types 'Excessive force against protesters' and 'Mob violence' are coded with both "
                               "disorder types.", "verification": "recalled"})
            for category in source["categories"]:
                for sub in category["sub_event_types"]:
                    if sub["id"] in ("acled.sub.excessive_force_against_protesters", "acled.sub.mob_violence"):
                        sub.update(disorder_type="acled.disorder.political_violence_demonstrations",
                                   verification="recalled")
        if source["id"] == "un.foa.atrocity" and "7.2, 8.3 and 8.6 added" not in source["verification_note"]:
            # Framework of Analysis indicators 7.2, 8.3 and 8.6 (checked against a secondary reproduction)
            added = {"foa.rf07": [("foa.rf07.i02", "7.2", "Suspension of or interference with vital State "
                                   "institutions, or measures changing their composition or balance of power, "
                                   "particularly if protected groups are thereby excluded or not represented.")],
                     "foa.rf08": [("foa.rf08.i03", "8.3", "Measures taken by the international community that are "
                                   "perceived as threatening a State's sovereignty."),
                                  ("foa.rf08.i06", "8.6", "Religious events, or real or perceived acts of religious "
                                   "intolerance or disrespect, including outside national borders.")]}
            for factor in source["categories"]:
                for iid, ref, text in added.get(factor["id"], []):
                    factor["indicators"].append({"id": iid, "ref": ref, "text": text, "verification": "secondary"})
                    factor["indicators"].sort(key=lambda i: [int(x) for x in i["ref"].split(".")])
            source["verification_note"] += (
                " Indicators 7.2, 8.3 and 8.6 added 2026-12-06 (issue 11), checked against the same secondary "
                "reproduction; the other lists remain partial: every indicator carries its own verification mark, "
                "and numbers not listed could not be checked.")
        if source["id"] == "un.foa.atrocity" and "7.11 added" not in source["verification_note"]:
            # Indicator 7.11, as far as the secondary reproduction's text goes (issue 11)
            for factor in source["categories"]:
                if factor["id"] == "foa.rf07":
                    factor["indicators"].append({
                        "id": "foa.rf07.i11", "ref": "7.11",
                        "text": "Destruction or plundering of essential goods or installations.",
                        "verification": "secondary"})
            source["verification_note"] += (
                " Re-checked 2026-12-06 against the secondary reproduction at "
                "thewestpapuagenocidemonitor.org/post/risk-factor-7, -8, -9 and -13: 7.1-7.10, 8.1-8.12, 9.1-9.6 and "
                "13.1-13.9 match; 7.11 added from the same page, whose text is cut off after 'essential goods or "
                "installations' (rest not checked); 13.10 exists there but its wording is cut off, so it is not "
                "listed. The full 2014 text (paperzz.com/doc/8966445, docslib.org/doc/13070014) could not be read "
                "past its foreword, so RF 1-6, 10-12 and 14 remain recalled and partial.")
    return reference


def test_builtin_files_match_the_reference_exactly(registry: FrameworkRegistry) -> None:
    if not REFERENCE_JSON.is_file():
        pytest.skip(f"reference data not available at {REFERENCE_JSON}")
    reference = _with_local_changes(json.loads(REFERENCE_JSON.read_text(encoding="utf-8")))
    checked = 0
    for source in reference["frameworks"]:
        # The whole content is copied as is; only the envelope is added, first.
        shipped = _read(f"{source['id']}.json")
        assert {key: value for key, value in shipped.items() if key not in ENVELOPE} == source
        assert list(shipped)[: len(ENVELOPE)] == list(ENVELOPE)

        framework = registry.get(source["id"])
        expected = [
            (item["id"], item["label"] if "label" in item else item["text"])
            for key, value in source.items()
            if key != "id"
            for item in _id_objects(value)
        ]
        assert [(item.id, item.label) for item in framework.categories()] == expected
        for category_id, label in expected:
            found = registry.category(category_id)
            assert found is not None and found.label == label, category_id
            assert registry.framework_of(category_id) == framework
        checked += len(expected)
    assert checked >= 900  # 900 ids since the 13-area variant went (2026-12-06): a silently dropped list would show
    crosswalk = _read("crosswalk.json")
    assert {key: value for key, value in crosswalk.items() if key not in ("format", "release")} == reference[
        "crosswalk"
    ]


def test_split_script_reproduces_the_shipped_files(tmp_path: Path) -> None:
    # Rebuild a reference file from the shipped ones, so this runs even where the reference is absent.
    names = sorted(EXPECTED_FILES)
    source = {
        "frameworks": [{k: v for k, v in _read(name).items() if k not in ENVELOPE} for name in names],
        "crosswalk": {k: v for k, v in _read("crosswalk.json").items() if k not in ("format", "release")},
    }
    source_path = tmp_path / "risk-frameworks.json"
    source_path.write_text(json.dumps(source), encoding="utf-8")
    out = tmp_path / "out"
    script = REPO_ROOT / "scripts" / "split_frameworks.py"
    result = subprocess.run(
        [sys.executable, str(script), "--source", str(source_path), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in [*names, "crosswalk.json"]:
        assert (out / name).read_bytes() == (BUILTIN_DIR / name).read_bytes(), name


def test_the_14_atrocity_risk_factors_have_their_exact_names(registry: FrameworkRegistry) -> None:
    factors = registry.atrocity_risk_factors()
    assert [(factor.id, factor.label, factor.group) for factor in factors] == ATROCITY_RISK_FACTORS
    assert [factor.extra["number"] for factor in factors] == list(range(1, 15))
    indicators = registry.get("un.foa.atrocity").children("foa.rf07")
    assert indicators and all(item.id.startswith("foa.rf07.i") for item in indicators)


def test_foa_indicators_resolve_to_their_risk_factor(registry: FrameworkRegistry) -> None:
    indicator = registry.category("foa.rf07.i05")
    assert indicator is not None
    assert indicator.parent_id == "foa.rf07"
    assert indicator.extra["ref"] == "7.5"
    assert indicator.collection == "categories.indicators"
    assert registry.framework_of("foa.rf07.i05").id == "un.foa.atrocity"


def test_16_10_1_seriousness_order_is_a_c_b_d_e_f(registry: FrameworkRegistry) -> None:
    from fieldcase.frameworks.derivation import builtin_derivation

    order = builtin_derivation().seriousness  # what the counting uses; the framework file's ranks must agree
    assert order == ("sdg16101.A", "sdg16101.C", "sdg16101.B", "sdg16101.D", "sdg16101.E", "sdg16101.F")
    assert [registry.category(item).extra["code"] for item in order] == ["A", "C", "B", "D", "E", "F"]
    assert [registry.category(item).extra["seriousness_rank"] for item in order] == [1, 2, 3, 4, 5, 6]


def test_risk_areas_follow_the_deployment_variant(registry: FrameworkRegistry) -> None:
    default = registry.risk_areas()
    assert len(default) == 12
    assert default[0].id == "cca.political_stability"
    assert default[-1].label == "Environment and climate"
    # no public source supports a 13-area variant: the reference removed it (2026-12-06)
    assert registry.risk_area_variants() == ("12-area",)
    assert registry.category("cca.equality_non_discrimination") is None
    with pytest.raises(KeyError, match="13-area"):
        registry.risk_areas("13-area")


@pytest.mark.parametrize(
    ("category_id", "framework_id", "label", "extra"),
    [
        ("huridocs.mt04.010101010000", "huridocs.esf", "Summary execution", {"code": "010101010000", "level": 3}),
        ("huridocs.mt04.020111110000", "huridocs.esf", "Torture", {"code": "020111110000"}),
        ("sdg16101.victim.journalist", "sdg.16.10.1", "Journalists and associated media personnel", {}),
        ("sdg1612.cause.incendiary", "sdg.16.1.2", "Incendiary", {}),
        ("sdg1612.status.civilian", "sdg.16.1.2", "Civilian", {}),
        ("adm.rel.A", "admiralty", "Completely reliable", {"code": "A"}),
        ("adm.cred.6", "admiralty", "Truth cannot be judged", {"code": "6"}),
        ("vs.verified", "ohchr.evidentiary", "Verified (reasonable grounds to believe)", {}),
        ("cca.internal_security", "unsdg.cca.mdra", "Internal security", {}),
        ("acled.sub.armed_clash", "acled", "Armed clash", {}),
    ],
)
def test_category_lookup_spans_every_framework(
    registry: FrameworkRegistry, category_id: str, framework_id: str, label: str, extra: dict[str, Any]
) -> None:
    found = registry.category(category_id)
    assert found is not None
    assert (found.framework_id, found.label) == (framework_id, label)
    assert {key: found.extra[key] for key in extra} == extra
    assert registry.is_known(category_id)
    assert registry.framework_of(category_id).id == framework_id


def test_category_metadata(registry: FrameworkRegistry) -> None:
    term = registry.category("huridocs.mt04.010101010000")
    assert term.parent_id == "huridocs.mt04.010101000000"
    root = registry.category("huridocs.mt04.010000000000")
    assert root.parent_id == "huridocs.mt04"  # level-0 terms hang off their vocabulary
    assert registry.category("acled.event.battles").group == "acled.disorder.political_violence"
    # Items without their own mark inherit the nearest one (an app-defined checklist in a secondary framework).
    assert registry.category("reprisal.form.threat").verification == "app-defined"
    assert registry.category("foa.rf03").verification == "recalled"
    assert registry.category("huridocs.mt39.010000000000").verification == "verified"
    with pytest.raises(TypeError):
        registry.category("sdg16101.A").extra["code"] = "Z"  # type: ignore[index]


@pytest.mark.parametrize("category_id", ["foa.rf99", "foa", "nope.x", "", "cca.political_stability.x"])
def test_unknown_ids_are_not_known(registry: FrameworkRegistry, category_id: str) -> None:
    assert registry.category(category_id) is None
    assert not registry.is_known(category_id)
    assert registry.framework_of(category_id) is None


def test_crosswalk_links_resolve(registry: FrameworkRegistry) -> None:
    crosswalk = registry.crosswalk()
    assert crosswalk is not None and len(crosswalk.rows) == 9
    for row in crosswalk.rows:
        for target in row.links.values():
            assert target is None or registry.is_known(target)


def test_frameworks_package_needs_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, fieldcase.frameworks as f; f.FrameworkRegistry.load_builtin(); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
        "print(', '.join(bad), file=sys.stderr); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(REPO_ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr


# --- malformed files are refused -----------------------------------------------------------------


def _write(directory: Path, document: dict[str, Any], name: str | None = None) -> Path:
    path = directory / (name or f"{document['id']}.json")
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _foa() -> dict[str, Any]:
    return copy.deepcopy(_read("un.foa.atrocity.json"))


def _refused(path: Path) -> FrameworkError:
    with pytest.raises(FrameworkError) as caught:
        load_framework_file(path)
    error = caught.value
    assert error.path == path
    assert str(error) == f"{path}: {error.where}: {error.reason}"
    return error


def test_invalid_json_is_refused_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "un.foa.atrocity.json"
    path.write_text('{\n  "format": "fieldcase-framework/1",\n  "release": 1,\n  "id": \n}\n', encoding="utf-8")
    error = _refused(path)
    assert error.where == "line 5 column 1"
    assert error.reason.startswith("invalid JSON: Expecting value")


def _missing_label(doc: dict[str, Any]) -> None:
    del doc["categories"][3]["label"]


def _duplicate_id(doc: dict[str, Any]) -> None:
    doc["categories"][4]["id"] = "foa.rf01"


def _wrong_format(doc: dict[str, Any]) -> None:
    doc["format"] = "fieldcase-framework/2"


def _foreign_prefix(doc: dict[str, Any]) -> None:
    doc["categories"][2]["id"] = "cca.rf03"


def _label_not_a_string(doc: dict[str, Any]) -> None:
    doc["categories"][0]["label"] = 7


def _release_as_text(doc: dict[str, Any]) -> None:
    doc["release"] = "1"


def _blank_indicator(doc: dict[str, Any]) -> None:
    doc["categories"][6]["indicators"][1]["text"] = "   "


def _unknown_property(doc: dict[str, Any]) -> None:
    doc["categories"][1]["lable"] = "typo"


def _dangling_group(doc: dict[str, Any]) -> None:
    doc["categories"][0]["group"] = "foa.group.nonexistent"


def _indicator_moved(doc: dict[str, Any]) -> None:
    doc["categories"][0]["indicators"][0]["id"] = "foa.rf02.i99"


def _duplicate_number(doc: dict[str, Any]) -> None:
    doc["categories"][13]["number"] = 1


def _bad_id_syntax(doc: dict[str, Any]) -> None:
    doc["categories"][5]["id"] = "foa.rf 06"


@pytest.mark.parametrize(
    ("tamper", "where", "reason"),
    [
        (_missing_label, "categories[3].label", "required property is missing"),
        (_duplicate_id, "categories[4].id", "duplicate id 'foa.rf01' (first defined at categories[0])"),
        (_wrong_format, "format", "unsupported format 'fieldcase-framework/2' (expected 'fieldcase-framework/1')"),
        (_foreign_prefix, "categories[2].id", "id 'cca.rf03' is outside this framework's namespaces (foa)"),
        (_label_not_a_string, "categories[0].label", "7 is not of type 'string'"),
        (_release_as_text, "release", "'1' is not of type 'integer'"),
        (_blank_indicator, "categories[6].indicators[1].text", "'   ' must not be blank"),
        (_unknown_property, "categories[1].lable", "unknown property"),
        (_dangling_group, "categories[0].group", "unknown id 'foa.group.nonexistent'"),
        (_indicator_moved, "categories[0].indicators[0].id", "must extend its parent's id 'foa.rf01'"),
        (_duplicate_number, "categories[13].number", "duplicate number 1 (also at categories[0])"),
        (_bad_id_syntax, "categories[5].id", "'foa.rf 06' is not a valid category id"),
    ],
)
def test_tampered_file_is_refused(
    tmp_path: Path, tamper: Callable[[dict[str, Any]], None], where: str, reason: str
) -> None:
    document = _foa()
    tamper(document)
    error = _refused(_write(tmp_path, document))
    assert error.where == where
    assert reason in error.reason


def test_missing_format_tag_is_refused(tmp_path: Path) -> None:
    document = _foa()
    del document["format"]
    error = _refused(_write(tmp_path, document))
    assert (error.where, error.reason) == ("format", "missing format tag (expected 'fieldcase-framework/1')")


def test_duplicate_json_key_is_refused(tmp_path: Path) -> None:
    # json.loads would silently keep the second label; the loader must not.
    path = tmp_path / "un.foa.atrocity.json"
    text = json.dumps(_foa(), indent=2)
    text = text.replace(
        '"label": "Weakness of State structures"', '"label": "Weakness of State structures", "label": "X"'
    )
    path.write_text(text, encoding="utf-8")
    error = _refused(path)
    assert (error.where, error.reason) == ("categories[2].label", "duplicate key 'label'")


def test_huridocs_term_with_unknown_parent_is_refused(tmp_path: Path) -> None:
    document = copy.deepcopy(_read("huridocs.esf.json"))
    document["vocabularies"][0]["terms"][3]["parent_code"] = "019999000000"
    error = _refused(_write(tmp_path, document))
    assert error.where == "vocabularies[0].terms[3].parent_code"
    assert error.reason == "no term with code '019999000000'"


def test_misnamed_file_is_refused_by_the_directory_loader(tmp_path: Path) -> None:
    for name in EXPECTED_FILES | {"crosswalk.json"}:
        (tmp_path / name).write_bytes((BUILTIN_DIR / name).read_bytes())
    (tmp_path / "un.foa.atrocity.json").rename(tmp_path / "atrocity.json")
    with pytest.raises(FrameworkError, match=r"file name must be un\.foa\.atrocity\.json"):
        FrameworkRegistry.load_builtin(tmp_path)


def test_override_directory_and_missing_directory(tmp_path: Path) -> None:
    for name in EXPECTED_FILES:
        (tmp_path / name).write_bytes((BUILTIN_DIR / name).read_bytes())
    registry = FrameworkRegistry.load_builtin(tmp_path)
    assert len(registry.frameworks()) == 14
    assert registry.crosswalk() is None
    with pytest.raises(FrameworkError) as caught:
        FrameworkRegistry.load_builtin(tmp_path / "absent")
    assert caught.value.reason == "framework directory not found"


def test_error_survives_pickling(tmp_path: Path) -> None:
    error = FrameworkError(tmp_path / "x.json", "categories[1].id", "duplicate id 'x.y'")
    clone = pickle.loads(pickle.dumps(error))
    assert (clone.path, clone.where, clone.reason, str(clone)) == (error.path, error.where, error.reason, str(error))
    assert clone.code == "invalid-framework"


# --- new releases ---------------------------------------------------------------------------------


def _release_2(tmp_path: Path) -> Framework:
    document = _foa()
    document["release"] = 2
    document["version"] = "2014 (checked against the UN PDF)"
    document["categories"][2]["label"] = "Weakness of State structures (confirmed)"
    document["categories"][2]["verification"] = "verified"
    document["categories"][0]["indicators"][0]["deprecated"] = True
    document["categories"][0]["indicators"].append(
        {"id": "foa.rf01.i99", "ref": "1.99", "text": "A new indicator.", "verification": "verified"}
    )
    directory = tmp_path / "update"
    directory.mkdir()
    return load_framework_file(_write(directory, document))


def test_newer_release_replaces_the_current_one_and_old_ids_still_resolve(
    registry: FrameworkRegistry, tmp_path: Path
) -> None:
    updated = registry.with_framework(_release_2(tmp_path))

    current = updated.get("un.foa.atrocity")
    assert current.release == 2
    assert updated.category("foa.rf03").label == "Weakness of State structures (confirmed)"
    assert updated.category("foa.rf01.i99").label == "A new indicator."
    retired = updated.category("foa.rf01.i01")
    assert retired is not None and retired.deprecated  # still resolves for old records

    # A record tagged under release 1 (or version "2014") renders exactly as it was tagged.
    old = updated.get("un.foa.atrocity", release=1)
    assert old.category("foa.rf03").label == "Weakness of State structures"
    assert updated.get("un.foa.atrocity", "2014") == old
    assert updated.category("foa.rf03", release=1).label == "Weakness of State structures"
    assert updated.category("foa.rf01.i99", release=1) is None
    assert [fw.release for fw in updated.releases("un.foa.atrocity")] == [1, 2]

    # The original registry is untouched; installing the same release again changes nothing.
    assert registry.get("un.foa.atrocity").release == 1
    assert updated.with_framework(current) is updated
    with pytest.raises(KeyError, match="release 3"):
        updated.get("un.foa.atrocity", release=3)


def test_release_that_drops_an_id_is_refused(registry: FrameworkRegistry, tmp_path: Path) -> None:
    document = _foa()
    document["release"] = 2
    del document["categories"][13]["indicators"][1]
    path = _write(tmp_path, document)
    with pytest.raises(FrameworkError) as caught:
        registry.with_framework(load_framework_file(path))
    assert caught.value.path == path
    assert "drops id 'foa.rf14.x02' of release 1" in caught.value.reason


def test_same_release_with_different_content_is_refused(registry: FrameworkRegistry, tmp_path: Path) -> None:
    document = _foa()
    document["categories"][2]["label"] = "Weak State"
    with pytest.raises(FrameworkError, match=r"release 1 of 'un\.foa\.atrocity' is already installed"):
        registry.with_framework(load_framework_file(_write(tmp_path, document)))


def test_new_framework_cannot_claim_another_frameworks_namespace(registry: FrameworkRegistry, tmp_path: Path) -> None:
    document = {
        "format": "fieldcase-framework/1",
        "release": 1,
        "id_prefixes": ["foa"],
        "id": "local.checklist",
        "title": "A local checklist",
        "version": "2026",
        "kind": "flag_typology",
        "source": {"title": "Field office", "publisher": "Field office"},
        "verification": "app-defined",
        "categories": [{"id": "foa.local", "label": "Local item"}],
    }
    framework = load_framework_file(_write(tmp_path, document))
    with pytest.raises(FrameworkError) as caught:
        registry.with_framework(framework)
    assert caught.value.path == framework.path
    assert (caught.value.where, caught.value.reason) == (
        "id_prefixes",
        "namespace 'foa' is already owned by framework 'un.foa.atrocity'",
    )

    document["id_prefixes"] = ["local"]
    document["categories"] = [{"id": "local.item", "label": "Local item"}]
    extended = registry.with_framework(load_framework_file(_write(tmp_path, document)))
    assert extended.framework_of("local.item").id == "local.checklist"
