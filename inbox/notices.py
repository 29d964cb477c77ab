"""What a follower is told when handed over and while waiting: in their language, with the expected wait
or, outside support hours, when the team is back."""
from __future__ import annotations

from datetime import datetime

from inbox.hours import is_open, next_opening
from tandem.settings import Settings

HANDOVER = {
    "de": "Ich gebe dein Anliegen an eine Kollegin oder einen Kollegen aus unserem Team weiter – ab jetzt antwortet dir hier ein Mensch. {wait} Du kannst gern schon weitere Details schreiben; sie werden mit übergeben.",
    "en": "I'm passing your conversation to a colleague from our team – from now on a person will reply to you here. {wait} Feel free to add details in the meantime; they'll be passed on too.",
}
STILL_WAITING = {
    "de": "Danke, ich habe deine Nachricht an das Team weitergegeben. Du bist auf Platz {position} der Warteschlange. {wait}",
    "en": "Thanks, I've added your message for the team. You're number {position} in the queue. {wait}",
}
WAIT_OPEN = {
    "de": "Die Wartezeit beträgt voraussichtlich etwa {minutes} Minuten.",
    "en": "The expected wait is about {minutes} minutes.",
}
WAIT_CLOSED = {
    "de": "Unser Team ist gerade nicht im Dienst und ab {day} um {time} Uhr wieder für dich da.",
    "en": "Our team is offline right now and back on {day} at {time}.",
}
DAY_NAMES = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _pick(table: dict[str, str], lang: str) -> str:
    return table.get(lang, table["en"])


def wait_text(lang: str, position: int, settings: Settings, moment: datetime) -> str:
    if is_open(moment, settings.support_hours, settings.timezone):
        return _pick(WAIT_OPEN, lang).format(minutes=max(1, position) * settings.minutes_per_waiting_chat)
    opening = next_opening(moment, settings.support_hours, settings.timezone)
    if opening is None:
        return ""
    day = DAY_NAMES.get(lang, DAY_NAMES["en"])[opening.weekday()]
    return _pick(WAIT_CLOSED, lang).format(day=day, time=opening.strftime("%H:%M"))


def handover_notice(lang: str, position: int, settings: Settings, moment: datetime) -> str:
    return " ".join(_pick(HANDOVER, lang).format(wait=wait_text(lang, position, settings, moment)).split())


def still_waiting_notice(lang: str, position: int, settings: Settings, moment: datetime) -> str:
    text = _pick(STILL_WAITING, lang).format(position=position, wait=wait_text(lang, position, settings, moment))
    return " ".join(text.split())


# --- what the follower is told when a person joins, leaves the chat to the bot, or ends it -----------------------------
# Sent as bot events with ``data.custom.tandem.kind`` set, so the web chat shows them as status lines, not as
# the assistant speaking. German in both forms of address; `Settings.german_form` picks one per brand.
JOINED = {
    "du": "Ein Mensch aus unserem Team ist jetzt für dich da: {agent}.",
    "sie": "Ein Mensch aus unserem Team ist jetzt für Sie da: {agent}.",
    "en": "A person from our team has joined the chat: {agent}.",
}
BACK_TO_BOT = {
    "du": "Du schreibst jetzt wieder mit {assistant}, dem digitalen Assistenten. Wenn du wieder einen Menschen "
          "brauchst, sag einfach Bescheid.",
    "sie": "Sie schreiben jetzt wieder mit {assistant}, dem digitalen Assistenten. Wenn Sie wieder einen Menschen "
           "brauchen, sagen Sie einfach Bescheid.",
    "en": "You're chatting with {assistant}, the digital assistant, again. If you need a person again, just say so.",
}
CLOSED = {
    "du": "Das Gespräch mit unserem Team ist beendet. Wenn du noch etwas brauchst, schreib einfach – {assistant} "
          "antwortet dir.",
    "sie": "Das Gespräch mit unserem Team ist beendet. Wenn Sie noch etwas brauchen, schreiben Sie einfach – "
           "{assistant} antwortet Ihnen.",
    "en": "The conversation with our team has ended. If you need anything else, just write – {assistant} will answer.",
}
STATUS_KINDS = {"agent_joined": JOINED, "back_to_bot": BACK_TO_BOT, "closed": CLOSED}


def status_notice(kind: str, lang: str, settings: Settings, agent: str = "") -> tuple[str, dict]:
    """The text and the event ``data`` of a status line for the follower (``kind`` from `STATUS_KINDS`)."""
    table = STATUS_KINDS[kind]
    key = (settings.german_form if settings.german_form in ("du", "sie") else "du") if lang == "de" else "en"
    text = table[key].format(agent=agent, assistant=settings.assistant_name)
    return text, {"custom": {"tandem": {"kind": kind, **({"agent": agent} if agent else {})}}}
