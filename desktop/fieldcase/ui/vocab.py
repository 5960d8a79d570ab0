"""Choices and labels for every coded field: framework ids (from the registry) and schema enums.

Records store ids; people see labels. Framework labels are the frameworks' official English names, in
the interface's language where schema/frameworks/translations/ has them (frameworks/translations.py);
the schema's own enums (roles, sexes, statuses, ...) are worded here through Qt's translation.
Built per unlock on a worker thread (loading the frameworks takes a tenth of a second), and again for
the new language when the language is switched (WorkspaceView.retranslate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..frameworks.registry import Category, FrameworkRegistry

Choice = tuple[str, str]  # (stored value, label shown)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def enum_choices() -> dict[str, tuple[Choice, ...]]:
    """Labels for the schema's enums (called on the UI thread, after the translator is installed)."""
    return {
        "kind": (
            ("incident", translate("Vocabulary", "Incident")),
            ("community_info", translate("Vocabulary", "Community information")),
        ),
        "kind_short": (
            ("incident", translate("Vocabulary", "Incident")),
            ("community_info", translate("Vocabulary", "Community info")),
        ),
        "info_type": (
            ("meeting", translate("Vocabulary", "Meeting")),
            ("cso_report", translate("Vocabulary", "Civil-society report")),
            ("community_report", translate("Vocabulary", "Community report")),
            ("early_warning", translate("Vocabulary", "Early warning")),
        ),
        "status": (
            ("open", translate("Vocabulary", "Open")),
            ("follow_up", translate("Vocabulary", "Follow-up")),
            ("closed", translate("Vocabulary", "Closed")),
        ),
        "confidentiality": (
            ("restricted", translate("Vocabulary", "Restricted")),
            ("confidential", translate("Vocabulary", "Confidential")),
            ("strictly_confidential", translate("Vocabulary", "Strictly confidential")),
        ),
        "perpetrator_status": (
            ("state", translate("Vocabulary", "State actor")),
            ("state_acquiescence", translate("Vocabulary", "With State acquiescence")),
            ("non_state", translate("Vocabulary", "Non-State actor")),
            ("unknown", translate("Vocabulary", "Unknown")),
        ),
        "role": (
            ("victim", translate("Vocabulary", "Victim")),
            ("witness", translate("Vocabulary", "Witness")),
            ("source", translate("Vocabulary", "Source")),
            ("perpetrator", translate("Vocabulary", "Perpetrator")),
            ("other", translate("Vocabulary", "Other")),
        ),
        "sex": (
            ("female", translate("Vocabulary", "Female")),
            ("male", translate("Vocabulary", "Male")),
            ("other", translate("Vocabulary", "Other")),
            ("unknown", translate("Vocabulary", "Unknown")),
        ),
        "age_group": (
            ("child", translate("Vocabulary", "Child")),
            ("adult", translate("Vocabulary", "Adult")),
            ("elderly", translate("Vocabulary", "Elderly")),
            ("unknown", translate("Vocabulary", "Unknown")),
        ),
        "cooperated_with_un": (
            ("upr", translate("Vocabulary", "Universal Periodic Review")),
            ("special_procedure", translate("Vocabulary", "Special procedure")),
            ("treaty_body", translate("Vocabulary", "Treaty body")),
            ("hrc", translate("Vocabulary", "Human Rights Council")),
            ("field_presence", translate("Vocabulary", "UN field presence")),
            ("peace_operation", translate("Vocabulary", "Peace operation")),
            ("other", translate("Vocabulary", "Other")),
        ),
        "severity": tuple(
            (str(n), label)
            for n, label in (
                (1, translate("Vocabulary", "1 – minor")),
                (2, translate("Vocabulary", "2 – moderate")),
                (3, translate("Vocabulary", "3 – serious")),
                (4, translate("Vocabulary", "4 – grave")),
                (5, translate("Vocabulary", "5 – very grave")),
            )
        ),
    }


def _hierarchy(items: Sequence[Category], root: str, name: Callable[[Category], str]) -> tuple[Choice, ...]:
    """Terms under a vocabulary root in document order, indented by depth for a combo box."""
    depth: dict[str, int] = {root: -1}
    out: list[Choice] = []
    for item in items:
        if item.parent_id in depth and not item.deprecated:
            depth[item.id] = depth[item.parent_id] + 1
            out.append((item.id, "\u2003" * depth[item.id] + name(item)))
    return tuple(out)


