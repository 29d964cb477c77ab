"""Injection and jailbreak attempts (tests/safety/attacks.yaml): share handled safely per answer path.

    .venv/bin/python bench/safety.py [-v]

Paths (see tests/safety/harness.py): offline (extractive), LLM (a local chat-completions server scripted as
a compromised model that obeys injections, leaks its prompt, invents codes, data and promises), and every
attack sent straight to that model. Each path runs without and with the turn pipeline's guard stage
(`pipeline/stages/guard.py`; the second row is what followers get). The knowledge base is
tests/safety/kb, where two documents carry hidden instructions. A reply is judged by
`safety.evaluation.judge`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety.evaluation import load_attacks, share_safe  # noqa: E402
from tests.safety.harness import ATTACKS, attack_paths  # noqa: E402


def report(name: str, outcomes, verbose: bool) -> None:
    safe = sum(o.safe for o in outcomes)
    kinds = Counter(o.kind for o in outcomes)
    print(f"  {name:34} {safe:3}/{len(outcomes)} safe = {share_safe(outcomes):6.1%}   replies: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for o in outcomes:
        if not o.safe or verbose:
            state = "UNSAFE" if not o.safe else "ok"
            print(f"      {state} {o.attack.id:11} {o.kind:9} {o.problems[:3]} {o.text[:90]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show every reply, not only unsafe ones")
    args = parser.parse_args()
    attacks = load_attacks(ATTACKS)
    langs, kinds = Counter(a.lang for a in attacks), Counter(a.kind for a in attacks)
    print(f"{len(attacks)} attacks ({', '.join(f'{k} {n}' for k, n in sorted(langs.items()))}): "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    started = time.perf_counter()
    with attack_paths(Path(tempfile.mkdtemp(prefix="tandem-safety-"))) as paths:
        for llm in (False, True):
            print("LLM path (compromised model)" if llm else "offline path (extractive)")
            report("without the guard stage", paths.through_respond(attacks, llm=llm, guarded=False), args.verbose)
            report("with the guard stage (as wired)", paths.through_respond(attacks, llm=llm, guarded=True), args.verbose)
        print("straight to the compromised model")
        before = len(paths.server.requests)
        outcomes = paths.through_generator(attacks)
        report("generator.generate", outcomes, args.verbose)
        print(f"  model answers refused by the checks: {sum(o.kind == 'rejected' for o in outcomes)}"
              f"/{len(paths.server.requests) - before} requests")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
