"""The search index: an FTS5 table inside the encrypted store, one row per current revision.

`case_search` (migration 0009; contentless since 0017) indexes folded words (search_keys.words), never the
raw text, and keeps no copy of them: a search returns rowids only, and the words are rebuilt from the
revisions whenever the index is. Its columns:
`body` the title, narrative, place, admin names, P-codes and the people's pseudonyms; `names` the people's
real names; `namekeys` the phonetic keys of those names. A search that must not see names (the app while
names are hidden) queries `body` alone, so a real name cannot tell which record holds it: not in the
results, not in the count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Connection, text

from ..domain.records import CaseRecord
from ..search_keys import name_key, name_keys, words

TABLE = "case_search"
# content='': no content table (it held a second copy of every indexed text, ~1 KB a record);
# contentless_delete=1 (SQLite 3.43+): a stale revision's row is still deleted by its rowid alone.
CREATE = ("CREATE VIRTUAL TABLE case_search USING fts5(body, names, namekeys, content='', contentless_delete=1, "
          "tokenize='unicode61 remove_diacritics 0')")


def _joined(parts: Iterable[str | None]) -> str:
    # one words() call over the parts joined by a space: the same words (folding is per character, a space
    # splits), without a fold and a regex pass per part (8+ a record, on every imported row)
    return " ".join(words(" ".join(p for p in parts if p)))


def index_words(r: CaseRecord) -> tuple[str, str, str]:
    """The record's indexed texts: body, names, name keys (see the module text)."""
    loc = r.location
    body = _joined([r.title, r.narrative, loc.place, loc.adm1_name, loc.adm2_name, loc.adm1_pcode,
                    loc.adm2_pcode, *(p.pseudonym for p in r.people)])
    names = [p.name for p in r.people if p.name]
    return body, _joined(names), " ".join(name_keys(names))


def _has_index(conn: Connection) -> bool:
    # Before migration 0009 (while an older migration writes revisions through the live writer) the store
    # still has the release-0.1 index `case_fts` instead.
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'case_search'")
                        ).first() is not None


def reindex(conn: Connection, stale: Sequence[int], fresh: Sequence[tuple[int, CaseRecord]],
            worked_out: Mapping[int, tuple[str, str, str]] | None = None) -> None:
    """Drop the rows of revisions no longer current and index the new current ones (`worked_out`: the
    index words of some of them, by revision id, already worked out by an import)."""
    if not _has_index(conn):
        if stale:
            conn.execute(text("DELETE FROM case_fts WHERE rowid = :rowid"), [{"rowid": i} for i in stale])
        if fresh:
            conn.execute(text("INSERT INTO case_fts(rowid, title, narrative) VALUES (:rowid, :title, :narrative)"),
                         [{"rowid": rid, "title": r.title, "narrative": r.narrative} for rid, r in fresh])
        return
    if stale:
        conn.execute(text("DELETE FROM case_search WHERE rowid = :rowid"), [{"rowid": i} for i in stale])
    if fresh:
        known = worked_out or {}
        add(conn, [(rid, *(known.get(rid) or index_words(r))) for rid, r in fresh])


def add(conn: Connection, rows: Sequence[tuple[int, str, str, str]]) -> None:
    """Index new current revisions: (revision id, body, names, name keys), as `index_words` gives them."""
    if rows:  # plain tuples: no processing
        conn.exec_driver_sql("INSERT INTO case_search(rowid, body, names, namekeys) VALUES (?, ?, ?, ?)", list(rows))


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_query(user_text: str, *, with_names: bool) -> str | None:
    """What someone typed as a safe FTS5 query: every word must match (the last as a prefix), in the body,
    or with `with_names` also in the names or by a name's phonetic key."""
    found = words(user_text)
    if not found:
        return None
    clauses = []
    for position, word in enumerate(found):
        phrase = _quoted(word) + ("*" if position == len(found) - 1 else "")
        if not with_names:
            clauses.append(f"body : {phrase}")
            continue
        key = name_key(word)
        alternatives = [f"{{body names}} : {phrase}"] + ([f"namekeys : {_quoted(key)}"] if key else [])
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(clauses)
