"""What a follower is told when handed over and while waiting: in their language and the brand's German form of
address (`inbox/wording.yml`), with the expected wait or, outside support hours, when the team is back."""
from __future__ import annotations

from datetime import datetime

from inbox import wording
from inbox.hours import is_open, next_opening
from tandem.settings import Settings


def _form(settings: Settings) -> str:
    return settings.german_form if settings.german_form in wording.FORMS else "du"


def wait_text(lang: str, position: int, settings: Settings, moment: datetime) -> str:
    if is_open(moment, settings.support_hours, settings.timezone):
        return wording.say("wait_open", lang, _form(settings),
                           minutes=max(1, position) * settings.minutes_per_waiting_chat)
    opening = next_opening(moment, settings.support_hours, settings.timezone)
    if opening is None:
        return ""
    day = wording.say("day_names", lang).split()[opening.weekday()]
    return wording.say("wait_closed", lang, _form(settings), day=day,
                       time=opening.strftime(wording.say("clock", lang)))


def handover_notice(lang: str, position: int, settings: Settings, moment: datetime) -> str:
    wait = wait_text(lang, position, settings, moment)
    return " ".join(wording.say("handover", lang, _form(settings), wait=wait).split())


def still_waiting_notice(lang: str, position: int, settings: Settings, moment: datetime) -> str:
    text = wording.say("still_waiting", lang, _form(settings), position=position,
                       wait=wait_text(lang, position, settings, moment))
    return " ".join(text.split())


# --- what the follower is told when a person joins, leaves the chat to the bot, or ends it -----------------------------
# Sent as bot events with ``data.custom.tandem.kind`` set, so the web chat shows them as status lines, not as
# the assistant speaking.
STATUS_KINDS = ("agent_joined", "back_to_bot", "closed")


def status_notice(kind: str, lang: str, settings: Settings, agent: str = "") -> tuple[str, dict]:
    """The text and the event ``data`` of a status line for the follower (``kind`` from `STATUS_KINDS`)."""
    if kind not in STATUS_KINDS:
        raise KeyError(kind)
    text = wording.say(kind, lang, _form(settings), agent=agent, assistant=settings.assistant_name)
    return text, {"custom": {"tandem": {"kind": kind, **({"agent": agent} if agent else {})}}}
