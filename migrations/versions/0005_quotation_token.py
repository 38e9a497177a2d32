"""The linker's inverted index of quotation tokens and each quotation's token weight,
filled from the stored quotations.

Revision ID: 5e1a7c3d9b20
Revises: 9b4d2c7e1f30
Create Date: 2026-11-21
"""

import math
from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.linking.blocking import token_weight
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
    # Plain ALTER TABLE, not a batch rebuild: SQLite's views that read quotation stay valid.
    op.add_column("quotation", sa.Column("link_weight", sa.Float(), nullable=True))
    bind = op.get_bind()
    texts = bind.execute(sa.text("SELECT id, text FROM quotation ORDER BY id")).all()
    tokens = {qid: link_tokens(normalize(text)) for qid, text in texts}
    df = Counter(tok for toks in tokens.values() for tok in toks)
    n = max(tokens, default=1)
    ids = list(tokens)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        values = [{"token": tok, "quotation_id": qid} for qid in chunk for tok in tokens[qid]]
        if values:
            bind.execute(sa.insert(token), values)
        bind.execute(
            sa.text("UPDATE quotation SET link_weight = :w WHERE id = :qid"),
            [
                {"qid": qid, "w": math.fsum(token_weight(df[t], n) for t in tokens[qid])}
                for qid in chunk
            ],
        )


def downgrade() -> None:
    op.drop_column("quotation", "link_weight")
    op.drop_index(op.f("ix_quotation_token_quotation_id"), table_name="quotation_token")
    op.drop_table("quotation_token")
