"""A second opinion from an LLM for borderline messages, when an OpenAI-compatible endpoint is configured.

Why only borderline ones: an LLM call costs a second or more and money; the offline detector decides
alone everything it is sure about. "Borderline" is a documented probability band: no rule or model
fired, and the learned model (``handoff/model.py``, loaded for this even when ``model.enabled`` is off)
gives one of the configured reasons a probability of at least ``second_opinion.low`` (rules.yml). The
model alone is not trusted to hand over (README, "Escalation detector"), but it is good at saying where a
question is open.

The prompt is short and asks for one word; the message and its two previous follower messages are sent
with personal data replaced by placeholders (``privacy.redact``) first. The answer is used only if it is
one of the allowed reasons (hand over for that reason) or "none" (stay); anything else, an error or a
timeout (``second_opinion.timeout_s``, no retry: the follower is waiting) leaves the offline decision
standing.
"""
from __future__ import annotations

import logging
import re
from typing import Callable

from .rules import SecondOpinionSettings

log = logging.getLogger(__name__)

DESCRIPTIONS = {
    "sarcasm": "sarcastic or ironic complaint (praise that means the opposite)",
    "emotional": "angry, upset, desperate or insulting",
    "complex": "needs a person's judgement (exceptions, disputes, several problems at once)",
    "human_request": "asks for a person",
    "repeated_failure": "says the bot keeps failing or repeating itself",
    "legal": "threatens legal steps",
    "safety": "someone may be in danger",
    "privacy_request": "asks what data is held about them or to delete it",
}

SYSTEM = ("You sort customer-service chat messages for a support team. Decide whether a person should "
          "take over this message. Answer with exactly one word from this list:\n{choices}\n"
          "none: the chatbot can handle it (a routine question, thanks, mild annoyance).\n"
          "Personal data has been replaced by placeholders such as [EMAIL].")

Redact = Callable[[str, str], str]


def _default_redact(text: str, lang: str) -> str:
    from privacy.redact import redact

    return redact(text, lang).text


class SecondOpinion:
    """Asks the endpoint about one borderline message; ``ask`` returns a reason, "none", or None (no opinion)."""

    def __init__(self, client, model: str, settings: SecondOpinionSettings, redact: Redact = _default_redact) -> None:
        """``client``: an ``openai.OpenAI`` (any object with ``chat.completions.create``)."""
        self.client = client
        self.model = model
        self.settings = settings
        self.redact = redact
        self.answers = tuple(settings.answers)

    @classmethod
    def from_settings(cls, settings: SecondOpinionSettings) -> "SecondOpinion | None":
        """From Tandem's LLM settings (``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``, ``TANDEM_LLM_MODEL``); None
        when no endpoint is configured or rules.yml switches the second opinion off."""
        if not settings.enabled or not settings.reasons or not settings.answers:
            return None
        from tandem.settings import get_settings

        app = get_settings()
        if not app.llm_enabled:
            return None
        from openai import OpenAI

        client = OpenAI(base_url=app.openai_base_url, api_key=app.openai_api_key or "not-needed",
                        timeout=settings.timeout_s, max_retries=0)
        return cls(client, app.llm_model, settings)

    def borderline(self, probabilities: dict[str, float]) -> list[str]:
        """The configured reasons whose probability reached ``low`` (the caller asks only when nothing fired)."""
        return [r for r in self.settings.reasons if probabilities.get(r, 0.0) >= self.settings.low]

    def turn_borderline(self, probability: float, threshold: float) -> bool:
        """With the turn model on: its hand-over probability is in the band [``turn_low``, its threshold)."""
        return self.settings.turn_low <= probability < threshold

    def messages(self, text: str, previous: list[str], lang: str) -> list[dict[str, str]]:
        """The prompt, redacted: the system instruction and one user message with up to two earlier ones."""
        choices = "\n".join(f"{r}: {DESCRIPTIONS.get(r, r.replace('_', ' '))}" for r in self.answers)
        lines = [f"Earlier message: {self.redact(p[:500], lang)}" for p in previous[-2:]]
        lines.append(f"Message: {self.redact(text[:1000], lang)}")
        return [{"role": "system", "content": SYSTEM.format(choices=choices)},
                {"role": "user", "content": "\n".join(lines)}]

    def ask(self, text: str, previous: list[str], lang: str) -> str | None:
        """One request; the reason (or "none") the endpoint answered, None when it failed or said something else."""
        try:
            messages = self.messages(text, previous, lang)
            response = self.client.chat.completions.create(model=self.model, temperature=0, max_tokens=5,
                                                           messages=messages, timeout=self.settings.timeout_s)
            content = (response.choices[0].message.content or "").strip().lower()
        except Exception as exc:  # the endpoint is optional: any failure leaves the offline decision
            log.warning("handoff: second opinion unavailable (%s); the offline decision stands", exc.__class__.__name__)
            return None
        word = re.sub(r"[^a-z_ ]", " ", content).split()
        answer = word[0] if word else ""
        if answer in self.answers or answer == "none":
            return answer
        log.warning("handoff: second opinion answered outside the list; the offline decision stands")
        return None
