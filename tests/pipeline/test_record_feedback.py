"""An answer the follower's next message shows to have missed is recorded as a content gap."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from knowledge import gaps
from knowledge.tables import ContentGap, sessions
from pipeline.stages.record_feedback import RecordFeedback, is_rephrase, says_not_helpful
from pipeline.state import Reply, Turn, TurnState
from tandem.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path)


def recorded(settings: Settings, text: str, last: str | None = "answer", reply: Reply | None = None,
             lang: str = "de") -> list[tuple[str, str]]:
    turn = Turn(text=text, previous_user_messages=("Wie lange dauert der Versand nach Polen?",), last_reply_kind=last)
    RecordFeedback(settings).run(TurnState(turn=turn, text=text, lang=lang, reply=reply))
    gaps.flush()
    with sessions(settings.database)() as session:
        return [(g.question, g.reason) for g in session.scalars(select(ContentGap))]


def test_a_follower_saying_the_answer_did_not_help_records_the_question(settings):
    assert recorded(settings, "Das hilft mir nicht weiter.") == [
        ("Wie lange dauert der Versand nach Polen?", "answered_wrong: not_helpful")]


def test_asking_the_same_again_in_other_words_records_it(settings):
    assert recorded(settings, "Versand nach Polen, wie viele Tage dauert das?")[0][1] == "answered_wrong: rephrased"


def test_a_handover_right_after_an_answer_records_it(settings):
    handover = Reply("handover", "de")
    assert recorded(settings, "Ich will jemanden sprechen", reply=handover)[0][1] == "answered_wrong: handover"


def test_a_new_question_after_an_answer_records_nothing(settings):
    assert recorded(settings, "Und habt ihr auch Gutscheine?") == []


def test_after_a_decline_nothing_more_is_recorded(settings):
    assert recorded(settings, "Das hilft mir nicht weiter.", last="decline") == []


def test_the_phrases_and_the_rephrase_check_read_like_people_write():
    assert says_not_helpful("that's not what I asked!!", "en") and not says_not_helpful("thanks, that helps", "en")
    assert is_rephrase("How long does delivery to Poland take?", "delivery Poland how long?", 0.6)
    assert not is_rephrase("How long does delivery to Poland take?", "Do you sell gift cards?", 0.6)
