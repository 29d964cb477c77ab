"""A normal question's time while four 1 MB messages arrive at once (Rasa REST, the real stack, sample KB).

Prints the normal question's latency alone and under the four large bodies (which Rasa refuses with HTTP 413 at
its request-size bound), each as the median of ROUNDS rounds.
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tandem.processes import free_port  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, ROOT, get_settings  # noqa: E402
from tandem.stack import Stack  # noqa: E402

ROUNDS = 10


def main() -> None:
    settings = get_settings().model_copy(update={
        "data_dir": Path(tempfile.mkdtemp(prefix="tandem-big-")), "kb_dir": ROOT / "sample_kb", "rasa_token": "",
        "rasa_port": free_port(), "action_port": free_port(), "api_port": free_port(), "openai_base_url": None,
        "openai_api_key": None, **NO_CLIENT_LIMITS})
    big = json.dumps({"sender": "big", "message": "x" * 1_000_000}).encode()
    with Stack(settings, with_api=False, log=lambda m: print(m, file=sys.stderr)) as stack:
        url = f"{stack.settings.rasa_url}/webhooks/rest/webhook"
        client = httpx.Client(timeout=120, trust_env=False)

        def normal(n: int) -> float:
            began = time.monotonic()
            response = client.post(url, json={"sender": f"normal-{n}", "message": "Was kostet der Versand?"})
            assert response.status_code == 200 and response.json(), response.text
            return (time.monotonic() - began) * 1000

        def post_big(_: int) -> int:
            with httpx.Client(timeout=120, trust_env=False) as c:
                return c.post(url, content=big, headers={"Content-Type": "application/json"}).status_code

        normal(-1)
        alone = [normal(n) for n in range(ROUNDS)]
        loaded, statuses = [], []
        with ThreadPoolExecutor(4) as pool:
            for n in range(ROUNDS):
                futures = [pool.submit(post_big, i) for i in range(4)]
                loaded.append(normal(100 + n))
                statuses += [f.result() for f in futures]
        print(f"normal question alone:         median {statistics.median(alone):.0f} ms, max {max(alone):.0f} ms")
        print(f"with 4 x 1 MB at the same time: median {statistics.median(loaded):.0f} ms, max {max(loaded):.0f} ms")
        print(f"1 MB bodies answered: {', '.join(f'{s}: {statuses.count(s)}' for s in sorted(set(statuses)))}")


if __name__ == "__main__":
    main()
