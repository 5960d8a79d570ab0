"""KoboToolbox / ODK submissions (`fieldcase import --format xlsform --form FORM.xlsx --mapping MAP.json FILE`).

- The form (XLSForm: survey, choices, settings) is read with pyxform, ODK's own XLSForm converter, into its
  tree of questions: each question's path (`incident/title`), type, and choice list.
- The submissions export is KoboToolbox's CSV (`,` or `;`) or XLSX (python-calamine): one column per question
  under its group path (`incident/title`, or `incident.title`/`incident-title` headers), select_multiple
  answers as space-separated choice names, and each repeat group as its own XLSX sheet linked by
  `_parent_index` to the submission's `_index`.
- The mapping file (JSON; documented in README, example schema/import/xlsform-mapping.example.json) says
  which question fills which Fieldcase field, and which choice is which category id. It is checked against
  the form before any row is read: a question the form does not have, a choice its list does not have, a
  select_multiple mapped to a single field, a target Fieldcase does not know - each names the form field
  and the line of the mapping file.
- Media questions (image, audio, video, file) hold file names; the files are found in the export's folder
  and encrypted into the workspace at intake, like any attachment, linked to the record.
- `_uuid` (or meta/instanceID) is the submission's id: a re-import revises the record instead of adding it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.provenance import Dataset, Provenance, row_hash
from ..domain.records import CaseRecord
from ..errors import ImportProblem, ImportRejected
from .importing import SCHEMA_PATH, RowProblems

EXAMPLE_MAPPING = SCHEMA_PATH.parent / "import" / "xlsform-mapping.example.json"
MEDIA_TYPES = {"photo", "image", "audio", "video", "file", "background-audio"}
SINGLE_TARGETS = {"title", "narrative", "date", "date_end", "reported_on", "kind", "info_type", "verification",
                  "status", "confidentiality", "severity", "perpetrator_category", "perpetrator_status", "participants",
                  "location.country", "location.adm1_pcode", "location.adm1_name", "location.adm2_pcode",
                  "location.adm2_name", "location.place", "location.lat", "location.lon", "casualties.killed",
                  "casualties.injured", "casualties.abducted", "casualties.displaced", "reprisal", "early_warning",
                  "conflict_related"}
LIST_TARGETS = {"violation_types", "risk_areas"}
PERSON_TARGETS = {"pseudonym", "sex", "age_group", "role"}
INTEGER_TARGETS = {"severity", "participants", "casualties.killed", "casualties.injured", "casualties.abducted",
                   "casualties.displaced"}
META_ID = ("_uuid", "meta/instanceid", "_id")


@dataclass(frozen=True)
class Question:
    path: str
    type: str
    choices: tuple[str, ...]


def read_form(form: Path) -> tuple[dict[str, Question], set[str], dict[str, str]]:
    """Questions by path, repeat group paths, and the form's settings (form_id, title, version)."""
    from pyxform.xls2json import parse_file_to_json

    try:
        tree = parse_file_to_json(str(form))
    except Exception:
        raise ImportRejected("{file} could not be read as an XLSForm (survey, choices and settings sheets).", [],
                             file=form.name) from None
    questions: dict[str, Question] = {}
    repeats: set[str] = set()

    def walk(children: list[dict[str, Any]], prefix: str) -> None:
        for child in children:
            path = f"{prefix}/{child['name']}" if prefix else child["name"]
            kind = child.get("type", "")
            if kind in ("group", "repeat"):
                if kind == "repeat":
                    repeats.add(path)
                walk(child.get("children", []), path)
                continue
            choices = tuple(str(c["name"]) for c in child.get("choices", ()))
            questions[path] = Question(path, kind, choices)

    walk(tree.get("children", []), "")
    settings = {"form_id": str(tree.get("id_string", form.stem)), "title": str(tree.get("title", form.stem)),
                "version": str(tree.get("version", ""))}
    return questions, repeats, settings


def _line_of(text: str, needle: str, after: str | None = None) -> int:
    """The line of the mapping file where `needle` (a JSON string) stands, in the entry of key `after`."""
    start = text.find(json.dumps(after) + ":") if after else -1
    at = text.find(json.dumps(needle), max(start, 0))
    if at < 0:
        at = start
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


