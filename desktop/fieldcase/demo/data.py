"""The demo tables, read from resources/demo/*.json (see the "note" at the top of each file).

Loaded once, when the module is first imported. A template refers to actors, profiles, sources, acts and
shared tags by key; a key that names nothing fails here or when the template is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..resources import read_json
from .model import DeathMix, DemoCountry, District, Perp, Profile, Recurring, Source, T, Tag, V

# files under resources/demo/templates/, in the order the generator walks them (the order is part of the
# random sequence, so of every demo value)
TEMPLATE_FILES = ("vardenne.json", "orsavale.json", "other-provinces.json")


def _json(*parts: str) -> Any:
    return read_json("demo", *parts)


def _tuple(value: Any) -> Any:
    """JSON lists, nested too, as the tuples the model uses."""
    return tuple(_tuple(v) for v in value) if isinstance(value, list) else value


def _pairs(rows: list[dict[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((row["native"], row["latin"]) for row in rows)


# -- places -----------------------------------------------------------------------------------------

_places = _json("places.json")
DEMO_COUNTRY = DemoCountry(**{k: _places["country"][k] for k in DemoCountry._fields})
COUNTRY_SHORT: str = _places["country"]["short_name"]
ADMIN1: dict[str, str] = {code: p["name"] for code, p in _places["provinces"].items()}
ADMIN2: dict[str, District] = {code: District(d["name"], d["lat"], d["lon"], tuple(d["settlements"]))
                               for code, d in _places["districts"].items()}
OUTLET: dict[str, str] = {code: p["outlet"] for code, p in _places["provinces"].items()}
NEWSPAPER: dict[str, str] = {code: p["newspaper"] for code, p in _places["provinces"].items()}
REGION_ORGS: dict[str, tuple[str, ...]] = {code: tuple(p["organisations"])
                                           for code, p in _places["provinces"].items()}
REGION_VOLUME: dict[str, float] = {code: p["volume"] for code, p in _places["provinces"].items()}

# -- category ids (all from schema/frameworks/) -------------------------------------------------------

_categories = _json("categories.json")
ACT: dict[str, str] = _categories["act"]
PERP: dict[str, str] = _categories["perpetrator"]
SRC_TYPE: dict[str, str] = _categories["source_type"]
CONNECTION: dict[str, str] = _categories["connection"]
VICTIM_GROUP: dict[str, str] = _categories["victim_group"]

# -- people and sources -------------------------------------------------------------------------------

_people = _json("people.json")
PROFILES: dict[str, Profile] = {k: Profile(**{f: _tuple(v) for f, v in p.items()})
                                for k, p in _people["profiles"].items()}
RECURRING: dict[str, Recurring] = {k: Recurring(**r) for k, r in _people["recurring"].items()}
ACTORS: dict[str, Perp] = {k: Perp(**a) for k, a in _people["actors"].items()}
_names = _people["names"]
LATIN_F: tuple[str, ...] = tuple(_names["latin"]["female"])
LATIN_M: tuple[str, ...] = tuple(_names["latin"]["male"])
LATIN_SUR: tuple[str, ...] = tuple(_names["latin"]["surnames"])
# (native script, Latin transcription): Vrenic names in Cyrillic, Ulmeni names in Arabic script
VRENIC_F = _pairs(_names["vrenic"]["female"])
VRENIC_M = _pairs(_names["vrenic"]["male"])
VRENIC_SUR = _pairs(_names["vrenic"]["surnames"])
ULMENI_F = _pairs(_names["ulmeni"]["female"])
ULMENI_M = _pairs(_names["ulmeni"]["male"])
ULMENI_SUR = _pairs(_names["ulmeni"]["surnames"])

SOURCES: dict[str, Source] = {k: Source(**s) for k, s in _json("sources.json")["sources"].items()}

# -- rates and phrases --------------------------------------------------------------------------------

_rates = _json("rates.json")
CURVES: dict[str, tuple[float, ...]] = {k: tuple(v) for k, v in _rates["curves"].items()}
STATUSES: tuple[str, ...] = tuple(_rates["verification"]["statuses"])
# weights of STATUSES by age (0, 1, 2, 3 and older)
VERIFY_WEIGHTS: tuple[tuple[int, ...], ...] = _tuple(_rates["verification"]["weights_by_age"])

_phrases = _json("phrases.json")
GENERIC_CLOSINGS: tuple[str, ...] = tuple(_phrases["generic_closings"])
DISCOUNT_REASON: tuple[str, ...] = tuple(_phrases["discount_reasons"])
ASSESSMENT: dict[str, str] = _phrases["assessment"]
REPRISAL_DETAILS: tuple[str, ...] = tuple(_phrases["reprisal_details"])
# Acts by a non-State actor: whether the State failed in due diligence is a finding the officer records;
# the demo has every kind (failed, did not fail, not yet assessed).
DUE_DILIGENCE: tuple[tuple[bool | None, str], ...] = tuple((d["failure"], d["rationale"])
                                                           for d in _phrases["due_diligence"])

# -- templates ----------------------------------------------------------------------------------------


def _load_templates() -> tuple[tuple[T, ...], tuple[T, ...]]:
    documents = [_json("templates", name) for name in TEMPLATE_FILES]
    shared: dict[str, Tag] = {name: (tag[0], tag[1]) for doc in documents for name, tag in doc.get("tags", {}).items()}

    def tags(items: list[Any]) -> tuple[Tag, ...]:
        return tuple(shared[item] if isinstance(item, str) else (item[0], item[1]) for item in items)

    def perp(item: str | dict[str, Any]) -> Perp:
        return ACTORS[item] if isinstance(item, str) else Perp(**item)

    def deaths(mix: dict[str, list[Any]]) -> DeathMix:
        return DeathMix(**{k: tuple(v) for k, v in mix.items()})

    def variant(doc: dict[str, Any]) -> V:
        special: dict[str, Callable[[Any], Any]] = {"foa": tags, "deaths": deaths}
        return V(**{k: special[k](v) if k in special else _tuple(v) for k, v in doc.items()})

    def template(doc: dict[str, Any]) -> T:
        # each converts one JSON field to the dataclass field's type (they differ: hence Any)
        special: dict[str, Callable[[Any], Any]] = {
            "variants": lambda vs: tuple(variant(v) for v in vs), "perps": lambda ps: tuple(perp(p) for p in ps),
            "cca": tags, "foa": tags, "deaths": deaths}
        try:
            return T(**{k: special[k](v) if k in special else _tuple(v) for k, v in doc.items()})
        except (KeyError, TypeError) as exc:
            raise ValueError(f"demo template {doc.get('key')!r}: {exc}") from exc

    recurring = tuple(template(t) for doc in documents for t in doc["templates"])
    story = tuple(template(t) for doc in documents for t in doc["story_events"])
    return recurring, story


TEMPLATES, STORY_EVENTS = _load_templates()