@dataclass(frozen=True)
class Vocabulary:
    language: str = "en"
    labels: dict[str, str] = field(default_factory=dict)  # in `language` where translated
    risk_areas: tuple[Choice, ...] = ()
    risk_tags: tuple[Choice, ...] = ()  # CCA areas, then atrocity risk factors and their indicators
    violation_types: tuple[Choice, ...] = ()  # huridocs.mt04.* (types of acts)
    sdg_types: tuple[Choice, ...] = ()  # sdg16101.A-F as "D – Arbitrary detention" (shown, never picked as a type)
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
        label = self.labels.get(category_id, category_id)
        return translate("Frameworks", label)  # the terms in framework_terms.py are translated; others stay

    def short_area(self, category_id: str) -> str:
        from .models.risk_grid import short_label

        return short_label(self.label(category_id))


def build_vocabulary(registry: FrameworkRegistry, language: str = "en") -> Vocabulary:
    from ..frameworks.translations import label_in

    def name(item: Category) -> str:
        return label_in(item.id, item.label, language)

    labels: dict[str, str] = {}
    for framework in registry.frameworks():
        for item in framework.items:
            labels.setdefault(item.id, name(item))

    def coll(framework_id: str, collection: str) -> tuple[Category, ...]:
        return registry.get(framework_id).categories(collection)

    huridocs = registry.get("huridocs.esf").items
    foa: list[Choice] = []
    atrocity = registry.get("un.foa.atrocity")
    for factor in registry.atrocity_risk_factors():
        number = factor.extra.get("number", "")
        foa.append((factor.id, f"RF{number}: {name(factor)}"))
        foa += [(ind.id, f"\u2003{ind.id.rsplit('.', 1)[-1]}: {name(ind)}") for ind in atrocity.children(factor.id)]
    areas = tuple((c.id, name(c)) for c in registry.risk_areas())
    sdg_types = tuple((c.id, f"{c.id.rsplit('.', 1)[-1]} – {name(c)}") for c in coll("sdg.16.10.1", "violation_types"))
    return Vocabulary(
        language=language,
        labels=labels,
        risk_areas=areas,
        risk_tags=areas + tuple(foa),
        # the HURIDOCS typology only: the SDG 16.10.1 type is derived from an act, never picked
        violation_types=_hierarchy(huridocs, "huridocs.mt04", name),
        sdg_types=sdg_types,
        perpetrator_categories=_hierarchy(huridocs, "huridocs.mt24", name),
        source_types=_hierarchy(huridocs, "huridocs.mt16", name),
        connections=_hierarchy(huridocs, "huridocs.mt19", name),
        verification=tuple((c.id, name(c)) for c in coll("ohchr.evidentiary", "verification_status")),
        reliability=tuple(
            (c.id.rsplit(".", 1)[-1], f"{c.id.rsplit('.', 1)[-1]} – {name(c)}")
            for c in coll("admiralty", "source_reliability")
        ),
        credibility=tuple(
            (c.id.rsplit(".", 1)[-1], f"{c.id.rsplit('.', 1)[-1]} – {name(c)}")
            for c in coll("admiralty", "information_credibility")
        ),
        victim_groups=tuple((c.id, name(c)) for c in coll("sdg.16.10.1", "victim_categories")),
        death_sex=tuple((c.id, name(c)) for c in coll("sdg.16.1.2", "disaggregation.sex")),
        death_age=tuple((c.id, name(c)) for c in coll("sdg.16.1.2", "disaggregation.age_group")),
        death_cause=tuple((c.id, name(c)) for c in coll("sdg.16.1.2", "disaggregation.cause")),
        death_status=tuple((c.id, name(c)) for c in coll("sdg.16.1.2", "disaggregation.status")),
    )


def load_vocabulary(language: str | None = None) -> Vocabulary:
    """The vocabulary in `language` (default: the interface's current language)."""
    from ..frameworks.builtin import builtin_registry
    from .language import current

    return build_vocabulary(builtin_registry(), language or current())
