"""Speaker alias surname: match a surname alone, and spellings across scripts.

Revision ID: 66ff5b7e6732
Revises: e96259c96d5e
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "66ff5b7e6732"
down_revision: str | None = "e96259c96d5e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

alias = sa.table(
    "speaker_alias",
    sa.column("id", sa.Integer),
    sa.column("normalized", sa.String),
    sa.column("surname", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("surname", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_speaker_alias_surname"), ["surname"], unique=False)
    # Backfill: the surname is the last word of the normalised key.
    bind = op.get_bind()
    rows = bind.execute(sa.select(alias.c.id, alias.c.normalized)).all()
    for row_id, normalized in rows:
        surname = (normalized or "").rsplit(" ", 1)[-1][:120]
        bind.execute(alias.update().where(alias.c.id == row_id).values(surname=surname))


def downgrade() -> None:
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_alias_surname"))
        batch_op.drop_column("surname")
