"""The facts the analysis reads, one frozen row per record (or per victim, or per deaths line).

The store fills these from the current revision of each record (`case_head`), so a record revised
after it was tagged counts once, as it is now. Dates are ISO strings (`date_start` is the first day
the record's date can mean) with their precision (`day`, `month`, `year`); see periods.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


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


# The indicator rows are named tuples: as immutable as frozen dataclasses, and several times cheaper to
# make (a 12-month count on 100,000 records builds tens of thousands of them; bench/bench_assess.py).


class ActRow(NamedTuple):
    """One act against one victim, in a current incident that has acts: what SDG 16.10.1 counts."""

    record_id: str
    act_index: int  # the act's position in the record (0-based), to name it in listings and overrides
    person_id: str
    pseudonym: str
    date_start: str
    precision: str
    adm1: str | None
    adm2: str | None
    verification: str
    act_type: str  # huridocs.mt04.*
    perpetrator_statuses: tuple[str, ...]  # one per perpetrator (state | state_acquiescence | non_state | unknown)
    linked_to_work: bool
    state_due_diligence_failure: bool | None
    fate_concealed: bool
    sdg_override: str | None
    override_rationale: str
    victim_groups: tuple[str, ...]  # sdg16101.victim.*, the person at their newest revision
    sex: str  # female | male | other | unknown
    age_group: str  # child | adult | elderly | unknown


@dataclass(frozen=True, slots=True)  # not a named tuple: its `count` field would shadow tuple.count
class DeathLine:
    """An SDG 16.1.2 line of a record: `count` deaths sharing sex, age group, cause and status."""

    count: int
    sex: str
    age_group: str
    cause: str
    status: str


class DeathRecordRow(NamedTuple):
    """A current record with deaths: its casualty figure (`killed`) and its 16.1.2 lines."""

    record_id: str
    date_start: str
    precision: str
    adm1: str | None
    adm2: str | None
    verification: str
    conflict_related: bool | None  # None: not recorded
    killed: int | None
    lines: tuple[DeathLine, ...]


@dataclass(frozen=True, slots=True)
class ActReviewItem:
    """Something the acts migration (store migration 0005) could not derive from a release-0.1 record.

    Open while the record is still at `rev`: any later revision means someone has looked at it.
    `reason`: legacy_sdg_code_carried_over | due_diligence_not_assessed | conflict_relation_not_recorded.
    """

    record_id: str
    rev: int
    act_position: int | None  # 0-based, as ActRow.act_index; None: about the record as a whole
    reason: str
    detail: str
    created_at: str
