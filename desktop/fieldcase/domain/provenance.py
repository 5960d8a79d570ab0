"""Where an imported record came from: shared by every importer of other people's data (ACLED, KoboToolbox /
ODK forms; HXL and UCDP next). A record with provenance is someone else's report, kept apart from the
officer's own in counts and briefings, and shown with the attribution its publisher's terms require."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Dataset:
    """A published dataset or a form's submissions. `id` is stable ("acled", "xlsform:<form id>")."""

    id: str
    title: str
    publisher: str
    licence: str  # the terms of use, in a sentence, with where to read them
    attribution: str  # what a report using the data must say
    url: str | None = None


@dataclass(frozen=True)
class Provenance:
    """One record's origin: its id in the dataset (a re-import with the same id revises the record), the
    version it had there, a hash of the source row (an unchanged row adds no revision), the file it was
    read from, and the source's columns no Fieldcase field holds, kept as they came."""

    dataset_id: str
    external_id: str
    row_hash: str
    origin: str
    external_version: str | None = None
    detail: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 of a source row (its columns sorted): equal rows, equal hash, whatever the column order."""
    return hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
