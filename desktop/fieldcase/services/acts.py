"""Acts and their SDG 16.10.1 type: what the table derives, and an analyst's documented exception to it.

An override is a new revision of the record (nothing is rewritten), and `CaseService.save` puts an
`act.override` entry with the derived type, the override and the reason into the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..domain.records import NOT_QUALIFYING, Act, CaseRecord
from ..errors import FieldcaseError
from ..frameworks.derivation import Derived, builtin_derivation
from ..workspace import Workspace
from .records import CaseService

OVERRIDE_CHOICES = ("sdg16101.A", "sdg16101.B", "sdg16101.C", "sdg16101.D", "sdg16101.E", "sdg16101.F",
                    NOT_QUALIFYING)
MAX_RATIONALE = 2000


class InvalidAct(FieldcaseError):
    code = "invalid-input"
    exit_status = 2


@dataclass(frozen=True)
class JudgedAct:
    number: int  # 1-based, as people count
    act: Act
    derived: Derived

    @property
    def effective(self) -> str | None:
        """The type the indicator uses: the override when there is one, else the derived type."""
        if self.act.sdg_override:
            return None if self.act.sdg_override == NOT_QUALIFYING else self.act.sdg_override
        return self.derived.sdg_type


def judge_acts(record: CaseRecord) -> list[JudgedAct]:
    table = builtin_derivation()
    return [JudgedAct(i + 1, act, table.derive(act.act_type, [p.status for p in act.perpetrators],
                                               act.state_due_diligence_failure, act.fate_concealed))
            for i, act in enumerate(record.acts)]


class ActsService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.cases = CaseService(workspace)

    def reviews(self) -> list[Any]:
        """What the acts migration could not derive, while the record has not been edited since."""
        from ..store import analysis_rows

        with self.ws.db.reading() as conn:
            return list(analysis_rows.act_reviews(conn))

    def acts(self, record_id: str) -> tuple[CaseRecord, list[JudgedAct]]:
        record = self.cases.get(record_id)
        return record, judge_acts(record)

    def override(self, record_id: str, number: int, sdg_type: str | None, rationale: str) -> CaseRecord:
        """Set (or with `sdg_type=None` remove) the analyst's override of act `number` (1-based)."""
        record = self.cases.get(record_id)
        if not 1 <= number <= len(record.acts):
            raise (InvalidAct("Act: the record has {count} act(s); give a number from 1 to {count}.",
                              count=len(record.acts)) if record.acts else InvalidAct("Act: this record has no acts."))
        if sdg_type is not None and sdg_type not in OVERRIDE_CHOICES:
            raise InvalidAct("Override: give one of A, B, C, D, E, F or none (does not qualify).")
        rationale = rationale.strip()
        if not rationale:
            raise InvalidAct("Rationale: say why the derived type does not fit this act (it goes into the audit log).")
        if len(rationale) > MAX_RATIONALE:
            raise InvalidAct("Rationale: at most {max_rationale} characters.", max_rationale=MAX_RATIONALE)
        acts = list(record.acts)
        acts[number - 1] = replace(acts[number - 1], sdg_override=sdg_type,
                                   override_rationale=rationale if sdg_type else "")
        return self.cases.save(replace(record, acts=tuple(acts)), expected_rev=record.rev)
