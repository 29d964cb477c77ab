"""What a bot message looks like on a plain-text messaging platform (bot/connectors/render.py)."""
from __future__ import annotations

import re

import pytest

from bot.connectors.render import choice_for, option_titles, plain_text, split


def test_a_source_the_text_does_not_show_is_added_as_a_link_line():
    message = {"text": "Der Versand kostet 4,90 €.\nQuelle: Versand",
               "custom": {"tandem": {"language": "de", "sources": [
                   {"id": "versand", "title": "Versand", "url": "https://shop.example/versand"},
                   {"id": "faq", "title": "FAQ", "url": None}]}}}
    assert plain_text(message) == ("Der Versand kostet 4,90 €.\nQuelle: Versand\n\n"
                                   "Quelle: Versand – https://shop.example/versand")


def test_a_source_already_linked_in_the_text_is_not_repeated():
    message = {"text": "See [returns](https://shop.example/returns).",
               "custom": {"tandem": {"language": "en", "sources": [{"title": "Returns",
                                                                    "url": "https://shop.example/returns"}]}}}
    assert plain_text(message) == "See returns (https://shop.example/returns)."


def test_buttons_become_a_numbered_list_and_the_number_picks_the_option():
    message = {"text": "Wobei kann ich helfen?", "buttons": [{"title": "Versand", "payload": "/ask"},
                                                              {"title": "Rückgabe", "payload": "/ask"}]}
    assert plain_text(message) == "Wobei kann ich helfen?\n\n1. Versand\n2. Rückgabe"
    titles = option_titles(message)
    assert choice_for("2", titles) == "Rückgabe"
    assert choice_for(" 1. ", titles) == "Versand"
    assert choice_for("3", titles) is None
    assert choice_for("2 Fahrräder", titles) is None


def test_an_image_becomes_its_url():
    assert plain_text({"image": "https://shop.example/a.png"}) == "https://shop.example/a.png"


@pytest.mark.parametrize("limit", [40, 100, 1000])
def test_a_long_text_is_split_at_word_boundaries_within_the_limit(limit):
    words = [f"Wort{n}" + ("." if n % 7 == 6 else "") for n in range(600)]
    text = " ".join(words[:200]) + "\n\n" + " ".join(words[200:])
    parts = split(text, limit)
    assert all(len(part) <= limit for part in parts)
    assert re.findall(r"\S+", " ".join(parts)) == words
    assert all(part == part.strip() for part in parts)


def test_a_split_prefers_paragraphs_then_sentences():
    text = "Erster Satz hier. Zweiter Satz dort.\n\nNeuer Absatz."
    assert split(text, 40) == ["Erster Satz hier. Zweiter Satz dort.", "Neuer Absatz."]
    assert split("Erster Satz hier. Zweiter Satz dort.", 25) == ["Erster Satz hier.", "Zweiter Satz dort."]


def test_only_a_word_longer_than_the_limit_is_cut():
    url = "https://shop.example/" + "x" * 50
    assert split(f"Link: {url} ok", 30) == ["Link:", url[:30], url[30:60], url[60:] + " ok"]


def test_a_short_text_stays_whole():
    assert split("  Hallo!  ", 2000) == ["Hallo!"]
