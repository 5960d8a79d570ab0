"""The editor's fields, declared per section (every field of schema/incident.schema.json)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..text import safe_line
from ..vocab import Choice, Vocabulary
from ..widgets.fields import FieldSpec
from ..widgets.row_table import Column

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def what_specs(enums: dict[str, tuple[Choice, ...]]) -> list[FieldSpec]:
    return [
        FieldSpec("kind", translate("Editor", "Record type"), "choice", enums["kind"], required=True),
        FieldSpec(
            "info_type",
            translate("Editor", "Information type"),
            "choice",
            enums["info_type"],
            help=translate("Editor", "Required for community information; not used for incidents."),
        ),
        FieldSpec(
            "title",
            translate("Editor", "Title"),
            required=True,
            placeholder=translate("Editor", "A short, factual title (3–300 characters)"),
        ),
        FieldSpec(
            "narrative",
            translate("Editor", "Narrative"),
            "text",
            placeholder=translate("Editor", "What happened, in order; who reported it; what is still unclear."),
        ),
        FieldSpec(
            "status", translate("Editor", "Follow-up status"), "choice", enums["status"], required=True, default="open"
        ),
        FieldSpec(
            "confidentiality",
            translate("Editor", "Confidentiality"),
            "choice",
            enums["confidentiality"],
            required=True,
            default="confidential",
        ),
        FieldSpec("early_warning", translate("Editor", "Flag as an early-warning signal"), "bool"),
        FieldSpec(
            "early_action",
            translate("Editor", "Proposed early action"),
            placeholder=translate("Editor", "For an early-warning signal: what should be done, by whom"),
        ),
        FieldSpec(
            "cross_border",
            translate("Editor", "Cross-border: the other country"),
            placeholder=translate("Editor", "ISO 3166 alpha-3 code, e.g. XTW"),
            help=translate("Editor", "For an incident or signal that crosses a border (the regional review at HQ)."),
        ),
        FieldSpec(
            "reprisal", translate("Editor", "Suspected reprisal for cooperation with the UN (HRC res. 12/2)"), "bool"
        ),
    ]


def where_specs() -> list[FieldSpec]:
    return [
        FieldSpec(
            "date",
            translate("Editor", "Date"),
            "date",
            required=True,
            partial=True,
            placeholder=translate("Editor", "YYYY-MM-DD, YYYY-MM or YYYY"),
            help=translate("Editor", "As precisely as it is known: a day, a month or a year."),
        ),
        FieldSpec(
            "date_end",
            translate("Editor", "Until"),
            "date",
            partial=True,
            placeholder=translate("Editor", "YYYY-MM-DD, YYYY-MM or YYYY"),
            help=translate("Editor", "For events that lasted: the last day, month or year."),
        ),
        FieldSpec("reported_on", translate("Editor", "Reported on"), "date",
                  placeholder=translate("Editor", "YYYY-MM-DD")),
        FieldSpec(
            "location.country",
            translate("Editor", "Country"),
            required=True,
            placeholder=translate("Editor", "ISO 3166 code, e.g. XTV"),
        ),
        FieldSpec("location.adm1_name", translate("Editor", "Region (admin 1)")),
        FieldSpec(
            "location.adm1_pcode", translate("Editor", "Region P-code"), placeholder=translate("Editor", "e.g. XT02")
        ),
        FieldSpec("location.adm2_name", translate("Editor", "District (admin 2)")),
        FieldSpec(
            "location.adm2_pcode",
            translate("Editor", "District P-code"),
            placeholder=translate("Editor", "e.g. XT0202"),
        ),
        FieldSpec(
            "location.place",
            translate("Editor", "Place"),
            placeholder=translate("Editor", "Village, neighbourhood, site"),
        ),
        FieldSpec("location.lat", translate("Editor", "Latitude"), "float", placeholder="-90 … 90"),
        FieldSpec("location.lon", translate("Editor", "Longitude"), "float", placeholder="-180 … 180"),
        FieldSpec(
            "location.coord_precision_m",
            translate("Editor", "Precision (metres)"),
            "int",
            help=translate("Editor", "Radius within which the true location lies."),
        ),
    ]


def classification_specs(enums: dict[str, tuple[Choice, ...]], vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec(
            "verification",
            translate("Editor", "Verification"),
            "choice",
            vocab.verification,
            required=True,
            default="vs.reported",
        ),
        FieldSpec("severity", translate("Editor", "Severity"), "choice", enums["severity"], numeric=True),
        FieldSpec(
            "perpetrator_category",
            translate("Editor", "Alleged perpetrator"),
            "choice",
            vocab.perpetrator_categories,
            searchable=True,
            placeholder=translate("Editor", "Type to search"),
        ),
        FieldSpec(
            "perpetrator_status",
            translate("Editor", "Perpetrator status"),
            "choice",
            enums["perpetrator_status"],
            required=True,
            default="unknown",
        ),
    ]


def impact_specs() -> list[FieldSpec]:
    return [
        FieldSpec("casualties.killed", translate("Editor", "Killed"), "int"),
        FieldSpec("casualties.injured", translate("Editor", "Injured"), "int"),
        FieldSpec("casualties.abducted", translate("Editor", "Abducted"), "int"),
        FieldSpec("casualties.displaced", translate("Editor", "Displaced"), "int"),
        FieldSpec(
            "participants",
            translate("Editor", "Participants"),
            "int",
            help=translate("Editor", "Community information: how many people were present."),
        ),
    ]


def person_specs(enums: dict[str, tuple[Choice, ...]], vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec("role", translate("Editor", "Role"), "choice", enums["role"], required=True, default="victim"),
        FieldSpec(
            "pseudonym",
            translate("Editor", "Pseudonym"),
            required=True,
            placeholder=translate("Editor", "A code used in reports, e.g. V-014"),
        ),
        FieldSpec(
            "name",
            translate("Editor", "Name"),
            sensitive=True,
            help=translate("Editor", "Kept encrypted; leave empty unless needed. Never in exports without consent."),
        ),
        FieldSpec("sex", translate("Editor", "Sex"), "choice", enums["sex"]),
        FieldSpec("age_group", translate("Editor", "Age group"), "choice", enums["age_group"]),
        FieldSpec("victim_groups", translate("Editor", "Victim group (SDG 16.10.1)"), "multi", vocab.victim_groups),
        FieldSpec(
            "cooperated_with_un",
            translate("Editor", "Cooperated with the UN through"),
            "choice",
            enums["cooperated_with_un"],
        ),
        FieldSpec("reprisal_suspected", translate("Editor", "Reprisal suspected"), "bool"),
        FieldSpec(
            "at_risk",
            translate("Editor", "At risk if identified"),
            "bool",
            help=translate("Editor", "Protection concern"),
        ),
        FieldSpec(
            "consent.naming",
            translate("Editor", "Consents to being named"),
            "bool",
            help=translate("Editor", "The person agreed to be named in reports to headquarters."),
        ),
        FieldSpec(
            "consent.referral",
            translate("Editor", "Consents to referral"),
            "bool",
            help=translate("Editor", "The person agreed to referral, e.g. to the UN reprisals focal point."),
        ),
        FieldSpec("consent.recorded_on", translate("Editor", "Consent recorded on"), "date",
                  placeholder=translate("Editor", "YYYY-MM-DD")),
    ]


def source_specs(vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec(
            "name",
            translate("Editor", "Source"),
            required=True,
            placeholder=translate("Editor", "Who or what: a code, not a full name"),
        ),
        FieldSpec(
            "type", translate("Editor", "Type of source material"), "choice", vocab.source_types, searchable=True
        ),
        FieldSpec(
            "reliability",
            translate("Editor", "Source reliability"),
            "choice",
            vocab.reliability,
            required=True,
            default="F",
        ),
        FieldSpec(
            "credibility",
            translate("Editor", "Credibility of this information"),
            "choice",
            vocab.credibility,
            required=True,
            numeric=True,
            default=6,
        ),
        FieldSpec(
            "connection",
            translate("Editor", "Connection to the information"),
            "choice",
            vocab.connections,
            searchable=True,
        ),
    ]


def death_specs(vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec("count", translate("Editor", "Number of deaths"), "int", required=True),
        FieldSpec(
            "sex", translate("Editor", "Sex"), "choice", vocab.death_sex, required=True, default="sdg1612.sex.unknown"
        ),
        FieldSpec(
            "age_group",
            translate("Editor", "Age group"),
            "choice",
            vocab.death_age,
            required=True,
            default="sdg1612.age.unknown",
        ),
        FieldSpec(
            "cause",
            translate("Editor", "Cause"),
            "choice",
            vocab.death_cause,
            required=True,
            default="sdg1612.cause.unknown",
        ),
        FieldSpec(
            "status",
            translate("Editor", "Status"),
            "choice",
            vocab.death_status,
            required=True,
            default="sdg1612.status.unknown",
        ),
    ]


def _label(choices: tuple[Choice, ...], value: Any) -> str:
    for key, label in choices:
        if key == value or (value is not None and key == str(value)):
            return label.strip()
    return "" if value is None else str(value)


def person_columns(enums: dict[str, tuple[Choice, ...]], names_shown: Any) -> list[Column]:
    def name(row: dict[str, Any]) -> str:
        if not row.get("name"):
            return ""
        return safe_line(row["name"]) if names_shown() else "••••••"

    def protection(row: dict[str, Any]) -> str:
        flags = []
        if row.get("at_risk"):
            flags.append(translate("Editor", "at risk"))
        if row.get("reprisal_suspected"):
            flags.append(translate("Editor", "reprisal suspected"))
        consent = row.get("consent") or {}
        flags.append(
            translate("Editor", "may be named") if consent.get("naming") else translate("Editor", "no naming consent")
        )
        return ", ".join(flags)

    return [
        (translate("Editor", "Role"), lambda r: _label(enums["role"], r.get("role"))),
        (translate("Editor", "Pseudonym"), lambda r: r.get("pseudonym", "")),
        (translate("Editor", "Name"), name),
        (
            translate("Editor", "Sex / age"),
            lambda r: " / ".join(
                x for x in (_label(enums["sex"], r.get("sex")), _label(enums["age_group"], r.get("age_group"))) if x
            ),
        ),
        (translate("Editor", "Protection and consent"), protection),
    ]


def source_columns(vocab: Vocabulary) -> list[Column]:
    return [
        (translate("Editor", "Source"), lambda r: r.get("name", "")),
        (translate("Editor", "Type"), lambda r: vocab.label(r.get("type"))),
        (translate("Editor", "Reliability"), lambda r: _label(vocab.reliability, r.get("reliability"))),
        (translate("Editor", "Credibility"), lambda r: _label(vocab.credibility, r.get("credibility"))),
        (translate("Editor", "Connection"), lambda r: vocab.label(r.get("connection"))),
    ]


def death_columns(vocab: Vocabulary) -> list[Column]:
    return [
        (translate("Editor", "Count"), lambda r: str(r.get("count", ""))),
        (translate("Editor", "Sex"), lambda r: vocab.label(r.get("sex"))),
        (translate("Editor", "Age"), lambda r: vocab.label(r.get("age_group"))),
        (translate("Editor", "Cause"), lambda r: vocab.label(r.get("cause"))),
        (translate("Editor", "Status"), lambda r: vocab.label(r.get("status"))),
    ]
