"""Choices and labels for every coded field: framework ids (from the registry) and schema enums.

Records store ids; people see labels. Framework labels are the frameworks' official English names;
the schema's own enums (roles, sexes, statuses, ...) are worded here through Qt's translation.
Built once per unlock, on a worker thread (loading the frameworks takes a tenth of a second).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..frameworks.registry import Category, FrameworkRegistry

Choice = tuple[str, str]  # (stored value, label shown)


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def enum_choices() -> dict[str, tuple[Choice, ...]]:
    """Labels for the schema's enums (called on the UI thread, after the translator is installed)."""
    return {
        "kind": (("incident", _t("Incident")), ("community_info", _t("Community information"))),
        "kind_short": (("incident", _t("Incident")), ("community_info", _t("Community info"))),
        "info_type": (("meeting", _t("Meeting")), ("cso_report", _t("Civil-society report")),
                      ("community_report", _t("Community report")), ("early_warning", _t("Early warning"))),
        "status": (("open", _t("Open")), ("follow_up", _t("Follow-up")), ("closed", _t("Closed"))),
        "confidentiality": (("restricted", _t("Restricted")), ("confidential", _t("Confidential")),
                            ("strictly_confidential", _t("Strictly confidential"))),
        "perpetrator_status": (("state", _t("State actor")),
                               ("state_acquiescence", _t("With State acquiescence")),
                               ("non_state", _t("Non-State actor")), ("unknown", _t("Unknown"))),
        "role": (("victim", _t("Victim")), ("witness", _t("Witness")), ("source", _t("Source")),
                 ("perpetrator", _t("Perpetrator")), ("other", _t("Other"))),
        "sex": (("female", _t("Female")), ("male", _t("Male")), ("other", _t("Other")),
                ("unknown", _t("Unknown"))),
        "age_group": (("child", _t("Child")), ("adult", _t("Adult")), ("elderly", _t("Elderly")),
                      ("unknown", _t("Unknown"))),
        "cooperated_with_un": (("upr", _t("Universal Periodic Review")),
                               ("special_procedure", _t("Special procedure")),
                               ("treaty_body", _t("Treaty body")), ("hrc", _t("Human Rights Council")),
                               ("field_presence", _t("UN field presence")),
                               ("peace_operation", _t("Peace operation")), ("other", _t("Other"))),
        "severity": tuple((str(n), label) for n, label in (
            (1, _t("1 – minor")), (2, _t("2 – moderate")), (3, _t("3 – serious")), (4, _t("4 – grave")),
            (5, _t("5 – very grave")))),
    }


def _hierarchy(items: Sequence[Category], root: str) -> tuple[Choice, ...]:
    """Terms under a vocabulary root in document order, indented by depth for a combo box."""
    depth: dict[str, int] = {root: -1}
    out: list[Choice] = []
    for item in items:
        if item.parent_id in depth and not item.deprecated:
            depth[item.id] = depth[item.parent_id] + 1
            out.append((item.id, "\u2003" * depth[item.id] + item.label))
    return tuple(out)


@dataclass(frozen=True)
class Vocabulary:
    labels: dict[str, str] = field(default_factory=dict)
    risk_areas: tuple[Choice, ...] = ()
    risk_tags: tuple[Choice, ...] = ()  # CCA areas, then atrocity risk factors and their indicators
    violation_types: tuple[Choice, ...] = ()
    perpetrator_categories: tuple[Choice, ...] = ()
    source_types: tuple[Choice, ...] = ()
    connections: tuple[Choice, ...] = ()
    verification: tuple[Choice, ...] = ()
    reliability: tuple[Choice, ...] = ()
    credibility: tuple[Choice, ...] = ()
    victim_groups: tuple[Choice, ...] = ()
    death_sex: tuple[Choice, ...] = ()
    death_age: tuple[Choice, ...] = ()
    death_cause: tuple[Choice, ...] = ()
    death_status: tuple[Choice, ...] = ()

    def label(self, category_id: str | None) -> str:
        if not category_id:
            return ""
        return self.labels.get(category_id, category_id)

    def short_area(self, category_id: str) -> str:
        return self.label(category_id).split(",")[0]


def build_vocabulary(registry: FrameworkRegistry) -> Vocabulary:
    labels: dict[str, str] = {}
    for framework in registry.frameworks():
        for item in framework.items:
            labels.setdefault(item.id, item.label)

    def coll(framework_id: str, collection: str) -> tuple[Category, ...]:
        return registry.get(framework_id).categories(collection)

    huridocs = registry.get("huridocs.esf").items
    foa: list[Choice] = []
    atrocity = registry.get("un.foa.atrocity")
    for factor in registry.atrocity_risk_factors():
        number = factor.extra.get("number", "")
        foa.append((factor.id, f"RF{number}: {factor.label}"))
        foa += [(ind.id, f"\u2003{ind.id.rsplit('.', 1)[-1]}: {ind.label}") for ind in atrocity.children(factor.id)]
    areas = tuple((c.id, c.label) for c in registry.risk_areas())
    sdg = tuple((c.id, f"SDG 16.10.1 – {c.label}") for c in coll("sdg.16.10.1", "violation_types"))
    return Vocabulary(
        labels=labels,
        risk_areas=areas,
        risk_tags=areas + tuple(foa),
        violation_types=sdg + _hierarchy(huridocs, "huridocs.mt04"),
        perpetrator_categories=_hierarchy(huridocs, "huridocs.mt24"),
        source_types=_hierarchy(huridocs, "huridocs.mt16"),
        connections=_hierarchy(huridocs, "huridocs.mt19"),
        verification=tuple((c.id, c.label) for c in coll("ohchr.evidentiary", "verification_status")),
        reliability=tuple((c.id.rsplit(".", 1)[-1], f"{c.id.rsplit('.', 1)[-1]} – {c.label}")
                          for c in coll("admiralty", "source_reliability")),
        credibility=tuple((c.id.rsplit(".", 1)[-1], f"{c.id.rsplit('.', 1)[-1]} – {c.label}")
                          for c in coll("admiralty", "information_credibility")),
        victim_groups=tuple((c.id, c.label) for c in coll("sdg.16.10.1", "victim_categories")),
        death_sex=tuple((c.id, c.label) for c in coll("sdg.16.1.2", "disaggregation.sex")),
        death_age=tuple((c.id, c.label) for c in coll("sdg.16.1.2", "disaggregation.age_group")),
        death_cause=tuple((c.id, c.label) for c in coll("sdg.16.1.2", "disaggregation.cause")),
        death_status=tuple((c.id, c.label) for c in coll("sdg.16.1.2", "disaggregation.status")),
    )


def load_vocabulary() -> Vocabulary:
    from ..frameworks.builtin import builtin_registry

    return build_vocabulary(builtin_registry())