@dataclass(frozen=True)
class FieldMap:
    target: str
    question: str
    choices: dict[str, str] | None = None
    part: str | None = None  # "lat" / "lon" of a geopoint


@dataclass
class Mapping:
    fields: list[FieldMap]
    people_repeat: str | None
    people: list[FieldMap]
    person_role: str
    media: list[str]
    defaults: dict[str, Any]
    dataset: dict[str, str]


def read_mapping(path: Path, questions: dict[str, Question], repeats: set[str]) -> Mapping:
    """Read and check the mapping file against the form; every problem names the form field and the line."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = json.loads(text)
    except (OSError, UnicodeDecodeError):
        raise ImportRejected("{file} could not be read as UTF-8 text.", [], file=path.name) from None
    except json.JSONDecodeError as exc:
        raise ImportRejected("The mapping file {file} is not valid JSON.", [ImportProblem(
            exc.lineno, "", "the JSON text is malformed here", label="Mapping")], file=path.name) from None
    problems: list[ImportProblem] = []

    def bad(needle: str, field: str, template: str, after: str | None = None, **params: object) -> None:
        problems.append(ImportProblem(_line_of(text, needle, after), field, template, label=field or "Mapping",
                                      **params))

    if not isinstance(raw, dict) or raw.get("format") != "fieldcase-xlsform-mapping/1":
        raise ImportRejected("The mapping file {file} must be a JSON object with "
                             '"format": "fieldcase-xlsform-mapping/1".', [], file=path.name)

    def entries(section: Any, targets: set[str], where: str, inside: str | None) -> list[FieldMap]:
        out: list[FieldMap] = []
        if not isinstance(section, dict):
            bad(where, where, "must be an object: Fieldcase field -> form field")
            return out
        for target, spec in section.items():
            if target not in targets:
                bad(target, target, "is not a Fieldcase field the mapping can fill (see README, XLSForm import)",
                    after=target)
                continue
            question, choices = (spec, None) if isinstance(spec, str) else (
                (spec.get("field"), spec.get("choices")) if isinstance(spec, dict) else (None, None))
            if not isinstance(question, str):
                bad(target, target, "must name a form field (a string, or an object with \"field\")", after=target)
                continue
            name, _, part = question.partition("#")
            q = questions.get(name)
            if q is None:
                bad(question, question, "is not a question of the form (give its group path, e.g. group/name)",
                    after=target)
                continue
            if inside is not None and not name.startswith(inside + "/"):
                bad(question, question, "is not inside the repeat group {group}", after=target, group=inside)
                continue
            if part and (q.type != "geopoint" or part not in ("lat", "lon")):
                bad(question, question, "only a geopoint question takes #lat or #lon", after=target)
                continue
            multiple = q.type == "select all that apply"
            if multiple and target not in LIST_TARGETS:
                bad(question, question, "is a select_multiple question; it can only fill a list "
                                        "(violation_types or risk_areas)", after=target)
            if choices is not None:
                if not isinstance(choices, dict) or not all(isinstance(v, str) for v in choices.values()):
                    bad(question, question, "its choices must map each choice name to a Fieldcase value",
                        after=target)
                    continue
                for choice in choices:
                    if choice not in q.choices:
                        bad(choice, question, "the form's choice list for this question has no such choice",
                            after=target)
            elif q.choices and target not in ("title", "narrative", "location.place"):
                bad(question, question, "is a choice question: say which Fieldcase value each choice is "
                                        "(\"choices\")", after=target)
            out.append(FieldMap(target, name, choices, part or None))
        return out

    fields = entries(raw.get("fields", {}), SINGLE_TARGETS | LIST_TARGETS, "fields", None)
    people_spec = raw.get("people")
    people: list[FieldMap] = []
    repeat = None
    role = "victim"
    if people_spec is not None:
        repeat = people_spec.get("repeat") if isinstance(people_spec, dict) else None
        if not isinstance(repeat, str) or repeat not in repeats:
            bad(str(repeat), str(repeat), "is not a repeat group of the form")
        else:
            people = entries(people_spec.get("fields", {}), PERSON_TARGETS, "people", repeat)
            role = str(people_spec.get("role", "victim"))
            if "pseudonym" not in {p.target for p in people}:
                bad("people", "people", "must map a form field to the person's pseudonym")
    media = raw.get("attachments", [])
    for name in media if isinstance(media, list) else []:
        q = questions.get(name)
        if q is None or q.type not in MEDIA_TYPES:
            bad(name, name, "is not a media question (image, audio, video or file) of the form")
    if not {f.target for f in fields} >= {"title", "date"}:
        bad("fields", "fields", "must fill at least the title and the date")
    if problems:
        raise ImportRejected("The mapping file {file} does not fit the form; nothing was imported.", problems,
                             file=path.name)
    dataset = raw.get("dataset", {}) if isinstance(raw.get("dataset"), dict) else {}
    return Mapping(fields, repeat, people, role, list(media), dict(raw.get("defaults", {})),
                   {k: str(v) for k, v in dataset.items()})


def _normal_header(header: str) -> str:
    # KoboToolbox writes group paths with "/" (XML headers); some exports use "." or "-" instead
    return re.sub(r"[.\-]", "/", header.strip()).lower() if "/" not in header else header.strip().lower()


def _sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(sheet name, rows of text) of an XLSX export, or the one table of a CSV export."""
    if path.suffix.lower() in (".xlsx", ".xls", ".ods"):
        from python_calamine import CalamineWorkbook

        try:
            book = CalamineWorkbook.from_path(str(path))
            return [(name, [[_cell(v) for v in row] for row in book.get_sheet_by_name(name).to_python()])
                    for name in book.sheet_names]
        except Exception:  # calamine's errors quote cells; the file is simply unreadable
            raise ImportRejected("{file} could not be read as a spreadsheet.", [], file=path.name) from None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ImportRejected("{file} could not be read as UTF-8 text.", [], file=path.name) from None
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    try:
        return [("submissions", list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)))]
    except csv.Error:
        raise ImportRejected("{file} has a cell that is too long or a broken quote.", [], file=path.name) from None


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10] if type(value).__name__ == "date" else str(value.isoformat())
    return "" if value is None else str(value)


