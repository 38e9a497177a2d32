"""Initial schema: articles, quotations, speakers, claims and links, review, audit, views.

Revision ID: e96259c96d5e
Revises:
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "e96259c96d5e"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTATIONS_FLAT = """
CREATE VIEW quotations_flat AS
SELECT
    q.id AS quotation_id,
    q.type,
    q.text,
    q.span_start,
    q.span_end,
    q.speaker_mention,
    q.cue,
    q.said_on,
    q.medium,
    q.confidence,
    q.origin,
    q.review_status,
    q.speaker_id,
    s.name AS speaker,
    s.kind AS speaker_kind,
    q.article_id,
    a.title AS article_title,
    a.url AS article_url,
    a.language,
    a.published,
    a.outlet_id,
    o.name AS outlet,
    q.claim_id,
    c.canonical_text AS claim_text
FROM quotation AS q
JOIN article AS a ON a.id = q.article_id
LEFT JOIN outlet AS o ON o.id = a.outlet_id
LEFT JOIN speaker AS s ON s.id = q.speaker_id
LEFT JOIN claim AS c ON c.id = q.claim_id AND c.deleted_at IS NULL
WHERE q.deleted_at IS NULL
"""

CLAIMS_SUMMARY = """
CREATE VIEW claims_summary AS
SELECT
    c.id AS claim_id,
    c.canonical_text,
    c.speaker_id,
    s.name AS speaker,
    c.factcheck_status,
    c.verdict,
    COUNT(q.id) AS mentions,
    COUNT(DISTINCT q.article_id) AS articles,
    COUNT(DISTINCT a.outlet_id) AS outlets,
    MIN(COALESCE(q.said_on, a.published)) AS first_seen,
    MAX(COALESCE(q.said_on, a.published)) AS last_seen
