"""What the command line writes: the one set of out/err/JSON helpers and the untrusted-text cleaner."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from ..text import clean_line


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def out_json(data: Any) -> None:
    """Machine-readable output: UTF-8 as it is (no \\u escapes), one-space indent."""
    out(json.dumps(data, ensure_ascii=False, indent=1))


def clean(text: str | None) -> str:
    """Untrusted text (record fields, names, labels) for one terminal line: no control, bidi or other
    hidden characters, whitespace folded (fieldcase/text.py). Not capped: callers slice their columns."""
    return clean_line(text, limit=None)


def write_new_file(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet (never overwrite what the user already has)."""
    try:
        with open(path, "xb") as dest:
            dest.write(data)
    except FileExistsError:
        raise FieldcaseError("{file} already exists; choose another file name.", file=path) from None


def report_outcomes(outcomes: list[Any], as_json: bool) -> int:
    """Sync package outcomes (`sync pull`, `hq import`): one line each, refusals on stderr; exit 13 if any."""
    if as_json:
        out_json([asdict(o) for o in outcomes])
    else:
        for o in outcomes:
            line = f"{o.status:<9} seq {o.sequence:<5} {o.file[:60]}"
            if o.status == "accepted":
                line += f"  +{o.added} revisions, +{o.attachments} attachments, {o.duplicates} already here"
            else:
                line += f"  [{o.reason}] {o.message}"
            (err if o.status in ("refused", "held") else out)(line)
            for c in o.conflicts:
                err(f"  conflict: {c}")
    refused = [o for o in outcomes if o.status in ("refused", "held")]
    return 13 if refused else 0
