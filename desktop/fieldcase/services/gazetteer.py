"""The gazetteer: administrative units and their P-codes, read from an OCHA COD-AB table into the workspace.

The file is the tabular form of a Common Operational Dataset for administrative boundaries (COD-AB), as
OCHA publishes them on HDX: one row per unit of the deepest level, the levels above repeated on each row,
with, for each level n, the columns ADMn_PCODE and ADMn_<language> (ADMn_EN, ADMn_FR, ADMn_AR, ...), and
often ADMn_REF, ADMnALT1EN, date and validOn (e.g. the Thailand COD-AB: ADM3_EN, ADM3_TH, ADM3_PCODE,
ADM3_REF, ADM3ALT1EN, ADM2_EN, ADM2_TH, ADM2_PCODE, ADM1_EN, ADM1_TH, ADM1_PCODE, ADM0_EN, ADM0_TH,
ADM0_PCODE; OCHA's COD-AB guidance: "Gazetteers of feature names and P-codes"). Columns other than the
P-codes and names are ignored. Not verified against every country's file: some CODs name the columns in
lower case (adm1_pcode), which is accepted; a file with different column names is refused with their list.

The units are kept inside the encrypted store, per country (the workspace's country, ISO 3166-1 alpha-3,
which also fills the editor's country field); importing a newer table replaces that country's units.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..domain.places import AdminUnit
from ..errors import FieldcaseError
from ..search_keys import words
from ..store import gazetteer, keyvalue
from ..workspace import Workspace

LEVELS = (1, 2, 3)
COUNTRY_KEY = "country"
_NAME_COLUMN = re.compile(r"^ADM([0-3])_([A-Z]{2})$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class GazetteerImport:
    country: str
    units: dict[int, int]  # level -> units


def _columns(header: list[str]) -> tuple[dict[str, int], dict[int, tuple[int, int | None]]]:
    """P-code column per level, and (name column, second-language column) per level."""
    upper = [h.strip().upper() for h in header]
    pcodes = {f"ADM{n}_PCODE": i for i, h in enumerate(upper) for n in range(4) if h == f"ADM{n}_PCODE"}
    names: dict[int, tuple[int, int | None]] = {}
    for n in range(4):
        langs = [(m.group(2), i) for i, h in enumerate(upper) if (m := _NAME_COLUMN.match(h)) and int(m.group(1)) == n]
        langs.sort(key=lambda lang: lang[0] != "EN")  # English first when there is one, then file order
        if langs:
            names[n] = (langs[0][1], langs[1][1] if len(langs) > 1 else None)
    return pcodes, names


def read_cod_ab(text: str) -> list[AdminUnit]:
    """The units of a COD-AB table (levels 1-3), each once, parents before children."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise FieldcaseError("The gazetteer file is empty: expected a COD-AB table with a header row "
                             "(ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN, …).")
    pcodes, names = _columns(header)
    levels = [n for n in LEVELS if f"ADM{n}_PCODE" in pcodes]
    if not levels:
        raise FieldcaseError("The gazetteer file has no P-code column: expected the COD-AB columns ADM1_PCODE "
                             "and ADM1_EN (and ADM2_PCODE, ADM2_EN for districts).")
    for n in levels:
        if n not in names:
            raise FieldcaseError("The gazetteer file has {pcode} but no name column for that level: expected "
                                 "{name} (or the name in another language, such as ADM{level}_FR).",
                                 pcode=f"ADM{n}_PCODE", name=f"ADM{n}_EN", level=n)
    units: dict[str, AdminUnit] = {}
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        for n in levels:
            code = _cell(row, pcodes[f"ADM{n}_PCODE"])
            name_col, local_col = names[n]
            name = _cell(row, name_col)
            if not code and not name:
                continue  # this row's unit stops at a higher level
            if not code or not re.fullmatch(r"[A-Z]{2,3}[0-9A-Z-]{0,17}", code):
                raise FieldcaseError("Line {line} of the gazetteer file: the {column} must be a P-code (two or three "
                                     "capital letters, then digits, e.g. SY0203).", line=line, column=f"ADM{n}_PCODE")
            if not name:
                raise FieldcaseError("Line {line} of the gazetteer file: the {column} (the unit's name) is empty.",
                                     line=line, column=header[name_col].strip())
            parent = _cell(row, pcodes[f"ADM{n - 1}_PCODE"]) if f"ADM{n - 1}_PCODE" in pcodes and n > 1 else None
            units.setdefault(code, AdminUnit(code, n, name[:300], (_cell(row, local_col) or None)
                                             if local_col is not None else None, parent or None))
    if not units:
        raise FieldcaseError("The gazetteer file has a header but no units.")
    return sorted(units.values(), key=lambda u: (u.level, u.pcode))


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def search_text(unit: AdminUnit) -> str:
    return " " + " ".join(words(unit.name) + words(unit.name_local) + [unit.pcode.lower()])


class GazetteerService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def country(self) -> str | None:
        return self.ws.meta(COUNTRY_KEY)

    def set_country(self, country: str) -> None:
        country = country.strip().upper()
        if not _COUNTRY.fullmatch(country):
            raise FieldcaseError("The {field} must be a three-letter ISO 3166 code, such as SYR or XTV.",
                                 field="Country")
        with self.ws.db.writing() as conn:
            keyvalue.set_meta(conn, {COUNTRY_KEY: country})

    def import_file(self, path: Path, *, country: str | None = None) -> GazetteerImport:
        """Read a COD-AB CSV and make its units the gazetteer of `country` (default: the workspace's)."""
        try:
            if path.stat().st_size > MAX_BYTES:
                raise FieldcaseError("The gazetteer file is larger than 50 MB; a COD-AB table is a few MB at most.")
            data = path.read_bytes()
        except OSError:
            raise FieldcaseError("The gazetteer file {name} could not be read.", name=path.name) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FieldcaseError("The gazetteer file is not UTF-8 text: save it from the spreadsheet as "
                                 "“CSV UTF-8”.") from None
        units = read_cod_ab(text)
        if country:
            self.set_country(country)
        target = self.country()
        if not target:
            raise FieldcaseError("Set the workspace's country first (Settings, or --country XXX): the gazetteer "
                                 "is kept per country.")
        with self.ws.db.writing() as conn:
            gazetteer.replace_country(conn, target, units, [search_text(u) for u in units])
        per_level: dict[int, int] = {}
        for u in units:
            per_level[u.level] = per_level.get(u.level, 0) + 1
        return GazetteerImport(target, per_level)

    def find(self, typed: str, *, level: int, parent_pcode: str | None = None, country: str | None = None,
             limit: int = 20) -> list[AdminUnit]:
        """Units of `level` matching what was typed (start of any word of either name, or of the P-code)."""
        with self.ws.db.reading() as conn:
            return gazetteer.find(conn, country=country or self.country(), level=level, parent_pcode=parent_pcode,
                                  word_starts=words(typed), limit=limit)

    def unit(self, pcode: str) -> AdminUnit | None:
        with self.ws.db.reading() as conn:
            return gazetteer.get(conn, pcode)

    def counts(self) -> dict[tuple[str, int], int]:
        with self.ws.db.reading() as conn:
            return gazetteer.counts(conn)
