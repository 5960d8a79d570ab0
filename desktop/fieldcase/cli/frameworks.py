"""`fieldcase frameworks list|show|install`: the risk frameworks in use (built-in and installed releases)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import NotFound
from .output import clean, out, out_json
from .prompts import unlock


def register(sub: Any) -> None:
    s = sub.add_parser("frameworks", help="list, show or install risk frameworks")
    fsub = s.add_subparsers(dest="frameworks_command", required=True, metavar="list|show|install")
    t = fsub.add_parser("list", help="the frameworks in use (built-in and installed releases)")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_list)
    t = fsub.add_parser("show", help="one framework and its category ids")
    t.add_argument("framework_id")
    t.add_argument("--release", type=int, help="an older release")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_show)
    t = fsub.add_parser("install", help="install a newer framework release (validated; refused when malformed)")
    t.add_argument("file", type=Path)
    t.set_defaults(func=run_install)


def run_list(args: argparse.Namespace) -> int:
    from ..services.analysis import AnalysisService

    with unlock(args.workspace) as ws:
        service = AnalysisService(ws)
        registry = service.registry()
        installed = {(i.framework_id, i.release): i for i in service.installed_frameworks()}
    rows: list[dict[str, Any]] = [
        {"id": fw.id, "release": fw.release, "version": fw.version, "kind": fw.kind,
         "verification": fw.verification, "categories": len(fw.items),
         "origin": "installed" if (fw.id, fw.release) in installed else "built-in",
         "releases": [r.release for r in registry.releases(fw.id)]} for fw in registry.frameworks()]
    if args.json:
        out_json({"frameworks": rows})
        return 0
    for r in rows:
        older = f" (also releases {', '.join(map(str, r['releases'][:-1]))})" if len(r["releases"]) > 1 else ""
        out(f"{r['id']:<26} release {r['release']:<3} {r['origin']:<9} {r['categories']:>4} ids  "
            f"{clean(r['version'])[:60]}{older}")
    out(f"{len(rows)} framework(s).")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from ..services.analysis import AnalysisService

    with unlock(args.workspace) as ws:
        registry = AnalysisService(ws).registry()
    try:
        fw = registry.get(args.framework_id, release=args.release)
    except KeyError as exc:
        raise NotFound("{problem}; see `fieldcase frameworks list`.", problem=exc.args[0]) from None
    if args.json:
        out_json({"id": fw.id, "title": fw.title, "version": fw.version, "release": fw.release, "kind": fw.kind,
                  "verification": fw.verification,
                  "categories": [{"id": c.id, "label": c.label, "collection": c.collection,
                                  "deprecated": c.deprecated} for c in fw.items]})
        return 0
    out(f"{fw.id} release {fw.release}: {clean(fw.title)}")
    out(f"version {clean(fw.version)}; {fw.kind}; verification {fw.verification}")
    out(f"releases installed: {', '.join(str(r.release) for r in registry.releases(fw.id))}\n")
    for c in fw.items:
        retired = "  (retired)" if c.deprecated else ""
        out(f"  {c.id:<36} {clean(c.label)[:90]}{retired}")
    return 0


def run_install(args: argparse.Namespace) -> int:
    from ..frameworks.loading import load_framework_file
    from ..services.analysis import AnalysisService

    load_framework_file(args.file)  # a malformed file is refused before the passphrase is asked for
    with unlock(args.workspace) as ws:
        fw = AnalysisService(ws).install_framework(args.file)
    out(f"Installed {fw.id} release {fw.release} ({clean(fw.version)}) from {args.file.name}. "
        "Records tagged under earlier releases keep their meaning.")
    return 0
