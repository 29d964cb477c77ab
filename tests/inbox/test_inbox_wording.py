"""What the inbox tells followers keeps one German form of address per brand, and its words live in a data file."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from inbox import ratings, wording
from inbox.notices import STATUS_KINDS, handover_notice, status_notice, still_waiting_notice
from tandem.settings import ROOT, Settings

WEDNESDAY_NOON = datetime(2026, 3, 4, 11, 0, tzinfo=timezone.utc)
SATURDAY_NIGHT = datetime(2026, 3, 7, 22, 0, tzinfo=timezone.utc)
DU_WORDS = re.compile(r"\b(du|dich|dir|dein\w*|bist|kannst|wähle|bewerte)\b", re.I)
SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihr\w*)\b")


def everything_a_follower_reads(form: str) -> list[str]:
    settings = Settings(german_form=form, support_hours="Mon-Fri 09:00-17:00")
    texts = [handover_notice("de", 2, settings, moment) for moment in (WEDNESDAY_NOON, SATURDAY_NIGHT)]
    texts += [still_waiting_notice("de", 3, settings, moment) for moment in (WEDNESDAY_NOON, SATURDAY_NIGHT)]
    texts += [status_notice(kind, "de", settings, "Anna")[0] for kind in STATUS_KINDS]
    texts.append(ratings.prompt("de", "https://example.org/rate/t", form))
    texts += [wording.say(key, "de", form) for key in wording.keys() if key.startswith("rating_") and key != "rating_prompt"]
    return texts


def test_with_sie_no_notice_or_rating_text_says_du():
    for text in everything_a_follower_reads("sie"):
        assert not DU_WORDS.search(text), text


def test_with_du_no_notice_or_rating_text_says_sie():
    for text in everything_a_follower_reads("du"):
        # "Sie" at a sentence start can mean "they" ("sie werden mit übergeben"): only the polite forms count
        assert not re.search(r"\b(Ihnen|Ihre?[mnrs]?)\b|(?<![.!?] )\bSie\b", text), text


def test_the_two_forms_differ_wherever_a_text_addresses_the_follower():
    for du, sie in zip(everything_a_follower_reads("du"), everything_a_follower_reads("sie")):
        assert (du == sie) == (not DU_WORDS.search(du)), (du, sie)


def test_every_text_exists_in_english_and_german():
    for key in wording.keys():
        assert set(wording.languages(key)) >= {"de", "en"}, key
        assert wording.say(key, "en") and wording.say(key, "de", "du") and wording.say(key, "de", "sie")


def test_the_return_time_outside_support_hours_is_24_hour_in_german():
    settings = Settings(support_hours="Mon-Fri 13:00-17:00", timezone="Europe/Berlin")
    assert "ab Montag um 13:00 Uhr" in handover_notice("de", 1, settings, SATURDAY_NIGHT)


@pytest.mark.parametrize("module", ["inbox/notices.py", "inbox/ratings.py", "api/routes/inbox_pages.py"])
def test_the_code_that_sends_these_texts_holds_no_german_words(module):
    source = Path(ROOT / module).read_text(encoding="utf-8")
    assert not re.search(r"Gespräch|Warteschlange|Bewertung|Kollegin|zufrieden", source), module
