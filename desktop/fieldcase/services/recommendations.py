"""Mechanism recommendations as records: import them (CSV or JSON, all or nothing) and list them.

The file formats and the reference checks are in analysis/recommendations.py; a recommendation is stored
as a revision of its mechanism reference (store/assessments.py), so an action point that cites it links to
the record, and importing the same recommendation again revises it (its response, say) instead of copying it.
"""

from __future__ import annotations

from pathlib import Path

from ..analysis.actions import MechanismReference
from ..analysis.recommendations import RecommendationInput, read_csv, read_json
from ..errors import FieldcaseError, ImportRejected
from ..store import assessments as store
from ..workspace import Workspace, utc_now

MAX_FILE = 20 * 1024 * 1024


class RecommendationService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def _known_areas(self) -> set[str]:
        from .analysis import AnalysisService

        return set(AnalysisService(self.ws).risk_area_labels())

    def parse_file(self, path: Path) -> list[RecommendationInput]:
        """Validate a CSV or JSON file; ImportRejected listing every bad row and column."""
        path = Path(path)
        if not path.is_file():
            raise FieldcaseError("The file {name} does not exist.", name=path.name)
        if path.stat().st_size > MAX_FILE:
            raise FieldcaseError("The file is larger than 20 MB; split it.")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise FieldcaseError("The file is not UTF-8 text; save it as UTF-8 CSV or JSON.") from None
        known = self._known_areas()
        reader = read_json if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")) else read_csv
        found, problems = reader(text, known.__contains__)
        if problems:
            raise ImportRejected("The recommendations file has errors; nothing was imported.", problems)
        if not found:
            raise FieldcaseError("The recommendations file holds no rows; nothing was imported.")
        return found

    def import_file(self, path: Path) -> list[MechanismReference]:
        """Store every row of the file in one transaction (new recommendations, or new revisions)."""
        rows = self.parse_file(path)
        now, author = utc_now(), self.ws.officer
        with self.ws.db.writing() as conn:
            return [store.add_reference(conn, MechanismReference(
                r.ref_id, r.mechanism, r.symbol, r.code, text=r.text, date=r.date, status=r.response, url=r.url,
                author=author, created_at=now, recommending=r.recommending, response_date=r.response_date,
                themes=r.themes, risk_areas=r.risk_areas, sdg_targets=r.sdg_targets)) for r in rows]

    def list(self, mechanism: str | None = None, risk_area: str | None = None) -> list[MechanismReference]:
        with self.ws.db.reading() as conn:
            found = list(store.references(conn).values())
        return [r for r in found if (mechanism is None or r.mechanism == mechanism)
                and (risk_area is None or risk_area in r.risk_areas)]
