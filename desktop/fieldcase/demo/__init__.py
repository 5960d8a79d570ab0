"""Clearly fictional demo case records for Fieldcase (schema/incident.schema.json).

Everything here is invented: the country (Tarvessa, code ``XTV``, from the ISO 3166 user-assigned
range that is never given to a real country), its provinces, districts and P-codes, every person,
organisation, party and armed group. Coordinates sit in the open South Atlantic so a map can never
place the demo in a real country.

The story over the last ``months`` months up to ``end_month`` (ages count months before ``end_month``):

* Vardenne (XT02): a provincial election falls the month after ``end_month``. Hate speech against the
  Vrenic minority rises, journalists and election observers are attacked and detained, and people
  who met the UN team (W-031, J-007) suffer reprisals. Escalating.
* Orsavale (XT03): a land concession to an agribusiness pushes Ulmeni herders off grazing land;
  evictions, herder-farmer attacks and displacement escalate (the Tolmere attack one month before the
  end), and a land-rights defender (L-014) who contributed to the UPR is detained. Escalating.
* Hesk Marches (XT05): a low-level border insurgency, steady. Ysmir Lakes (XT07): stable.
* Teral Plateau (XT06): a cholera outbreak and drought at the start, improving.
* Caldrisk Coast (XT04): a port strike peaks mid-period and ends with an agreement. Improving.
* Solmara Capital District (XT01): fuel-price protests early on, then an NGO law and pressure on
  journalists covering the election.

Escalation shows in the CCA areas democratic space, political stability, social cohesion, internal
security and displacement: more records, higher severity and more verified cases in the last three
months. Output is deterministic for a given seed. Pure Python: no Qt, no database.

The tables (places, people, actors, sources, phrases, templates) are JSON under resources/demo/
(data.py reads them); model.py gives their shapes and generator.py turns them into records.
Write the records as JSON with ``python -m fieldcase.demo`` (see main).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .data import ADMIN1, ADMIN2, DEMO_COUNTRY
from .generator import generate_demo_records
from .model import DemoCountry, Record

__all__ = ["DEMO_COUNTRY", "DemoCountry", "Record", "demo_gazetteer", "gazetteer_document", "generate_demo_records",
           "main"]


def demo_gazetteer() -> list[dict[str, Any]]:
    """The fictional country's units: ADM0, then admin-1 provinces and admin-2 districts."""
    rows: list[dict[str, Any]] = [
        {"pcode": DEMO_COUNTRY.pcode, "name": DEMO_COUNTRY.name, "admin_level": 0, "parent_pcode": None}]
    for pcode, name in ADMIN1.items():
        rows.append({"pcode": pcode, "name": name, "admin_level": 1, "parent_pcode": DEMO_COUNTRY.pcode})
        rows += [{"pcode": p2, "name": row.name, "admin_level": 2, "parent_pcode": pcode}
                 for p2, row in ADMIN2.items() if p2.startswith(pcode)]
    return rows


def gazetteer_document() -> dict[str, Any]:
    """What resources/demo/gazetteer.json holds: the gazetteer with a clear 'fictional' header."""
    return {
        "country": {"code": DEMO_COUNTRY.code, "pcode": DEMO_COUNTRY.pcode, "name": DEMO_COUNTRY.name},
        "fictional": True,
        "note": ("Fictional demo gazetteer for Fieldcase. Tarvessa and every place in it are invented; "
                 "the codes use the ISO 3166 user-assigned range (X..), never a real country."),
        "units": demo_gazetteer(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Write the demo records (and optionally the gazetteer) as JSON: `python -m fieldcase.demo`."""
    parser = argparse.ArgumentParser(prog="python -m fieldcase.demo", description=main.__doc__)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--months", type=int, default=8)
    parser.add_argument("--end-month", default="2026-10")
    parser.add_argument("--out", type=Path, help="records file (default: standard output)")
    parser.add_argument("--gazetteer", type=Path, help="also write the gazetteer to this file")
    args = parser.parse_args(argv)
    text = json.dumps(generate_demo_records(args.seed, args.months, args.end_month), ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    if args.gazetteer:
        args.gazetteer.write_text(json.dumps(gazetteer_document(), ensure_ascii=False, indent=1) + "\n",
                                  encoding="utf-8")
    return 0
