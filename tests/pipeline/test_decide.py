"""The answer model ships, loads offline, and the decide stage answers from its most probable candidate or declines."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from knowledge.answering import Answer
from knowledge.chunking import Chunk
from knowledge.store import Hit
from pipeline.features import FEATURES, MODEL_FEATURES, Candidate
from pipeline.model import DEFAULT_MODEL, AnswerModel, ModelError, QuestionModel
from pipeline.stages.decide import Decide, decline_reason
from pipeline.state import Turn, TurnState


def test_the_shipped_model_loads_and_was_validated_leave_one_company_out():
    model = AnswerModel.load()
    assert model.features == MODEL_FEATURES and model.question is not None and 0 < model.threshold < 1
    stored = json.loads(DEFAULT_MODEL.read_text())
    assert len(stored["trained_on"]) >= 10 and set(stored["leave_one_company_out"]) == set(stored["trained_on"])


def stored_copy(folder: Path, change) -> Path:
    """The shipped model file, changed by ``change(stored)``, written to ``folder`` with its question model's
    tuning messages beside it."""
    stored = json.loads(DEFAULT_MODEL.read_text())
    change(stored)
    shutil.copy(DEFAULT_MODEL.parent / stored["question"]["examples"], folder)
    path = folder / "answering.json"
    path.write_text(json.dumps(stored))
    return path


def test_an_unchanged_copy_of_the_shipped_model_loads(tmp_path):
    assert AnswerModel.load(stored_copy(tmp_path, lambda stored: None)).question.examples is not None


def test_a_model_trained_on_other_features_is_refused(tmp_path):
    path = stored_copy(tmp_path, lambda stored: stored.update(features=stored["features"][:-1]))
    with pytest.raises(ModelError, match="retrain it"):
        AnswerModel.load(path)


def only_score_counts(threshold: float = 0.5) -> AnswerModel:
    """A model whose probability rises with the first feature (the retrieval score) alone."""
    n = len(FEATURES)
    return AnswerModel(FEATURES, np.zeros(n), np.ones(n), np.eye(n)[0] * 10, -5.0, threshold)


def candidate(doc_id: str, score: float) -> Candidate:
    hit = Hit(chunk=Chunk(id=f"{doc_id}#0", doc_id=doc_id, title=doc_id, text="", language="de"), score=score)
    row = np.zeros(len(FEATURES))
    row[0] = score
    return Candidate(hit, Answer(text=f"from {doc_id}", citations=[doc_id], confident=True, score=score), "", row)


class Retrieval:
    hits: list = []
    parts: dict = {}
    question_terms: list = []
    index = None
    vector = None


def decided(*candidates: Candidate) -> TurnState:
    state = TurnState(turn=Turn(text="Frage?"), text="Frage?", lang="de", retrieval=Retrieval(),
                      candidates=list(candidates))
    return Decide(only_score_counts()).run(state)


def test_the_most_probable_candidate_is_answered_from():
    state = decided(candidate("a", 0.55), candidate("b", 0.9))
    assert state.answer.confident and state.answer.citations == ["b"] and state.margin > 0


def test_below_the_operating_point_the_bot_declines():
    state = decided(candidate("a", 0.3))
    assert not state.answer.confident and state.answer.citations == [] and state.answer.reason == "low_score"


def test_the_question_input_pushes_the_same_candidates_up_or_down_together():
    n = len(FEATURES)
    weights = np.r_[np.eye(n)[0] * 10, 4.0]
    toward = np.r_[np.zeros(511), 1.0]
    model = AnswerModel(MODEL_FEATURES, np.zeros(n + 1), np.ones(n + 1), weights, -7.0, 0.5,
                        question=QuestionModel(toward * 20, -10.0))
    rows = np.vstack([candidate("a", 0.5).features, candidate("b", 0.6).features])
    answerable = model.probability(rows, model.question_input(toward))
    off_topic = model.probability(rows, model.question_input(-toward))
    assert answerable[1] > answerable[0] and off_topic[1] > off_topic[0]
    assert (answerable > off_topic).all() and answerable.max() > 0.5 > off_topic.max()


def test_candidates_compete_a_rival_nearly_as_good_makes_the_best_less_sure():
    model = only_score_counts()
    alone = model.probability(np.vstack([candidate("a", 0.8).features]))
    with_rival = model.probability(np.vstack([candidate("a", 0.8).features, candidate("b", 0.75).features]))
    assert with_rival[0] < alone[0] and with_rival.sum() < 1.0


def test_probabilities_stay_finite_for_extreme_scores():
    model = only_score_counts()
    p = model.probability(np.vstack([candidate("a", 500.0).features, candidate("b", -500.0).features]))
    assert np.isfinite(p).all() and p[0] > 0.99 and p[1] < 1e-6


def test_a_model_that_judges_each_candidate_alone_is_refused(tmp_path):
    path = stored_copy(tmp_path, lambda stored: stored.pop("form"))
    with pytest.raises(ModelError, match="choice"):
        AnswerModel.load(path)


def test_the_trace_says_how_much_the_message_reads_like_a_question_the_knowledge_base_answers():
    n = len(FEATURES)
    model = AnswerModel(MODEL_FEATURES, np.zeros(n + 1), np.ones(n + 1), np.r_[np.eye(n)[0] * 10, 0.0], -5.0, 0.5,
                        question=QuestionModel(np.zeros(512), 0.0))
    retrieval = Retrieval()
    retrieval.vector = np.ones(512)
    state = TurnState(turn=Turn(text="Frage?"), text="Frage?", lang="de", retrieval=retrieval,
                      candidates=[candidate("a", 0.9)])
    Decide(model).run(state)
    assert "reads as a question the knowledge base answers: 0.50" in state.trace[-1].detail


def test_without_a_message_vector_the_question_input_takes_its_training_mean():
    n = len(FEATURES)
    model = AnswerModel(MODEL_FEATURES, np.r_[np.zeros(n), 0.7], np.ones(n + 1), np.r_[np.zeros(n), 5.0], 0.0, 0.5,
                        question=QuestionModel(np.ones(512), 0.0))
    assert model.probability(np.zeros((1, n)))[0] == 0.5


def test_a_model_whose_arrays_do_not_fit_its_features_is_refused(tmp_path):
    path = stored_copy(tmp_path, lambda stored: stored["question"].update(weights=stored["question"]["weights"][:100]))
    with pytest.raises(ModelError, match="does not fit"):
        AnswerModel.load(path)


def test_a_message_the_question_input_pushed_down_most_is_not_reported_as_a_content_gap():
    row = dict.fromkeys(FEATURES, 0.0)
    assert decline_reason(row, {"score": -0.4, "question_answerable": -1.2}) == "not_a_kb_question"
    assert decline_reason(row, {"score": -1.5, "question_answerable": -1.2}) == "low_score"
    assert decline_reason({**row, "other_year": 1.0}, {"question_answerable": 0.8}) == "other_year"


def test_a_question_about_another_year_is_reported_as_such_even_when_the_question_input_pushed_hardest():
    row = {**dict.fromkeys(FEATURES, 0.0), "other_year": 1.0}
    assert decline_reason(row, {"other_year": -0.4, "question_answerable": -1.2}) == "other_year"


def test_a_decline_names_the_former_rule_that_explains_it():
    row = dict.fromkeys(FEATURES, 0.0)
    assert decline_reason({**row, "needs_type": 1.0, "type_held": 0.0}) == "no_answer_type"
    assert decline_reason({**row, "other_year": 1.0}) == "other_year"
    assert decline_reason({**row, "unknown_share": 0.5}) == "unknown_terms"


@pytest.mark.parametrize("text", ["[1, 2, 3]", "not json", "{}"])
def test_a_file_that_is_not_an_answer_model_is_refused_with_a_clear_error(tmp_path, text):
    path = tmp_path / "broken.json"
    path.write_text(text)
    with pytest.raises(ModelError):
        AnswerModel.load(path)


def near(direction: int, spread: float, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` unit vectors close to axis ``direction``."""
    vectors = np.eye(512)[direction] + spread * rng.normal(size=(n, 512)) / np.sqrt(512)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def neighbours_only(answers: int, declines: int, nearest: int = 50) -> QuestionModel:
    """A question model whose regression is neutral (0.5 everywhere): what it says comes from the tuning messages
    near the message, answer cases around one axis and decline cases around another."""
    rng = np.random.default_rng(1)
    examples = np.vstack([near(0, 0.3, answers, rng), near(1, 0.3, declines, rng)])
    answerable = np.r_[np.ones(answers), np.zeros(declines)].astype(np.float32)
    return QuestionModel(np.zeros(512), 0.0, examples.astype(np.float32), answerable, nearest=nearest)


