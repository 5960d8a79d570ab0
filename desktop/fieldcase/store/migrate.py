"""Schema migrations, run inside the app at unlock (never from a launcher script)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ..errors import CorruptWorkspace

if TYPE_CHECKING:  # alembic is imported lazily (start-up time)
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration; a test checks it matches the scripts, so unlock can skip importing alembic
# (a noticeable part of start-up) when the store is already current.
HEAD_REVISION = "0019_drop_duplicate_indexes"


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Autogenerate ignores the FTS5 indexes and their shadow tables: they are created by raw SQL."""
    return not (type_ == "table" and name is not None and name.startswith(("case_fts", "case_search")))


def _config(connection: object) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    if target == "head" and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        with engine.begin() as conn:
            command.upgrade(_config(conn), target)
    except CommandError as exc:
        raise CorruptWorkspace("The store's schema is from a newer or unknown version of Fieldcase "
                               "({reason}); it was left untouched.", reason=exc) from None


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(_config(conn), target)


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(None)).get_current_head() or ""
