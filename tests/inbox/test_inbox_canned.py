"""Canned replies: placeholders filled in, typos refused, archived instead of deleted."""
from __future__ import annotations

import pytest

from inbox import canned


def test_placeholders_are_filled_with_the_agents_and_followers_names():
    text = canned.render("Hallo {follower_name}, hier ist {agent_name}.", agent_name="Anna", follower_name="Max",
                         language="de")
    assert text == "Hallo Max, hier ist Anna."


@pytest.mark.parametrize(("language", "expected"),
                         [("de", "Hallo du!"), ("en", "Hallo there!"), ("fr", "Hallo there!")])
def test_an_unknown_follower_name_becomes_a_neutral_word(language, expected):
    assert canned.render("Hallo {follower_name}!", agent_name="Anna", follower_name=None, language=language) == expected


def test_other_braces_are_left_alone():
    assert canned.render("Code {x} and {}", agent_name="A", follower_name=None, language="en") == "Code {x} and {}"


def test_a_placeholder_in_a_name_is_not_expanded_again():
    rendered = canned.render("{follower_name}", agent_name="Anna", follower_name="{agent_name}", language="en")
    assert rendered == "{agent_name}"


def test_an_unknown_placeholder_is_refused_when_saved(session):
    with pytest.raises(canned.CannedError, match="follwer_name"):
        canned.create(session, title="Hi", text="Hi {follwer_name}", language=None, author="sara")


def test_archived_replies_are_hidden_but_kept(session):
    reply = canned.create(session, title="Old", text="old text", language=None, author="sara")
    canned.update(session, reply, archived=True)
    assert canned.listing(session) == []
    assert [r.title for r in canned.listing(session, include_archived=True)] == ["Old"]


def test_the_listing_offers_replies_for_the_conversations_language_and_for_any(session):
    canned.create(session, title="de", text="Hallo", language="de", author="sara")
    canned.create(session, title="en", text="Hello", language="en", author="sara")
    canned.create(session, title="any", text="🙂", language=None, author="sara")
    assert sorted(r.title for r in canned.listing(session, "de")) == ["any", "de"]
