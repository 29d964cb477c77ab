"""Escalation detector: decides per user message whether a person must take over.

Public API lives in ``handoff.detector`` (``detect``, ``Conversation``, ``Detection``, ``safety_reply``,
``Detector``, ``get_detector``) and ``handoff.rules`` (``load_rules``, ``RulesError``); the rules,
word lists, thresholds and priorities are in ``handoff/rules.yml``. The learned model is
``handoff/model.py`` (trained by ``handoff/train.py`` from ``handoff/data/``, see SOURCES.md there).
"""