class FormSubmissions:
    """Submissions of one XLSForm, mapped to records by a mapping file."""

    def __init__(self, path: Path, form: Path, mapping: Path) -> None:
        self.path = path
        questions, repeats, settings = read_form(form)
        self.mapping = read_mapping(mapping, questions, repeats)
        d = self.mapping.dataset
        self.dataset: Dataset | None = Dataset(
            f"xlsform:{settings['form_id']}"[:120], d.get("title", settings["title"]),
            d.get("publisher", "KoboToolbox / ODK form submissions"),
            d.get("licence", "Collected by the team with this form; share as the team's data-protection rules say."),
            d.get("attribution", ""), d.get("url"))
        self.version = settings["version"]
        self.total = 0

    def finish(self, ws: Any, conn: Any, stored: list[tuple[CaseRecord, Provenance]]) -> None:
        del ws, conn, stored

    def rows(self) -> Iterator[tuple[int, Any, Provenance | None]]:
        sheets = _sheets(self.path)
        if not sheets or not sheets[0][1]:
            raise ImportRejected("{file} has no submissions.", [], file=self.path.name)
        main = sheets[0][1]
        header = [_normal_header(h) for h in main[0]]
        self.total = len(main) - 1
        children: dict[str, list[dict[str, str]]] = {}
        if self.mapping.people_repeat:
            leaf = self.mapping.people_repeat.rsplit("/", 1)[-1].lower()
            for name, rows in sheets[1:]:
                if name.strip().lower() in (leaf, self.mapping.people_repeat.lower()) and rows:
                    head = [_normal_header(h) for h in rows[0]]
                    for row in rows[1:]:
                        cells = dict(zip(head, row, strict=False))
                        children.setdefault(cells.get("_parent_index", ""), []).append(cells)
        needed = {f.question.lower() for f in self.mapping.fields} | {m.lower() for m in self.mapping.media}
        missing = sorted(q for q in needed if q not in header)
        if missing:
            raise ImportRejected("{file} has no column for some mapped form fields; nothing was imported.",
                                 [ImportProblem(1, q, "the export has no column for this form field", label=q)
                                  for q in missing], file=self.path.name)
        for offset, row in enumerate(main[1:]):
            line = offset + 2
            if not any(str(c).strip() for c in row):
                continue
            cells = dict(zip(header, row, strict=False))
            yield line, *self._map(line, cells, children.get(cells.get("_index", ""), []))

    def _map(self, line: int, cells: dict[str, str], people: list[dict[str, str]]) -> tuple[Any, Provenance | None]:
        problems: list[ImportProblem] = []
        item: dict[str, Any] = json.loads(json.dumps(self.mapping.defaults))
        for f in self.mapping.fields:
            value = self._value(line, f, cells.get(f.question.lower(), ""), problems)
            if value is None:
                continue
            if f.target in LIST_TARGETS:
                key = "risk_tags" if f.target == "risk_areas" else "violation_types"
                values = value if isinstance(value, list) else [value]
                item[key] = [{"category": v} for v in values] if key == "risk_tags" else values
            elif "." in f.target:
                group, key = f.target.split(".", 1)
                item.setdefault(group, {})[key] = value
            else:
                item[f.target] = value
        persons = []
        for child in people:
            person: dict[str, Any] = {"role": self.mapping.person_role}
            for f in self.mapping.people:
                value = self._value(line, f, child.get(f.question.lower(), ""), problems)
                if value is not None:
                    person[f.target] = value
            persons.append(person)
        if persons:
            item["people"] = persons
        media = []
        for name in self.mapping.media:
            file_name = cells.get(name.lower(), "").strip()
            if file_name:
                found = self._media_file(file_name)
                if found is None:
                    problems.append(ImportProblem(line, name, "the media file this answer names is not in the "
                                                  "export's folder", label=name))
                else:
                    media.append(str(found))
        if problems:
            return RowProblems(problems), None
        external = next((cells[k] for k in META_ID if cells.get(k, "").strip()), "") or f"row-{line}"
        source_row = {k: v for k, v in cells.items() if v != ""}
        detail: dict[str, Any] = {"media": media} if media else {}
        if self.version:
            detail["form_version"] = self.version
        return item, Provenance(self.dataset.id if self.dataset else "xlsform", external.strip()[:120],
                                row_hash({**source_row, "_people": people}), self.path.name,
                                cells.get("_submission_time") or None, detail)

    def _value(self, line: int, f: FieldMap, text: str, problems: list[ImportProblem]) -> Any:
        text = str(text).strip()
        if not text:
            return None
        if f.part is not None:
            parts = text.split()
            try:
                value = float(parts[0 if f.part == "lat" else 1])
                if not math.isfinite(value):
                    raise ValueError
                return value
            except (ValueError, IndexError):
                problems.append(ImportProblem(line, f.question, "must be a GPS point (latitude longitude ...)",
                                              label=f.question))
                return None
        if f.choices is not None:
            names = text.split() if f.target in LIST_TARGETS else [text]
            unknown = [n for n in names if n not in f.choices]
            if unknown:
                problems.append(ImportProblem(line, f.question, "holds a choice the mapping does not map",
                                              label=f.question))
                return None
            mapped = [f.choices[n] for n in names]
            return mapped if f.target in LIST_TARGETS else mapped[0]
        if f.target in INTEGER_TARGETS or f.target in ("location.lat", "location.lon"):
            try:
                number = float(text)
                if not math.isfinite(number):
                    raise ValueError
            except ValueError:
                problems.append(ImportProblem(line, f.question, "must be a number", label=f.question))
                return None
            return int(number) if f.target in INTEGER_TARGETS and number.is_integer() else number
        if f.target in ("date", "date_end", "reported_on"):
            return text[:10]  # ODK dates (and datetimes) start with YYYY-MM-DD
        return text

    def _media_file(self, name: str) -> Path | None:
        base = Path(name).name
        if not base or base in (".", ".."):
            return None
        for candidate in sorted(self.path.parent.rglob(base)):
            if candidate.is_file():
                return candidate
        return None
