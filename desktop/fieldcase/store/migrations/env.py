"""Alembic environment: always driven in-process with an open connection (see store/migrate.py)."""

from alembic import context

from fieldcase.store.migrate import include_name
from fieldcase.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
