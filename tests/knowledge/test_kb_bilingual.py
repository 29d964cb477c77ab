"""Questions find passages in the other language through a German–English dictionary (Ding's format)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.answerer import KnowledgeAnswerer
from knowledge.bilingual import Dictionary, open_dictionary, parse

DING = """\
# Version :: test
Schieber {m} | Schieber {pl} :: slider; slide | sliders; slides
Reißverschluss {m}; Zipper {m} [textil.] | Reißverschlüsse {pl} | Der Rock hat seitlich einen Reißverschluss. :: zip; zipper [Am.] | zips; zippers | The skirt has a zipper on the side.
ersetzen; austauschen {vt} | ersetzend :: to replace; to exchange | replacing
kündigen; rückgängig machen {vt} :: to cancel
Samstag {m}; Sonnabend {m} [Norddt.] /Sa/ :: Saturday /Sat/
auf jdn. ein Auge werfen; sich in jdn. verknallen; jdm. schöne Augen machen :: to have a crush on sb.
"""

REPAIRS = """---
title: Reparaturservice
language: de
---

# Reparaturservice

## Preise

| Reparatur | Preis | Dauer |
|---|---|---|
| Reißverschluss-Schieber ersetzen | 12 € | 5 Werktage |
| Naht an der Hose nähen | 18 € | 7 Werktage |
| Sohle neu kleben | 25 € | 10 Werktage |
"""

CARE = """---
title: Caring for your tent
language: en
---

# Caring for your tent

## Zips and seams

Keep zips free of sand and use a little zip lubricant if they get stiff. Our workshop re-seals seams of tents.

## Drying

Always dry your tent within a day after the trip so that it does not go mouldy.
"""

QUESTION = "How much is it to replace the zip slider?"


@pytest.fixture(scope="module")
def ding_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ding") / "de-en"
    path.write_text(DING, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dictionary(ding_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Dictionary:
    found = open_dictionary(ding_file, tmp_path_factory.mktemp("cache"))
    assert found is not None
    return found


@pytest.fixture(scope="module")
def with_dictionary(answerer_over, dictionary: Dictionary) -> KnowledgeAnswerer:
    return answerer_over({"werkstatt/reparatur.md": REPAIRS, "en/tent-care.md": CARE}, "bilingual", dictionary)


@pytest.fixture(scope="module")
def without_dictionary(with_dictionary: KnowledgeAnswerer) -> KnowledgeAnswerer:
    return KnowledgeAnswerer(with_dictionary.retriever.with_config(translations=False), with_dictionary.threshold)


def test_each_word_maps_to_the_other_side_of_its_segment():
    words = parse(DING.splitlines())
    assert set(words["slider"]) == {"schieber"}
    assert {"slider", "slide"} <= set(words["schieber"])
    assert "reissverschlusse" in words["zips"]


def test_example_sentences_and_idioms_are_not_translations():
    words = parse(DING.splitlines())
    assert "skirt" not in words.get("reissverschluss", ())
    assert "crush" not in {w for targets in words.values() for w in targets}


def test_an_abbreviation_does_not_hide_the_word_it_abbreviates():
    assert set(parse(DING.splitlines())["saturday"]) == {"samstag", "sonnabend"}


def test_a_light_verb_of_a_phrase_is_no_translation():
    assert set(parse(DING.splitlines())["cancel"]) == {"kundigen", "ruckgangig"}


def test_an_english_verb_is_found_without_its_to(dictionary: Dictionary):
    assert "ersetzen" in dictionary.translations("replace")


def test_an_english_plural_also_finds_the_singular_translations(dictionary: Dictionary):
    assert {"reissverschluss", "reissverschlusse"} <= set(dictionary.translations("zips"))


def test_a_missing_dictionary_file_means_no_dictionary(tmp_path: Path):
    assert open_dictionary(tmp_path / "absent", tmp_path) is None
    assert open_dictionary("", tmp_path) is None


def test_the_table_is_built_once_and_reused(ding_file: Path, tmp_path: Path):
    open_dictionary(ding_file, tmp_path)
    tables = list(tmp_path.glob("*.sqlite"))
    open_dictionary(ding_file, tmp_path)
    assert len(tables) == 1 and list(tmp_path.glob("*.sqlite")) == tables


def test_an_english_question_is_answered_from_the_german_price_list(with_dictionary: KnowledgeAnswerer):
    answer = with_dictionary.answer(QUESTION, "en")
    assert answer.citations == ["werkstatt/reparatur"]
    assert "12 €" in answer.text


def test_only_the_dictionary_makes_the_english_word_known(with_dictionary: KnowledgeAnswerer,
                                                         without_dictionary: KnowledgeAnswerer):
    """Only the dictionary ties "slider" to "Schieber". Without it the word is one the knowledge base lacks, which
    the answer model weighs against answering; whether it still answers from the question's other words is the
    model's call, not the dictionary's."""
    assert "slider" in [w.lower() for w in without_dictionary.answer(QUESTION, "en").unknown]
    assert "slider" not in [w.lower() for w in with_dictionary.answer(QUESTION, "en").unknown]


def test_the_installed_dictionary_translates_between_german_and_english(installed_dictionary: Dictionary):
    assert "schieber" in installed_dictionary.translations("slider")
    assert "fee" in installed_dictionary.translations("Gebühr")


def test_building_a_new_table_removes_the_stale_ones(ding_file: Path, tmp_path: Path):
    stale = tmp_path / f"dictionary-{ding_file.name}-1-1.sqlite"
    stale.write_bytes(b"")
    open_dictionary(ding_file, tmp_path)
    assert not stale.exists() and len(list(tmp_path.glob("*.sqlite"))) == 1


def test_a_broken_table_is_built_again(ding_file: Path, tmp_path: Path):
    table = open_dictionary(ding_file, tmp_path).table
    table.write_bytes(b"not a database")
    assert "schieber" in open_dictionary(ding_file, tmp_path).translations("slider")


def test_a_cache_folder_that_cannot_be_written_means_no_dictionary(ding_file: Path, tmp_path: Path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert open_dictionary(ding_file, blocked / "cache") is None


def test_a_table_that_vanishes_under_a_running_process_gives_no_translations(ding_file: Path, tmp_path: Path):
    found = open_dictionary(ding_file, tmp_path)
    found.table.unlink()
    assert found.translations("zips") == ()
