"""The monthly assessment's written part (opportunities, mitigating factors, outlook, recommendations to the
RMR): read and revise it. The CLI (`fieldcase assess note`) and the risk board's RMR panel call this."""

from __future__ import annotations

from dataclasses import replace

from ..analysis.narrative import FIELDS, Narrative, check_text
from ..analysis.periods import Period
from ..errors import FieldcaseError
from ..store import assessments as store
from ..workspace import Workspace, utc_now


def _month(period: str) -> str:
    try:
        return Period.month(period).label
    except ValueError:
        raise FieldcaseError("The {field} must be a month written YYYY-MM.", field="Period") from None


class RmrService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def narrative(self, period: str, region: str | None = None) -> Narrative:
        """The newest revision for the month (an empty one when nothing was written)."""
        month = _month(period)
        with self.ws.db.reading() as conn:
            found = store.narrative(conn, month, region)
        return Narrative(month, region) if found is None else Narrative(month, region, **found)

    def set_narrative(self, period: str, region: str | None = None, **texts: str | None) -> Narrative:
        """A new revision: the given texts replace the current ones, those not given (None) are kept."""
        unknown = set(texts) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown narrative fields: {sorted(unknown)}")
        current = self.narrative(period, region)
        values: dict[str, str] = {}
        for field in FIELDS:
            given = texts.get(field)
            try:
                values[field] = check_text(field, given) if given is not None else getattr(current, field)
            except ValueError:
                raise FieldcaseError("The {field} is too long (at most 6000 characters).", field=field) from None
        now = utc_now()
        with self.ws.db.writing() as conn:
            rev = store.add_narrative(conn, current.period, region, values, self.ws.officer, now)
        return replace(current, rev=rev, author=self.ws.officer, created_at=now, **values)
