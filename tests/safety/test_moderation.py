"""`safety.moderation.Moderator`: link floods and repeated messages are flagged and not answered."""
from __future__ import annotations

from safety.moderation import Moderator


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_ordinary_question_is_answered_and_not_flagged():
    verdict = Moderator().check("u1", "Was kostet der Versand nach Österreich?")
    assert verdict.answer and not verdict.flag


def test_one_link_in_a_question_is_fine():
    assert Moderator().check("u1", "Ist das Rad auf https://velora.example/modelle noch da?").answer


def test_a_message_with_many_links_is_flagged_and_not_answered():
    verdict = Moderator().check("u1", "cheap http://a.xyz http://b.xyz www.c.top buy now")
    assert not verdict.answer and verdict.reasons == ("links",)


def test_links_spread_over_several_messages_count_as_a_flood():
    moderator = Moderator(clock=Clock())
    verdicts = [moderator.check("u1", f"look at http://spam{i}.xyz") for i in range(5)]
    assert verdicts[0].answer and not verdicts[-1].answer and "link_flood" in verdicts[-1].reasons


def test_the_same_message_a_third_time_is_flagged_and_not_answered():
    moderator = Moderator(clock=Clock())
    verdicts = [moderator.check("u1", text) for text in ("Hallo???", "hallo ?", "HALLO!!")]
    assert [v.answer for v in verdicts] == [True, True, False] and verdicts[-1].reasons == ("repeated",)


def test_a_repeat_after_the_window_is_answered_again():
    clock = Clock()
    moderator = Moderator(window_s=600, clock=clock)
    moderator.check("u1", "Wo ist mein Paket?"), moderator.check("u1", "Wo ist mein Paket?")
    clock.now = 1000
    assert moderator.check("u1", "Wo ist mein Paket?").answer


def test_repeats_of_another_sender_do_not_count():
    moderator = Moderator(clock=Clock())
    for sender in ("a", "b", "c"):
        assert moderator.check(sender, "Hallo").answer


def test_a_long_run_of_one_character_is_flagged_but_answered():
    verdict = Moderator().check("u1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert verdict.answer and verdict.reasons == ("noise",)


def test_forget_drops_what_is_remembered_about_a_sender():
    moderator = Moderator(clock=Clock())
    moderator.check("u1", "x"), moderator.check("u1", "x")
    moderator.forget("u1")
    assert moderator.check("u1", "x").answer
