"""The pipeline runs its stages in the written order, skips what follows a reply, and traces every decision."""
from __future__ import annotations

from typing import ClassVar

import pytest

from pipeline.core import Pipeline, format_trace
from pipeline.state import Reply, Turn, TurnState


class Step:
    always: ClassVar[bool] = False

    def __init__(self, name: str, replies: bool = False, always: bool = False) -> None:
        self.name = name
        self.replies = replies
        self.always = always
        self.ran = False

    def run(self, state: TurnState) -> TurnState:
        self.ran = True
        if self.replies:
            state.reply = Reply("decline", state.lang, ["no"])
            state.note(self.name, "reply", "because")
        return state


def test_stages_run_in_order_and_each_leaves_a_timed_trace_entry():
    pipeline = Pipeline([Step("a"), Step("b"), Step("c")])
    state = pipeline.run(TurnState(turn=Turn(text="hi")))
    assert [e.stage for e in state.trace] == ["a", "b", "c"]
    assert all(e.verdict == "pass" and e.ms >= 0 for e in state.trace)


def test_after_a_reply_only_the_stages_marked_always_run():
    later, last = Step("later"), Step("last", always=True)
    state = Pipeline([Step("first", replies=True), later, last]).run(TurnState(turn=Turn(text="hi")))
    assert not later.ran and last.ran
    assert [(e.stage, e.verdict) for e in state.trace] == [("first", "reply"), ("last", "pass")]


def test_two_stages_may_not_share_a_name():
    with pytest.raises(ValueError):
        Pipeline([Step("a"), Step("a")])


def test_the_trace_prints_one_line_per_stage_with_its_reason():
    state = Pipeline([Step("first", replies=True)]).run(TurnState(turn=Turn(text="hi")))
    assert format_trace(state.trace).split() [:2] == ["first", "reply"]
    assert format_trace(state.trace).endswith("because")


def test_the_production_order_is_written_once(monkeypatch):
    from pipeline import build
    from tandem.settings import Settings

    class Detector:
        def detect(self, *args, **kwargs): ...

        def safety_reply(self, *args): ...

    pipeline = build.turn_pipeline(Settings(), Detector(), [Step("retrieve"), Step("decide")])
    assert pipeline.names == ["clean", "language", "gate", "empty", "escalate", "readable", "smalltalk", "instructions",
                              "others_data", "retrieve", "decide", "record_gap", "record_feedback", "present"]


def test_each_check_before_retrieval_can_be_switched_off():
    from pipeline import build
    from tandem.settings import ChecksSettings, Settings

    class Detector:
        def detect(self, *args, **kwargs): ...

    settings = Settings(checks=ChecksSettings(instructions=False, others_data=False))
    names = build.turn_pipeline(settings, Detector(), [Step("retrieve")]).names
    assert "instructions" not in names and "others_data" not in names
    assert names.index("smalltalk") + 1 == names.index("retrieve")
