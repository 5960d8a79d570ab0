#!/usr/bin/env python3
"""Split the reference risk-frameworks.json into the versioned files shipped in schema/frameworks/.

One file per framework (`<framework id>.json`) plus `crosswalk.json`. The content is copied as is;
the script only adds the envelope the loader needs:

- `format`: the file format tag, so a future format change is refused rather than misread;
- `release`: an integer for version comparison (the source's `version` is free text);
- `id_prefixes`: the id namespaces the framework owns (the first segment of each of its ids), so
  the loader can refuse an id that strays into another framework's namespace.

A new release of a framework is a deliberate act (bump RELEASE or edit the file), not a side effect
of re-running this script, so the output is reproducible.

Usage:
    python scripts/split_frameworks.py [--source PATH] [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/work/shared/reference/risk-frameworks.json")
DEFAULT_OUT = REPO_ROOT / "schema" / "frameworks"

FRAMEWORK_FORMAT = "fieldcase-framework/1"
CROSSWALK_FORMAT = "fieldcase-crosswalk/1"
RELEASE = 1


def _ids(node: Any) -> list[str]:
    """Every `id` of a nested object, in document order (the framework's own id is excluded)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                found.append(value["id"])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    for key, value in node.items():
        if key != "id":
            walk(value)
    return found


def framework_document(framework: dict[str, Any]) -> dict[str, Any]:
    prefixes = list(dict.fromkeys(item_id.split(".", 1)[0] for item_id in _ids(framework)))
    # The envelope goes first so a reader sees the format before the content.
    return {"format": FRAMEWORK_FORMAT, "release": RELEASE, "id_prefixes": prefixes, **framework}


def crosswalk_document(crosswalk: dict[str, Any]) -> dict[str, Any]:
    return {"format": CROSSWALK_FORMAT, "release": RELEASE, **crosswalk}


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def build(source: Path) -> dict[str, str]:
    """File name -> file text for every output file."""
    reference = json.loads(source.read_text(encoding="utf-8"))
    outputs: dict[str, str] = {}
    for framework in reference["frameworks"]:
        name = f"{framework['id']}.json"
        if name in outputs:
            raise SystemExit(f"{source}: framework id {framework['id']!r} appears twice")
        outputs[name] = render(framework_document(framework))
    outputs["crosswalk.json"] = render(crosswalk_document(reference["crosswalk"]))
    return outputs


def validate(out_dir: Path) -> bool:
    """Load the result with the app's own loader, so a bad split never lands silently."""
    sys.path.insert(0, str(REPO_ROOT / "desktop"))
    from fieldcase.frameworks.registry import FrameworkError, FrameworkRegistry

    try:
        registry = FrameworkRegistry.load_builtin(out_dir)
    except FrameworkError as exc:
        print(f"refused by the loader: {exc}", file=sys.stderr)
        return False
    print(f"validated {len(registry.frameworks())} frameworks and the crosswalk in {out_dir}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="reference risk-frameworks.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--check", action="store_true", help="only report files that differ; write nothing")
    args = parser.parse_args(argv)

    outputs = build(args.source)
    stale = sorted(
        name
        for name, text in outputs.items()
        if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text
    )
    if args.check:
        for name in stale:
            print(f"out of date: {args.out / name}")
        return 1 if stale else 0

    args.out.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (args.out / name).write_text(outputs[name], encoding="utf-8")
        print(f"wrote {args.out / name}")
    return 0 if validate(args.out) else 1


if __name__ == "__main__":
    raise SystemExit(main())
