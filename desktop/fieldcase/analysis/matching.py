"""Possible duplicates: people named in several records, incidents reported by several sources. No SQL, no Qt.

Input: plain facts read from the store (`PersonFacts`, `IncidentFacts`). Output: candidate pairs, each with a
score (0-100) and its reasons (`Reason`: a code and at most one number, never record text or a name, so a
reason can be shown while names are hidden and translated as a template). The officer decides; nothing here
merges anything.

Names (people, and the victims of incidents)
    A name is split into words the way the search splits them (search_keys.words: Unicode folding, Arabic
    diacritics and the article off); apostrophes inside a Latin word go ("Sa'id" -> "said"), "Abdel"/"Abdul"
    becomes "abd" (+ the rest when written as one word: "Abdelrahman"), a glued Latin article goes
    ("Eltayeb"), and the particles al/el/ul, bin/ibn/bint, which transliterations write or leave out, are
    skipped. Each word gets a consonant skeleton (`_key`): romanised by anyascii (Arabic script romanises to
    its consonants, as Arabic writes no short vowels), Latin digraphs read as one letter (kh, sh/ch, th = s,
    dh, gh, ph), q/c = k, g = j, vowels and the weak letters w, y dropped, doubled letters collapsed, a final h
    dropped: "Mohammed", "Muhammad" and "محمد" all give "mhmd"; "Othman", "Osman", "عثمان" give "smn". Two
    words are: the same (1.0); one an initial of the other (0.7: "A." and "Ali"; across scripts by the first
    sound, a vowel, the Arabic alef or ayn all counting as a vowel); the same skeleton (0.9; two Latin
    spellings whose letters are far apart, Hassan/Hussein, 0.75); skeletons of three letters or more close by
    Jaro-Winkler >= 0.75 (0.85 x that). Words are paired greedily, best first; the name's score is their mean
    over the shorter name, times sqrt(short/long) when one name has more words (one word alone never reaches
    the threshold against two). When the word counts differ the joined skeletons are compared too (0.9 x
    Jaro similarity); the better of the two counts.

People: a pair is a candidate when the names score at least 0.75 and the two never appear in the same
record (two people listed in one record are two people). Both sexes known and different rule a pair out.
Score = 55 x name + 10 same sex + 10 same age group - 30 different age groups + 20 same district (admin 2)
or 10 same region (admin 1) - 20 regions known and none shared + 5 same role. Shown from 55.

Incidents: a pair is a candidate when its date ranges are at most 7 days apart; regions (admin 1) known and
different rule it out unless the places are within 25 km or a victim is in common. Score = date (30 same
day, 25 one day apart, 20 two or three, 5 up to seven; 15 overlapping when either is known only to the month
or year) + place (20 same district or within 5 km, 15 within 25 km, 10 same region only) + 15 x the share of
act types in common (Jaccard; -5 when both list types and none is shared) + victims (35 for one in common,
+5 for each further, at most 45; -15 when both name victims and none match). A victim is in common when it
is the same person or the names score at least 0.75. Shown from 60 (date, place and acts alone reach 65 at
most: two reports of one act in one district on the same day or the next are worth a look).

Candidate generation never compares all pairs: each entity is listed under blocking keys and compared only
with the entities listed under the keys it looks up (`Blocks`). A block larger than `BLOCK_CAP` is narrowed
(a name key to one region) or, still too large, skipped and counted (`skipped_blocks`), so time stays bound
by the sizes of the blocks, not by the square of the records.
    people     each pair of word skeletons ("mhmd+l"), the joined skeleton ("Salaheddin" / "Salah Eldin"), and
               each skeleton with another word's initial ("mhmd|a"), looked up only by names that hold an
               initial ("Mohammed A."); a one-word name its skeleton alone (`_blocking_keys`).
    incidents  the district (or, without one, the region; or the country) with each 4-day step the date
               range touches, widened by 4 days either side (ranges longer than 70 days get no date key);
               a record with a district is also listed under its region, where records known only to the
               region look; and the name keys of its victims.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from sys import intern

from anyascii import anyascii
from jellyfish import jaro_similarity, jaro_winkler_similarity

from ..search_keys import words

PERSON_THRESHOLD = 55
INCIDENT_THRESHOLD = 60
NAME_MIN = 0.75  # people: a lower name score is never a candidate
VICTIM_NAME_MIN = NAME_MIN  # incidents: a victim in common
DATE_WINDOW_DAYS = 7
NEAR_KM, CLOSE_KM = 5.0, 25.0
BLOCK_CAP = 200  # entities in one block before it is narrowed or skipped
_STEP_DAYS = 4
_WIDEN_DAYS = 4
_LONGEST_DATED_DAYS = 70

_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "bint", "ben"})
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`‘](?=\w)")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VOWEL_START = frozenset("aeiou'`")
_INITIAL_SOUND = str.maketrans({"c": "k", "q": "k", "g": "j", "y": "a", "w": "a"})  # Gamal/Jamal; y, w weak
_ARABIC_VOWEL_START = frozenset("\u0627\u0639\u0621")  # alef, ayn, hamza: no Latin consonant
_GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[b-df-hj-np-tv-z][a-z]{2,})")  # "Eltayeb", "Alhassan"
_DOUBLED = re.compile(r"(.)\1+")
# "Abd al-" (servant of) written as one Latin word: Abdel, Abdul, Abdelrahman, Abdulaziz -> abd (+ the rest)
_ABD = re.compile(r"^abd(?:[aeiou]u?l)?([a-z]{4,})?$")
_NOT_LETTER = re.compile(r"[^a-z]")
# Latin spellings of one Arabic letter, read as one sound, in this order: kh (خ), sh/ch (ش), th (ث, said s
# in much of the region: Othman/Osman), dh (ذ), gh (غ), ph; anyascii gives the same letters for the Arabic.
_DIGRAPHS = (("kh", "x"), ("sh", "S"), ("ch", "S"), ("th", "s"), ("dh", "z"), ("gh", "G"), ("ph", "f"))
# Vowels and the weak letters w, y (long vowels in a transliteration) go; q, c are k; g is j (Gamal/Jamal).
_SOUNDS = str.maketrans({"q": "k", "c": "k", "g": "j", "a": None, "e": None, "i": None, "o": None, "u": None,
                         "y": None, "w": None})


# -- results -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Reason:
    """Why a pair was put forward (or held back). `code` names an English template (REASON_TEXT); `count`
    fills its number. Negative reasons (a difference) are listed too, so the score can be read."""

    code: str
    count: int | None = None


# English wording of each reason (the CLI prints it; the app words the same codes through Qt's translation).
REASON_TEXT: dict[str, str | tuple[str, str]] = {  # with a count: (one, more)
    "name.same": "Same name",
    "name.spelling": "Names spelled differently that sound alike",
    "name.script": "The same name written in Arabic and in Latin letters",
    "name.initial": "An initial matches the full name",
    "name.partial": "Part of the name matches",
    "sex.same": "Same sex",
    "age.same": "Same age group",
    "age.differs": "Different age groups",
    "place.district": "Same district",
    "place.region": "Same region",
    "place.differs": "Different regions",
    "place.near": ("{count} km apart", "{count} km apart"),
    "role.same": "Same role in both records",
    "date.same": "Same day",
    "date.near": ("Dates {count} day apart", "Dates {count} days apart"),
    "date.overlap": "Overlapping dates (one known only to the month or year)",
    "acts.common": ("{count} act type in common", "{count} act types in common"),
    "acts.none": "No act type in common",
    "victims.common": ("{count} victim in common", "{count} victims in common"),
    "victims.none": "No victim in common",
}


def reason_text(reason: Reason) -> str:
    text = REASON_TEXT[reason.code]
    if isinstance(text, tuple):
        text = text[0] if reason.count == 1 else text[1]
    return text.format(count=reason.count)


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two entities that may be one: person ids (kind "person") or record ids (kind "incident"), in id order."""

    kind: str
    first_id: str
    second_id: str
    score: int  # 0-100
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: str
    name: str | None
    sex: str = "unknown"
    age_group: str = "unknown"
    roles: frozenset[str] = frozenset()
    records: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # admin-1 P-codes of the records they appear in
    districts: frozenset[str] = frozenset()  # admin-2 P-codes


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    id: str
    start: int  # proleptic Gregorian ordinal of the first day covered
    end: int  # ... of the last day covered
    precise: bool  # known to the day
    country: str = ""
    region: str | None = None  # admin-1 P-code
    district: str | None = None  # admin-2 P-code
    lat: float | None = None
    lon: float | None = None
    act_types: frozenset[str] = frozenset()
    victims: tuple[str, ...] = ()  # person ids


