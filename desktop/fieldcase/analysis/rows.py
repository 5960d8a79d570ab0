"""The facts the analysis reads, one frozen row per record (or per victim, or per deaths line).

The store fills these from the current revision of each record (`case_head`), so a record revised
after it was tagged counts once, as it is now. Dates are ISO strings (`date_start` is the first day
the record's date can mean) with their precision (`day`, `month`, `year`); see periods.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SignalRow:
    """One record, reduced to what the monthly risk signal uses."""

    record_id: str
    kind: str  # incident | community_info
    date_start: str
    precision: str
    adm1: str | None
    severity: int | None  # 1-5
    verification: str  # vs.*
    # Tag categories and violation types in the namespaces the signal reads (cca., foa., reprisal.,
    # sdg16101.); tags and violation types are merged because the rules treat them alike.
    categories: frozenset[str]
    early_warning: bool = False
    reprisal: bool = False  # the record itself is flagged as a suspected reprisal
    victim_in_group: bool = False  # a victim is a journalist, trade unionist or human rights defender
    un_cooperator_at_risk: bool = False  # a person who cooperated with the UN is a suspected reprisal target


@dataclass(frozen=True, slots=True)
class VictimRow:
    """One victim of one record that carries at least one SDG 16.10.1 violation type."""

    record_id: str
    person_id: str
    date_start: str
    precision: str
    adm1: str | None
    verification: str
    perpetrator_status: str  # state | state_acquiescence | non_state | unknown
    violation_types: tuple[str, ...]  # the record's sdg16101.* types
    victim_groups: tuple[str, ...]  # sdg16101.victim.*
    act_linked_to_work: bool
    sex: str  # female | male | other | unknown
    age_group: str  # child | adult | elderly | unknown


@dataclass(frozen=True, slots=True)
class DeathRow:
    """One SDG 16.1.2 line of a record: `count` deaths sharing sex, age group, cause and status."""

    record_id: str
    date_start: str
    precision: str
    adm1: str | None
    verification: str
    count: int
    sex: str
    age_group: str
    cause: str
    status: str