def test_a_message_reads_like_the_tuning_messages_nearest_to_it():
    model = neighbours_only(answers=40, declines=40)
    like_answers, like_declines = np.eye(512)[0] * 3.0, np.eye(512)[1]
    assert model.probability(like_answers) > 0.7 and model.probability(like_declines) < 0.3


def test_the_nearest_messages_weigh_each_class_by_its_size():
    model = neighbours_only(answers=300, declines=30, nearest=330)
    halfway = (np.eye(512)[0] + np.eye(512)[1]) / np.sqrt(2)
    assert model.probability(halfway) == pytest.approx(0.5, abs=0.1)


def test_the_shipped_question_model_carries_its_tuning_messages():
    question = AnswerModel.load().question
    assert question.examples is not None and question.examples.shape[1] == 512
    assert 0 < question.answerable.mean() < 1 and np.allclose(np.linalg.norm(question.examples, axis=1), 1, atol=1e-3)


def test_a_model_whose_tuning_messages_are_missing_or_cut_is_refused(tmp_path):
    stored = json.loads(DEFAULT_MODEL.read_text())
    path = tmp_path / "answering.json"
    path.write_text(json.dumps(stored))
    with pytest.raises(ModelError, match="cannot read"):
        AnswerModel.load(path)                                  # the .npz it names is not beside it
    np.savez(tmp_path / stored["question"]["examples"], vectors=np.ones((3, 100), np.float16),
             answerable=np.ones(3, np.uint8))
    with pytest.raises(ModelError, match="does not fit"):
        AnswerModel.load(path)
