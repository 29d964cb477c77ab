"""Content gaps: questions the bot could not answer well, stored without personal data, grouped by meaning."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from knowledge import gaps
from knowledge.embedder import get_embedder
from knowledge.gaps import gap_report, record_gap, scrub
from pipeline.stages.record_gap import RecordGap
from pipeline.state import Turn, TurnState
from knowledge.tables import ContentGap, sessions
from tandem.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path)


@pytest.mark.parametrize("text, expected", [
    ("Mail an max.mustermann@example.org bitte", "Mail an [email] bitte"),
    ("Ruf mich an: +49 40 1234567 oder 0171/2345678", "Ruf mich an: [phone] oder [phone]"),
    ("Erstattung auf DE89 3704 0044 0532 0130 00?", "Erstattung auf [iban]?"),
    ("Wo ist Bestellung 4711223?", "Wo ist Bestellung [number]?"),
    ("order #A-123456 status?", "order [number] status?"),
    ("Karte 4111 1111 1111 1111 abgelehnt", "Karte [number] abgelehnt"),
    ("Mein Name ist Max Mustermann, wo ist mein Rad?", "Mein Name ist [name], wo ist mein Rad?"),
    ("Liefert ihr in die Hafenstraße 12a?", "Liefert ihr in die [address]?"),
    ("Siehe https://shop.example/orders?id=1 bitte", "Siehe [link] bitte"),
])
def test_personal_data_is_removed(text, expected):
    assert scrub(text) == expected


def test_prices_dates_and_ordinary_numbers_stay():
    text = "Kostet das Rad 1.299,00 € am 12.05.2024 auch in Größe 56 mit 2 Akkus?"
    assert scrub(text) == text


def test_a_gap_is_stored_scrubbed_and_without_anything_else(settings):
    assert record_gap(settings, "Bestellung 98765432 von anna@example.org kaputt?", "de", 0.12, "low_score")
    with sessions(settings.database)() as session:
        [row] = session.scalars(select(ContentGap)).all()
    assert (row.question, row.language, row.reason) == ("Bestellung [number] von [email] kaputt?", "de", "low_score")
    assert "anna" not in row.question and "98765432" not in row.question


def test_recording_never_raises(tmp_path):
    broken = Settings(data_dir=tmp_path, database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert record_gap(broken, "Frage?", "de", 0.1, "low_score") is False


@dataclass
class FakeAnswer:
    confident: bool
    score: float
    reason: str = ""


@pytest.mark.parametrize("answer, margin, logged", [
    (FakeAnswer(False, 0.10, "low_score"), -0.3, "low_score"),
    (FakeAnswer(False, 0.40, "unknown_terms"), -0.1, "unknown_terms"),
    (FakeAnswer(True, 0.24), 0.02, "low_confidence"),
    (FakeAnswer(True, 0.60), 0.4, None),
])
def test_the_record_gap_stage_records_declines_and_barely_confident_answers_only(settings, answer, margin, logged):
    state = TurnState(turn=Turn(text="Habt ihr Lastenräder?"), text="Habt ihr Lastenräder?", lang="de", answer=answer,
                      margin=margin)
    assert RecordGap(settings).run(state).answer is answer
    gaps.flush()
    with sessions(settings.database)() as session:
        reasons = [r.reason for r in session.scalars(select(ContentGap))]
    assert reasons == ([logged] if logged else [])


def _store(settings, questions: list[tuple[str, str, int]], now: datetime) -> None:
    with sessions(settings.database)() as session:
        for text, lang, days_ago in questions:
            session.add(ContentGap(question=scrub(text), language=lang, score=0.1, reason="low_score",
                                   at=now - timedelta(days=days_ago, minutes=len(text))))
        session.commit()


def test_similar_questions_are_grouped_across_languages_and_counted(settings):
    now = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)
    _store(settings, [
        ("Liefert ihr nach Japan?", "de", 3), ("Versendet ihr auch nach Japan?", "de", 1),
        ("Do you ship to Japan?", "en", 0), ("Kann ich mit Bitcoin bezahlen?", "de", 2),
        ("Can I pay with bitcoin?", "en", 1), ("Habt ihr Lastenräder im Angebot?", "de", 5),
        ("Liefert ihr nach Japan?", "de", 0),
    ], now)
    report = gap_report(settings.database, get_embedder(), days=30, now=now)
    assert report.total == 7
    sizes = sorted((g.count for g in report.groups), reverse=True)
    assert sizes == [4, 2, 1]
    japan, bitcoin, cargo = report.groups
    assert japan.label == "Liefert ihr nach Japan?" and japan.languages == {"de": 3, "en": 1}
    assert "Bitcoin" in bitcoin.label or "bitcoin" in bitcoin.label
    assert cargo.count == 1 and "Lastenräder" in cargo.label
    assert [e.question for e in japan.examples][0] in ("Liefert ihr nach Japan?", "Do you ship to Japan?")
    assert len({e.question for e in japan.examples}) == len(japan.examples)     # newest distinct examples
    assert len(report.daily) == 30 and sum(c for _, c in report.daily) == 7 and report.daily[-1] == ("2026-03-10", 2)


def test_old_gaps_fall_out_of_the_window_and_embeddings_are_kept(settings):
    now = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)
    _store(settings, [("Habt ihr Lastenräder?", "de", 1), ("Gibt es Tandems?", "de", 60)], now)
    report = gap_report(settings.database, get_embedder(), days=30, now=now)
    assert report.total == 1 and report.groups[0].label == "Habt ihr Lastenräder?"
    with sessions(settings.database)() as session:
        stored = {r.question: r.embedding is not None for r in session.scalars(select(ContentGap))}
    assert stored == {"Habt ihr Lastenräder?": True, "Gibt es Tandems?": False}


def test_no_gaps_is_an_empty_report(settings):
    report = gap_report(settings.database, get_embedder(), days=7)
    assert report.total == 0 and report.groups == [] and len(report.daily) == 7


@pytest.mark.parametrize("question, name_words", [
    ("ich bin Max Zebrowski, habt ihr Lastenräder?", ("Max", "Zebrowski")),
    ("Hi, Prof. Müllenhoff here: do you sell helmets? Born 12.03.1971", ("Müllenhoff", "12.03.1971")),
])
def test_the_record_gap_stage_stores_the_redacted_question_only(settings, question, name_words):
    """A gap has no sender id, so erasure cannot find it: what it stores must hold nothing of the follower's."""
    state = TurnState(turn=Turn(text=question), text=question, lang=None, answer=FakeAnswer(False, 0.1, "low_score"),
                      margin=-0.3)
    RecordGap(settings).run(state)
    gaps.flush()
    with sessions(settings.database)() as session:
        stored = [r.question for r in session.scalars(select(ContentGap))]
    assert len(stored) == 1 and "[NAME]" in stored[0]
    assert not any(word in stored[0] for word in name_words)
