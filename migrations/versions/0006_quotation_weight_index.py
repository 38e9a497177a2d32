"""Each quotation's link weight in an index beside its id: the incremental linker reads the
weights of thousands of candidates, which this index holds in a few pages instead of one
table page each (on a cold cache, one disk read each).

Revision ID: 7c2f4b8e1d06
Revises: 5e1a7c3d9b20
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "7c2f4b8e1d06"
down_revision: str | None = "5e1a7c3d9b20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_quotation_id_link_weight", "quotation", ["id", "link_weight"])


def downgrade() -> None:
    op.drop_index("ix_quotation_id_link_weight", table_name="quotation")
