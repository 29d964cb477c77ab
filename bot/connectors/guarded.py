"""Rasa's REST and socket.io channels, with follower text that cannot trigger Rasa's shortcuts.

Rasa parses text starting with "/" and a known intent ("/restart", "/session_start") without NLU, and
"/restart" even un-pauses a conversation a person has taken over. A zero-width space in front makes the
text ordinary; the action server strips it again. This runs inside the Rasa process (Python 3.10).

Rasa's socket.io output also spreads a custom payload's keys into `emit(**payload)`, which fails for
any payload that is not shaped like emit's arguments; ours is sent as the event body instead.
"""
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput

SHORTCUT_PREFIX = "/"
NEUTRALISER = "\u200b"


def neutralise(text: Any) -> Any:
    if isinstance(text, str) and text.lstrip().startswith(SHORTCUT_PREFIX):
        return NEUTRALISER + text.lstrip()
    return text


class PayloadSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self.sio.emit(self.bot_message_evt, json_message, room=recipient_id)


def guard(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    async def guarded(message: UserMessage) -> Any:
        message.text = neutralise(message.text)
        output = message.output_channel
        if type(output) is SocketIOOutput:
            message.output_channel = PayloadSocketIOOutput(output.sio, output.bot_message_evt)
        return await on_new_message(message)

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
