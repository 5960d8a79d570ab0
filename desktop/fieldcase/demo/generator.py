"""The demo generator: turns the tables of resources/demo/ into case records, month by month.

Deterministic: every random choice comes from one seeded ``random.Random``, in a fixed order (the order
of the templates in the JSON files is part of it). Pure Python: no Qt, no database.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
import uuid
from collections.abc import Sequence
from typing import Any

from .data import (
    ACT,
    ADMIN1,
    ADMIN2,
    ASSESSMENT,
    CONNECTION,
    COUNTRY_SHORT,
    CURVES,
    DEMO_COUNTRY,
    DISCOUNT_REASON,
    DUE_DILIGENCE,
    GENERIC_CLOSINGS,
    LATIN_F,
    LATIN_M,
    LATIN_SUR,
    NEWSPAPER,
    OUTLET,
    PERP,
    PROFILES,
    RECURRING,
    REGION_ORGS,
    REGION_VOLUME,
    REPRISAL_DETAILS,
    SOURCES,
    SRC_TYPE,
    STATUSES,
    STORY_EVENTS,
    TEMPLATES,
    ULMENI_F,
    ULMENI_M,
    ULMENI_SUR,
    VERIFY_WEIGHTS,
    VICTIM_GROUP,
    VRENIC_F,
    VRENIC_M,
    VRENIC_SUR,
)
from .model import DeathMix, Perp, Record, T, V

SOCIAL = "cca.social_cohesion_gender_equality_non_discrimination"


def _place_coords(adm2: str, place: str) -> tuple[float, float]:
    """Fixed coordinates for a place: its district centre plus an offset seeded by its name."""
    _name, lat, lon, _places = ADMIN2[adm2]
    r = random.Random(f"{adm2}/{place}")
    return lat + r.uniform(-0.06, 0.06), lon + r.uniform(-0.06, 0.06)


_A_BEFORE_VOWEL = re.compile(r"\ba (?=[aeiAEI])")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Generator:
    def __init__(self, seed: int, months: int, end_month: str) -> None:
        try:
            end = dt.date.fromisoformat(f"{end_month}-01")
        except ValueError:
            raise ValueError(f"end_month must be YYYY-MM, not {end_month!r}") from None
        if not 1 <= months <= 60:
            raise ValueError("months must be between 1 and 60")
        self.rng = random.Random(seed)
        self.months = months
        self.month_starts = [self._add_months(end, i - months + 1) for i in range(months)]
        self.as_of = self._add_months(end, 1) - dt.timedelta(days=1)
        election = self._add_months(end, 1).replace(day=15)
        self.election = f"{election.day} {calendar.month_name[election.month]}"
        self.counters = {"V": 100, "W": 100, "S": 100, "CFP": 10}

    @staticmethod
    def _add_months(day: dt.date, n: int) -> dt.date:
        index = day.year * 12 + day.month - 1 + n
        return dt.date(index // 12, index % 12 + 1, 1)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pseudonym(self, prefix: str) -> str:
        self.counters[prefix] += 1
        return f"{prefix}-{self.counters[prefix]:03d}"

    def run(self) -> list[Record]:
        records: list[Record] = []
        for index, start in enumerate(self.month_starts):
            age = self.months - 1 - index
            for tpl in TEMPLATES:
                curve = CURVES[tpl.curve]
                expected = (tpl.rate * REGION_VOLUME[tpl.region] * curve[min(age, len(curve) - 1)]
                            * self.rng.uniform(0.85, 1.15))
                count = int(expected) + (self.rng.random() < expected - int(expected))
                records += [self.make(tpl, start, age) for _ in range(count)]
            records += [self.make(tpl, start, age) for tpl in STORY_EVENTS if age in tpl.at_ages]
        records.append(self.hostile(min(3, self.months - 1)))
        records.sort(key=lambda r: (r["date"][:7], r["date"], r["title"]))
        return records

    # -- one record ----------------------------------------------------------------------------

    def make(self, tpl: T, month_start: dt.date, age: int) -> Record:
        rng = self.rng
        late = age <= 2
        ctx: dict[str, Any] = {}
        # when
        days_in_month = calendar.monthrange(month_start.year, month_start.month)[1]
        day = month_start.replace(day=rng.randint(1, days_in_month))
        month_only = not tpl.at_ages and rng.random() < tpl.month_precision  # story events have exact dates
        month_name = calendar.month_name[month_start.month]
        if month_only:
            date_text = month_start.isoformat()[:7]
            when = rng.choice((f"in {month_name}", f"during {month_name}", f"in {month_name} (exact date unknown)"))
        else:
            date_text = day.isoformat()
            when = f"on {day.day} {month_name}"
        # where
        adm2, place = self._where(tpl)
        region = tpl.region
        ctx.update(place=place, district=ADMIN2[adm2][0], region=ADMIN1[region], month=month_name, when=when,
                   When=_cap(when), election=self.election, country=COUNTRY_SHORT, outlet=OUTLET[region],
                   newspaper=NEWSPAPER[region])
        others = [p for code, row in ADMIN2.items() if code.startswith(region) and code != adm2 for p in row[3]]
        ctx["other_place"] = rng.choice(others or [p for p in ADMIN2[adm2][3] if p != place])
        scale = 1.6 if (tpl.trend > 0 and late) else 1.0
        ctx.update(n=rng.randint(2, 9), n_posts=int(rng.randint(40, 300) * scale), n_men=rng.randrange(30, 400, 10),
                   n_names=rng.randrange(20, 400, 5), n_homes=rng.randint(5, 60), n_cattle=rng.randrange(20, 300, 10),
                   n_cases=rng.randint(12, 160), n_ref=rng.randrange(20, 600, 10), pct=rng.randint(10, 45),
                   days=rng.randint(2, 12), hours=rng.randint(3, 14),
                   n_incidents=int(rng.randint(6, 14) * (1 + (self.months - 1 - age) * 0.35)))
        # who did it
        perp = rng.choice(tpl.perps) if tpl.perps else None
        ctx.update(actor=perp.text if perp else "unidentified people", Actor=_cap(perp.text) if perp else "Unknown")
        # numbers
        killed = 0
        if tpl.p_killed and rng.random() < tpl.p_killed * (1.3 if scale > 1 else 1.0):
            killed = rng.randint(*tpl.killed)
            if scale > 1 and tpl.killed[0] != tpl.killed[1]:
                killed += rng.randint(0, 2)
        injured = int(rng.randint(*tpl.injured) * scale)
        displaced = int(rng.randint(*tpl.displaced) * scale) if tpl.displaced[1] else 0
        if displaced > 60:
            displaced = round(displaced, -1)
        households = displaced // 6 if displaced >= 12 else rng.randint(8, 60)
        ctx["killed_children"] = "a child" if killed == 1 else f"{killed} children"
        ctx.update(Killed_children=_cap(ctx["killed_children"]), were="was" if killed == 1 else "were")
        ctx.update(killed=killed, injured=injured, displaced=displaced, households=households)
        participants = rng.randint(*tpl.participants) if tpl.participants else None
        ctx.update(participants=participants or 0, women=rng.randint(0, (participants or 2) // 2))
        variant = self._variant(tpl, killed)
        # people
        reported = min(self._reported(day, month_only), self.as_of)
        people, victim = self._people(tpl, perp, region, ctx, reported)
        reprisal = rng.random() < tpl.reprisal or (age <= 3 and rng.random() < tpl.reprisal_late)
        if reprisal and victim is not None:
            victim["cooperated_with_un"] = victim.get("cooperated_with_un", tpl.un_channel)
            victim["reprisal_suspected"] = True
            victim["at_risk"] = True
            victim.setdefault("consent", {})["referral"] = True
        # severity and verification
        lo, hi = variant.severity or tpl.severity
        severity = rng.randint(lo, hi)
        if tpl.trend > 0 and late and rng.random() < 0.7:
            severity += 1
        elif (tpl.trend > 0 and age >= 5 and rng.random() < 0.3) or (tpl.trend < 0 and late and rng.random() < 0.6):
            severity -= 1
        # only killings, disappearances and one-off events set at 5 reach 5
        cap = 5 if killed or hi == 5 else 4
        severity = max(1, min(cap, severity + (1 if killed >= 3 else 0)))
        verification = tpl.verification or self._verification(age, severity)
        source_keys = self._source_keys(tpl, verification, people)
        sources = [self._source(key, ctx, verification) for key in source_keys]
        # narrative
        basis = self._basis(source_keys)
        narrative = self._narrative(tpl, variant, ctx, verification, sources, reprisal and victim is not None, basis)
        title = variant.title.format_map(ctx)
        rec: Record = {"id": self.uuid(), "kind": tpl.kind}
        if tpl.info_type:
            rec["info_type"] = tpl.info_type
        rec.update(title=title, narrative=narrative, date=date_text)
        if tpl.span and not month_only:
            end = min(day + dt.timedelta(days=rng.randint(*tpl.span)), self.as_of)
            if end > day:
                rec["date_end"] = end.isoformat()
        if "date_end" in rec:
            reported = max(reported, dt.date.fromisoformat(rec["date_end"]))
        rec["reported_on"] = reported.isoformat()
        rec["location"] = self._location(tpl, adm2, place)
        acts = [ACT[a] for a in variant.acts]
        if acts:
            rec["violation_types"] = acts
        if perp is not None:
            rec["perpetrator_category"] = PERP[perp.category]
            rec["perpetrator_status"] = perp.status
        rec.update(severity=severity, verification=verification, status=self._status(age, verification),
                   confidentiality=self._confidentiality(tpl, reprisal, people))
        if reprisal:
            rec["reprisal"] = True
        if tpl.early_warning or (tpl.kind == "incident" and severity >= 5 and late):
            rec["early_warning"] = True
        casualties = {k: v for k, v in (("killed", killed), ("injured", injured), ("displaced", displaced)) if v}
        if casualties:
            rec["casualties"] = casualties
        if killed and tpl.death_causes:
            rec["deaths"] = self._deaths(killed, tpl, variant.deaths or tpl.deaths)
        if killed:
            # the templates that give causes of death are the armed-conflict ones (16.1.2's causes)
            rec["conflict_related"] = bool(tpl.death_causes)
        if participants is not None:
            rec["participants"] = participants
        if people:
            rec["acts"] = self._acts(acts, perp, people)
            if not rec["acts"]:
                del rec["acts"]
            for person in people:
                person.pop("_linked", None)
            rec["people"] = people
        rec["sources"] = sources
        rec["risk_tags"] = self._tags(tpl, variant, ctx, severity)
        return rec

    def _where(self, tpl: T) -> tuple[str, str]:
        if tpl.sites:
            return self.rng.choice(tpl.sites)
        districts = tpl.districts or tuple(code for code in ADMIN2 if code.startswith(tpl.region))
        adm2 = self.rng.choice(districts)
        return adm2, self.rng.choice(ADMIN2[adm2][3])

    def _variant(self, tpl: T, killed: int) -> V:
        fits = [v for v in tpl.variants if v.lethal is None or v.lethal == (killed > 0)] or list(tpl.variants)
        return self.rng.choices(fits, weights=[v.weight for v in fits])[0]

    def _reported(self, day: dt.date, month_only: bool) -> dt.date:
        lag = int(self.rng.expovariate(1 / 4))
        if month_only:
            return self._add_months(day.replace(day=1), 1) + dt.timedelta(days=min(lag, 20))
        return day + dt.timedelta(days=min(lag, 30))

    def _location(self, tpl: T, adm2: str, place: str) -> dict[str, Any]:
        loc: dict[str, Any] = {"country": DEMO_COUNTRY.code, "adm1_pcode": tpl.region, "adm1_name": ADMIN1[tpl.region]}
        if self.rng.random() < tpl.region_wide:
            return loc
        loc.update(adm2_pcode=adm2, adm2_name=ADMIN2[adm2][0], place=place)
        if self.rng.random() < tpl.coords:
            lat, lon = _place_coords(adm2, place)
            precision = self.rng.choice((10, 25, 50, 100, 250, 500, 1000, 2000))
            jitter = min(precision, 500) / 111_000
            loc.update(lat=round(lat + self.rng.uniform(-jitter, jitter), 5),
                       lon=round(lon + self.rng.uniform(-jitter, jitter), 5), coord_precision_m=precision)
        elif self.rng.random() < 0.15:
            _name, lat, lon, _places = ADMIN2[adm2]
            loc.update(lat=lat, lon=lon, coord_precision_m=self.rng.choice((5000, 10000, 15000)))
        return loc

    # -- people --------------------------------------------------------------------------------

    def _name(self, community: str, sex: str) -> str:
        rng = self.rng
        female = sex == "female"
        if community == "vrenic":
            first, last = rng.choice(VRENIC_F if female else VRENIC_M), rng.choice(VRENIC_SUR)
            idx = 0 if rng.random() < 0.6 else 1
            return f"{first[idx]} {last[idx]}"
        if community == "ulmeni":
            first, last = rng.choice(ULMENI_F if female else ULMENI_M), rng.choice(ULMENI_SUR)
            idx = 0 if rng.random() < 0.6 else 1
            return f"{first[idx]} {last[idx]}"
        return f"{rng.choice(LATIN_F if female else LATIN_M)} {rng.choice(LATIN_SUR)}"

    def _community(self, community: str) -> str:
        if community == "vardenne":
            return "vrenic" if self.rng.random() < 0.6 else "tarvessan"
        if community == "orsavale":
            return "ulmeni" if self.rng.random() < 0.6 else "tarvessan"
        return community

    def _consent(self, named: bool, reported: dt.date, *, referral: float = 0.5) -> dict[str, Any]:
        return {"naming": named and self.rng.random() < 0.35, "referral": self.rng.random() < referral,
                "recorded_on": reported.isoformat()}

    def _victim(self, profile_key: str, ctx: dict[str, Any], reported: dt.date) -> tuple[Record, str, str, str]:
        """A victim of the given profile: (person, description for the narrative, organisation, group)."""
        rng = self.rng
        prof = PROFILES[profile_key]
        sex = "female" if rng.random() < prof.female else "male"
        if rng.random() < 0.04:
            sex = "unknown"
        roll = rng.random()
        age_group = "child" if roll < prof.child else ("elderly" if roll < prof.child + prof.elderly else "adult")
        person: Record = {"role": "victim", "pseudonym": self.pseudonym("V"), "sex": sex, "age_group": age_group}
        if rng.random() < 0.4:
            person["name"] = self._name(self._community(prof.community), sex)
        if prof.victim_group:
            person["victim_groups"] = [VICTIM_GROUP[prof.victim_group]]
            person["_linked"] = rng.random() < 0.92
        if rng.random() < prof.at_risk:
            person["at_risk"] = True
        person["consent"] = self._consent("name" in person and age_group != "child", reported)
        org = rng.choice(prof.orgs) if prof.orgs else ""
        sexadj = {"female": "female", "male": "male"}.get(sex, "")
        nouns = {"female": ("woman", "girl"), "male": ("man", "boy")}.get(sex, ("person", "child"))
        sexnoun = nouns[1] if age_group == "child" else nouns[0]
        desc = rng.choice(prof.desc).format(sexadj=sexadj, sexnoun=sexnoun, org=org, place=ctx["place"],
                                            district=ctx["district"])
        desc = _A_BEFORE_VOWEL.sub("an ", " ".join(desc.split()))
        return person, f"{desc} ({person['pseudonym']})", org, prof.group_pl

    def _people(self, tpl: T, perp: Perp | None, region: str, ctx: dict[str, Any],
                reported: dt.date) -> tuple[list[Record], Record | None]:
        rng = self.rng
        people: list[Record] = []
        victim: Record | None = None
        ctx["org"] = rng.choice(tpl.orgs or REGION_ORGS[region])
        ctx["group_pl"] = "residents"
        desc = ""
        for key, role in tpl.cast:
            rec = RECURRING[key]
            person: Record = {"role": role, "pseudonym": rec.pseudonym, "name": rec.name, "sex": rec.sex,
                              "age_group": "adult"}
            if rec.victim_group and role == "victim":
                person["victim_groups"] = [VICTIM_GROUP[rec.victim_group]]
                person["_linked"] = True
            if rec.cooperated:
                person["cooperated_with_un"] = rec.cooperated
            person["at_risk"] = True
            person["consent"] = {"naming": rec.naming, "referral": True, "recorded_on": reported.isoformat()}
            people.append(person)
            if role == "victim" and victim is None:
                victim, desc = person, f"{rec.desc} ({rec.pseudonym})"
                ctx["org"] = rec.org
        profiles = tpl.victims
        # an armed group's usual targets decide who the victims are (herders or farmers)
        if perp is not None and perp.victims and (len(profiles) > 1 or profiles[:1] in (("farmer",), ("herder",))):
            profiles = (perp.victims,)
        if profiles and victim is None:
            profile_key = rng.choice(profiles)
            for i in range(rng.randint(*tpl.n_victims)):
                person, person_desc, org, group_pl = self._victim(profile_key, ctx, reported)
                people.append(person)
                if i == 0:
                    victim, desc, ctx["group_pl"] = person, person_desc, group_pl
                    if org:
                        ctx["org"] = org
        for _ in range(rng.randint(*tpl.witnesses)):
            sex = rng.choice(("female", "male"))
            witness: Record = {"role": "witness", "pseudonym": self.pseudonym("W"), "sex": sex, "age_group": "adult"}
            if rng.random() < 0.3:
                witness["name"] = self._name(self._community({"XT02": "vardenne", "XT03": "orsavale"}.get(
                    region, "tarvessan")), sex)
            if rng.random() < 0.25:
                witness["at_risk"] = True
            witness["consent"] = self._consent("name" in witness, reported, referral=0.3)
            people.append(witness)
        for _ in range(rng.randint(*tpl.informants)):
            sex = rng.choice(("female", "male"))
            informant: Record = {"role": "source", "pseudonym": self.pseudonym("S"), "sex": sex, "age_group": "adult",
                                 "cooperated_with_un": "field_presence",
                                 "consent": self._consent(False, reported, referral=0.4)}
            if rng.random() < 0.3:
                informant["name"] = self._name(self._community({"XT02": "vardenne", "XT03": "orsavale"}.get(
                    region, "tarvessan")), sex)
                informant["consent"]["naming"] = rng.random() < 0.3
            people.append(informant)
        witnesses = [p["pseudonym"] for p in people if p["role"] == "witness"]
        ctx["wp"] = witnesses[0] if witnesses else "a neighbour"
        ctx["vp"] = victim["pseudonym"] if victim else ""
        ctx["fp"] = f"CFP-{rng.randint(11, 60)}"
        victim_sex = victim.get("sex") if victim else None
        pron = {"female": ("she", "her", "her"), "male": ("he", "him", "his")}.get(victim_sex or "",
                                                                                 ("they", "them", "their"))
        ctx.update(pronoun=pron[0], Pronoun=_cap(pron[0]), obj=pron[1], poss=pron[2], Org=_cap(ctx["org"]))
        ctx["victim"] = desc or "residents"
        ctx["Victim"] = _cap(ctx["victim"])
        ctx["Group_pl"] = _cap(ctx["group_pl"])
        return people, victim

    # -- quality -------------------------------------------------------------------------------

    def _verification(self, age: int, severity: int) -> str:
        weights: list[float] = list(VERIFY_WEIGHTS[min(age, 3)])
        if severity >= 4:  # serious cases are verified first
            weights[3] *= 1.5
            weights[0] *= 0.6
        return self.rng.choices(STATUSES, weights=weights)[0]

    def _status(self, age: int, verification: str) -> str:
        if verification == "vs.discounted":
            return "closed"
        weights = ((75, 25, 0), (55, 40, 5), (35, 40, 25), (20, 35, 45))[min(age, 3)]
        return self.rng.choices(("open", "follow_up", "closed"), weights=weights)[0]

    def _confidentiality(self, tpl: T, reprisal: bool, people: list[Record]) -> str:
        if reprisal:
            return "strictly_confidential"
        if tpl.confidentiality:
            return tpl.confidentiality
        if tpl.info_type in ("meeting", "cso_report") and self.rng.random() < 0.6:
            return "restricted"
        if any(p.get("at_risk") for p in people) and self.rng.random() < 0.4:
            return "strictly_confidential"
        return "confidential"

    def _source_keys(self, tpl: T, verification: str, people: list[Record]) -> list[str]:
        """Which of the template's sources inform this record: more of them the better it is verified."""
        rng = self.rng
        roles = {p["role"] for p in people}
        needs_victim = ("victim", "victim_phone", "relative", "lawyer", "colleague")
        usable = [k for k in tpl.sources
                  if not ((k in needs_victim and "victim" not in roles) or (k == "witness" and "witness" not in roles))]
        usable = usable or ["un_obs"]
        want = {"vs.reported": 1, "vs.discounted": 1, "vs.under_review": rng.randint(1, 2)}.get(
            verification, rng.randint(2, 3))
        chosen = [usable[0], *rng.sample(usable[1:], min(want - 1, len(usable) - 1))]
        if len(chosen) < want and tpl.info_type != "meeting":  # a second source is what corroboration means
            chosen.append("focal" if "focal" not in chosen else "un_obs")
        return chosen

    def _source(self, key: str, ctx: dict[str, Any], verification: str) -> Record:
        name, kind, reliabilities, connection = SOURCES[key]
        credibility = {"vs.verified": (1, 2), "vs.corroborated": (2, 3), "vs.under_review": (3, 3),
                       "vs.reported": (3, 6), "vs.not_verified": (4, 6), "vs.discounted": (4, 5)}[verification]
        source: Record = {"name": _cap(name.format_map(ctx)), "type": SRC_TYPE[kind],
                          "reliability": self.rng.choice(reliabilities), "credibility": self.rng.choice(credibility)}
        if connection:
            source["connection"] = CONNECTION[connection]
        return source

    @staticmethod
    def _basis(keys: Sequence[str]) -> str:
        """Why a verified record meets the standard, in the words of the sources actually listed."""
        if "un_obs" in keys:
            return "direct observation by the team, consistent with the other accounts"
        if "hospital" in keys and ("victim" in keys or "witness" in keys):
            return "first-hand testimony consistent with medical records"
        if "lawyer" in keys or "court" in keys:
            return "accounts consistent with the court and case documents"
        return f"{len(keys)} independent sources consistent on the key facts"

    @staticmethod
    def _acts(acts: Sequence[str], perp: Perp | None, people: list[Record]) -> list[Record]:
        """One act per victim and act type (HURIDOCS ESF), with the perpetrator; the 16.10.1 type is derived."""
        out: list[Record] = []
        for person in people:
            if person["role"] != "victim":
                continue
            for act_type in acts:
                act: Record = {"victim": person["pseudonym"], "act_type": act_type}
                if perp is not None:
                    act["perpetrators"] = [{"status": perp.status, "category": PERP[perp.category]}]
                    if perp.status == "non_state":
                        # chosen from the pseudonym, not the random sequence (which every other demo value depends on)
                        finding, why = DUE_DILIGENCE[sum(map(ord, person["pseudonym"])) % len(DUE_DILIGENCE)]
                        if finding is not None:
                            act["state_due_diligence_failure"] = finding
                            act["due_diligence_rationale"] = why
                if person.get("_linked"):
                    act["linked_to_work"] = True
                if act_type == ACT["disappearance"]:
                    act["fate_concealed"] = True
                out.append(act)
        return out

    def _deaths(self, killed: int, tpl: T, mix: DeathMix) -> list[Record]:
        """SDG 16.1.2 breakdown of the dead, grouped by sex, age, cause and status."""
        rng = self.rng
        groups: dict[tuple[str, str, str, str], int] = {}
        if tpl.fixed_deaths:
            groups = {(s, a, c, st): n for n, s, a, c, st in tpl.fixed_deaths}
        else:
            for _ in range(killed):
                sex = rng.choices(("man", "woman", "unknown"), weights=mix.sex)[0]
                age = rng.choices(("adult", "child", "unknown"), weights=mix.age)[0]
                key = (sex, age, rng.choice(tpl.death_causes), rng.choice(mix.status))
                groups[key] = groups.get(key, 0) + 1
        return [{"count": n, "sex": f"sdg1612.sex.{s}", "age_group": f"sdg1612.age.{a}",
                 "cause": f"sdg1612.cause.{c}", "status": f"sdg1612.status.{st}"}
                for (s, a, c, st), n in sorted(groups.items())]

    def _tags(self, tpl: T, variant: V, ctx: dict[str, Any], severity: int) -> list[Record]:
        rng = self.rng
        cca = [tpl.cca[0]] + [t for t in tpl.cca[1:] if rng.random() < 0.6]
        foa_pool = variant.foa if variant.foa is not None else tpl.foa
        foa = [t for t in foa_pool if rng.random() < 0.45]
        if not foa and foa_pool and severity >= 4:
            foa = [foa_pool[0]]
        return [{"category": cat, "rationale": why.format_map(ctx)} for cat, why in cca + foa]

    def _narrative(self, tpl: T, variant: V, ctx: dict[str, Any], verification: str, sources: list[Record],
                   reprisal: bool, basis: str) -> str:
        rng = self.rng
        pool = list(variant.details) + list(tpl.details)
        count = min(len(pool), rng.randint(1, 3))
        parts = [variant.lead, *variant.details[:1], *rng.sample(pool[len(variant.details[:1]):], max(0, count - 1))]
        if reprisal and tpl.reprisal < 1:
            parts.append(rng.choice(REPRISAL_DETAILS))
        closings = tpl.closings + (GENERIC_CLOSINGS if tpl.kind == "incident" and not tpl.at_ages else ())
        if closings and rng.random() < 0.7:
            parts.append(rng.choice(closings))
        text = " ".join(p.format_map(ctx) for p in parts)
        lines = [text, "Sources: " + "; ".join(s["name"] for s in sources) + "."]
        if tpl.info_type != "meeting":
            lines.append(ASSESSMENT[verification].format(basis=basis, reason=rng.choice(DISCOUNT_REASON), **ctx))
        return "\n".join(lines)

    # -- the display-safety fixture ------------------------------------------------------------

    def hostile(self, age: int) -> Record:
        """One valid record whose text is hostile to careless display code (HTML, RTL override, long word)."""
        start = self.month_starts[self.months - 1 - age]
        day = start.replace(day=min(12, calendar.monthrange(start.year, start.month)[1]))
        title = ('Leaflet "<b>Vrenic out</b><script>alert(\'x\')</script>" at Halvask market '
                 "\u202egnp.stelfael\u202c & <img src=x onerror=alert(1)>")
        narrative = (
            "DISPLAY-SAFETY TEST RECORD (fictional demo data). The title quotes a leaflet verbatim and "
            "deliberately holds HTML-like markup, a right-to-left override character (U+202E) and an "
            "ampersand; all must show as plain text. A community focal point photographed the leaflet at "
            "Halvask market, where it was pinned to stalls of Vrenic traders. Very long unbroken word: "
            + "Vrenicoutbeforethevote" * 12 + ".\nSources: Copy of the leaflet; Community focal point CFP-23.\n"
            "Assessment: corroborated by a second independent source; further checks pending.")
        return {
            "id": self.uuid(), "kind": "community_info", "info_type": "early_warning", "title": title,
            "narrative": narrative, "date": day.isoformat(), "reported_on": min(day + dt.timedelta(days=2),
                                                                                self.as_of).isoformat(),
            "location": {"country": DEMO_COUNTRY.code, "adm1_pcode": "XT02", "adm1_name": ADMIN1["XT02"],
                         "adm2_pcode": "XT0202", "adm2_name": ADMIN2["XT0202"][0], "place": "Halvask market"},
            "perpetrator_category": PERP["vigilante"], "perpetrator_status": "non_state", "severity": 3,
            "verification": "vs.corroborated", "status": "open", "confidentiality": "confidential",
            "early_warning": True,
            "sources": [{"name": "Copy of the leaflet", "type": SRC_TYPE["leaflets"], "reliability": "F",
                         "credibility": 3, "connection": CONNECTION["unknown"]},
                        {"name": "Community focal point CFP-23", "type": SRC_TYPE["phone"], "reliability": "B",
                         "credibility": 2, "connection": CONNECTION["third_party"]}],
            "risk_tags": [{"category": SOCIAL, "rationale": "Leaflets incite exclusion of Vrenic traders."},
                          {"category": "foa.rf08.i07", "rationale": "Hate propaganda targeting a group."}],
        }


def generate_demo_records(seed: int = 2026, months: int = 8, end_month: str = "2026-10") -> list[Record]:
    """Fictional case records (incidents and community information) for the `months` months ending with
    `end_month` (YYYY-MM), sorted by date. Every record validates against schema/incident.schema.json.
    The same arguments always give the same records, ids included."""
    return _Generator(seed, months, end_month).run()
