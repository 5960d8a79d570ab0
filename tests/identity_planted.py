"""Planted duplicates for the identity-link tests: one defender reported three times across scripts and
spellings, one tortured defender reported twice, a journalist reported once, and a shelling reported by
four sources. All verified unless said; all in region XT01, dated February to May 2026 (inside the
12-month window ending 2026-06).

Record  officer  date        person (pseudonym)   groups       act (perpetrator state, linked to work)   type
R1      A        2026-03-10  Mohammed A.          journalist   summary execution (mt04.010101010000)    A killing
R2      A        2026-02-01  Mohamed Ali          journalist   arrest/detention (mt04.030101000000)     D detention
R3      B        2026-04-05  محمد علي              journalist   threat (mt04.020103010000)               F other harm
R4      A        2026-05-20  Amina                hrd          torture (mt04.020111110000)              C torture
R5      B        2026-05-21  Amina K.             hrd          torture (mt04.020111110000)              C torture
R6      B        2026-03-15  Sara                 journalist   summary execution                        A killing
R7      A        2026-04-10  (market shelling, conflict-related, killed 5)
R8      A        2026-04-10  (the same shelling, radio report, killed 7)
R9      B        2026-04-11  (the same shelling, clinic report, killed 6)
R10     B        2026-04-10  (the same shelling, unverified social-media report, killed 12)

R1-R3 are one person (Mohammed Ali), R4-R5 one person and one incident, R7-R10 one incident.
The act types derive as the comments say by the derivation table's rules (schema/frameworks/
sdg.16.10.1.derivation.json): killing by anyone -> A; torture with a State perpetrator -> C; deprivation of
liberty by the State, fate not concealed -> D; other harmful act by the State -> F.
"""

from __future__ import annotations

from fieldcase.domain.records import Act, CaseRecord, Casualties, Location, PartialDate, Perpetrator, PersonLink

JOURNALIST, HRD = "sdg16101.victim.journalist", "sdg16101.victim.hrd"
KILLING = "huridocs.mt04.010101010000"
DETENTION = "huridocs.mt04.030101000000"
THREAT = "huridocs.mt04.020103010000"
TORTURE = "huridocs.mt04.020111110000"


def _victim(title: str, date: str, pseudonym: str, group: str, act_type: str, sex: str = "male") -> CaseRecord:
    return CaseRecord(
        kind="incident", title=title, date=PartialDate(date), location=Location("XTV", adm1_pcode="XT01"),
        verification="vs.verified",
        people=(PersonLink("victim", pseudonym, sex=sex, age_group="adult", victim_groups=(group,)),),
        acts=(Act(pseudonym, act_type, (Perpetrator("state"),), linked_to_work=True),))


def _shelling(title: str, date: str, killed: int, verification: str = "vs.verified") -> CaseRecord:
    return CaseRecord(kind="incident", title=title, date=PartialDate(date), verification=verification,
                      location=Location("XTV", adm1_pcode="XT01"), casualties=Casualties(killed=killed),
                      conflict_related=True)


def planted() -> dict[str, CaseRecord]:
    return {
        "R1": _victim("Journalist killed at checkpoint", "2026-03-10", "Mohammed A.", JOURNALIST, KILLING),
        "R2": _victim("Journalist arrested", "2026-02-01", "Mohamed Ali", JOURNALIST, DETENTION),
        "R3": _victim("Journalist threatened", "2026-04-05", "محمد علي", JOURNALIST, THREAT),
        "R4": _victim("Defender tortured in custody", "2026-05-20", "Amina", HRD, TORTURE, "female"),
        "R5": _victim("Torture of a woman defender", "2026-05-21", "Amina K.", HRD, TORTURE, "female"),
        "R6": _victim("Radio journalist killed", "2026-03-15", "Sara", JOURNALIST, KILLING, "female"),
        "R7": _shelling("Market shelled (witness)", "2026-04-10", 5),
        "R8": _shelling("Market shelling (radio)", "2026-04-10", 7),
        "R9": _shelling("Shelling casualties (clinic)", "2026-04-11", 6),
        "R10": _shelling("Market attack (social media)", "2026-04-10", 12, "vs.reported"),
    }


OFFICER_A = ("R1", "R2", "R4", "R7", "R8")
OFFICER_B = ("R3", "R5", "R6", "R9", "R10")
