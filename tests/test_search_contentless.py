"""Migration 0017: a store whose search index (0009) kept a copy of every indexed text gets a contentless
index rebuilt from its current revisions; searches find the same records, by words, names and name keys;
a revision that replaces another leaves the index (contentless_delete); downgrading restores the copy."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from fieldcase.domain.records import CaseFilter, CaseRecord, Location, PartialDate, PersonLink
from fieldcase.services.records import CaseService
from fieldcase.store import migrate
from fieldcase.workspace import Workspace

BEFORE = "0016_hq_users"  # the revision before 0017


def _found(service: CaseService, query: str, *, names: bool = False) -> list[str]:
    return sorted(s.title for s in service.list(CaseFilter(search=query, search_names=names)))


def _tables(ws: Workspace) -> set[str]:
    with ws.engine.connect() as conn:
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'case_search%'")).scalars())


def test_the_index_becomes_contentless_and_finds_the_same_records(workspace: Workspace) -> None:
    service = CaseService(workspace)
    market = service.save(CaseRecord(
        kind="incident", title="Teacher detained at the market", date=PartialDate("2026-08-19"),
        location=Location("XKV", adm1_pcode="XK02", adm1_name="Saltmarsh", place="Harrow Cross"),
        people=(PersonLink(role="victim", pseudonym="V-017", name="Mohamed Haddad"),)))
    service.save(CaseRecord(kind="incident", title="Journalist threatened by phone", date=PartialDate("2026-08-21"),
                            location=Location("XKV", adm1_pcode="XK03")))
    assert "case_search_content" not in _tables(workspace)  # a new store: contentless from 0009 on

    migrate.downgrade(workspace.engine, BEFORE)
    assert "case_search_content" in _tables(workspace)  # 0009's index, with its copy of the words
    migrate.upgrade(workspace.engine)
    assert "case_search_content" not in _tables(workspace)
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_search")).scalar() == 2

    teacher = ["Teacher detained at the market"]
    assert _found(service, "harrow") == teacher  # the place, as a prefix
    assert _found(service, "XK02") == teacher  # a P-code
    assert _found(service, "V-017") == teacher  # a pseudonym
    assert _found(service, "Haddad") == []  # a real name only when names are searched
    assert _found(service, "Haddad", names=True) == teacher
    assert _found(service, "Muhammad", names=True) == teacher  # the name's phonetic key
    assert _found(service, "phone") == ["Journalist threatened by phone"]

    # the revised record's old words leave the index: only its current revision is found
    service.save(replace(market, title="Teacher released", people=market.people), expected_rev=market.rev)
    assert _found(service, "detained") == []
    assert _found(service, "released") == ["Teacher released"]
    assert _found(service, "Haddad", names=True) == ["Teacher released"]
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_search")).scalar() == 2
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
