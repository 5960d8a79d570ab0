"""domain/evolve.py: `evolve` gives exactly what `dataclasses.replace` gives on the domain classes the bulk
write path copies, and refuses what it cannot copy faithfully (a `__post_init__`, a misspelt field)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from fieldcase.domain.evolve import evolve
from fieldcase.domain.records import (
    CaseRecord,
    Consent,
    Location,
    PartialDate,
    PersonLink,
    SourceLink,
    Tag,
)

RECORD = CaseRecord(kind="incident", title="Checkpoint", date=PartialDate("2026-03-09"), location=Location("XTV"),
                    people=(PersonLink(role="victim", pseudonym="V-1", consent=Consent(True, False,
                                                                                      dt.date(2026, 3, 9))),),
                    sources=(SourceLink(name="Radio", reliability="B", credibility=2),),
                    risk_tags=(Tag("cca.internal_security", "road closed"),))


@pytest.mark.parametrize(("obj", "changes"), [
    (RECORD, {"id": "5f0c", "rev": 3, "author": "Officer", "created_at": "2026-03-10T08:00:00+00:00"}),
    (RECORD, {"risk_tags": (Tag("cca.x", "", "cca", "2026.1"),)}),
    (RECORD.people[0], {"person_id": "p-1"}),
    (RECORD.sources[0], {"source_id": "s-1"}),
    (RECORD.risk_tags[0], {"framework_id": "cca", "framework_version": "2026.1"}),
])
def test_evolve_equals_replace(obj: object, changes: dict[str, object]) -> None:
    fast, slow = evolve(obj, **changes), dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    assert fast == slow and type(fast) is type(slow)
    assert fast.__dict__ == slow.__dict__ and fast is not obj
    assert obj == dataclasses.replace(obj)  # the original is untouched  # type: ignore[type-var]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.title = "changed"  # type: ignore[attr-defined]


def test_evolve_refuses_an_unknown_field_and_a_class_with_post_init() -> None:
    with pytest.raises(TypeError, match="no field titel"):
        evolve(RECORD, titel="typo")

    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError("negative")

    with pytest.raises(TypeError, match="__post_init__"):
        evolve(Checked(1), value=-1)
