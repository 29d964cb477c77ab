"""Telegram: a bot's private chats (Bot API webhooks and ``sendMessage``).

Replaces Rasa 3.6's ``telegram`` connector, which does not check that an update comes from Telegram. The webhook
is registered with ``setWebhook`` and a ``secret_token``, which Telegram then sends in
``X-Telegram-Bot-Api-Secret-Token`` with every update; updates are deduplicated by ``update_id`` (Telegram
re-sends an update until it gets HTTP 200). The follower's name is the sender's first and last name from the
update. ``TANDEM_TELEGRAM_API_URL`` points the connector at another Bot API host (the tests' stand-in).
"""
from __future__ import annotations

import os
from typing import Any, List

from sanic.request import Request

from .base import Incoming, PlatformOutput, VerifiedWebhookInput
from .verify import check_telegram_secret


def api_url(token: str, method: str) -> str:
    base = os.environ.get("TANDEM_TELEGRAM_API_URL", "").strip() or "https://api.telegram.org"
    return f"{base.rstrip('/')}/bot{token}/{method}"


class TelegramOutput(PlatformOutput):
    limit = 4096

    def __init__(self, token: str) -> None:
        super().__init__("telegram")
        self.token = token

    async def deliver(self, user_id: str, text: str) -> None:
        await self.post_json(api_url(self.token, "sendMessage"),
                             {"chat_id": user_id, "text": text, "disable_web_page_preview": False})


class TelegramInput(VerifiedWebhookInput):
    channel = "telegram"
    required = ("access_token", "webhook_secret")

    def output(self) -> PlatformOutput:
        return TelegramOutput(self.config.get("access_token", ""))

    def authenticate(self, request: Request) -> None:
        check_telegram_secret(self.config.get("webhook_secret", ""), request.headers)

    def parse(self, body: Any) -> List[Incoming]:
        update_id = body["update_id"]
        if not isinstance(update_id, int):
            raise TypeError("update_id is not a number")
        callback = body.get("callback_query")
        if isinstance(callback, dict):      # a tap on an inline button
            message, sender, text = callback.get("message") or {}, callback["from"], str(callback.get("data") or "")
            chat = (message.get("chat") or {}).get("id", sender["id"])
            sent_at = None                  # the tapped message's date is the bot's, not the tap's
        else:
            message = body.get("message")
            if not isinstance(message, dict):   # edits, channel posts, member updates: not a follower message
                return []
            sender, chat = message.get("from") or {}, message["chat"]["id"]
            text = message.get("text") if isinstance(message.get("text"), str) else message.get("caption")
            sent_at = float(message["date"]) if isinstance(message.get("date"), (int, float)) else None
        metadata = {}
        if not isinstance(text, str):
            kinds = [k for k in ("photo", "document", "voice", "video", "sticker", "location") if k in message]
            text, metadata = "", {"attachments": kinds}
        name = " ".join(str(sender.get(k) or "").strip() for k in ("first_name", "last_name")).strip()
        name = name or (f"@{sender['username']}" if sender.get("username") else "")
        return [Incoming(str(update_id), str(chat), text, sent_at, display_name=name or None, metadata=metadata)]
