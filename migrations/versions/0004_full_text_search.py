"""Full-text search over quotations, and the claim's outlet count for ranking.

SQLite: an FTS5 table with the quotation text as external content (no copy of the
text), kept in step by triggers, with accents folded (``remove_diacritics 2``).
PostgreSQL: a GIN index on ``to_tsvector('simple', text)``, language-neutral since the
corpus mixes languages.

Revision ID: 9b4d2c7e1f30
Revises: 32f06a9b106c
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9b4d2c7e1f30"
down_revision: str | None = "32f06a9b106c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = [
    """CREATE VIRTUAL TABLE quotation_fts USING fts5(
        text, content='quotation', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotation_fts_insert AFTER INSERT ON quotation BEGIN
        INSERT INTO quotation_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotation_fts_delete AFTER DELETE ON quotation BEGIN
        INSERT INTO quotation_fts(quotation_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotation_fts_update AFTER UPDATE OF text ON quotation BEGIN
        INSERT INTO quotation_fts(quotation_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotation_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    "INSERT INTO quotation_fts(quotation_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    # Plain ALTER TABLE, not a batch rebuild: SQLite's views that read claim stay valid.
    op.add_column(
        "claim", sa.Column("outlet_count", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_index(op.f("ix_claim_outlet_count"), "claim", ["outlet_count"], unique=False)
    op.execute(
        """UPDATE claim SET outlet_count = (
            SELECT COUNT(DISTINCT a.outlet_id) FROM quotation AS q
            JOIN article AS a ON a.id = q.article_id
            WHERE q.claim_id = claim.id AND q.deleted_at IS NULL)"""
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute(
            "CREATE INDEX ix_quotation_text_fts ON quotation "
            "USING gin (to_tsvector('simple', text))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS quotation_fts_{name}")
        op.execute("DROP TABLE IF EXISTS quotation_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_quotation_text_fts")
    op.drop_index(op.f("ix_claim_outlet_count"), table_name="claim")
    op.drop_column("claim", "outlet_count")
