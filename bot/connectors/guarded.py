"""Rasa's REST and socket.io channels, with follower text that cannot trigger Rasa's shortcuts.

Rasa parses text starting with "/" and a known intent ("/restart", "/session_start") without NLU, and
"/restart" even un-pauses a conversation a person has taken over. A zero-width space in front makes the
text ordinary; the action server strips it again. This runs inside the Rasa process (Python 3.10).

Rasa's socket.io output also spreads a custom payload's keys into `emit(**payload)`, which fails for
any payload that is not shaped like emit's arguments; ours is sent as the event body instead.
"""
import logging
import os
from typing import Any, Awaitable, Callable

import aiohttp

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput

log = logging.getLogger(__name__)
SHORTCUT_PREFIX = "/"
WAITING_URL = os.environ.get("TANDEM_WAITING_URL", "")
INTERNAL_TOKEN = os.environ.get("TANDEM_RASA_TOKEN", "")
NEUTRALISER = "\u200b"


def neutralise(text: Any) -> Any:
    if isinstance(text, str) and text.lstrip().startswith(SHORTCUT_PREFIX):
        return NEUTRALISER + text.lstrip()
    return text


class PayloadSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self.sio.emit(self.bot_message_evt, json_message, room=recipient_id)


async def waiting_reply(sender_id: str, text: str) -> str | None:
    """Ask the Tandem API whether this follower waits for a person; it stores the message and words the reply."""
    if not WAITING_URL:
        return None
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as session:
            async with session.post(WAITING_URL, json={"sender_id": sender_id, "text": text or ""},
                                    headers={"Authorization": f"Bearer {INTERNAL_TOKEN}"}) as response:
                if response.status != 200:
                    log.warning("waiting endpoint answered HTTP %s", response.status)
                    return None
                return (await response.json()).get("reply")
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("waiting endpoint unreachable: %s", exc)
        return None


def guard(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """Neutralise shortcuts; when the bot stayed silent (the conversation is with a person), let the inbox
    store the message and tell the follower where they stand."""

    async def guarded(message: UserMessage) -> Any:
        message.text = neutralise(message.text)
        output = message.output_channel
        if type(output) is SocketIOOutput:
            output = message.output_channel = PayloadSocketIOOutput(output.sio, output.bot_message_evt)
        sent = 0
        send_response = output.send_response

        async def counting(recipient_id: str, response: dict[str, Any]) -> None:
            nonlocal sent
            sent += 1
            await send_response(recipient_id, response)

        output.send_response = counting
        try:
            result = await on_new_message(message)
        finally:
            output.send_response = send_response
        if sent == 0 and message.sender_id:
            reply = await waiting_reply(message.sender_id, message.text)
            if reply:
                await output.send_text_message(message.sender_id, reply)
        return result

    return guarded


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message):  # type: ignore[no-untyped-def]
        return super().blueprint(guard(on_new_message))


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message):  # type: ignore[no-untyped-def]
        return super().blueprint(guard(on_new_message))

    def get_output_channel(self):  # type: ignore[no-untyped-def]
        output = super().get_output_channel()
        return PayloadSocketIOOutput(output.sio, output.bot_message_evt) if output is not None else None
