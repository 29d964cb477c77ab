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
BACK_TO_BOT = {
    "de": "Unser Team hat dein Anliegen abgeschlossen – ab jetzt antwortet dir wieder der Assistent. Wenn du erneut einen Menschen brauchst, schreib es einfach.",
    "en": "Our team has finished here – from now on the assistant replies to you again. If you need a person again, just say so.",
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


def back_to_bot_notice(lang: str) -> str:
    """Told on the follower's channel when an agent gives the conversation back to the bot."""
    return _pick(BACK_TO_BOT, lang)
