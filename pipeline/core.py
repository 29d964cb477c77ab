"""The stage interface and the pipeline that runs stages in order, timing each and keeping its trace.

Modelled on Haystack 2: a stage is a small class whose settings go in its constructor and whose ``run`` takes
the turn's state and returns it. Unlike Haystack's graph, a turn is a straight line, so a list is the whole
wiring; the order lives in `pipeline.build` and nowhere else.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from typing import ClassVar, Protocol, runtime_checkable

from pipeline.state import TraceEntry, TurnState


@runtime_checkable
class Stage(Protocol):
    """One named step of a turn. ``run`` records its decision with ``state.note(self.name, verdict, detail)``."""
    name: ClassVar[str]
    always: ClassVar[bool]          # still runs after an earlier stage set the reply

    def run(self, state: TurnState) -> TurnState: ...


class Pipeline:
    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages: list[Stage] = list(stages)
        names = [s.name for s in self.stages]
        if len(set(names)) != len(names):
            raise ValueError(f"stage names must be unique: {names}")

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def stage(self, name: str) -> Stage:
        return next(s for s in self.stages if s.name == name)

    def run(self, state: TurnState) -> TurnState:
        for stage in self.stages:
            if state.done and not stage.always:
                continue
            before = len(state.trace)
            start = time.perf_counter()
            state = stage.run(state)
            ms = (time.perf_counter() - start) * 1000
            if len(state.trace) == before:
                state.note(stage.name, "pass")
            last = state.trace[-1]
            state.trace[-1] = TraceEntry(last.stage, last.verdict, last.detail, ms)
        return state


def format_trace(trace: list[TraceEntry]) -> str:
    """One line per stage: name, decision, timing, and why."""
    width = max((len(e.stage) for e in trace), default=0)
    return "\n".join(f"{e.stage:<{width}}  {e.verdict:<14} {e.ms:7.2f} ms  {e.detail}".rstrip() for e in trace)
