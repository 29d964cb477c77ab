"""Language-generic word handling."""
from __future__ import annotations

import pytest
import yaml

from knowledge import answer_types, lexicon
from knowledge.locale import HERE, LANGUAGES
from knowledge.text import content_words, fold, question_part, typo_close, without_question_phrases


def test_folding_ignores_case_accents_and_sharp_s():
    assert fold("Österreich") == fold("osterreich") and fold("Straße") == "strasse"


def test_one_typo_or_swapped_letters_count_as_close():
    assert typo_close("lieferung", "liferung") and typo_close("change", "chnage")
    assert not typo_close("lieferung", "lagerung")


def test_function_words_and_clitics_are_not_content():
    assert content_words("What's your partner's address, bitte?") == ["partner", "address"]


def test_the_question_part_leaves_out_the_story_around_it():
    text = "Ich war gestern im Laden. Wann habt ihr sonntags auf?"
    assert question_part(text) == "Wann habt ihr sonntags auf?"


def test_an_asked_sentence_that_points_back_takes_the_sentence_before_it():
    text = "Mein Sohn hat sich gestern angemeldet. Auf seiner Rechnung steht eine Servicepauschale. Geht das auch?"
    assert question_part(text) == "Geht das auch?"
    assert question_part(text, min_words=3) == "Auf seiner Rechnung steht eine Servicepauschale. Geht das auch?"


def test_an_asked_sentence_that_names_enough_stays_alone():
    text = "I moved last month. How do I change the delivery address for my subscription box?"
    assert question_part(text, min_words=3) == "How do I change the delivery address for my subscription box?"


def test_a_short_fragment_counts_as_part_of_the_question():
    assert question_part("wo ist euer laden? adresse pls") == "wo ist euer laden? adresse pls"


def test_a_long_german_compound_splits_into_known_parts():
    assert lexicon.split_compound("wassertemperatur") == ("wasser", "temperatur")


def test_a_misspelled_english_word_is_corrected_but_a_known_word_is_not():
    assert lexicon.correction("subscripton") == "subscription"
    assert lexicon.correction("hasse") is None


def test_expected_answer_types_of_questions():
    assert answer_types.required_types("Wann habt ihr geöffnet?") == {answer_types.TIME}
    assert answer_types.required_types("How much is shipping to Austria?") == {answer_types.PRICE}
    assert answer_types.CONTACT in answer_types.expected_types("Who should I contact for a repair?")
    assert answer_types.required_types("Do you repair e-bikes?") == set()


def test_a_price_and_a_time_are_recognised_in_text():
    assert answer_types.holds(answer_types.PRICE, "Eine Inspektion kostet 59 €.")
    assert answer_types.holds(answer_types.TIME, "Samstag 10:00–14:00")
    assert not answer_types.holds(answer_types.TIME, "100 g für 19,90 €")


def test_a_question_about_weight_expects_a_weight_and_a_weight_is_recognised():
    assert answer_types.WEIGHT in answer_types.expected_types("Wie schwer ist das Zelt?")
    assert answer_types.WEIGHT in answer_types.expected_types("Which of the two boots is lighter?")
    assert answer_types.holds(answer_types.WEIGHT, "Gewicht: 2,4 kg")
    assert not answer_types.holds(answer_types.WEIGHT, "Größen 38 bis 47")


def test_lower_case_words_of_a_capitalising_writer_are_the_verbs_and_adjectives():
    from knowledge.answering import _lower_case_words
    assert _lower_case_words("Wie wasche ich meine Daunenjacke richtig?") == {"wasche", "ich", "meine", "richtig"}


def test_a_writer_who_capitalises_nothing_gives_no_lower_case_hint():
    from knowledge.answering import _lower_case_words
    assert _lower_case_words("gibt es studentenrabatt?") == set()


def test_a_question_about_a_minimum_age_needs_an_age_and_an_age_is_recognised():
    assert answer_types.required_types("What's the minimum age for the course?") == {answer_types.AGE}
    assert answer_types.holds(answer_types.AGE, "Mindestalter: 14 Jahre")
    assert not answer_types.holds(answer_types.AGE, "2 Tage, 189 € pro Person")
    assert answer_types.AGE not in answer_types.expected_types("Passt der Fahrradhalter an mein Rad?")


def test_a_question_about_colours_needs_a_colour():
    assert answer_types.required_types("In welchen Farben gibt es die Jacke?") == {answer_types.COLOUR}
    assert answer_types.holds(answer_types.COLOUR, "Farben: Anthrazit, Kastanienbraun")
    assert not answer_types.holds(answer_types.COLOUR, "Gewicht: 2,4 kg; Preis: 349 €")


def test_a_spelling_correction_is_the_same_in_every_process():
    import subprocess
    import sys
    code = "from knowledge.lexicon import correction; print(correction('descaler'))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={"PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4, 5, 6)}
    assert len(runs) == 1


@pytest.mark.parametrize("question", ["Wie hoch ist die Blockiergebühr an euren Ladesäulen?",
                                      "Wie hoch sind die Versandkosten nach Polen?",
                                      "How high is the blocking fee?"])
def test_asking_how_high_a_fee_is_requires_a_price(question):
    assert answer_types.required_types(question) == {answer_types.PRICE}


def test_asking_how_high_a_thing_is_requires_no_price():
    assert answer_types.PRICE not in answer_types.required_types("Wie hoch ist das Zelt?")


def test_asking_what_happens_is_not_a_topic():
    assert content_words(without_question_phrases("What happens if I bring it back a day late?")) == \
        content_words("if I bring it back a day late?")
    assert "passiert" not in content_words(without_question_phrases("Was passiert, wenn ich zu spät zurückgebe?"))


def test_every_answer_type_word_in_the_language_files_is_text():
    """YAML reads a bare `on` or `no` as a boolean: such a word would silently stop matching."""
    for lang in LANGUAGES:
        data = yaml.safe_load((HERE / f"{lang}.yml").read_text(encoding="utf-8"))["answer_types"]
        lists = [v for v in data.values() if isinstance(v, list)]
        lists += [v for group in data.values() if isinstance(group, dict) for v in group.values()]
        assert lists and all(isinstance(w, str) for words in lists for w in words), lang


def test_a_time_question_in_either_language_wants_a_time_from_the_language_files():
    assert answer_types.required_types("And when do you open?") == {answer_types.TIME}
    assert answer_types.holds(answer_types.PLACE, "Wir sind in der Hauptstraße 5 zu finden")


@pytest.mark.parametrize("text", ["Musterweg 3, 12345 Neustadt", "Wir sind in der Hauptstraße 5 zu finden",
                                  "Visit us at 10115 Berlin, near the station"])
def test_an_address_holds_a_place(text):
    assert answer_types.holds(answer_types.PLACE, text)


@pytest.mark.parametrize("text", ["Ab 1500 euros Bestellwert ist der Versand frei", "Im Jahr 2025 wurden es mehr",
                                  "Telefon Laden: +49 30 555 0110 Telefon Lager: +49 30 555 0120"])
def test_a_number_before_a_word_or_a_phone_number_holds_no_place(text):
    assert not answer_types.holds(answer_types.PLACE, text)
