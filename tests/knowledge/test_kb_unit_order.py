"""Which units of a document a quote takes first: the hand-weighted order, and a unit for each kind of answer a
question asks for."""
from __future__ import annotations

from knowledge.answering import UNIT_FEATURES, UnitChoice, hand_order
from tandem.settings import QuotingSettings


def choice(name: str, hand: float, *kinds: str) -> UnitChoice:
    features = {feature: 0.0 for feature in UNIT_FEATURES}
    features.update(typed=float(bool(kinds)), has_required=1.0)
    return UnitChoice(unit=name, hit=None, features=features, hand_score=hand, kinds=frozenset(kinds))


def names(order: list[UnitChoice]) -> list[str]:
    return [c.unit for c in order]


def test_units_within_the_margin_follow_the_lead_in_the_order_of_their_hand_score():
    units = [choice("second", 0.70), choice("first", 0.80), choice("far behind", 0.20)]
    assert names(hand_order(units, QuotingSettings())) == ["first", "second"]


def test_a_question_asking_for_a_place_and_a_time_gets_the_place_before_more_times():
    units = [choice("time 1", 0.85, "time"), choice("time 2", 0.80, "time"), choice("time 3", 0.75, "time"),
             choice("place", 0.70, "place")]
    assert names(hand_order(units, QuotingSettings(each_kind=True)))[:2] == ["time 1", "place"]
    assert names(hand_order(units, QuotingSettings(each_kind=False)))[:2] == ["time 1", "time 2"]


def test_a_unit_holding_only_kinds_already_quoted_keeps_its_place():
    units = [choice("both", 0.85, "time", "place"), choice("time", 0.80, "time"), choice("place", 0.75, "place")]
    assert names(hand_order(units, QuotingSettings(each_kind=True))) == ["both", "time", "place"]
