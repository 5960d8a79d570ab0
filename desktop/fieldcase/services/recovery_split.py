"""Optional split of an officer's recovery key into SLIP-39 shares (crypto/recovery_shares.py): checked
against this workspace's recovery slot first, so a mistyped key is never split."""

from __future__ import annotations

import os
from pathlib import Path

from ..crypto import keys, recovery_shares
from ..errors import FieldcaseError, WrongRecoveryKey
from ..store import audit
from ..workspace import Workspace, utc_now


def split_recovery_key(ws: Workspace, recovery_key: str, out_dir: Path, *, shares: int, threshold: int) -> list[Path]:
    slot = ws.keyfile.slots.get("recovery")
    if slot is None:
        raise WrongRecoveryKey("This workspace has no recovery key.")
    data_key = keys.unwrap_with_recovery_key(slot, recovery_key, ws.keyfile.workspace_id)  # raises if wrong
    for i in range(len(data_key)):
        data_key[i] = 0
    mnemonics = recovery_shares.split(recovery_key, shares=shares, threshold=threshold)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for i, words in enumerate(mnemonics, start=1):
        path = out_dir / f"recovery-key.share-{i}-of-{shares}.txt"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise FieldcaseError("{path} already exists; choose an empty folder.", path=str(path)) from None
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(f"# Fieldcase recovery key share {i} of {shares}; any {threshold} recover it.\n{words}\n")
        written.append(path)
    with ws.db.writing() as conn:
        audit.append(conn, [audit.AuditEvent("recovery-key.split", "workspace", ws.keyfile.workspace_id, None,
                                             {"shares": shares, "threshold": threshold})],
                     actor=ws.officer, at=utc_now())
    return written


def combine(share_texts: list[str]) -> str:
    lines = [" ".join(line.strip() for line in t.splitlines() if line.strip() and not line.startswith("#"))
             for t in share_texts]
    return recovery_shares.combine(lines)
