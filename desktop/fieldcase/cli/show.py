"""`fieldcase show ID`: one record (or an older revision of it) with its history."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from .output import clean, out, out_json
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("show", help="show one record (id or unique prefix)")
    s.add_argument("id")
    s.add_argument("--rev", type=int, help="an older revision")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..domain.records import record_to_json
    from ..services.records import CaseService

    with unlock(args.workspace) as ws:
        service = CaseService(ws)
        record = service.get(args.id, args.rev)
        revisions = service.history(record.id or "")
        from ..services.import_flow import record_origin

        origin = record_origin(ws, record.id or "")
    data = record_to_json(record, with_meta=True)
    data["history"] = [asdict(h) for h in revisions]
    if origin is not None:  # someone else's report (issue 17): its dataset, id there and required attribution
        prov, dataset = origin
        data["provenance"] = {"dataset": dataset.id, "title": dataset.title, "external_id": prov.external_id,
                              "external_version": prov.external_version, "origin": prov.origin,
                              "licence": dataset.licence, "attribution": dataset.attribution,
                              "detail": dict(prov.detail)}
    if args.json:
        out_json(data)
        return 0
    out(f"{clean(record.title)}\n{'=' * min(len(record.title), 78)}")
    loc = record.location
    out(f"id {record.id}  revision {record.rev} of {len(revisions)}  ({record.kind})")
    where = ", ".join(clean(p) for p in (loc.place, loc.adm2_name, loc.adm1_name, loc.country) if p)
    out(f"date {record.date.text}  place {where}")
    out(f"severity {record.severity or '-'}  verification {record.verification}  status {record.status}")
    if record.violation_types:
        out("violations " + ", ".join(record.violation_types))
    for t in record.risk_tags:
        out(f"tag {t.category} ({t.framework_id} {t.framework_version}): {clean(t.rationale)}")
    for p in record.people:
        out(f"person {p.role}: {clean(p.pseudonym)}")
    if record.acts:
        from ..services.acts import judge_acts

        for j in judge_acts(record):
            out(f"act {j.number}: {clean(j.act.victim)} {j.act.act_type} -> SDG 16.10.1 "
                f"{j.effective or 'does not qualify'}{' (analyst override)' if j.act.sdg_override else ''}")
    if record.conflict_related is not None:
        out(f"related to an armed conflict: {'yes' if record.conflict_related else 'no'}")
    for a in record.attachments:
        out(f"attachment {a.id}  {a.size} bytes  sha256 {a.sha256}  {clean(a.original_name)}")
    if record.narrative:
        out("\n" + clean(record.narrative.replace("\n", " ")))
    if origin is not None:
        out(f"\nfrom {clean(origin[1].title)}, id {clean(origin[0].external_id)} (file {clean(origin[0].origin)}); "
            f"{clean(origin[1].attribution)}")
    out("\nhistory: " + "; ".join(f"r{h.rev} {h.author} {h.created_at[:19]}" for h in revisions))
    return 0
