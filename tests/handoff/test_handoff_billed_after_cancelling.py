"""Being billed although one had cancelled is a subscription problem, in each wording of 'although'
(the rule once read 'even though|although', which means 'even though' or 'even although')."""
from __future__ import annotations

import pytest

from handoff.normalize import normalize


@pytest.mark.parametrize("text", [
    "You billed me again although I cancelled the subscription in March.",
    "I was charged even though I cancelled last month.",
    "They renewed my plan despite me cancelling it weeks ago.",
])
def test_billed_after_cancelling_is_a_subscription_problem(rules, text):
    words = normalize(text, rules.token_map.get("en"), rules.spellers.get("en")).words
    assert rules.groups["problem_subscription"].find(words, text, "en")
