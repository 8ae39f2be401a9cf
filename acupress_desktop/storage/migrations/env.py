"""Alembic environment: migrations run on the connection the app hands over (see user_db.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from acupress_desktop.storage.user_models import UserBase


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=UserBase.metadata,
        render_as_batch=True,
        on_version_apply=context.config.attributes.get("on_version_apply"),  # progress shown by the window
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations(context.config.attributes["connection"])
