"""Fact-check workflow, saved SQL queries, API tokens, and views made to be queried.

Adds the claim's fact-check and attribution fields and its check-worthiness, the
``saved_query`` and ``api_token`` tables, the views ``claim_occurrences`` and
``speaker_stats`` (``claims_summary`` gains columns), and on PostgreSQL the role
``tracker_reader`` that the SQL console runs under: it may read every table except
the secret columns (password and token hashes), and write nothing.

Revision ID: 32f06a9b106c
Revises: 66ff5b7e6732
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "32f06a9b106c"
down_revision: str | None = "66ff5b7e6732"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READER = "tracker_reader"

# Unchanged, but SQLite cannot rebuild the claim table while a view reads it.
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

OLD_CLAIMS_SUMMARY = """
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
    MAX(COALESCE(q.said_on, a.published)) AS last_seen,
    c.factcheck_url,
    c.checked_at,
    u.username AS assignee,
    c.attribution_status,
    c.checkworthiness
FROM claim AS c
LEFT JOIN speaker AS s ON s.id = c.speaker_id
LEFT JOIN app_user AS u ON u.id = c.assignee_id
LEFT JOIN quotation AS q ON q.claim_id = c.id AND q.deleted_at IS NULL
LEFT JOIN article AS a ON a.id = q.article_id
WHERE c.deleted_at IS NULL
GROUP BY c.id, c.canonical_text, c.speaker_id, s.name, c.factcheck_status, c.verdict,
    c.factcheck_url, c.checked_at, u.username, c.attribution_status, c.checkworthiness
"""

# One row per mention of a claim. link_method and link_score come from the strongest
# kept link (automatic or confirmed) that joins the mention to another one of the claim;
# mention_rank numbers the mentions in the order they were said (1 = first).
CLAIM_OCCURRENCES = """
CREATE VIEW claim_occurrences AS
SELECT
    c.id AS claim_id,
    c.canonical_text AS claim_text,
    q.id AS quotation_id,
    q.text AS quotation_text,
    q.type,
    q.speaker_id,
    s.name AS speaker,
    q.said_on,
    q.medium,
    q.review_status,
    a.id AS article_id,
    a.title AS article_title,
    a.url AS article_url,
    a.language,
    a.published,
    o.name AS outlet,
    (SELECT l.method FROM quotation_link AS l
      WHERE (l.quotation_a_id = q.id OR l.quotation_b_id = q.id)
        AND l.status IN ('auto', 'confirmed')
      ORDER BY l.score DESC, l.id LIMIT 1) AS link_method,
    (SELECT MAX(l.score) FROM quotation_link AS l
      WHERE (l.quotation_a_id = q.id OR l.quotation_b_id = q.id)
        AND l.status IN ('auto', 'confirmed')) AS link_score,
    ROW_NUMBER() OVER (
        PARTITION BY c.id ORDER BY COALESCE(q.said_on, a.published), a.published, q.id
    ) AS mention_rank
FROM claim AS c
JOIN quotation AS q ON q.claim_id = c.id AND q.deleted_at IS NULL
JOIN article AS a ON a.id = q.article_id
LEFT JOIN outlet AS o ON o.id = a.outlet_id
LEFT JOIN speaker AS s ON s.id = q.speaker_id
WHERE c.deleted_at IS NULL
"""

SPEAKER_STATS = """
CREATE VIEW speaker_stats AS
SELECT
    s.id AS speaker_id,
    s.name,
    s.kind,
    s.description,
    (SELECT COUNT(*) FROM speaker_alias AS sa WHERE sa.speaker_id = s.id) AS aliases,
    COUNT(q.id) AS quotations,
    SUM(CASE WHEN q.type = 'direct' THEN 1 ELSE 0 END) AS direct,
    SUM(CASE WHEN q.type = 'partial' THEN 1 ELSE 0 END) AS partial,
    SUM(CASE WHEN q.type = 'indirect' THEN 1 ELSE 0 END) AS indirect,
    COUNT(DISTINCT q.article_id) AS articles,
    COUNT(DISTINCT a.outlet_id) AS outlets,
    COUNT(DISTINCT q.claim_id) AS claims,
    MIN(COALESCE(q.said_on, a.published)) AS first_quoted,
    MAX(COALESCE(q.said_on, a.published)) AS last_quoted
