"""Generate a fictional ACLED export with the codebook's columns and value sets (issue 17).

    python tests/make_acled_fixture.py OUT.csv [N]

Columns and values follow the ACLED codebook (event types and their sub-event types, time_precision and
geo_precision 1-3, inter codes 1-8, numeric ISO country codes, a Unix timestamp). The first rows are the edge
cases the importer must handle: missing admin levels, geo_precision 3, time_precision 2 and 3, zero
fatalities, quotes, commas and newlines in notes, a protestors/protesters spelling, the old upper-case
header. Events, actors and places are invented; the countries are real ISO codes (Kenya 404, Sudan 729).
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path
from typing import Any

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
TYPES = {  # codebook: event type -> (disorder type, sub-event types)
    "Battles": ("Political violence", ["Armed clash", "Government regains territory",
                                       "Non-state actor overtakes territory"]),
    "Explosions/Remote violence": ("Political violence", ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                                          "Shelling/artillery/missile attack",
                                                          "Remote explosive/landmine/IED", "Grenade"]),
    "Violence against civilians": ("Political violence", ["Sexual violence", "Attack",
                                                          "Abduction/forced disappearance"]),
    "Protests": ("Demonstrations", ["Peaceful protest", "Protest with intervention",
                                    "Excessive force against protesters"]),
    "Riots": ("Demonstrations", ["Violent demonstration", "Mob violence"]),
    "Strategic developments": ("Strategic developments", ["Agreement", "Arrests", "Change to group/activity",
                                                          "Disrupted weapons use", "Headquarters or base established",
                                                          "Looting/property destruction",
                                                          "Non-violent transfer of territory", "Other"]),
}
COUNTRIES = [("404", "Kenya", "KEN", "Eastern Africa", ["Nairobi", "Mombasa", "Turkana"]),
             ("729", "Sudan", "SDN", "Northern Africa", ["Khartoum", "North Darfur", "Blue Nile"])]
ACTORS = ["Military Forces of Fictionland (2020-)", "Police Forces of Fictionland (2020-)", "Unidentified Armed Group",
          "Protesters (Fictionland)", "Rioters (Fictionland)", "Civilians (Fictionland)", "Hill Militia"]
SOURCES = ["Daily Fictional", "Radio Example; Local partner", "Example News Agency", "Twitter"]


def event_row(i: int, rng: random.Random) -> dict[str, Any]:
    event_type = rng.choice(list(TYPES))
    disorder, subs = TYPES[event_type]
    iso, country, code, region, admins = rng.choice(COUNTRIES)
    year, month, day = 2024, rng.randint(1, 12), rng.randint(1, 28)
    inter1, inter2 = rng.randint(1, 8), rng.choice([0, rng.randint(1, 8)])
    return {
        "event_id_cnty": f"{code}{i + 1}", "event_date": f"{year}-{month:02d}-{day:02d}", "year": year,
        "time_precision": rng.choices([1, 2, 3], [80, 15, 5])[0], "disorder_type": disorder,
        "event_type": event_type, "sub_event_type": rng.choice(subs), "actor1": rng.choice(ACTORS),
        "assoc_actor_1": "", "inter1": inter1, "actor2": rng.choice(ACTORS) if inter2 else "", "assoc_actor_2": "",
        "inter2": inter2, "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter2 else inter1 * 10,
        "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
        "iso": iso, "region": region, "country": country, "admin1": rng.choice(admins),
        "admin2": f"District {rng.randint(1, 9)}", "admin3": "", "location": f"Village {rng.randint(1, 400)}",
        "latitude": f"{rng.uniform(-4, 12):.4f}", "longitude": f"{rng.uniform(22, 40):.4f}",
        "geo_precision": rng.choices([1, 2, 3], [70, 20, 10])[0], "source": rng.choice(SOURCES),
        "source_scale": rng.choice(["National", "Subnational", "Local partner-Other"]),
        "notes": f"On {day} {month} {year}, a fictional event number {i + 1} was reported.",
        "fatalities": rng.choices([0, 1, 2, 5, 12], [60, 20, 10, 7, 3])[0], "tags": "",
        "timestamp": 1718000000 + i,
    }


def edge_cases() -> list[dict[str, Any]]:
    rng = random.Random(5)
    rows = [event_row(i, rng) for i in range(6)]
    rows[0].update(admin1="", admin2="", admin3="", geo_precision=3)  # only the country is known
    rows[1].update(time_precision=3, event_date="2024-02-15")  # known to within the month
    rows[2].update(time_precision=2, event_date="2024-03-10", fatalities=0)  # within a week, no deaths
    rows[3].update(notes='He said "leave now", then\nthe crowd left; commas, too.')  # quotes and a newline
    rows[4].update(event_type="Protests", sub_event_type="Excessive force against protestors",  # codebook spelling
                   disorder_type="Demonstrations")
    rows[5].update(admin2="", geo_precision=2, fatalities=0, tags="crowd size=no report")
    for i, row in enumerate(rows):
        row["event_id_cnty"] = f"EDGE{i + 1}"
    return rows


def acled_rows(n: int, seed: int = 17) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = edge_cases()
    rows += [event_row(i, rng) for i in range(max(0, n - len(rows)))]
    return rows[:n]


def write_rows(path: Path, rows: list[dict[str, Any]], *, upper_header: bool = False) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([c.upper() for c in COLUMNS] if upper_header else COLUMNS)
        for row in rows:
            writer.writerow([row[c] for c in COLUMNS])
    return path


def write_acled_csv(path: Path, n: int, seed: int = 17) -> Path:
    """`n` events (the edge cases first), written in slices so that 100,000 rows need little memory."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for row in edge_cases()[:n]:
            writer.writerow([row[c] for c in COLUMNS])
        for i in range(max(0, n - 6)):
            row = event_row(i, rng)
            writer.writerow([row[c] for c in COLUMNS])
    return path


if __name__ == "__main__":
    write_acled_csv(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 60)
