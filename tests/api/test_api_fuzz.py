"""Generated requests against every operation of the Tandem API's own OpenAPI schema never get a server error.

schemathesis reads the schema the app publishes and derives requests from it (valid and edge-case bodies,
paths and query values), sent signed in as an agent, a staff member and an admin. Signing out is left out: it
would revoke the token the other requests use (its own tests are in test_api_inbox_auth.py), and so are the live
event streams. A few examples per operation keep this in the default suite; `TANDEM_FUZZ_EXAMPLES=50 … -s` is the
long run (README), which prints how many requests got which status.
"""
from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.inbox.support import InboxEnv, cheap_hashing

EXAMPLES = int(os.environ.get("TANDEM_FUZZ_EXAMPLES", "3"))
# Server-Sent Event streams stay open by design (each generated request would wait for the client's read timeout);
# their own tests check who may listen and what they say.
LIVE_STREAMS = {"/api/chat/typing", "/api/inbox/events"}


@pytest.fixture
def inbox(tmp_path, monkeypatch) -> InboxEnv:
    """A one-document knowledge base: generated sync requests re-read it, and the sample knowledge base took longer
    than schemathesis's 10 s read timeout on a busy machine, which says nothing about server errors."""
    cheap_hashing(monkeypatch)
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "versand.md").write_text("# Versand\n\nDer Versand kostet 4,90 € und dauert 2 Tage.\n", encoding="utf-8")
    return InboxEnv(tmp_path / "data", kb_dir=kb)


def test_no_generated_request_gets_a_server_error(inbox: InboxEnv):
    schema = schemathesis.openapi.from_asgi("/openapi.json", inbox.client.app)
    roles = {role: inbox.user(f"fuzz-{role}", role) for role in ("agent", "staff", "admin")}
    every = [r.ok() for r in schema.get_all_operations()]
    assert LIVE_STREAMS <= {o.path for o in every}    # the streams left out are the app's, by these paths
    operations = [o for o in every
                  if "/auth/logout" not in o.label and o.path not in LIVE_STREAMS]
    statuses: Counter[int] = Counter()
    assert len(operations) > 20                       # the schema was read, not an empty document

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def no_server_error(case):
            for headers in roles.values():
                case.headers = {**(case.headers or {}), **headers}
                response = case.call()
                statuses[response.status_code] += 1
                case.validate_response(response, checks=[not_a_server_error])

        no_server_error()
    print(f"\n{len(operations)} operations, up to {EXAMPLES} examples each, as {len(roles)} roles: "
          f"{sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}")
    assert statuses[200] > 0 and statuses[401] < sum(statuses.values()) / 4   # signed in: most were let through
