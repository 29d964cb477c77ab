"""The quoting knobs (`tandem.settings.QuotingSettings`) are read from the environment like every other setting,
reach the stages that compose a quote, and refuse values that make no sense before anything runs."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.build import knowledge_stages
from tandem.settings import QuotingSettings, Settings


def test_a_quoting_knob_set_in_the_environment_reaches_the_compose_stage_and_nothing_else(monkeypatch):
    untouched = Settings()
    monkeypatch.setenv("TANDEM_QUOTING__MAX_UNITS", "2")
    settings = Settings()

    stages = {stage.name: stage for stage in knowledge_stages(object(), settings)}   # the retriever is only kept
    assert stages["compose"].quoting.max_units == 2
    assert stages["compose"].quoting == stages["retrieve"].quoting == settings.quoting
    assert settings.quoting.model_dump() == {**QuotingSettings().model_dump(), "max_units": 2}
    assert settings.model_dump(exclude={"quoting"}) == untouched.model_dump(exclude={"quoting"})
    assert untouched.quoting == QuotingSettings()


def test_an_out_of_range_quoting_knob_is_refused_with_its_name_and_bound(monkeypatch):
    monkeypatch.setenv("TANDEM_QUOTING__UNIT_MARGIN", "1.5")
    with pytest.raises(ValidationError) as refused:
        Settings()
    assert "quoting.unit_margin" in str(refused.value)
    assert "less than or equal to 1" in str(refused.value)


def test_a_translation_may_not_match_as_strongly_as_a_known_word(monkeypatch):
    monkeypatch.setenv("TANDEM_RETRIEVAL__TRANSLATION_MATCH", "0.8")
    with pytest.raises(ValidationError, match="translation_match"):
        Settings()


def test_how_many_quotes_a_document_gives_is_set_in_the_environment_and_bounded(monkeypatch):
    assert {s.name: s for s in knowledge_stages(object(), Settings())}["compose"].quotes_per_doc == 2
    monkeypatch.setenv("TANDEM_ANSWERING__QUOTES_PER_DOC", "1")
    assert {s.name: s for s in knowledge_stages(object(), Settings())}["compose"].quotes_per_doc == 1
    monkeypatch.setenv("TANDEM_ANSWERING__QUOTES_PER_DOC", "0")
    with pytest.raises(ValidationError, match="quotes_per_doc"):
        Settings()


@pytest.mark.parametrize(("setting", "value", "named"), [
    ("TANDEM_QUOTING__WHOLE_TABLE_CHARS", "-1", "quoting.whole_table_chars"),
    ("TANDEM_QUOTING__KEYED_ROW_ALONE", "maybe", "quoting.keyed_row_alone"),
])
def test_a_table_quoting_knob_with_a_value_that_makes_no_sense_is_refused_by_name(monkeypatch, setting, value, named):
    monkeypatch.setenv(setting, value)
    with pytest.raises(ValidationError) as refused:
        Settings()
    assert named in str(refused.value)


def test_the_table_quoting_knobs_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("TANDEM_QUOTING__WHOLE_TABLE_CHARS", "0")
    monkeypatch.setenv("TANDEM_QUOTING__KEYED_ROW_ALONE", "false")
    quoting = Settings().quoting
    assert (quoting.whole_table_chars, quoting.keyed_row_alone) == (0, False)
    assert (QuotingSettings().whole_table_chars, QuotingSettings().keyed_row_alone) == (520, True)
