"""The words an import problem is told in: a field's label as the app shows it, and what is expected.

Labels follow the editor's (ui/editor/sections.py; English here, because the core has no Qt: the CLI
prints these, the app translates by template). A message never contains the rejected value, a regular
expression or an internal id: `describe` turns a JSON Schema error into a template and its parameters,
and `label_of` a JSON path (`people[1].pseudonym`) into "Person 2, Pseudonym".
"""

from __future__ import annotations

import re
from typing import Any

LABELS = {
    "id": "Record id", "base_rev": "Base revision", "kind": "Record type", "info_type": "Information type",
    "title": "Title", "narrative": "Narrative", "status": "Follow-up status", "confidentiality": "Confidentiality",
    "early_warning": "Flag as an early-warning signal", "reprisal": "Suspected reprisal",
    "date": "Date", "date_end": "Until", "reported_on": "Reported on", "location": "Location",
    "location.country": "Country", "location.adm1_name": "Region (admin 1)", "location.adm1_pcode": "Region P-code",
    "location.adm2_name": "District (admin 2)", "location.adm2_pcode": "District P-code", "location.place": "Place",
    "location.lat": "Latitude", "location.lon": "Longitude", "location.coord_precision_m": "Precision (metres)",
    "verification": "Verification", "severity": "Severity", "perpetrator_category": "Alleged perpetrator",
    "perpetrator_status": "Perpetrator status", "casualties": "Casualties", "casualties.killed": "Killed",
    "casualties.injured": "Injured", "casualties.abducted": "Abducted", "casualties.displaced": "Displaced",
    "participants": "Participants", "conflict_related": "Related to an armed conflict",
    "violation_types": "Violation types", "people": "People", "sources": "Sources", "risk_tags": "Risk areas",
    "deaths": "Deaths", "acts": "Acts",
    "people.role": "Role", "people.pseudonym": "Pseudonym", "people.name": "Name", "people.sex": "Sex",
    "people.age_group": "Age group", "people.victim_groups": "Victim group (SDG 16.10.1)",
    "people.cooperated_with_un": "Cooperated with the UN through", "people.reprisal_suspected": "Reprisal suspected",
    "people.at_risk": "At risk if identified", "people.consent": "Consent",
    "people.consent.naming": "Consents to being named", "people.consent.referral": "Consents to referral",
    "people.consent.recorded_on": "Consent recorded on", "people.person_id": "Person id",
    "sources.name": "Source", "sources.type": "Type of source material", "sources.reliability": "Source reliability",
    "sources.credibility": "Credibility of this information", "sources.connection": "Connection to the information",
    "sources.source_id": "Source id",
    "deaths.count": "Number of deaths", "deaths.sex": "Sex", "deaths.age_group": "Age group", "deaths.cause": "Cause",
    "deaths.status": "Status", "risk_tags.category": "Category", "risk_tags.rationale": "Rationale",
    "acts.victim": "Victim", "acts.act_type": "Type of act", "acts.perpetrators": "Perpetrators",
    "acts.perpetrators.status": "Perpetrator's relation to the State",
    "acts.perpetrators.category": "Perpetrator category", "acts.linked_to_work": "Linked to the victim's work",
    "acts.state_due_diligence_failure": "State failed in due diligence",
    "acts.due_diligence_rationale": "Due-diligence rationale", "acts.fate_concealed": "Fate or whereabouts concealed",
    "acts.sdg_override": "SDG 16.10.1 type override", "acts.override_rationale": "Override rationale",
}
ITEM_NOUNS = {"people": "Person", "sources": "Source", "deaths": "Deaths", "risk_tags": "Risk area", "acts": "Act",
              "violation_types": "Violation type", "perpetrators": "Perpetrator", "victim_groups": "Victim group"}