FROM speaker AS s
LEFT JOIN quotation AS q ON q.speaker_id = s.id AND q.deleted_at IS NULL
LEFT JOIN article AS a ON a.id = q.article_id
WHERE s.deleted_at IS NULL
GROUP BY s.id, s.name, s.kind, s.description
"""

# The console's role: SELECT on everything but the secrets, nothing else. A role is
# cluster-wide, so it is created once and granted per database.
GRANT_READER = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER}') THEN
        BEGIN
            CREATE ROLE {READER} NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'cannot create role {READER}: the SQL console stays unavailable';
            RETURN;
        END;
    END IF;
    GRANT USAGE ON SCHEMA public TO {READER};
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER};
    REVOKE SELECT ON app_user, api_token FROM {READER};
    GRANT SELECT (id, username, role, active, created_at) ON app_user TO {READER};
    GRANT SELECT (id, user_id, name, prefix, created_at, last_used_at, revoked_at)
        ON api_token TO {READER};
END
$$;
"""

REVOKE_READER = f"""
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER}') THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {READER};
        REVOKE ALL ON SCHEMA public FROM {READER};
    END IF;
END
$$;
"""


def upgrade() -> None:
    # SQLite rebuilds the claim table below; views that read it must not exist meanwhile.
    op.execute("DROP VIEW IF EXISTS claims_summary")
    op.execute("DROP VIEW IF EXISTS quotations_flat")
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("last_used_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.Column("revoked_at", tracker.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_api_token_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_token_user_id"), ["user_id"], unique=False)

    op.create_table(
        "saved_query",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("sql", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tracker.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_saved_query_created_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_query")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_query_name")),
    )
    with op.batch_alter_table("saved_query", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_saved_query_created_by_id"), ["created_by_id"], unique=False
        )

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("factcheck_explanation", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("checked_at", tracker.db.base.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "attribution_status",
                sa.Enum(
                    "unverified",
                    "verified",
                    "disputed",
                    "misattributed",
                    name="attribution_status",
                    native_enum=False,
                    create_constraint=True,
                ),
                nullable=False,
                server_default="unverified",
            )
        )
        batch_op.add_column(sa.Column("attribution_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("checkworthiness", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("checkworthiness_signals", sa.JSON(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_claim_checkworthiness"), ["checkworthiness"], unique=False
        )

    op.execute(QUOTATIONS_FLAT)
    op.execute(CLAIMS_SUMMARY)
    op.execute(CLAIM_OCCURRENCES)
    op.execute(SPEAKER_STATS)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANT_READER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(REVOKE_READER)
    op.execute("DROP VIEW IF EXISTS speaker_stats")
    op.execute("DROP VIEW IF EXISTS claim_occurrences")
    op.execute("DROP VIEW IF EXISTS claims_summary")
    op.execute("DROP VIEW IF EXISTS quotations_flat")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_checkworthiness"))
        batch_op.drop_column("checkworthiness_signals")
        batch_op.drop_column("checkworthiness")
        batch_op.drop_column("attribution_note")
        batch_op.drop_constraint("attribution_status", type_="check")
        batch_op.drop_column("attribution_status")
        batch_op.drop_column("checked_at")
        batch_op.drop_column("factcheck_explanation")

    with op.batch_alter_table("saved_query", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_query_created_by_id"))

    op.drop_table("saved_query")
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_token_user_id"))

    op.drop_table("api_token")

    op.execute(QUOTATIONS_FLAT)
    op.execute(OLD_CLAIMS_SUMMARY)
