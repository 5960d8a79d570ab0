"""The audit excerpt of a package: the entries that concern the case, in full, and the hash of every
other entry from the first of them to the log's head, so the excerpt sits at a checkable place in
the chain.

Hash rule (the same as store/audit.py, stated here so that a verifier needs no store): an entry's hash
is the SHA-256 of the RFC 8785 JSON array [prev_hash, seq, at, actor, action, entity, entity_id,
entity_rev, detail], where `detail` is the stored JSON text and prev_hash the hash of entry seq - 1
(64 zeros before the first). A disclosed entry is recomputed; a withheld one is a (seq, hash) pair
whose content stays in the workspace. The excerpt's last hash is the log's head when the package was
made, which the export's own audit entry records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..canonical import canonical_bytes

EXCERPT_FORMAT = "fieldcase-audit-excerpt/1"
GENESIS = "0" * 64
HASH_RULE = ("hash = SHA-256 of the RFC 8785 JSON array [prev_hash, seq, at, actor, action, entity, entity_id, "
             "entity_rev, detail]; prev_hash is the hash of entry seq - 1 (64 zeros before the first)")
FIELDS = ("seq", "at", "actor", "action", "entity", "entity_id", "entity_rev", "detail", "prev_hash", "hash")


def entry_hash(prev: str, seq: int, at: str, actor: str, action: str, entity: str, entity_id: str,
               entity_rev: int | None, detail: str) -> str:
    body = canonical_bytes([prev, seq, at, actor, action, entity, entity_id, entity_rev, detail])
    return hashlib.sha256(body).hexdigest()


def build_excerpt(rows: Iterable[Mapping[str, Any]], disclose: Any) -> dict[str, Any]:
    """`rows`: audit entries from the first one that concerns the case to the head, in order, each with a
    `concerns` flag; `disclose(row) -> bool` may still withhold one that concerns the case (redaction)."""
    entries: list[dict[str, Any]] = []
    withheld_concerning = 0
    for row in rows:
        if row["concerns"] and disclose(row):
            entries.append({"disclosed": True, **{k: row[k] for k in FIELDS}})
        else:
            withheld_concerning += bool(row["concerns"])
            entries.append({"disclosed": False, "seq": row["seq"], "hash": row["hash"],
                            "concerns_case": bool(row["concerns"])})
    head = {"seq": entries[-1]["seq"], "hash": entries[-1]["hash"]} if entries else {"seq": 0, "hash": GENESIS}
    return {"format": EXCERPT_FORMAT, "hash_rule": HASH_RULE, "head": head, "entries": entries,
            "disclosed": sum(e["disclosed"] for e in entries), "withheld_concerning_case": withheld_concerning}


@dataclass(frozen=True)
class ExcerptCheck:
    entries: int
    disclosed: int
    withheld_concerning: int
    head_seq: int
    head_hash: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_excerpt(excerpt: Mapping[str, Any], stated_head: str | None) -> ExcerptCheck:
    """Recompute every disclosed entry, check that the sequence numbers run without a gap, that each disclosed
    entry names the hash before it, and that the last hash is the head the package states."""
    problems: list[str] = []
    entries = excerpt.get("entries")
    if excerpt.get("format") != EXCERPT_FORMAT or not isinstance(entries, list) or not entries:
        return ExcerptCheck(0, 0, 0, 0, "", ("The audit excerpt is missing or not in the expected format.",))
    previous: dict[str, Any] | None = None
    for entry in entries:
        seq = entry.get("seq")
        if previous is not None and seq != previous.get("seq", 0) + 1:
            problems.append(f"Audit excerpt: entry {seq} does not follow entry {previous.get('seq')}.")
        if entry.get("disclosed"):
            try:
                digest = entry_hash(entry["prev_hash"], entry["seq"], entry["at"], entry["actor"], entry["action"],
                                    entry["entity"], entry["entity_id"], entry["entity_rev"], entry["detail"])
            except (KeyError, TypeError, ValueError):
                problems.append(f"Audit excerpt: entry {seq} is incomplete.")
                digest = ""
            if digest != entry.get("hash"):
                problems.append(f"Audit excerpt: entry {seq} does not match its hash (its content was changed).")
            if previous is not None and entry.get("prev_hash") != previous.get("hash"):
                problems.append(f"Audit excerpt: entry {seq} does not chain to entry {previous.get('seq')}.")
        previous = entry
    last = entries[-1]
    head = excerpt.get("head") or {}
    if head.get("hash") != last.get("hash") or head.get("seq") != last.get("seq"):
        problems.append("Audit excerpt: its last entry is not the head it states.")
    if stated_head is not None and stated_head != f"{last.get('seq')} {last.get('hash')}":
        problems.append("Audit excerpt: its head is not the one stated in bag-info.txt.")
    disclosed = sum(1 for e in entries if e.get("disclosed"))
    withheld = sum(1 for e in entries if not e.get("disclosed") and e.get("concerns_case"))
    return ExcerptCheck(len(entries), disclosed, withheld, int(last.get("seq") or 0), str(last.get("hash")),
                        tuple(problems))


def disclosed_entries(excerpt: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [e for e in excerpt.get("entries", []) if isinstance(e, dict) and e.get("disclosed")]
