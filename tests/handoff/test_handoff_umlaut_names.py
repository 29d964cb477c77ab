"""A German name in an English message stays a name: English phrases are matched on words whose umlauts lose their
dots ("Süd" -> "sud"), not spelled out as German writers do ("Süd" -> "sued", which is the English legal word "sued").
German messages still meet both spellings ("Kündigung" and "Kuendigung")."""
from __future__ import annotations

import pytest

from handoff.detector import Conversation
from handoff.normalize import fold, normalize

PLACES = [
    "Does your store in Hamburg-Süd open on public holidays?",
    "Can I return the jacket at the Köln Süd branch instead of sending it back?",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_german_place_name_in_an_english_question_is_no_legal_step(detector, shipped, text):
    for which in (detector, shipped):
        assert "legal" not in which.detect(text, Conversation(previous_user_messages=[]), "en").reasons


def test_a_threat_to_sue_is_still_a_legal_step(detector):
    threat = "If the refund is not here by Friday I will sue you"
    assert "legal" in detector.detect(threat, Conversation(previous_user_messages=[]), "en").reasons


def test_folding_spells_umlauts_out_for_german_only():
    assert fold("Süd") == "sued"
    assert fold("Süd", spelled_umlauts=False) == "sud"
    assert fold("Straße", spelled_umlauts=False) == "strasse"
    assert normalize("Kündigung", lang="de").words == normalize("Kuendigung", lang="de").words
    assert normalize("Leipzig Süd", lang="en").words == " leipzig sud "
