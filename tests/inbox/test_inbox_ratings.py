"""Satisfaction ratings: one per closed handover, 1–5, per agent and overall."""
from __future__ import annotations

import pytest

from inbox import ratings
from inbox.models import Handover, Rating
from inbox.queue import enqueue


def closed(session, sender: str) -> Handover:
    handover = enqueue(session, sender_id=sender, channel="socketio", language="de", reasons=[], priority=1,
                       explanation="", summary="")
    handover.state = "closed"
    session.commit()
    return handover


def test_a_follower_rates_once_with_score_and_comment(session):
    token = ratings.invite(session, closed(session, "a"), "anna")
    rating = ratings.rate(session, token, 5, "  super  ")
    assert (rating.score, rating.comment) == (5, "super")


def test_a_second_rating_does_not_overwrite_the_first(session):
    token = ratings.invite(session, closed(session, "a"), "anna")
    ratings.rate(session, token, 5)
    with pytest.raises(ratings.RatingError, match="already"):
        ratings.rate(session, token, 1)
    assert session.query(Rating).one().score == 5


@pytest.mark.parametrize("score", [0, 6, -1])
def test_scores_outside_one_to_five_are_refused(session, score):
    token = ratings.invite(session, closed(session, "a"), "anna")
    with pytest.raises(ratings.RatingError):
        ratings.rate(session, token, score)


def test_an_unknown_link_is_refused(session):
    with pytest.raises(LookupError):
        ratings.rate(session, "not-a-real-token-at-all", 3)


def test_the_rating_token_is_stored_only_as_a_hash(session):
    token = ratings.invite(session, closed(session, "a"), "anna")
    assert token not in session.query(Rating).one().token_hash


def test_summaries_per_agent_and_overall(session):
    for sender, agent, score in (("a", "anna", 5), ("b", "anna", 4), ("c", "ben", 1)):
        ratings.rate(session, ratings.invite(session, closed(session, sender), agent), score)
    ratings.invite(session, closed(session, "unrated"), "ben")
    overall, per_agent = ratings.summaries(session)
    assert (overall.count, overall.average) == (3, 3.33)
    assert (per_agent["anna"].average, per_agent["ben"].count) == (4.5, 1)


def test_the_prompt_contains_the_link_in_the_followers_language():
    assert "https://x/rate/t" in ratings.prompt("de", "https://x/rate/t")
    assert ratings.prompt("fr", "u").startswith("Thanks")
