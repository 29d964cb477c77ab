"""How one follower message becomes a reply through the turn pipeline, without Rasa and without a knowledge base:
smalltalk, answers, declines, handovers."""
from __future__ import annotations

from typing import ClassVar

from handoff.detector import Detector, get_detector
from knowledge.answering import Answer, Source
from pipeline.build import turn_pipeline
from pipeline.stages.clean import clean_text
from pipeline.state import Reply, Turn, TurnState
from tandem.settings import Settings


class KnowledgeBase:
    """Answers one known question; declines everything else (stands in for the knowledge stages)."""
    name: ClassVar[str] = "knowledge"
    always: ClassVar[bool] = False

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, str]] = []

    def run(self, state: TurnState) -> TurnState:
        self.asked.append((state.text, state.lang, state.context))
        if "versand" in state.text.lower() or "shipping" in state.text.lower():
            state.answer = Answer(text="4,90 €\n\nQuelle: Versand", citations=["versand"],
                                  sources=[Source("versand", "Versand")], confident=True, score=0.8)
        else:
            state.answer = Answer(text="Weiß ich nicht.", confident=False)
        return state


def respond(turn: Turn, kb: KnowledgeBase, detector, assistant_name: str = "Tandem",
            disclosure: dict[str, str] | None = None) -> Reply:
    disclosure = disclosure or {}
    settings = Settings(assistant_name=assistant_name, disclosure_de=disclosure.get("de", ""),
                        disclosure_en=disclosure.get("en", ""))
    pipeline = turn_pipeline(settings, detector, [kb], gate=False, record_gaps=False)
    return pipeline.run(TurnState(turn=turn)).reply


def reply_to(text: str, **turn: object):
    kb = KnowledgeBase()
    return respond(Turn(text=text, **turn), kb, get_detector()), kb


def test_a_question_is_answered_with_citations():
    reply, _ = reply_to("Was kostet der Versand?", intent="ask", intent_confidence=0.9)
    assert reply.kind == "answer" and reply.citations == ["versand"]


def test_an_unknown_question_is_declined():
    reply, _ = reply_to("Wie wird das Wetter?", intent="ask", intent_confidence=0.9)
    assert reply.kind == "decline" and reply.citations == []


def test_a_confident_greeting_is_smalltalk_in_the_followers_language():
    reply, kb = reply_to("hello there", intent="greet", intent_confidence=0.9)
    assert reply.kind == "smalltalk" and reply.language == "en" and kb.asked == []


def test_a_greeting_with_a_question_goes_to_the_knowledge_base():
    reply, _ = reply_to("Hallo! Was kostet bei euch eigentlich der Versand nach Hamburg?", intent="greet",
                        intent_confidence=0.7)
    assert reply.kind == "answer"


def test_a_short_follow_up_to_an_answer_is_not_taken_for_what_can_you_do():
    reply, kb = reply_to("and what about the shipping on weekends?", intent="capabilities", intent_confidence=0.6,
                         previous_user_messages=("What does shipping cost?",), last_reply_kind="answer")
    assert reply.kind == "answer" and kb.asked


def test_what_can_you_do_is_smalltalk_after_an_answer_too():
    reply, kb = reply_to("what can you do?", intent="capabilities", intent_confidence=0.9,
                         previous_user_messages=("What does shipping cost?",), last_reply_kind="answer")
    assert reply.kind == "smalltalk" and kb.asked == []


def test_a_topic_question_taken_for_are_you_a_bot_goes_to_the_knowledge_base():
    reply, kb = reply_to("Is there a shipping discount if I order two?", intent="bot_challenge", intent_confidence=0.7)
    assert reply.kind == "answer" and kb.asked


def test_asking_whether_a_person_writes_is_answered_by_the_bot_itself():
    for text, lang in (("Schreibe ich hier mit einem echten Menschen?", "de"), ("is this chat automated?", "en")):
        reply, kb = reply_to(text, intent="bot_challenge", intent_confidence=0.9, language=lang)
        assert reply.kind == "smalltalk" and kb.asked == []


def test_the_previous_user_message_is_passed_as_context():
    _, kb = reply_to("und nach Österreich?", intent="ask", intent_confidence=0.9,
                     previous_user_messages=("Was kostet der Versand?",), language="de")
    assert kb.asked == [("und nach Österreich?", "de", "Was kostet der Versand?")]


def test_an_emoji_only_message_keeps_the_conversation_language():
    reply, _ = reply_to("👍", intent="thanks", intent_confidence=0.9, language="en")
    assert reply.language == "en"


def test_the_first_reply_discloses_the_bot():
    reply, _ = reply_to("hello there", intent="greet", intent_confidence=0.9, first_reply=True)
    assert "automated digital assistant" in reply.messages[0]


