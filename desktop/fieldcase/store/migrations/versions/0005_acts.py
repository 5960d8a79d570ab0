"""acts: one act per victim (with perpetrators), conflict_related, and the items the migration left for review

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00

Records written by release 0.1 had no acts: a record's violation types, its one perpetrator status and
each victim's "linked to work" flag stood for them, and an analyst coded the SDG 16.10.1 type by hand
(`sdg16101.A`-`F` among the violation types). This step gives every current record that has victims,
violation types or deaths ONE new revision (author "fieldcase-migration") holding:

* an act for each victim x each `huridocs.mt04.*` type, perpetrated by the revision's perpetrator
  (status and category; none when the status is 'unknown' and there is no category), linked to work
  as that victim's link said, State due diligence not assessed (NULL), fate not concealed;
* the hand-coded types the acts do not already derive, kept as documented overrides (on the act of
  the matching act class, else on an act whose type the derivation does not cover, else on a new
  act of type Other); except `sdg16101.E` with a non-State (or unknown) perpetrator: release 0.1 took
  that code as proof that the State failed in due diligence, which it is not, so it is left for review;
* conflict_related TRUE when the revision has SDG 16.1.2 lines (release 0.1 had them only for
  conflict-related deaths), else NULL (not recorded);
* no `sdg16101.*` violation types (they are derived now, not a vocabulary of records).

A record whose content this does not change (say, victims but no act type and no hand coding) gets no
revision. What could not be derived is written to `act_review` (open while the record is not revised).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

import sqlalchemy as sa
from alembic import op

if TYPE_CHECKING:
    from fieldcase.domain.records import Act, CaseRecord
    from fieldcase.frameworks.derivation import DerivationTable, Derived

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# History, like 0001's IMMUTABLE tables: rows are only ever added.
IMMUTABLE = ("case_act", "case_act_perpetrator", "act_review")

AUTHOR = "fieldcase-migration"
HURIDOCS_ACT = "huridocs.mt04."
LEGACY = "sdg16101."
OTHER_ACT = "huridocs.mt04.900000000000"
CARRIED_OVER = ("Carried over from the SDG 16.10.1 type coded by hand before acts existed; confirm the act type "
                "and the derivation.")
# The act classes a hand-coded type corresponds to, best match first (the classes whose rules in
# schema/frameworks/sdg.16.10.1.derivation.json can give that type).
CLASSES = {"sdg16101.A": ("killing",), "sdg16101.C": ("torture",),
           "sdg16101.B": ("disappearance", "deprivation_of_liberty"), "sdg16101.D": ("deprivation_of_liberty",),
           "sdg16101.E": ("deprivation_of_liberty", "disappearance"), "sdg16101.F": ("other_harmful",)}
SERIOUSNESS = ("sdg16101.A", "sdg16101.C", "sdg16101.B", "sdg16101.D", "sdg16101.E", "sdg16101.F")
BATCH = 2000


def upgrade() -> None:
    op.add_column('case_revision', sa.Column('conflict_related', sa.Boolean(), nullable=True))
    op.create_table('case_act',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('act_type', sa.String(length=120), nullable=False),
    sa.Column('linked_to_work', sa.Boolean(), nullable=False),
    sa.Column('state_due_diligence_failure', sa.Boolean(), nullable=True),
    sa.Column('due_diligence_rationale', sa.Text(), nullable=False),
    sa.Column('fate_concealed', sa.Boolean(), nullable=False),
    sa.Column('sdg_override', sa.String(length=20), nullable=True),
    sa.Column('override_rationale', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_act', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_act_revision_id'), ['revision_id'], unique=False)

    op.create_table('case_act_perpetrator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('act_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=120), nullable=True),
    sa.ForeignKeyConstraint(['act_id'], ['case_act.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_act_perpetrator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_act_perpetrator_act_id'), ['act_id'], unique=False)

    op.create_table('act_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('act_position', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=60), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('act_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_act_review_record_id'), ['record_id'], unique=False)

    # Covering index for the SDG 16.1.2 rows (store/analysis_rows.death_rows): the records with a
    # casualty figure, read without the wide revision rows.
    op.execute("CREATE INDEX ix_case_revision_killed ON case_revision (date_start, date_precision, adm1_pcode, "
               "adm2_pcode, verification, conflict_related, killed, record_id) WHERE killed > 0")
    # What the SDG indicator rows need of a revision, by row id (analysis_rows.act_rows and death_rows).
    op.execute("CREATE INDEX ix_case_revision_ident ON case_revision (id, date_start, date_precision, adm1_pcode, "
               "adm2_pcode, verification, conflict_related, killed, record_id)")

    sqlite = op.get_bind().dialect.name == "sqlite"  # PostgreSQL's guards: 0011_hq_postgres
    for table in IMMUTABLE if sqlite else ():
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")

    _give_records_acts(op.get_bind())


def downgrade() -> None:
    """For development only: drops the acts and the review items (the revisions 0005 wrote stay, as
    history; a later upgrade migrates their heads again)."""
    for table in IMMUTABLE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.execute("DROP INDEX IF EXISTS ix_case_revision_killed")
    op.execute("DROP INDEX IF EXISTS ix_case_revision_ident")
    with op.batch_alter_table('act_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_act_review_record_id'))
    op.drop_table('act_review')
    with op.batch_alter_table('case_act_perpetrator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_act_perpetrator_act_id'))
    op.drop_table('case_act_perpetrator')
    with op.batch_alter_table('case_act', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_act_revision_id'))
    op.drop_table('case_act')
    # SQLite's own DROP COLUMN (not a batch copy of the table, which would lose case_revision's
    # append-only triggers and trip the foreign keys of its child tables).
    op.execute("ALTER TABLE case_revision DROP COLUMN conflict_related")


# -- the data step ----------------------------------------------------------------------------------

def _give_records_acts(conn: sa.Connection) -> None:
    # This step imports the live store code (revision_batch, RevisionWriter, audit) instead of a frozen
    # copy: the new revisions must be written exactly as the app writes them (content hash, search index,
    # people links, audit chain). That holds while the models are those of this release; a later
    # migration that changes the revision tables must freeze what this step needs into this file.
    from fieldcase.frameworks.derivation import builtin_derivation
    from fieldcase.store import audit, cases, revision_batch

    table = builtin_derivation()
    # A current revision that arrived by sync is its author's to migrate: their upgraded app sends the
    # migrated revision, and a second, local migration revision would meet it as an edit on both sides.
    # Such records are listed for review until that revision arrives. They go through the same derivation
    # all the same: a record the migration does not change gets no revision from its author either, so it
    # gets the review items its author's workspace gets instead of waiting for a revision that never comes.
    needs = """(r.killed > 0
           OR EXISTS (SELECT 1 FROM case_person p WHERE p.revision_id = r.id AND p.role = 'victim')
           OR EXISTS (SELECT 1 FROM case_violation v WHERE v.revision_id = r.id)
           OR EXISTS (SELECT 1 FROM case_death d WHERE d.revision_id = r.id))"""
    synced = "EXISTS (SELECT 1 FROM sync_revision_origin o WHERE o.revision_id = r.id)"
    # a Row unpacks to `object` for mypy: these are (revision id, synced) tuples
    found = cast(Sequence[tuple[int, int]], conn.execute(sa.text(f"""
        SELECT r.id, {synced} FROM case_head h JOIN case_revision r ON r.id = h.revision_id
        WHERE {needs} ORDER BY r.id""")).all())
    rows = [rid for rid, _synced in found]
    by_sync = {rid for rid, is_synced in found if is_synced}
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")  # as workspace.utc_now
    for start in range(0, len(rows), BATCH):
        ids = list(rows[start:start + BATCH])
        records = revision_batch.load(conn, ids)
        links: dict[int, list[tuple[str, str, bool]]] = {}
        for rid, person_id, role, linked in cast(Iterable[tuple[int, str, str, int]], conn.execute(sa.text(
                "SELECT revision_id, person_id, role, act_linked_to_work FROM case_person "
                "WHERE revision_id IN (SELECT value FROM json_each(:ids)) ORDER BY id"), {"ids": json.dumps(ids)})):
            links.setdefault(rid, []).append((person_id, role, bool(linked)))
        newest = cases._latest(conn, cases.PERSON, "person_id",
                               sorted({p for group in links.values() for p, _r, _l in group}))
        writer = cases.RevisionWriter(conn)
        reviews: list[dict[str, object]] = []
        migrated: list[int] = []  # the revision each new one replaces, in the writer's order
        for rid in ids:
            old = records[rid]
            group = links.get(rid, [])
            # People as they are now (their newest revision), so the writer adds no person revisions and
            # the new revision reads back (people as of its own time) exactly as hashed.
            people = tuple(cases._person_link(_Link(pid, role), newest[pid]) for pid, role, _linked in group)
            victims: list[tuple[str, bool]] = []
            seen: set[str] = set()
            for (pid, role, linked), person in zip(group, people, strict=True):
                if role == "victim" and pid not in seen:
                    seen.add(pid)
                    victims.append((person.pseudonym, linked))
            acts, items = derive_acts(old, victims, table)
            conflict = True if old.deaths else None
            if (old.casualties.killed or 0) > 0 and not old.deaths:
                items.append((None, "conflict_relation_not_recorded",
                              f"The record gives {old.casualties.killed} killed but no SDG 16.1.2 lines: whether "
                              "the deaths are related to an armed conflict was not recorded. Set conflict_related "
                              "before they count for SDG 16.1.2."))
            violations = tuple(v for v in old.violation_types if not v.startswith(LEGACY))
            new = replace(old, people=people, acts=tuple(acts), conflict_related=conflict, violation_types=violations,
                          rev=(old.rev or 0) + 1, author=AUTHOR, created_at=now)
            changed = (new.acts, new.conflict_related, new.violation_types) != (
                old.acts, old.conflict_related, old.violation_types)
            if changed and rid in by_sync:
                reviews.append({"record_id": old.id, "rev": old.rev, "act_position": None,
                                "reason": "awaiting_author_migration", "created_at": now,
                                "detail": "This revision came by sync from another workspace written before acts "
                                          "existed; its author's upgraded app will send it with acts."})
                continue
            if changed:
                writer.add(new, AUTHOR, now)
                migrated.append(old.rev or 0)
            rev = new.rev if changed else old.rev
            reviews += [{"record_id": old.id, "rev": rev, "act_position": pos, "reason": reason, "detail": detail,
                         "created_at": now} for pos, reason, detail in items]
        hashes = writer.write()[1] if writer.records else []
        audit.append(conn, writer.entity_events + [
            audit.AuditEvent("case.migrate", "case", r.id or "", r.rev,
                             {"content_hash": h, "from_rev": from_rev, "reason": "acts"})
            for from_rev, r, h in zip(migrated, writer.records, hashes, strict=True)], actor=AUTHOR, at=now)
        if reviews:
            conn.execute(sa.text("INSERT INTO act_review (record_id, rev, act_position, reason, detail, created_at) "
                                 "VALUES (:record_id, :rev, :act_position, :reason, :detail, :created_at)"), reviews)


class _Link:
    """The two fields of a case_person row that cases._person_link reads."""

    def __init__(self, person_id: str, role: str) -> None:
        self.person_id, self.role = person_id, role


def derive_acts(record: CaseRecord, victims: Sequence[tuple[str, bool]], table: DerivationTable,
                ) -> tuple[list[Act], list[tuple[int | None, str, str]]]:
    """The acts of a release-0.1 record and the review items they leave: (position | None, reason, detail).

    `victims`: (pseudonym, linked to work) of each victim, in the record's order.
    """
    from fieldcase.domain.records import Act, Perpetrator

    status, category = record.perpetrator_status, record.perpetrator_category
    perpetrators = () if status == "unknown" and category is None else (Perpetrator(status, category),)
    statuses = [p.status for p in perpetrators]
    act_types = [v for v in record.violation_types if v.startswith(HURIDOCS_ACT)]
    legacy = [c for c in SERIOUSNESS if c in record.violation_types]
    acts: list[Act] = []
    owner: list[int] = []  # the victim (index in `victims`) of each act
    for index, (pseudonym, linked) in enumerate(victims):
        for act_type in act_types:
            acts.append(Act(victim=pseudonym, act_type=act_type, perpetrators=perpetrators, linked_to_work=linked))
            owner.append(index)

    def derived(act: Act) -> Derived:
        return table.derive(act.act_type, statuses, act.state_due_diligence_failure, act.fate_concealed)

    items: list[tuple[int | None, str, str]] = []
    for index, (pseudonym, linked) in enumerate(victims):
        for code in legacy:
            mine = [i for i, o in enumerate(owner) if o == index]
            counted = {acts[i].sdg_override or derived(acts[i]).sdg_type for i in mine}
            if code in counted:
                continue
            matching = [i for cls in CLASSES[code] for i in mine
                        if derived(acts[i]).act_class == cls and acts[i].sdg_override is None]
            if code == "sdg16101.E" and status in ("non_state", "unknown"):
                pos = matching[0] if matching else None
                items.append((pos, "due_diligence_not_assessed",
                              f"{pseudonym} was coded {code} by hand before acts existed, with a "
                              f"{status.replace('_', '-')} perpetrator. Release 0.1 took that code as proof that the "
                              "State failed in its due diligence; it is not. Record that finding on the act, or "
                              "the act does not count for SDG 16.10.1."))
                continue
            uncovered = [i for i in mine if derived(acts[i]).act_class is None and acts[i].sdg_override is None]
            if matching or uncovered:
                target = (matching or uncovered)[0]
            else:
                acts.append(Act(victim=pseudonym, act_type=OTHER_ACT, perpetrators=perpetrators,
                                linked_to_work=linked))
                owner.append(index)
                target = len(acts) - 1
            acts[target] = replace(acts[target], sdg_override=code, override_rationale=CARRIED_OVER)
            items.append((target, "legacy_sdg_code_carried_over",
                          f"{pseudonym} was coded {code} by hand before acts existed; act {target + 1} "
                          f"({acts[target].act_type}) now carries it as an override. Confirm the act type and "
                          "the derivation."))
    for i, act in enumerate(acts):
        result = derived(act)
        if (result.excluded == "due_diligence_not_assessed"
                and (i, "due_diligence_not_assessed") not in {(p, r) for p, r, _d in items}):
            items.append((i, "due_diligence_not_assessed",
                          f"Act {i + 1} ({act.act_type}, {act.victim}) by a non-State perpetrator counts for SDG "
                          "16.10.1 only when the State failed in its due diligence, which was not assessed."))
    return acts, items
