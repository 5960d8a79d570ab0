"""The editor's fields, declared per section (every field of schema/incident.schema.json)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..text import safe_line
from ..vocab import Choice, Vocabulary
from ..widgets.fields import FieldSpec
from ..widgets.row_table import Column

DATE_HINT = "YYYY-MM-DD, YYYY-MM or YYYY"


def _t(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


def what_specs(enums: dict[str, tuple[Choice, ...]]) -> list[FieldSpec]:
    return [
        FieldSpec("kind", _t("Record type"), "choice", enums["kind"], required=True),
        FieldSpec("info_type", _t("Information type"), "choice", enums["info_type"],
                  help=_t("Required for community information; not used for incidents.")),
        FieldSpec("title", _t("Title"), required=True,
                  placeholder=_t("A short, factual title (3–300 characters)")),
        FieldSpec("narrative", _t("Narrative"), "text",
                  placeholder=_t("What happened, in order; who reported it; what is still unclear.")),
        FieldSpec("status", _t("Follow-up status"), "choice", enums["status"], required=True, default="open"),
        FieldSpec("confidentiality", _t("Confidentiality"), "choice", enums["confidentiality"], required=True,
                  default="confidential"),
        FieldSpec("early_warning", _t("Flag as an early-warning signal"), "bool"),
        FieldSpec("reprisal", _t("Suspected reprisal for cooperation with the UN (HRC res. 12/2)"), "bool"),
    ]


def where_specs() -> list[FieldSpec]:
    return [
        FieldSpec("date", _t("Date"), "date", required=True, placeholder=DATE_HINT,
                  help=_t("As precisely as it is known: a day, a month or a year.")),
        FieldSpec("date_end", _t("Until"), "date", placeholder=DATE_HINT,
                  help=_t("For events that lasted: the last day, month or year.")),
        FieldSpec("reported_on", _t("Reported on"), "date", placeholder="YYYY-MM-DD"),
        FieldSpec("location.country", _t("Country"), required=True, placeholder=_t("ISO 3166 code, e.g. XTV")),
        FieldSpec("location.adm1_name", _t("Region (admin 1)")),
        FieldSpec("location.adm1_pcode", _t("Region P-code"), placeholder=_t("e.g. XT02")),
        FieldSpec("location.adm2_name", _t("District (admin 2)")),
        FieldSpec("location.adm2_pcode", _t("District P-code"), placeholder=_t("e.g. XT0202")),
        FieldSpec("location.place", _t("Place"), placeholder=_t("Village, neighbourhood, site")),
        FieldSpec("location.lat", _t("Latitude"), "float", placeholder="-90 … 90"),
        FieldSpec("location.lon", _t("Longitude"), "float", placeholder="-180 … 180"),
        FieldSpec("location.coord_precision_m", _t("Precision (metres)"), "int",
                  help=_t("Radius within which the true location lies.")),
    ]


def classification_specs(enums: dict[str, tuple[Choice, ...]], vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec("verification", _t("Verification"), "choice", vocab.verification, required=True,
                  default="vs.reported"),
        FieldSpec("severity", _t("Severity"), "choice", enums["severity"], numeric=True),
        FieldSpec("perpetrator_category", _t("Alleged perpetrator"), "choice", vocab.perpetrator_categories,
                  searchable=True, placeholder=_t("Type to search")),
        FieldSpec("perpetrator_status", _t("Perpetrator status"), "choice", enums["perpetrator_status"],
                  required=True, default="unknown"),
    ]


def impact_specs() -> list[FieldSpec]:
    return [
        FieldSpec("casualties.killed", _t("Killed"), "int"),
        FieldSpec("casualties.injured", _t("Injured"), "int"),
        FieldSpec("casualties.abducted", _t("Abducted"), "int"),
        FieldSpec("casualties.displaced", _t("Displaced"), "int"),
        FieldSpec("participants", _t("Participants"), "int",
                  help=_t("Community information: how many people were present.")),
    ]


def person_specs(enums: dict[str, tuple[Choice, ...]], vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec("role", _t("Role"), "choice", enums["role"], required=True, default="victim"),
        FieldSpec("pseudonym", _t("Pseudonym"), required=True,
                  placeholder=_t("A code used in reports, e.g. V-014")),
        FieldSpec("name", _t("Name"), sensitive=True,
                  help=_t("Kept encrypted; leave empty unless needed. Never in exports without consent.")),
        FieldSpec("sex", _t("Sex"), "choice", enums["sex"]),
        FieldSpec("age_group", _t("Age group"), "choice", enums["age_group"]),
        FieldSpec("victim_groups", _t("Victim group (SDG 16.10.1)"), "multi", vocab.victim_groups),
        FieldSpec("act_linked_to_work", _t("Act linked to their work"), "bool",
                  help=_t("The act was linked to their work as journalist, trade unionist or defender (SDG 16.10.1).")),
        FieldSpec("cooperated_with_un", _t("Cooperated with the UN through"), "choice", enums["cooperated_with_un"]),
        FieldSpec("reprisal_suspected", _t("Reprisal suspected"), "bool"),
        FieldSpec("at_risk", _t("At risk if identified"), "bool", help=_t("Protection concern")),
        FieldSpec("consent.naming", _t("Consents to being named"), "bool",
                  help=_t("The person agreed to be named in reports to headquarters.")),
        FieldSpec("consent.referral", _t("Consents to referral"), "bool",
                  help=_t("The person agreed to referral, e.g. to the UN reprisals focal point.")),
        FieldSpec("consent.recorded_on", _t("Consent recorded on"), "date", placeholder="YYYY-MM-DD"),
    ]


def source_specs(vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec("name", _t("Source"), required=True, placeholder=_t("Who or what: a code, not a full name")),
        FieldSpec("type", _t("Type of source material"), "choice", vocab.source_types, searchable=True),
        FieldSpec("reliability", _t("Source reliability"), "choice", vocab.reliability, required=True, default="F"),
        FieldSpec("credibility", _t("Credibility of this information"), "choice", vocab.credibility, required=True,
                  numeric=True, default=6),
        FieldSpec("connection", _t("Connection to the information"), "choice", vocab.connections, searchable=True),
    ]


def death_specs(vocab: Vocabulary) -> list[FieldSpec]:
    return [
        FieldSpec("count", _t("Number of deaths"), "int", required=True),
        FieldSpec("sex", _t("Sex"), "choice", vocab.death_sex, required=True, default="sdg1612.sex.unknown"),
        FieldSpec("age_group", _t("Age group"), "choice", vocab.death_age, required=True,
                  default="sdg1612.age.unknown"),
        FieldSpec("cause", _t("Cause"), "choice", vocab.death_cause, required=True, default="sdg1612.cause.unknown"),
        FieldSpec("status", _t("Status"), "choice", vocab.death_status, required=True,
                  default="sdg1612.status.unknown"),
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
            flags.append(_t("at risk"))
        if row.get("reprisal_suspected"):
            flags.append(_t("reprisal suspected"))
        consent = row.get("consent") or {}
        flags.append(_t("may be named") if consent.get("naming") else _t("no naming consent"))
        return ", ".join(flags)

    return [(_t("Role"), lambda r: _label(enums["role"], r.get("role"))),
            (_t("Pseudonym"), lambda r: r.get("pseudonym", "")),
            (_t("Name"), name),
            (_t("Sex / age"), lambda r: " / ".join(x for x in (_label(enums["sex"], r.get("sex")),
                                                              _label(enums["age_group"], r.get("age_group"))) if x)),
            (_t("Protection and consent"), protection)]


def source_columns(vocab: Vocabulary) -> list[Column]:
    return [(_t("Source"), lambda r: r.get("name", "")),
            (_t("Type"), lambda r: vocab.label(r.get("type"))),
            (_t("Reliability"), lambda r: _label(vocab.reliability, r.get("reliability"))),
            (_t("Credibility"), lambda r: _label(vocab.credibility, r.get("credibility"))),
            (_t("Connection"), lambda r: vocab.label(r.get("connection")))]


def death_columns(vocab: Vocabulary) -> list[Column]:
    return [(_t("Count"), lambda r: str(r.get("count", ""))),
            (_t("Sex"), lambda r: vocab.label(r.get("sex"))),
            (_t("Age"), lambda r: vocab.label(r.get("age_group"))),
            (_t("Cause"), lambda r: vocab.label(r.get("cause"))),
            (_t("Status"), lambda r: vocab.label(r.get("status")))]