FROM claim AS c
LEFT JOIN speaker AS s ON s.id = c.speaker_id
LEFT JOIN quotation AS q ON q.claim_id = c.id AND q.deleted_at IS NULL
LEFT JOIN article AS a ON a.id = q.article_id
WHERE c.deleted_at IS NULL
GROUP BY c.id, c.canonical_text, c.speaker_id, s.name, c.factcheck_status, c.verdict
"""


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "viewer",
                "annotator",
                "admin",
                name="user_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "ingest_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("finished_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("quotations", sa.Integer(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_run")),
    )
    op.create_table(
        "outlet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlet")),
        sa.UniqueConstraint("name", name=op.f("uq_outlet_name")),
    )
    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "person",
                "organization",
                "anonymous",
                "unknown",
                name="speaker_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker")),
    )
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_name"), ["name"], unique=False)

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_path", sa.String(length=2000), nullable=True),
        sa.Column("ingest_run_id", sa.Integer(), nullable=True),
        sa.Column("ingested_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ingest_run_id"], ["ingest_run.id"], name=op.f("fk_article_ingest_run_id_ingest_run")
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlet.id"], name=op.f("fk_article_outlet_id_outlet")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_article_content_hash")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_ingest_run_id"), ["ingest_run_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_article_language"), ["language"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_outlet_id"), ["outlet_id"], unique=False)
        batch_op.create_index("ix_article_published_id", ["published", "id"], unique=False)

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_text", sa.Text(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.Column(
            "factcheck_status",
            sa.Enum(
                "new",
                "check_worthy",
                "assigned",
                "in_review",
                "checked",
                "not_checkable",
                name="factcheck_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("verdict", sa.String(length=200), nullable=True),
        sa.Column("factcheck_url", sa.String(length=2000), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["app_user.id"], name=op.f("fk_claim_assignee_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_claim_speaker_id_speaker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_claim_factcheck_status"), ["factcheck_status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_claim_first_seen"), ["first_seen"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_last_seen"), ["last_seen"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_mention_count"), ["mention_count"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_speaker_id"), ["speaker_id"], unique=False)

    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("reverted_revision_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["reverted_revision_id"],
            ["revision.id"],
            name=op.f("fk_revision_reverted_revision_id_revision"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_revision_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision")),
    )
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revision_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_revision_reverted_revision_id"), ["reverted_revision_id"], unique=False
        )
        batch_op.create_index("ix_revision_target", ["table_name", "row_id", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revision_user_id"), ["user_id"], unique=False)

    op.create_table(
        "speaker_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("normalized", sa.String(length=300), nullable=False),
        sa.Column(
            "origin",
            sa.Enum(
                "extracted",
                "analyst",
                name="alias_origin",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_speaker_alias_speaker_id_speaker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_alias")),
        sa.UniqueConstraint("alias", name=op.f("uq_speaker_alias_alias")),
    )
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_speaker_alias_normalized"), ["normalized"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_speaker_alias_speaker_id"), ["speaker_id"], unique=False
        )

    op.create_table(
        "quotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "direct",
                "partial",
                "indirect",
                name="quote_type",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("speaker_mention", sa.String(length=300), nullable=True),
        sa.Column("mention_start", sa.Integer(), nullable=True),
        sa.Column("mention_end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.String(length=200), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("said_on", sa.Date(), nullable=True),
        sa.Column("medium", sa.String(length=100), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("continues_id", sa.Integer(), nullable=True),
        sa.Column(
            "origin",
            sa.Enum(
                "extracted",
                "analyst",
                name="quotation_origin",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "confirmed",
                "rejected",
                name="review_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "span_start >= 0 AND span_end > span_start", name=op.f("ck_quotation_span")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_quotation_article_id_article")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_quotation_claim_id_claim")
        ),
        sa.ForeignKeyConstraint(
            ["continues_id"], ["quotation.id"], name=op.f("fk_quotation_continues_id_quotation")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"], ["app_user.id"], name=op.f("fk_quotation_reviewed_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_quotation_speaker_id_speaker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotation")),
    )
    with op.batch_alter_table("quotation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quotation_article_id"), ["article_id"], unique=False)
        batch_op.create_index(
            "ix_quotation_article_span", ["article_id", "span_start"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_quotation_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_quotation_continues_id"), ["continues_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_quotation_medium"), ["medium"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_quotation_reviewed_by_id"), ["reviewed_by_id"], unique=False
        )
        batch_op.create_index("ix_quotation_said_on_id", ["said_on", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotation_speaker_id"), ["speaker_id"], unique=False)
        batch_op.create_index("ix_quotation_status_id", ["review_status", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotation_type"), ["type"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quotation_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "(quotation_id IS NOT NULL) <> (claim_id IS NOT NULL)", name=op.f("ck_note_one_target")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_note_author_id_app_user")
        ),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_note_claim_id_claim")),
        sa.ForeignKeyConstraint(
            ["quotation_id"], ["quotation.id"], name=op.f("fk_note_quotation_id_quotation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_quotation_id"), ["quotation_id"], unique=False)

    op.create_table(
        "quotation_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quotation_a_id", sa.Integer(), nullable=False),
        sa.Column("quotation_b_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "auto",
                "suggested",
                "confirmed",
                "rejected",
                name="link_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "quotation_a_id < quotation_b_id", name=op.f("ck_quotation_link_ordered_pair")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["app_user.id"],
            name=op.f("fk_quotation_link_decided_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["quotation_a_id"],
            ["quotation.id"],
            name=op.f("fk_quotation_link_quotation_a_id_quotation"),
        ),
        sa.ForeignKeyConstraint(
            ["quotation_b_id"],
            ["quotation.id"],
            name=op.f("fk_quotation_link_quotation_b_id_quotation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotation_link")),
        sa.UniqueConstraint(
            "quotation_a_id",
            "quotation_b_id",
            name=op.f("uq_quotation_link_quotation_a_id_quotation_b_id"),
        ),
    )
    with op.batch_alter_table("quotation_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quotation_link_decided_by_id"), ["decided_by_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_quotation_link_quotation_a_id"), ["quotation_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_quotation_link_quotation_b_id"), ["quotation_b_id"], unique=False
        )
        batch_op.create_index("ix_quotation_link_status_score", ["status", "score"], unique=False)

    op.create_table(
        "quotation_tag",
        sa.Column("quotation_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quotation_id"], ["quotation.id"], name=op.f("fk_quotation_tag_quotation_id_quotation")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], name=op.f("fk_quotation_tag_tag_id_tag")),
        sa.PrimaryKeyConstraint("quotation_id", "tag_id", name=op.f("pk_quotation_tag")),
    )
    with op.batch_alter_table("quotation_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quotation_tag_tag_id"), ["tag_id"], unique=False)

    op.execute(QUOTATIONS_FLAT)
    op.execute(CLAIMS_SUMMARY)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_summary")
    op.execute("DROP VIEW IF EXISTS quotations_flat")
    with op.batch_alter_table("quotation_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotation_tag_tag_id"))

    op.drop_table("quotation_tag")
    with op.batch_alter_table("quotation_link", schema=None) as batch_op:
        batch_op.drop_index("ix_quotation_link_status_score")
        batch_op.drop_index(batch_op.f("ix_quotation_link_quotation_b_id"))
        batch_op.drop_index(batch_op.f("ix_quotation_link_quotation_a_id"))
        batch_op.drop_index(batch_op.f("ix_quotation_link_decided_by_id"))

    op.drop_table("quotation_link")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_quotation_id"))
        batch_op.drop_index(batch_op.f("ix_note_claim_id"))
        batch_op.drop_index(batch_op.f("ix_note_author_id"))

    op.drop_table("note")
    with op.batch_alter_table("quotation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotation_type"))
        batch_op.drop_index("ix_quotation_status_id")
        batch_op.drop_index(batch_op.f("ix_quotation_speaker_id"))
        batch_op.drop_index("ix_quotation_said_on_id")
        batch_op.drop_index(batch_op.f("ix_quotation_reviewed_by_id"))
        batch_op.drop_index(batch_op.f("ix_quotation_medium"))
        batch_op.drop_index(batch_op.f("ix_quotation_continues_id"))
        batch_op.drop_index(batch_op.f("ix_quotation_claim_id"))
        batch_op.drop_index("ix_quotation_article_span")
        batch_op.drop_index(batch_op.f("ix_quotation_article_id"))

    op.drop_table("quotation")
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_alias_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_speaker_alias_normalized"))

    op.drop_table("speaker_alias")
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revision_user_id"))
        batch_op.drop_index("ix_revision_target")
        batch_op.drop_index(batch_op.f("ix_revision_reverted_revision_id"))
        batch_op.drop_index(batch_op.f("ix_revision_created_at"))

    op.drop_table("revision")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_claim_mention_count"))
        batch_op.drop_index(batch_op.f("ix_claim_last_seen"))
        batch_op.drop_index(batch_op.f("ix_claim_first_seen"))
        batch_op.drop_index(batch_op.f("ix_claim_factcheck_status"))
        batch_op.drop_index(batch_op.f("ix_claim_assignee_id"))

    op.drop_table("claim")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index("ix_article_published_id")
        batch_op.drop_index(batch_op.f("ix_article_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_article_language"))
        batch_op.drop_index(batch_op.f("ix_article_ingest_run_id"))

    op.drop_table("article")
    op.drop_table("tag")
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_name"))

    op.drop_table("speaker")
    op.drop_table("outlet")
    op.drop_table("ingest_run")
    op.drop_table("app_user")
