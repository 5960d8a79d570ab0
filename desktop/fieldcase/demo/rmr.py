"""The demo's RMR inputs (resources/demo/rmr.json) and the record fields they need, as pure functions.

`enrich` adds to the generated records, without drawing from the random sequence (every other demo value
stays as it was): the early action proposed for each early-warning signal, the neighbouring country of
cross-border incidents and signals (Hesk Marches, the border insurgency, and one Orsavale herders' signal),
and the consent of two October reprisal cases (one named with consent, one without consent to refer), so
the briefing shows reprisals with and without consent.
"""

from __future__ import annotations

from typing import Any

from ..resources import read_json

Record = dict[str, Any]


def rmr_data() -> dict[str, Any]:
    data: dict[str, Any] = read_json("demo", "rmr.json")
    return data


def enrich(records: list[Record], end_month: str = "2026-10") -> list[Record]:
    data = rmr_data()
    actions, neighbour = data["early_actions"], data["neighbour"]["code"]
    flagged = 0
    border_signal = False
    for record in records:
        month, region = record["date"][:7], record["location"].get("adm1_pcode")
        if record.get("early_warning"):
            record["early_action"] = actions[flagged % len(actions)]
            flagged += 1
            if region == "XT03" and month == end_month and not border_signal:
                record["cross_border"] = neighbour  # herders moving with their cattle across the border
                border_signal = True
        if region == "XT05" and record["kind"] == "incident" and (record.get("severity") or 0) >= 3:
            record["cross_border"] = neighbour  # the border insurgency
    october = [r for r in records if r["date"][:7] == end_month and r.get("reprisal")]
    suspects = [p for r in october for p in r.get("people", ()) if p.get("reprisal_suspected")]
    named = next((p for p in suspects if p.get("name") and p["pseudonym"].startswith("V-")), None)
    if named is not None:
        named["consent"] = {**named.get("consent", {}), "naming": True, "referral": True}
    unnamed = next((p for p in suspects if not p.get("name")), None)
    if unnamed is not None:
        unnamed["consent"] = {**unnamed.get("consent", {}), "referral": False}
    return records


def neighbour_records(end_month: str = "2026-10") -> list[Record]:
    """A few records from Morvane (fictional, XTW), the neighbour, for the HQ regional review demo."""
    import uuid

    code = rmr_data()["neighbour"]["code"]
    year, month = (int(x) for x in end_month.split("-"))
    out: list[Record] = []
    specs = [
        ("incident", "Cattle raid near the Tarvessa border", 3, "cca.internal_security", True, "XTV"),
        ("incident", "Herders from Orsavale turned back at the border post", 2, "cca.displacement_migration", False,
         "XTV"),
        ("community_info", "Elders warn of retaliation for the Tolmere attack", 3, "cca.social_cohesion_gender_"
         "equality_non_discrimination", True, "XTV"),
        ("incident", "Journalist detained after a report on the border camps", 3, "cca.democratic_space", False, None),
        ("incident", "Market fire in Lessing after a land dispute", 2, "cca.food_security_agriculture_land", False,
         None),
    ]
    for back in (1, 0):
        m = month - back
        y = year if m > 0 else year - 1
        m = m if m > 0 else m + 12
        for i, (kind, title, severity, area, early, border) in enumerate(specs):
            record: Record = {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"fieldcase-demo-xtw/{y}-{m}/{i}")), "kind": kind,
                "title": title, "date": f"{y:04d}-{m:02d}-{3 + 5 * i:02d}",
                "location": {"country": code, "adm1_pcode": "XW01", "adm1_name": "Lessing Uplands"},
                "narrative": f"Fictional demo record for Morvane: {title.lower()}.",
                "severity": severity + (1 if back == 0 and early else 0), "verification": "vs.corroborated",
                "risk_tags": [{"category": area, "rationale": "demo"}]}
            if kind == "community_info":
                record["info_type"] = "early_warning"
            if early:
                record["early_warning"] = True
                record["early_action"] = "Share with the cross-border community radio network and the Tarvessa office."
            if border:
                record["cross_border"] = border
            out.append(record)
    return out
