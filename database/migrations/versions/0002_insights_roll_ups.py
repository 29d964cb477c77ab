"""insights roll-ups: counts per quarter hour, the answers' copy of their vote, partial indexes

Revision 0002, after 0001; created 2026-12-05 23:05:08.172046. The triggers that keep the roll-ups current are
not here: `insights.tables.ensure_rollups` installs them and fills the counts from the stored messages the first
time a process opens the database (`python -m insights.rollup` rebuilds them by hand).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('insight_topic_quarters',
    sa.Column('quarter', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('channel', sa.String(length=64), nullable=False),
    sa.Column('topic', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.Column('complaints', sa.Integer(), nullable=False),
    sa.Column('declined', sa.Integer(), nullable=False),
    sa.Column('low_confidence', sa.Integer(), nullable=False),
    sa.Column('thumbs_down', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('quarter', 'channel', 'topic')
    )
    op.create_table('insight_traffic_quarters',
    sa.Column('quarter', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('channel', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.Column('opened', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('quarter', 'channel', 'language', 'kind')
    )
    with op.batch_alter_table('insight_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vote', sa.String(length=8), nullable=True))
        batch_op.create_index('ix_insight_messages_down_at', ['at'], unique=False, postgresql_where=sa.text("vote = 'down'"), sqlite_where=sa.text("vote = 'down'"))
        batch_op.create_index('ix_insight_messages_gap_at', ['at'], unique=False, postgresql_where=sa.text("gap <> ''"), sqlite_where=sa.text("gap <> ''"))



def downgrade() -> None:
    with op.batch_alter_table('insight_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_insight_messages_gap_at', postgresql_where=sa.text("gap <> ''"), sqlite_where=sa.text("gap <> ''"))
        batch_op.drop_index('ix_insight_messages_down_at', postgresql_where=sa.text("vote = 'down'"), sqlite_where=sa.text("vote = 'down'"))
        batch_op.drop_column('vote')

    op.drop_table('insight_traffic_quarters')
    op.drop_table('insight_topic_quarters')
