"""Input folding used by every rule."""
from __future__ import annotations

from handoff.normalize import Speller, fold, normalize


def test_fold_lowercases_and_folds_umlauts_and_sharp_s():
    assert fold("Größe ÄRGER Übel") == "groesse aerger uebel"


def test_fold_collapses_letter_runs_and_drops_apostrophes():
    assert fold("Sooooo schlecht, gibt's nicht!!!") == "so schlecht gibts nicht"


def test_fold_strips_accents_and_punctuation():
    assert fold("Café – crème brûlée?!") == "cafe creme brulee"


def test_normalize_measures_caps_and_exclamations():
    n = normalize("WO BLEIBT MEIN PAKET!!!")
    assert n.caps_ratio == 1.0 and n.letters >= 12 and n.max_exclaim_run == 3


def test_normalize_keeps_emoji_in_raw_text():
    assert "👏" in normalize("Super 👏🏽").raw


def test_normalize_applies_token_map():
    assert " nicht " in normalize("des geht net", {"net": "nicht"}).words


def test_speller_fixes_one_typo_in_a_long_lexicon_word():
    assert Speller(["mitarbeiter"], min_length=8).correct("mitarbieter") == "mitarbeiter"


def test_speller_leaves_inflections_alone():
    assert Speller(["verletzte"], min_length=8).correct("verletzt") == "verletzt"


def test_speller_leaves_short_words_alone():
    assert Speller(["leaking"], min_length=8).correct("leaving") == "leaving"


def test_speller_leaves_listed_exceptions_alone():
    assert Speller(["complaint"], min_length=8, exceptions=["compliant"]).correct("compliant") == "compliant"


def test_normalize_prefers_a_known_double_letter_word():
    sp = Speller(["kaputt"], min_length=8)
    assert " kaputt " in normalize("KAPUTTTTT", speller=sp).words


def test_normalize_marks_clause_boundaries_but_not_number_punctuation():
    n = normalize("Bezahlt: 129,90 € – ich will nicht mehr, danke 🙏")
    assert n.words == " bezahlt 129 90 ich will nicht mehr danke "
    assert n.clauses == " . bezahlt . 129 90 . ich will nicht mehr . danke . "


def test_normalize_keeps_clause_boundaries_through_the_token_map():
    n = normalize("im done. ok", {"im": "i am"})
    assert n.clauses == " . i am done . ok . "