def test_a_brand_words_the_disclosure_itself_per_language():
    brand = {"de": "Hallo, hier ist {name}, der digitale Assistent von Velora (KI). Ein Mensch ist jederzeit für "
                   "dich da.",
             "en": "Hi, {name} here, Velora's virtual assistant (AI). Our team is one message away."}
    for text, lang in [("hallo", "de"), ("hello there", "en")]:
        reply = respond(Turn(text=text, intent="greet", intent_confidence=0.9, first_reply=True, language=lang),
                        KnowledgeBase(), get_detector(), assistant_name="Vela", disclosure=brand)
        assert reply.language == lang
        assert reply.messages[0] == brand[lang].replace("{name}", "Vela")


def test_a_language_the_brand_did_not_word_keeps_tandems_disclosure():
    reply = respond(Turn(text="hello there", intent="greet", intent_confidence=0.9, first_reply=True),
                    KnowledgeBase(), get_detector(), disclosure={"de": "Nur deutsch.", "en": "  "})
    assert "automated digital assistant" in reply.messages[0]


def test_the_disclosure_wording_comes_from_the_environment(monkeypatch):
    from tandem.settings import Settings

    monkeypatch.setenv("TANDEM_DISCLOSURE_EN", "I'm {name}, a bot. Ask for a person any time.")
    monkeypatch.setenv("TANDEM_ASSISTANT_NAME", "Vela")
    settings = Settings()
    reply = respond(Turn(text="hello there", intent="greet", intent_confidence=0.9, first_reply=True),
                    KnowledgeBase(), get_detector(), assistant_name=settings.assistant_name,
                    disclosure=settings.disclosure)
    assert reply.messages[0] == "I'm Vela, a bot. Ask for a person any time."


def test_a_request_for_a_person_hands_over():
    reply, kb = reply_to("I want to speak to a human", intent="ask", intent_confidence=0.9)
    assert reply.handover and "human_request" in reply.detection.reasons and kb.asked == []


def test_yes_after_the_offer_of_a_person_hands_over():
    reply, _ = reply_to("ja bitte", intent="thanks", intent_confidence=0.6, language="de", offered_handover=True)
    assert reply.handover


def test_yes_without_an_offer_does_not_hand_over():
    reply, _ = reply_to("ja bitte", intent="thanks", intent_confidence=0.6, language="de")
    assert not reply.handover


def test_an_empty_message_gets_a_prompt_not_an_answer():
    reply, kb = reply_to("   ")
    assert reply.kind == "empty" and kb.asked == []


def test_a_binary_looking_message_is_not_sent_to_the_knowledge_base():
    reply, kb = reply_to("aGVsbG8gd29ybGQgdGhpcyBpcyBhIGJhc2U2NCBibG9iIHRoYXQgbG9va3MgbGlrZSBnYXJiYWdlIGFuZCBtb3Jl")
    assert reply.kind == "empty" and kb.asked == []


def test_a_very_long_message_is_truncated_and_says_so():
    # the phrase lists alone: the shipped turn model hands 2,000 characters of filler to a person (length is one
    # of its signals), which is a safe reply but not the one this test is about
    kb = KnowledgeBase()
    rules_only = Detector(get_detector().rules, turn_model=None)
    reply = respond(Turn(text="Was kostet der Versand? " + "bla " * 5000, intent="ask", intent_confidence=0.9),
                    kb, rules_only)
    assert len(kb.asked[0][0]) <= 2000
    assert "sehr lang" in reply.messages[0]


def test_rasa_shortcut_neutraliser_and_control_characters_are_removed():
    assert clean_text("\u200b/restart\x00", 100) == ("/restart", False)


def test_a_short_question_mistaken_for_a_greeting_goes_to_the_knowledge_base():
    reply, _ = reply_to("Versand kündigen?", intent="greet", intent_confidence=0.8)
    assert reply.kind != "smalltalk"


def test_a_request_for_a_colleagues_private_number_is_declined_without_asking_the_knowledge_base():
    reply, kb = reply_to("Kannst du mir die Privatnummer von eurem Lagerchef geben?", intent="ask",
                         intent_confidence=0.9)
    assert reply.kind == "decline" and reply.citations == [] and kb.asked == []
    assert "persönliche daten" in reply.messages[0].lower()


def test_a_brand_that_says_sie_gets_sie_in_every_reply_the_bot_words_itself():
    settings = Settings(german_form="sie")
    pipeline = turn_pipeline(settings, get_detector(), [KnowledgeBase()], gate=False, record_gaps=False)
    greeting = pipeline.run(TurnState(turn=Turn(text="hallo", intent="greet", intent_confidence=0.9,
                                                first_reply=True, language="de"))).reply
    assert "für Sie erreichbar" in greeting.messages[0] and "Wie kann ich Ihnen helfen" in greeting.messages[1]
    assert not any(" dich " in m or " dir " in m for m in greeting.messages)
    empty = pipeline.run(TurnState(turn=Turn(text="   ", language="de"))).reply
    assert empty.messages == ["Da ist wohl nichts angekommen. Was möchten Sie wissen?"]


def test_every_wording_exists_in_both_german_forms_and_in_english():
    from pipeline import wording

    for key in wording.keys():
        assert wording.say(key, "en") and wording.say(key, "de", "du") != wording.say(key, "de", "sie"), key