# The schema's enums, worded as the editor words them (ui/vocab.py): the values are ids people never type.
CHOICES = {
    "kind": {"incident": "Incident", "community_info": "Community information"},
    "info_type": {"meeting": "Meeting", "cso_report": "Civil-society report", "community_report": "Community report",
                  "early_warning": "Early warning"},
    "status": {"open": "Open", "follow_up": "Follow-up", "closed": "Closed"},
    "confidentiality": {"restricted": "Restricted", "confidential": "Confidential",
                        "strictly_confidential": "Strictly confidential"},
    "perpetrator_status": {"state": "State actor", "state_acquiescence": "With State acquiescence",
                           "non_state": "Non-State actor", "unknown": "Unknown"},
    "verification": {"vs.reported": "Reported (unverified)", "vs.under_review": "Under review",
                     "vs.corroborated": "Corroborated", "vs.verified": "Verified (reasonable grounds to believe)",
                     "vs.not_verified": "Could not be verified", "vs.discounted": "Discounted"},
    "role": {"victim": "Victim", "witness": "Witness", "source": "Source", "perpetrator": "Perpetrator",
             "other": "Other"},
    "sex": {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"},
    "age_group": {"child": "Child", "adult": "Adult", "elderly": "Elderly", "unknown": "Unknown"},
}
# Patterns of schema/incident.schema.json, each said as what to type.
PATTERNS = {
    "date": "a date as YYYY, YYYY-MM or YYYY-MM-DD", "date_end": "a date as YYYY, YYYY-MM or YYYY-MM-DD",
    "country": "a three-letter ISO 3166 country code in capitals, such as KEN",
    "adm1_pcode": "a P-code: two or three capital letters, then digits", "adm2_pcode":
    "a P-code: two or three capital letters, then digits", "id": "a record id as Fieldcase exports it",
    "person_id": "a person id as Fieldcase exports it", "source_id": "a source id as Fieldcase exports it",
}
CATEGORY_EXPECTED = "a category from one of the installed frameworks, by its label or code"
_TYPES = {"integer": "a whole number", "number": "a number", "string": "text", "boolean": "yes or no",
          "array": "a list", "object": "a group of fields", "null": "empty"}


def generic_path(path: str) -> str:
    """`people[1].consent.naming` -> `people.consent.naming` (the key of LABELS)."""
    return re.sub(r"\[\d+\]", "", path)


def label_of(path: str) -> str:
    """The words for a JSON path: "Person 2, Pseudonym"; list items are numbered from 1."""
    if not path:
        return "Record"
    parts: list[str] = []
    prefix = ""
    for name, index in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)?(?:\[(\d+)\])?\.?", path):
        if not name and not index:
            continue
        if name:
            prefix = f"{prefix}.{name}" if prefix else name
        if index:
            noun = ITEM_NOUNS.get(name or prefix.rsplit(".", 1)[-1], "Item")
            parts.append(f"{noun} {int(index) + 1}")
    last = LABELS.get(generic_path(path))
    if last is None:
        last = LABELS.get(prefix, prefix.rsplit(".", 1)[-1].replace("_", " ").capitalize())
    if parts and re.search(r"\[\d+\]$", path):  # the item itself (violation_types[0]): its noun says it
        return ", ".join(parts)
    return ", ".join([*parts, last])


def _join(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _choices(path: str, values: list[Any]) -> str:
    key = generic_path(path).rsplit(".", 1)[-1]
    words = CHOICES.get(key)
    if words and all(v in words for v in values):
        return ", ".join(str(words[v]) for v in values)
    if all(isinstance(v, str) and "." not in v for v in values):
        return ", ".join(str(v) for v in values)
    return "one of the listed codes of the field (see the import format in the README)"


def describe(error: Any) -> tuple[str, str, dict[str, Any]]:
    """(JSON path, template, params) for one jsonschema ValidationError, in the user's words."""
    validator, value = str(error.validator), error.validator_value
    path = _join(error.absolute_path)
    key = generic_path(path).rsplit(".", 1)[-1]
    if validator in ("required", "dependentRequired"):
        instance = error.instance if isinstance(error.instance, dict) else {}
        wanted: Any = value
        given = ""
        if isinstance(value, dict):
            pairs = [(k, need) for k, needs in value.items() if k in instance for need in needs]
            wanted = [need for _k, need in pairs]
            given = next((k for k, need in pairs if need not in instance), "")
        # jsonschema reports each missing property as its own error, naming it in the message (a schema name,
        # never a value): "'title' is a required property", "'lon' is a dependency of 'lat'"
        named = re.match(r"^'([A-Za-z0-9_]+)' is a (?:required property|dependency of '([A-Za-z0-9_]+)')",
                         str(error.message))
        if named:
            missing, given = named.group(1), named.group(2) or given
        else:
            missing = next((str(n) for n in wanted or () if n not in instance), "")
        full = _join([*error.absolute_path, missing]) if missing else path
        if given:
            return full, "is required when {other} is given", {"other": label_of(_join([*error.absolute_path, given]))}
        return full, "is required", {}
    if validator == "type":
        kinds = value if isinstance(value, list) else [value]
        return path, "must be {expected}", {"expected": " or ".join(_TYPES.get(str(k), str(k)) for k in kinds)}
    if validator in ("enum", "const"):
        values = value if validator == "enum" else [value]
        return path, "must be one of: {choices}", {"choices": _choices(path, list(values))}
    if validator == "pattern":
        expected = PATTERNS.get(key, CATEGORY_EXPECTED if "\\." in str(value) else "in the documented form")
        return path, "must be {expected}", {"expected": expected}
    if validator == "format":
        return path, "must be a date as YYYY-MM-DD", {}
    if validator == "minLength":
        return path, ("must not be empty" if value == 1 else "must be at least {limit} characters long"), \
            {} if value == 1 else {"limit": value}
    if validator == "maxLength":
        return path, "must be at most {limit} characters long", {"limit": value}
    if validator == "minimum":
        return path, "must be {limit} or more", {"limit": value}
    if validator == "maximum":
        return path, "must be {limit} or less", {"limit": value}
    if validator == "maxItems":
        return path, "may have at most {limit} entries", {"limit": value}
    if validator == "uniqueItems":
        return path, "lists the same entry twice", {}
    if validator == "additionalProperties":
        return path, "has a field Fieldcase does not know (see the import format in the README)", {}
    return path, "is not in the form Fieldcase expects", {}
