"""How the similarity signal is used: only where it can matter, and never at the cost of a crash.

These pin the rules' similarity signal, so the detectors here have no learned model (``model=None``);
the model embeds every message of three words or more, once (last test)."""
from __future__ import annotations

import numpy as np
import pytest

from handoff.detector import Conversation, Detector
from handoff.rules import RulesError, read_rules


class CountingEmbed:
    """Stand-in for the model: counts calls, returns a fixed unit vector per text."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 8), dtype=np.float32)
        out[:, 0] = 1.0
        return out


class BrokenEmbed:
    def __call__(self, texts: list[str]) -> np.ndarray:
        raise RuntimeError("model file missing")


def test_examples_are_embedded_once_at_load(rules):
    embed = CountingEmbed()
    Detector(rules, embed=embed, model=None, turn_model=None)
    assert len(embed.calls) == 1 and len(embed.calls[0]) > 10


def test_no_embedding_for_short_messages(rules):
    embed = CountingEmbed()
    det = Detector(rules, embed=embed, model=None, turn_model=None)
    det.detect("hallo du", Conversation([]), "de")
    det.detect("thanks!", Conversation([]), "en")
    assert len(embed.calls) == 1  # only the examples at load


def test_no_embedding_without_a_cue_word(rules):
    embed = CountingEmbed()
    det = Detector(rules, embed=embed, model=None, turn_model=None)
    det.detect("Was kostet der Versand nach Österreich?", Conversation([]), "de")
    assert len(embed.calls) == 1


def test_embedding_runs_when_a_cue_word_is_present(rules):
    embed = CountingEmbed()
    det = Detector(rules, embed=embed, model=None, turn_model=None)
    det.detect("I have a question about your delivery service", Conversation([]), "en")  # cue: "service"
    assert len(embed.calls) == 2


def test_no_embedding_when_the_rules_already_gave_the_reason(rules):
    embed = CountingEmbed()
    det = Detector(rules, embed=embed, model=None, turn_model=None)
    det.detect("Could one of your colleagues have a look at this?", Conversation([]), "en")
    assert len(embed.calls) == 1


def test_broken_model_falls_back_to_rules(rules):
    det = Detector(rules, embed=BrokenEmbed(), turn_model=None)
    assert det.detect("Ich will mit einem Menschen sprechen", Conversation([]), "de").reasons == ["human_request"]
    assert not det.detect("Wie lange dauert der Versand?", Conversation([]), "de").handover


def test_unknown_gate_group_is_reported(tmp_path):
    path = tmp_path / "rules.yml"
    text = (read_rules().path.read_text(encoding="utf-8")
            .replace("gate: person_cue", "gate: persn_cue"))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=r"reasons\.human_request\.embedding\.gate.*'persn_cue'"):
        read_rules(path)


class CountingUse(CountingEmbed):
    """Like CountingEmbed, with the encoder's 512 dimensions, so the learned model can use it."""

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 512), dtype=np.float32)
        out[:, 0] = 1.0
        return out


def test_the_model_embeds_each_message_once_and_skips_short_ones(rules):
    embed = CountingUse()
    det = Detector(rules, embed=embed, mode="both", turn_model=None)
    assert det.model is not None
    loaded = len(embed.calls)
    det.detect("ok danke", Conversation([]), "de")
    assert len(embed.calls) == loaded
    det.detect("Was kostet der Versand nach Österreich?", Conversation([]), "de")
    assert len(embed.calls) == loaded + 1
    # the same text as an earlier turn comes from the cache
    det.detect("Und nach Belgien bitte?", Conversation(["Was kostet der Versand nach Österreich?"]), "de")
    assert len(embed.calls) == loaded + 2


def test_an_embedding_of_another_size_switches_the_model_off(rules):
    det = Detector(rules, embed=CountingEmbed(), mode="both", turn_model=None)
    assert det.model is not None
    det.detect("Was kostet der Versand nach Österreich?", Conversation([]), "de")
    assert det.model is None
    assert det.detect("Ich will mit einem Menschen sprechen", Conversation([]), "de").reasons == ["human_request"]