@dataclass
class MatchResult:
    candidates: list[Candidate] = field(default_factory=list)
    compared: int = 0  # pairs scored
    skipped_blocks: int = 0  # blocks too large to compare, even narrowed


# -- names -------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Word:
    folded: str
    key: str | None
    initial: str  # first sound class ("a" for any vowel-like start)
    arabic: bool

    @property
    def is_initial(self) -> bool:
        return len(self.folded) == 1 and not self.arabic


@dataclass(frozen=True, slots=True)
class NameForm:
    words: tuple[_Word, ...]
    joined: str  # the keys of all words, joined
    keys: tuple[str, ...]  # blocking keys it is looked up by (see `_blocking_keys`)
    looks: tuple[str, ...]  # the keys it looks up


def _blocking_keys(words: Sequence[_Word]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(listed, looked up). Every name is listed under each pair of its words' skeletons ("mhmd+l"), its
    joined skeleton ("=slhdnbSr": "Salaheddin" / "Salah Eldin") and each skeleton with another word's
    initial ("mhmd|a"); it looks up its pairs and joined skeleton, and the initial keys only when it holds an
    initial itself ("Mohammed A."), so the large initial blocks are read by the few names that need them."""
    keyed = [w for w in words if w.key]
    if len(words) == 1:
        alone: tuple[str, ...] = (f"{keyed[0].key}|",) if keyed else ()
        return alone, alone
    pairs = [f"{min(a.key, b.key)}+{max(a.key, b.key)}" for i, a in enumerate(keyed) for b in keyed[i + 1:]
             if a.key and b.key]
    # the joined key without h: a final h is dropped from a word but kept inside one ("Salah" / "Salaheddin")
    joined = (["=" + _DOUBLED.sub(r"\1", "".join(w.key for w in keyed if w.key).replace("h", ""))]
              if len(keyed) > 1 else [])
    initials = [f"{w.key}|{other.initial}" for w in keyed for other in words if other is not w]
    looks = pairs + joined + (initials if any(w.is_initial or not w.key for w in words) else [])
    return tuple(dict.fromkeys(pairs + joined + initials)), tuple(dict.fromkeys(looks))


def _key(word: str) -> str | None:
    """The consonant skeleton of a word (see the module docstring), or None when it has none ("A")."""
    if word.endswith("\u0647") and _ARABIC.search(word):  # ta marbuta (folded to heh): "نفيسة", not "sh"
        word = word[:-1]
    roman = _NOT_LETTER.sub("", anyascii(word).lower())
    for digraph, sound in _DIGRAPHS:
        roman = roman.replace(digraph, sound)
    key = _DOUBLED.sub(r"\1", roman.translate(_SOUNDS))
    key = key[:-1] if len(key) > 1 and key.endswith("h") else key  # ta marbuta / final h: Fatimah, فاطمة
    return key or None


def _initial(folded: str) -> str:
    if folded[0] in _ARABIC_VOWEL_START:
        return "a"
    roman = anyascii(folded).lower()
    first = next((c for c in roman if c.isalpha() or c in "'`"), "")
    if not first or first in _VOWEL_START:
        return "a"
    return first.translate(_INITIAL_SOUND)


@lru_cache(maxsize=200_000)
def name_form(name: str) -> NameForm:
    """A name prepared for comparison (cached: the same names recur across records)."""
    out = []
    split: list[str] = []
    for word in words(_APOSTROPHES.sub("", name)):
        abd = _ABD.match(word)
        split += ["abd", abd.group(1)] if abd and abd.group(1) else ["abd"] if abd else [word]
    for word in split:
        word = _GLUED_ARTICLE.sub("", word)
        if word in _PARTICLES:
            continue
        out.append(_Word(word, _key(word), _initial(word), bool(_ARABIC.search(word))))
    return NameForm(tuple(out), "".join(w.key or "" for w in out), *_blocking_keys(out))


def _word_score(a: _Word, b: _Word) -> tuple[float, str]:
    if a.folded == b.folded:
        return (0.7, "name.initial") if a.is_initial else (1.0, "name.same")
    if a.is_initial or b.is_initial:
        if a.arabic or b.arabic:  # across scripts by the first sound: "A." and "علي" (ayn)
            return (0.7, "name.initial") if a.initial == b.initial else (0.0, "")
        return (0.7, "name.initial") if a.folded[0] == b.folded[0] else (0.0, "")
    script = "name.script" if a.arabic != b.arabic else "name.spelling"
    if a.key and a.key == b.key:
        if a.arabic or b.arabic:
            return 0.9, script
        # two Latin spellings: the vowels they kept still tell Hassan from Hussein (both "hsn")
        return (0.9 if jaro_winkler_similarity(a.folded, b.folded) >= 0.8 else 0.75), script
    if a.key and b.key and len(a.key) >= 3 and len(b.key) >= 3:  # two-letter skeletons: equal or unlike
        similar = jaro_winkler_similarity(a.key, b.key)
        if similar >= 0.75:
            return 0.85 * similar, script
    return 0.0, ""


def name_similarity(a: NameForm, b: NameForm) -> tuple[float, tuple[str, ...]]:
    """How alike two names are (0-1), and the reason codes of what matched."""
    if not a.words or not b.words:
        return 0.0, ()
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    scored = sorted(((s, code, i, j) for i, x in enumerate(short.words) for j, y in enumerate(long_.words)
                     for s, code in [_word_score(x, y)] if s > 0), reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    total, codes = 0.0, []
    for s, code, i, j in scored:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        total += s
        codes.append(code)
    value = total / len(short.words) * math.sqrt(len(short.words) / len(long_.words))
    if len(short.words) != len(long_.words) and codes:
        codes.append("name.partial")
    if len(a.words) != len(b.words) and min(len(a.joined), len(b.joined)) >= 4:
        joined = 0.9 * jaro_similarity(a.joined, b.joined)  # Jaro: no bonus for a shared first name alone
        if joined > value:
            script = "name.script" if any(w.arabic for w in a.words) != any(w.arabic for w in b.words) \
                else "name.spelling"
            value, codes = joined, [script]
    order = ("name.same", "name.script", "name.spelling", "name.initial", "name.partial")
    found = set(codes)
    if found - {"name.same"}:
        found.discard("name.same")  # "same name" only when every word is the same
    return value, tuple(c for c in order if c in found)


# -- blocking ----------------------------------------------------------------------------------------

class Blocks:
    """Entities listed under keys; pairs are found by looking keys up (see the module docstring)."""

    def __init__(self) -> None:
        self.listed: dict[str, list[str]] = defaultdict(list)

    def add(self, entity_id: str, keys: Iterable[str]) -> None:
        for key in keys:
            self.listed[key].append(entity_id)

    def members(self, keys: Sequence[str]) -> tuple[list[str] | None, int]:
        """The first block of `keys` (widest first) small enough to compare, and how many were too large."""
        skipped = 0
        for key in keys:
            found = self.listed.get(key)
            if found is None:
                return None, skipped
            if len(found) <= BLOCK_CAP:
                return found, skipped
            skipped += 1
        return None, skipped


def _pairs(entities: Iterable[str], lookups: Callable[[str], Sequence[Sequence[str]]], blocks: Blocks,
           result: MatchResult, near: Callable[[str, str], bool] | None = None) -> Iterator[tuple[str, str]]:
    """Each unordered pair once, from the lookups of each entity; with `near`, only the pairs it accepts (a
    cheap test before the pair is remembered: most pairs of a block are too far apart in time)."""
    seen: set[tuple[str, str]] = set()
    skipped: set[str] = set()
    for entity in entities:
        for keys in lookups(entity):
            members, too_large = blocks.members(keys)
            if too_large and members is None:
                skipped.add(keys[-1])
            if not members:
                continue
            for other in members:
                if other == entity or (near is not None and not near(entity, other)):
                    continue
                pair = (entity, other) if entity < other else (other, entity)
                if pair not in seen:
                    seen.add(pair)
                    yield pair
    result.skipped_blocks += len(skipped)


# -- people ------------------------------------------------------------------------------------------

def _person_keys(p: PersonFacts, keys: Iterable[str]) -> list[list[str]]:
    """Each name key, first across the workspace, then narrowed to each of the person's regions."""
    regions = sorted(p.regions) or ["-"]
    return [[f"n:{key}", f"r:{region}:{key}"] for key in keys for region in regions]


def _person_lookups(p: PersonFacts) -> list[list[str]]:
    return _person_keys(p, name_form(p.name).looks) if p.name else []


def person_blocks(people: Iterable[PersonFacts]) -> Blocks:
    blocks = Blocks()
    for p in people:
        if p.name:  # listed both across the workspace and in each of its regions
            blocks.add(p.id, dict.fromkeys(key for keys in _person_keys(p, name_form(p.name).keys) for key in keys))
    return blocks


def score_people(a: PersonFacts, b: PersonFacts) -> Candidate | None:
    if not a.name or not b.name or a.records & b.records:
        return None
    if a.sex != "unknown" and b.sex != "unknown" and a.sex != b.sex:
        return None
    similarity, name_codes = name_similarity(name_form(a.name), name_form(b.name))
    if similarity < NAME_MIN:
        return None
    score = 55 * similarity
    reasons = [Reason(code) for code in name_codes]
    if a.sex != "unknown" and a.sex == b.sex:
        score += 10
        reasons.append(Reason("sex.same"))
    if a.age_group != "unknown" and b.age_group != "unknown":
        if a.age_group == b.age_group:
            score += 10
            reasons.append(Reason("age.same"))
        else:
            score -= 30
            reasons.append(Reason("age.differs"))
    if a.districts & b.districts:
        score += 20
        reasons.append(Reason("place.district"))
    elif a.regions & b.regions:
        score += 10
        reasons.append(Reason("place.region"))
    elif a.regions and b.regions:
        score -= 20
        reasons.append(Reason("place.differs"))
    if a.roles & b.roles:
        score += 5
        reasons.append(Reason("role.same"))
    first, second = sorted((a.id, b.id))
    return Candidate("person", first, second, max(0, min(100, round(score))), tuple(reasons))


@dataclass
class PeopleIndex:
    """The named people and their blocks, built once and probed by any number of runs."""

    by_id: dict[str, PersonFacts]
    blocks: Blocks


def people_index(people: Iterable[PersonFacts]) -> PeopleIndex:
    named = [p for p in people if p.name]
    return PeopleIndex({p.id: p for p in named}, person_blocks(named))


def match_people(people: Sequence[PersonFacts] | PeopleIndex, *, only: Iterable[str] | None = None,
                 threshold: int = PERSON_THRESHOLD, cancelled: Callable[[], bool] | None = None) -> MatchResult:
    """Candidate pairs among `people` (or a prebuilt index), best first; with `only`, just the pairs involving
    those ids."""
    index = people if isinstance(people, PeopleIndex) else people_index(people)
    by_id = index.by_id
    result = MatchResult()
    probe = [i for i in only if i in by_id] if only is not None else list(by_id)
    for n, (x, y) in enumerate(_pairs(probe, lambda i: _person_lookups(by_id[i]), index.blocks, result)):
        if n % 4096 == 0:
            _check(cancelled)
        result.compared += 1
        found = score_people(by_id[x], by_id[y])
        if found is not None and found.score >= threshold:
            result.candidates.append(found)
    result.candidates.sort(key=lambda c: (-c.score, c.first_id, c.second_id))
    return result


# -- incidents ---------------------------------------------------------------------------------------

def _distance_km(a: IncidentFacts, b: IncidentFacts) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    # haversine on a 6371 km sphere: within a country the error is far below what a report's place carries
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _steps(i: IncidentFacts) -> list[int]:
    if i.end - i.start > _LONGEST_DATED_DAYS:
        return []
    return list(range((i.start - _WIDEN_DAYS) // _STEP_DAYS, (i.end + _WIDEN_DAYS) // _STEP_DAYS + 1))


def _incident_keys(i: IncidentFacts, people: dict[str, PersonFacts]) -> tuple[list[str], list[list[str]]]:
    """(keys it is listed under, lookups it makes)."""
    listed: list[str] = []
    lookups: list[list[str]] = []
    for step in _steps(i):
        own = intern(f"d:{i.district}:{step}" if i.district else (f"r:{i.region}:{step}" if i.region
                                                                   else f"c:{i.country}:{step}"))
        listed.append(own)
        lookups.append([own])
        if i.district and i.region:
            listed.append(f"r:{i.region}:{step}")  # where records known only to the region look
    for victim in i.victims:
        p = people.get(victim)
        if p is not None and p.name:
            form = name_form(p.name)
            for key in form.keys:
                listed.append(intern(f"v:{key}"))  # one string for every incident that lists it
            for key in form.looks:
                lookups.append([intern(f"v:{key}")])
    return listed, lookups


def _victims_in_common(a: IncidentFacts, b: IncidentFacts, people: dict[str, PersonFacts]) -> tuple[int, bool]:
    """(victims of `a` matched in `b`, whether both name at least one victim)."""
    mine = [people[v] for v in a.victims if v in people]
    theirs = [people[v] for v in b.victims if v in people]
    named = any(p.name for p in mine) and any(p.name for p in theirs)
    common = 0
    for p in mine:
        for q in theirs:
            if p.id == q.id or (p.name and q.name and _names_alike(p.name, q.name)):
                common += 1
                break
    return common, named


@lru_cache(maxsize=100_000)
def _names_alike(a: str, b: str) -> bool:
    return name_similarity(name_form(a), name_form(b))[0] >= VICTIM_NAME_MIN


def score_incidents(a: IncidentFacts, b: IncidentFacts, people: dict[str, PersonFacts], *,
                    threshold: int = 0) -> Candidate | None:
    """The pair's candidate, or None when it is ruled out or (with `threshold`) cannot reach it."""
    gap = max(a.start - b.end, b.start - a.end, 0)
    if gap > DATE_WINDOW_DAYS:
        return None
    reasons: list[Reason] = []
    distance = _distance_km(a, b)
    if threshold and _best_case(a, b, gap, distance) < threshold:
        return None  # not even every victim in common would lift it: the names are not compared
    common, named = _victims_in_common(a, b, people)
    if (a.region and b.region and a.region != b.region and not common
            and (distance is None or distance > CLOSE_KM)):
        return None
    if gap == 0 and a.precise and b.precise:
        score, reason = 30.0, Reason("date.same")
    elif gap == 0:
        score, reason = 15.0, Reason("date.overlap")
    else:
        score, reason = (25.0 if gap == 1 else 20.0 if gap <= 3 else 5.0), Reason("date.near", gap)
    reasons.append(reason)
    if a.district and a.district == b.district:
        score += 20
        reasons.append(Reason("place.district"))
    elif distance is not None and distance <= NEAR_KM:
        score += 20
        reasons.append(Reason("place.near", max(1, round(distance))))
    elif distance is not None and distance <= CLOSE_KM:
        score += 15
        reasons.append(Reason("place.near", round(distance)))
    elif a.region and a.region == b.region:
        score += 10
        reasons.append(Reason("place.region"))
    if a.act_types and b.act_types:
        shared = a.act_types & b.act_types
        if shared:
            score += 15 * len(shared) / len(a.act_types | b.act_types)
            reasons.append(Reason("acts.common", len(shared)))
        else:
            score -= 5
            reasons.append(Reason("acts.none"))
    if common:
        score += min(45, 35 + 5 * (common - 1))
        reasons.append(Reason("victims.common", common))
    elif named:
        score -= 15
        reasons.append(Reason("victims.none"))
    first, second = sorted((a.id, b.id))
    return Candidate("incident", first, second, max(0, min(100, round(score))), tuple(reasons))


def _best_case(a: IncidentFacts, b: IncidentFacts, gap: int, distance: float | None) -> float:
    """The highest score the pair could have, before its victims are compared (40 for victims in common)."""
    best = 30.0 if gap == 0 else 25.0 if gap == 1 else 20.0 if gap <= 3 else 5.0
    near = distance is not None and distance <= CLOSE_KM
    best += 20 if (a.district and a.district == b.district) or near else 10 if a.region == b.region else 0
    best += 15 if not (a.act_types and b.act_types) or a.act_types & b.act_types else -5
    return best + (45 if a.victims and b.victims else 0)


@dataclass
class IncidentIndex:
    by_id: dict[str, IncidentFacts]
    blocks: Blocks
    lookups: dict[str, list[list[str]]]  # the keys each incident looks up


def incident_index(incidents: Iterable[IncidentFacts], people: dict[str, PersonFacts],
                   cancelled: Callable[[], bool] | None = None) -> IncidentIndex:
    index = IncidentIndex({}, Blocks(), {})
    for n, i in enumerate(incidents):
        if n % 4096 == 0:
            _check(cancelled)
        listed, looks = _incident_keys(i, people)
        index.by_id[i.id] = i
        index.blocks.add(i.id, dict.fromkeys(listed))
        index.lookups[i.id] = looks
    return index


def match_incidents(incidents: Sequence[IncidentFacts] | IncidentIndex, people: dict[str, PersonFacts], *,
                    only: Iterable[str] | None = None, threshold: int = INCIDENT_THRESHOLD,
                    cancelled: Callable[[], bool] | None = None) -> MatchResult:
    """Candidate pairs among `incidents` (or a prebuilt index; victims looked up in `people`), best first; with
    `only`, just the pairs involving those record ids."""
    index = incidents if isinstance(incidents, IncidentIndex) else incident_index(incidents, people, cancelled)
    by_id, lookups = index.by_id, index.lookups
    probe = [i for i in only if i in by_id] if only is not None else list(by_id)
    result = MatchResult()

    def near(x: str, y: str) -> bool:
        a, b = by_id[x], by_id[y]
        return a.start - b.end <= DATE_WINDOW_DAYS and b.start - a.end <= DATE_WINDOW_DAYS

    for n, (x, y) in enumerate(_pairs(probe, lambda i: lookups[i], index.blocks, result, near)):
        if n % 4096 == 0:
            _check(cancelled)
        result.compared += 1
        found = score_incidents(by_id[x], by_id[y], people, threshold=threshold)
        if found is not None and found.score >= threshold:
            result.candidates.append(found)
    result.candidates.sort(key=lambda c: (-c.score, c.first_id, c.second_id))
    return result


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        from ..errors import Cancelled

        raise Cancelled()
