"""A generated test set with planted duplicates, for measuring the duplicate finder (tests, bench). Fictional.

What is planted, and known to be so:

* people who appear in several records under different spellings: each `PERSON_VARIANTS` entry is one person
  with the spellings different officers wrote, by hand (Latin transliterations, spelling variants, an initial,
  the Arabic script). Nothing here derives a variant from a name: the lists are written independently of the
  matcher's normalisation, so a matcher that cannot bridge them fails the measurement.
* incidents reported by several sources: each event is recorded two or three times, by a witness, a clinic
  and a radio station, each with its own title, date (the clinic records the admission, often a day later;
  the radio may give only the region), place (the clinic's coordinates, not the scene's), act types (what that
  source saw) and spelling of the victims' names.
* people who must NOT be matched: brothers in one record with one-letter-apart names, a child and an adult of
  one name in different regions, a woman and a man sharing a name.

Background records (`background`) have victims with generated syllable names (unique by construction, of no
language) or no name, at random dates and places: they make the blocks realistic and every pair the finder
puts forward among them is a false positive.

`planted_set()` returns the records (their import JSON form) and the true pairs (person ids, record ids).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]
COUNTRY = "SDN"  # the P-codes below are fictional (no real admin unit has them)

# (region P-code, region, [(district P-code, district, lat, lon)])
REGIONS: tuple[tuple[str, str, tuple[tuple[str, str, float, float], ...]], ...] = (
    ("XQ01", "North Hills", (("XQ0101", "Ardamata", 13.45, 22.45), ("XQ0102", "Kereneik", 13.30, 22.70),
                             ("XQ0103", "Jebel Marra", 13.05, 24.25), ("XQ0104", "Habila", 12.85, 22.95))),
    ("XQ02", "River Plain", (("XQ0201", "Um Sayala", 14.10, 32.55), ("XQ0202", "Wad Medani East", 14.40, 33.52),
                             ("XQ0203", "El Gezira West", 14.25, 32.95), ("XQ0204", "Sennar South", 13.55, 33.62))),
    ("XQ03", "East Coast", (("XQ0301", "Tokar", 18.43, 37.73), ("XQ0302", "Suakin", 19.10, 37.33),
                            ("XQ0303", "Haya", 18.33, 36.38), ("XQ0304", "Sinkat", 18.83, 36.83))),
    ("XQ04", "Lake District", (("XQ0401", "Kosti", 13.17, 32.67), ("XQ0402", "Rabak", 13.18, 32.74),
                               ("XQ0403", "Ed Dueim", 14.00, 32.31), ("XQ0404", "Tendalti", 13.02, 31.87))),
)

Regions = tuple[tuple[str, str, tuple[tuple[str, str, float, float], ...]], ...]


def synthetic_regions(regions: int = 18, districts: int = 10) -> Regions:
    """A larger fictional gazetteer for the bench (a country's worth of districts): P-codes XB01, XB0101, ...
    on a grid about 40 km apart, so neighbouring districts are neighbours."""
    return tuple((f"XB{r:02d}", f"Region {r}", tuple(
        (f"XB{r:02d}{d:02d}", f"District {r}-{d}", 8.0 + r * 0.9, 22.0 + d * 0.36) for d in range(1, districts + 1)))
        for r in range(1, regions + 1))


# One person per line: the spellings different records use for them (hand-written; see the module docstring).
PERSON_VARIANTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("male", "adult", ("Mohammed Ali", "Mohamed Ali", "محمد علي", "Mohammed A.")),
    ("male", "adult", ("Hussein Ahmed", "Husayn Ahmad", "حسين أحمد")),
    ("female", "adult", ("Fatima Hassan", "Fatma Hasan", "فاطمة حسن")),
    ("male", "adult", ("Abdullah Omar", "Abdallah Umar", "عبدالله عمر")),
    ("female", "adult", ("Khadija Yusuf", "Khadijah Youssef", "خديجة يوسف")),
    ("male", "elderly", ("Ibrahim Khalil", "Ebrahim Khaleel", "إبراهيم خليل")),
    ("female", "adult", ("Aisha Mahmoud", "Aicha Mahmud", "عائشة محمود")),
    ("female", "child", ("Yasmin Saleh", "Yasmeen Salih", "ياسمين صالح")),
    ("male", "adult", ("Omar Farouk", "Umar Faruq", "عمر فاروق")),
    ("female", "adult", ("Zainab Abdelrahman", "Zaynab Abd al-Rahman", "زينب عبد الرحمن")),
    ("male", "adult", ("Mustafa Kamal", "Moustafa Kamel", "مصطفى كمال")),
    ("female", "elderly", ("Amina Osman", "Aminah Othman", "آمنة عثمان")),
    ("male", "adult", ("Khalid Mansour", "Khaled Mansur", "خالد منصور")),
    ("female", "adult", ("Nour Haddad", "Noor Hadad", "نور حداد")),
    ("male", "adult", ("Samir Nasser", "Sameer Nasir", "سمير ناصر")),
    ("female", "adult", ("Layla Karim", "Leila Kareem", "ليلى كريم")),
    ("male", "adult", ("Tariq Jaber", "Tarek Jabir", "طارق جابر")),
    ("female", "adult", ("Rania Saeed", "Rania Sa'id", "رانيا سعيد")),
    ("male", "child", ("Hamza Rashid", "Hamzah Rasheed", "حمزة رشيد")),
    ("female", "adult", ("Mariam Aziz", "Maryam Azeez", "مريم عزيز")),
    ("male", "adult", ("Yousif Adam", "Yusuf Adam", "يوسف آدم")),
    ("male", "adult", ("Salah Eldin Bashir", "Salaheddin Bashir", "صلاح الدين بشير")),
    ("female", "adult", ("Halima Idris", "Haleema Idriss", "حليمة إدريس")),
    ("male", "elderly", ("Abdelaziz Musa", "Abd al-Aziz Mousa", "عبد العزيز موسى")),
    ("male", "adult", ("Jamal Eltayeb", "Gamal El Tayeb", "جمال الطيب")),
    ("female", "adult", ("Suad Babiker", "Souad Bakr", "سعاد بابكر")),
    ("male", "adult", ("Osman Hamid", "Othman Hamed", "عثمان حامد")),
    ("female", "child", ("Huda Ismail", "Houda Ismael", "هدى إسماعيل")),
    ("male", "adult", ("Adam Abakar", "Adam Abbakar", "آدم أبكر")),
    ("female", "adult", ("Nafisa Ahmed", "Nafeesa Ahmad", "نفيسة أحمد")),
)

# Pairs of different people whose names are close (see the module docstring): (name, sex, age) twice.
DISTINCT_NAMESAKES: tuple[tuple[tuple[str, str, str], tuple[str, str, str], str], ...] = (
    (("Hassan Ali", "male", "adult"), ("Hussein Ali", "male", "adult"), "same_record"),  # brothers, one record
    (("Mohammed Osman", "male", "child"), ("Mohamed Osman", "male", "adult"), "other_region"),
    (("Nour Salih", "female", "adult"), ("Nour Saleh", "male", "adult"), "same_district"),
    (("Ahmed Idris", "male", "elderly"), ("Ahmad Idriss", "male", "child"), "same_district"),
)

# What each kind of source reports: title, date shift (days), whether it gives the district and coordinates.
SOURCES = {
    "witness": ("Witness account: {what} in {place}", "B", 2, "huridocs.mt16.230920140501"),  # witness
    "clinic": ("Clinic admission after {what} ({place})", "A", 2, "huridocs.mt16.160825190901"),  # physician
    "radio": ("Radio report: {what} near {place}", "C", 3, "huridocs.mt16.180104091501"),  # radio
}
EVENT_KINDS = (
    ("shooting", ("huridocs.mt04.010109000000", "huridocs.mt04.020101000000")),  # attempted killing, assault
    ("killing", ("huridocs.mt04.010103020000",)),
    ("beating", ("huridocs.mt04.020101000000", "huridocs.mt04.020103010000")),  # assault, threats
    ("abduction", ("huridocs.mt04.030104000000",)),
    ("arrest", ("huridocs.mt04.030101000000", "huridocs.mt04.030102000000")),
    ("house burning", ("huridocs.mt04.130103000000", "huridocs.mt04.050104000000")),
)
BACKGROUND_ACTS = (*dict.fromkeys(a for _what, acts in EVENT_KINDS for a in acts),
                   "huridocs.mt04.020103030000", "huridocs.mt04.130101000000", "huridocs.mt04.130104000000",
                   "huridocs.mt04.050105000000", "huridocs.mt04.100000000000")
_SYLLABLES = tuple(c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou"))
START = dt.date(2025, 1, 1)


@dataclass
class PlantedSet:
    records: list[Record] = field(default_factory=list)
    same_people: set[tuple[str, str]] = field(default_factory=set)  # person ids, in order
    same_incidents: set[tuple[str, str]] = field(default_factory=set)  # record ids, in order
    planted_people: set[str] = field(default_factory=set)  # every person id of a planted cluster or namesake
    planted_records: set[str] = field(default_factory=set)


def _pairs(ids: list[str]) -> Iterator[tuple[str, str]]:
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            yield (a, b) if a < b else (b, a)


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names_used: set[str] = set()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def district(self, region: int | None = None, regions: Regions | None = None
                 ) -> tuple[str, str, str, str, float, float]:
        regions = regions or REGIONS
        r = regions[self.rng.randrange(len(regions)) if region is None else region]
        d = self.rng.choice(r[2])
        return r[0], r[1], d[0], d[1], d[2], d[3]

    def syllable_name(self) -> str:
        """A name of no language, never used twice (background people)."""
        while True:
            words = ["".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
                     for _ in range(2)]
            name = " ".join(words)
            if name not in self.names_used:
                self.names_used.add(name)
                return name

    def person(self, role: str, pseudonym: str, name: str | None, sex: str, age: str) -> Record:
        p: Record = {"person_id": self.uid(), "role": role, "pseudonym": pseudonym, "sex": sex, "age_group": age}
        if name:
            p["name"] = name
        return p

    def record(self, title: str, day: dt.date, place: tuple[str, str, str, str, float, float], *, district: bool,
               coords: tuple[float, float] | None, acts: tuple[str, ...], people: list[Record], source: str,
               date_text: str | None = None) -> Record:
        adm1, adm1_name, adm2, adm2_name, _lat, _lon = place
        location: Record = {"country": COUNTRY, "adm1_pcode": adm1, "adm1_name": adm1_name}
        if district:
            location.update({"adm2_pcode": adm2, "adm2_name": adm2_name})
        if coords:
            location.update({"lat": round(coords[0], 5), "lon": round(coords[1], 5), "coord_precision_m": 500})
        _title, reliability, credibility, kind = SOURCES[source]
        victims = [p for p in people if p["role"] == "victim"]
        return {"id": self.uid(), "kind": "incident", "title": title, "date": date_text or day.isoformat(),
                "location": location, "people": people, "violation_types": list(acts),
                "acts": [{"victim": v["pseudonym"], "act_type": a} for v in victims for a in acts],
                "sources": [{"name": f"{source.capitalize()} {self.rng.randint(1, 99)}", "reliability": reliability,
                             "credibility": credibility, "type": kind}],
                "confidentiality": "confidential"}

    def near(self, lat: float, lon: float, km: float) -> tuple[float, float]:
        return (lat + self.rng.uniform(-km, km) / 111.0, lon + self.rng.uniform(-km, km) / 111.0)


def planted_set(*, seed: int = 16, events: int = 18, recurring: int = 10, background: int = 120) -> PlantedSet:
    """`events` incidents reported by 2-3 sources (their victims are planted people too), `recurring` people
    who appear in 2-3 unrelated records of one region, the namesakes, and `background` unrelated incidents."""
    m = _Maker(seed)
    out = PlantedSet()
    variants = list(PERSON_VARIANTS)
    m.rng.shuffle(variants)
    needed = events + recurring
    people_pool = [variants[i % len(variants)] for i in range(needed)]

    for n in range(events):
        sex, age, spellings = people_pool[n]
        what, acts = EVENT_KINDS[n % len(EVENT_KINDS)]
        region = n % len(REGIONS)
        place = m.district(region)
        day = START + dt.timedelta(days=m.rng.randrange(700))
        sources = ["witness", "clinic", "radio"] if n % 3 else m.rng.sample(["witness", "clinic", "radio"], 2)
        record_ids: list[str] = []
        person_ids: list[str] = []
        for k, source in enumerate(sources):
            # each source its own spelling: the witness the first, the clinic the second, the radio the last
            spelling = spellings[{"witness": 0, "clinic": 1, "radio": -1}[source]]
            victim = m.person("victim", f"V{n}-{k}", spelling, sex if source != "radio" else "unknown",
                              age if source != "radio" else "unknown")
            people = [victim]
            if source == "witness":
                people.append(m.person("witness", f"W{n}", m.syllable_name(), m.rng.choice(("male", "female")),
                                       "adult"))
            shift = {"witness": 0, "clinic": m.rng.choice((0, 1, 1, 2)), "radio": m.rng.choice((-1, 0, 0, 1))}[source]
            seen = {"witness": acts, "clinic": acts[:1], "radio": acts[-1:]}[source]
            coords = (m.near(place[4], place[5], 2.0) if source == "witness"
                      else m.near(place[4], place[5], 6.0) if source == "clinic" else None)
            title = SOURCES[source][0].format(what=what, place=place[3])
            record = m.record(title, day + dt.timedelta(days=shift), place, district=source != "radio" or n % 2 == 0,
                              coords=coords, acts=seen, people=people, source=source)
            out.records.append(record)
            record_ids.append(record["id"])
            person_ids.append(victim["person_id"])
        out.same_incidents.update(_pairs(record_ids))
        out.same_people.update(_pairs(person_ids))
        out.planted_records.update(record_ids)
        out.planted_people.update(person_ids)

    for n in range(recurring):
        sex, age, spellings = people_pool[events + n]
        region = m.rng.randrange(len(REGIONS))
        person_ids = []
        for k in range(2 + n % 2):
            place = m.district(region)
            day = START + dt.timedelta(days=m.rng.randrange(700))
            role = ("witness", "victim", "source")[k]
            subject = m.person(role, f"R{n}-{k}", spellings[(n + k) % len(spellings)], sex,
                               age if k != 1 or n % 4 else "unknown")
            victim = subject if role == "victim" else m.person("victim", f"RV{n}-{k}", m.syllable_name(),
                                                               m.rng.choice(("male", "female")), "adult")
            people = [victim] if victim is subject else [subject, victim]
            what, acts = EVENT_KINDS[m.rng.randrange(len(EVENT_KINDS))]
            record = m.record(f"Account of a {what} in {place[3]}", day, place, district=True, coords=None,
                              acts=acts, people=people, source="witness")
            out.records.append(record)
            person_ids.append(subject["person_id"])
            out.planted_records.add(record["id"])
        out.same_people.update(_pairs(person_ids))
        out.planted_people.update(person_ids)

    for (name_a, sex_a, age_a), (name_b, sex_b, age_b), how in DISTINCT_NAMESAKES:
        region = m.rng.randrange(len(REGIONS))
        place = m.district(region)
        day = START + dt.timedelta(days=m.rng.randrange(700))
        a = m.person("victim", "N-a", name_a, sex_a, age_a)
        b = m.person("victim", "N-b", name_b, sex_b, age_b)
        if how == "same_record":
            out.records.append(m.record(f"Raid on a family home in {place[3]}", day, place, district=True,
                                        coords=None, acts=EVENT_KINDS[4][1], people=[a, b], source="witness"))
        else:
            other = m.district((region + 1) % len(REGIONS)) if how == "other_region" else place
            out.records.append(m.record(f"Arrest in {place[3]}", day, place, district=True, coords=None,
                                        acts=EVENT_KINDS[4][1], people=[a], source="witness"))
            out.records.append(m.record(f"Threats in {other[3]}", day + dt.timedelta(days=200), other,
                                        district=True, coords=None, acts=EVENT_KINDS[2][1], people=[b],
                                        source="witness"))
        out.planted_people.update((a["person_id"], b["person_id"]))

    out.records += background_records(m, background)
    m.rng.shuffle(out.records)
    return out


def background_records(m: _Maker | int, count: int, *, days: int = 700, regions: Regions | None = None
                       ) -> list[Record]:
    """`count` unrelated incidents: random place, date and acts; a victim with a syllable name (or none, one in
    three), sometimes a witness."""
    maker = _Maker(m) if isinstance(m, int) else m
    rng = maker.rng
    out = []
    for n in range(count):
        place = maker.district(regions=regions)
        day = START + dt.timedelta(days=rng.randrange(days))
        acts = tuple(rng.sample(BACKGROUND_ACTS, rng.choice((1, 1, 2))))
        people = [maker.person("victim", f"B{n}", maker.syllable_name() if rng.random() < 0.67 else None,
                               rng.choice(("male", "female", "unknown")), rng.choice(("adult", "child", "unknown")))]
        if rng.random() < 0.3:
            people.append(maker.person("witness", f"BW{n}", maker.syllable_name(), rng.choice(("male", "female")),
                                       "adult"))
        coords = maker.near(place[4], place[5], 15.0) if rng.random() < 0.5 else None
        out.append(maker.record(f"Incident {n} in {place[3]}", day, place, district=rng.random() < 0.85,
                                coords=coords, acts=acts, people=people, source=rng.choice(list(SOURCES))))
    return out


@dataclass(frozen=True)
class Measure:
    found: int
    true_found: int
    planted: int

    @property
    def precision(self) -> float:
        return self.true_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_found / self.planted if self.planted else 1.0


def measure(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> Measure:
    """Precision and recall of the pairs `found` against the planted `truth` (pairs in id order)."""
    return Measure(len(found), len(found & truth), len(truth))
