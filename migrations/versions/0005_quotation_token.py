"""The linker's inverted index of quotation tokens, filled from the stored quotations.

Revision ID: 5e1a7c3d9b20
Revises: 9b4d2c7e1f30
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.linking.normalize import link_tokens, normalize

revision: str = "5e1a7c3d9b20"
down_revision: str | None = "9b4d2c7e1f30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000


def upgrade() -> None:
    token = op.create_table(
        "quotation_token",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("quotation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quotation_id"],
            ["quotation.id"],
            name=op.f("fk_quotation_token_quotation_id_quotation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token", "quotation_id", name=op.f("pk_quotation_token")),
    )
    op.create_index(
        op.f("ix_quotation_token_quotation_id"), "quotation_token", ["quotation_id"], unique=False
    )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, text FROM quotation ORDER BY id"))
    while batch := rows.fetchmany(BATCH):
        values = [
            {"token": tok, "quotation_id": qid}
            for qid, text in batch
            for tok in link_tokens(normalize(text))
        ]
        if values:
            bind.execute(sa.insert(token), values)


def downgrade() -> None:
    op.drop_index(op.f("ix_quotation_token_quotation_id"), table_name="quotation_token")
    op.drop_table("quotation_token")
