"""Baseline: the schema as `create_all` made it before migrations (inbox, knowledge-base log, insights).

A database made before migrations (no ``alembic_version`` table) goes through this one too: it creates only the
tables that are missing (the knowledge-base and insights tables were created on first use, so an older database
may lack them) and adds ``handovers.spam``, the one column added after the first release; rows are kept.
Migrations after this one are ordinary: a database is at 0001 once this ran.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = set(sa.inspect(op.get_bind()).get_table_names())

    def table(name: str, *columns: sa.SchemaItem, indexes: list[tuple[str, list[str], bool]] = ()) -> None:
        if name in present:
            return
        op.create_table(name, *columns)
        for index, index_columns, unique in indexes:
            op.create_index(index, name, index_columns, unique=unique)

    table('canned_replies',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('title', sa.String(length=120), nullable=False),
          sa.Column('text', sa.Text(), nullable=False),
          sa.Column('language', sa.String(length=8), nullable=True),
          sa.Column('archived', sa.Boolean(), nullable=False),
          sa.Column('created_by', sa.String(length=64), nullable=False),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
          sa.PrimaryKeyConstraint('id'))
    table('handovers',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('sender_id', sa.String(length=255), nullable=False),
          sa.Column('channel', sa.String(length=64), nullable=False),
          sa.Column('language', sa.String(length=8), nullable=False),
          sa.Column('reasons', sa.JSON(), nullable=False),
          sa.Column('priority', sa.Integer(), nullable=False),
          sa.Column('explanation', sa.Text(), nullable=False),
          sa.Column('summary', sa.Text(), nullable=False),
          sa.Column('state', sa.String(length=16), nullable=False),
          sa.Column('assigned_to', sa.String(length=255), nullable=True),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('spam', sa.JSON(), nullable=True),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_handovers_created_at', ['created_at'], False),
                   ('ix_handovers_priority', ['priority'], False),
                   ('ix_handovers_sender_id', ['sender_id'], False),
                   ('ix_handovers_state', ['state'], False)])
    table('insight_alerts',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('topic_id', sa.Integer(), nullable=True),
          sa.Column('topic_label', sa.String(length=200), nullable=False),
          sa.Column('began_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('detected_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
          sa.Column('observed', sa.Integer(), nullable=False),
          sa.Column('expected', sa.Float(), nullable=False),
          sa.Column('baseline_share', sa.Float(), nullable=False),
          sa.Column('share', sa.Float(), nullable=False),
          sa.Column('statistic', sa.Float(), nullable=False),
          sa.Column('channels', sa.JSON(), nullable=False),
          sa.Column('examples', sa.JSON(), nullable=False),
          sa.Column('state', sa.String(length=16), nullable=False),
          sa.Column('acknowledged_by', sa.String(length=64), nullable=True),
          sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
          sa.Column('notified', sa.JSON(), nullable=False),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_insight_alerts_detected_at', ['detected_at'], False),
                   ('ix_insight_alerts_state', ['state'], False),
                   ('ix_insight_alerts_topic_id', ['topic_id'], False)])
    table('insight_digests',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('week', sa.String(length=10), nullable=False),
          sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('via', sa.JSON(), nullable=False),
          sa.PrimaryKeyConstraint('id'),
          sa.UniqueConstraint('week'))
    table('insight_feedback',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('reply_id', sa.String(length=32), nullable=False),
          sa.Column('sender_id', sa.String(length=255), nullable=False),
          sa.Column('vote', sa.String(length=8), nullable=False),
          sa.Column('at', sa.DateTime(timezone=True), nullable=False),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_insight_feedback_at', ['at'], False),
                   ('ix_insight_feedback_reply_id', ['reply_id'], True),
                   ('ix_insight_feedback_sender_id', ['sender_id'], False)])
    table('insight_messages',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('sender_id', sa.String(length=255), nullable=False),
          sa.Column('channel', sa.String(length=64), nullable=False),
          sa.Column('language', sa.String(length=8), nullable=False),
          sa.Column('kind', sa.String(length=16), nullable=False),
          sa.Column('opens', sa.Boolean(), nullable=False),
          sa.Column('reasons', sa.String(length=200), nullable=False),
          sa.Column('negative', sa.Boolean(), nullable=False),
          sa.Column('sarcastic', sa.Boolean(), nullable=False),
          sa.Column('handed_over', sa.Boolean(), nullable=False),
          sa.Column('gap', sa.String(length=32), nullable=False),
          sa.Column('text', sa.Text(), nullable=False),
          sa.Column('embedding', sa.LargeBinary(), nullable=True),
          sa.Column('topic_id', sa.Integer(), nullable=True),
          sa.Column('reply_id', sa.String(length=32), nullable=True),
          sa.Column('sources', sa.String(length=500), nullable=False),
          sa.PrimaryKeyConstraint('id'),
          sa.UniqueConstraint('reply_id'),
          indexes=[('ix_insight_messages_at', ['at'], False),
                   ('ix_insight_messages_channel_at', ['channel', 'at'], False),
                   ('ix_insight_messages_sender_id', ['sender_id'], False),
                   ('ix_insight_messages_topic_at', ['topic_id', 'at'], False)])
    table('insight_topics',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('label', sa.String(length=200), nullable=False),
          sa.Column('words', sa.JSON(), nullable=False),
          sa.Column('example', sa.Text(), nullable=False),
          sa.Column('centroid', sa.LargeBinary(), nullable=False),
          sa.Column('size', sa.Integer(), nullable=False),
          sa.Column('active', sa.Boolean(), nullable=False),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
          sa.PrimaryKeyConstraint('id'))
    table('kb_changes',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('actor', sa.String(length=128), nullable=False),
          sa.Column('via', sa.String(length=16), nullable=False),
          sa.Column('action', sa.String(length=16), nullable=False),
          sa.Column('doc_id', sa.String(length=512), nullable=False),
          sa.Column('content_hash', sa.String(length=64), nullable=False),
          sa.Column('detail', sa.Text(), nullable=False),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_kb_changes_at', ['at'], False),
                   ('ix_kb_changes_doc_id', ['doc_id'], False)])
    table('kb_gaps',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('question', sa.String(length=500), nullable=False),
          sa.Column('language', sa.String(length=8), nullable=False),
          sa.Column('score', sa.Float(), nullable=False),
          sa.Column('reason', sa.String(length=32), nullable=False),
          sa.Column('embedding', sa.LargeBinary(), nullable=True),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_kb_gaps_at', ['at'], False)])
    table('users',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('name', sa.String(length=64), nullable=False),
          sa.Column('display_name', sa.String(length=128), nullable=False),
          sa.Column('password_hash', sa.String(length=255), nullable=False),
          sa.Column('role', sa.String(length=16), nullable=False),
          sa.Column('active', sa.Boolean(), nullable=False),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_users_name', ['name'], True)])
    table('auth_tokens',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('token_hash', sa.String(length=64), nullable=False),
          sa.Column('user_id', sa.Integer(), nullable=False),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
          sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_auth_tokens_token_hash', ['token_hash'], True),
                   ('ix_auth_tokens_user_id', ['user_id'], False)])
    table('handover_events',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('handover_id', sa.Integer(), nullable=False),
          sa.Column('actor', sa.String(length=255), nullable=False),
          sa.Column('action', sa.String(length=64), nullable=False),
          sa.Column('detail', sa.Text(), nullable=False),
          sa.Column('at', sa.DateTime(timezone=True), nullable=False),
          sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], ),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_handover_events_handover_id', ['handover_id'], False)])
    table('handover_notes',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('handover_id', sa.Integer(), nullable=False),
          sa.Column('author', sa.String(length=64), nullable=False),
          sa.Column('text', sa.Text(), nullable=False),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], ),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_handover_notes_handover_id', ['handover_id'], False)])
    table('ratings',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('handover_id', sa.Integer(), nullable=False),
          sa.Column('token_hash', sa.String(length=64), nullable=False),
          sa.Column('agent', sa.String(length=64), nullable=True),
          sa.Column('score', sa.Integer(), nullable=True),
          sa.Column('comment', sa.Text(), nullable=False),
          sa.Column('invited_at', sa.DateTime(timezone=True), nullable=False),
          sa.Column('rated_at', sa.DateTime(timezone=True), nullable=True),
          sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], ),
          sa.PrimaryKeyConstraint('id'),
          sa.UniqueConstraint('handover_id'),
          indexes=[('ix_ratings_agent', ['agent'], False),
                   ('ix_ratings_token_hash', ['token_hash'], True)])
    table('waiting_messages',
          sa.Column('id', sa.Integer(), nullable=False),
          sa.Column('handover_id', sa.Integer(), nullable=False),
          sa.Column('text', sa.Text(), nullable=False),
          sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
          sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], ),
          sa.PrimaryKeyConstraint('id'),
          indexes=[('ix_waiting_messages_handover_id', ['handover_id'], False)])

    if "handovers" in present:
        columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("handovers")}
        if "spam" not in columns:
            op.add_column("handovers", sa.Column("spam", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Dependants first (their foreign keys name the tables dropped after them).
    for name in ("waiting_messages", "ratings", "handover_notes", "handover_events", "auth_tokens", "users",
                 "kb_gaps", "kb_changes", "insight_topics", "insight_messages", "insight_feedback", "insight_digests",
                 "insight_alerts", "handovers", "canned_replies"):
        op.drop_table(name)
