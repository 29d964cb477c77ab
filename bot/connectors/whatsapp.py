"""WhatsApp through Meta's Cloud API (no Twilio): a WhatsApp Business phone number's messages.

Webhook: ``{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value":
{"contacts": [...], "messages": [...], "statuses": [...]}}]}]}``, signed like every Meta webhook. The follower's
name is in the delivery itself (``contacts[].profile.name``). Replies: ``POST /{phone-number-id}/messages`` with
the access token as a Bearer token, at most 4096 characters.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from .base import Incoming, PlatformOutput
from .meta import MetaWebhookInput, graph_url


class WhatsAppOutput(PlatformOutput):
    limit = 4096

    def __init__(self, access_token: str, phone_number_id: str) -> None:
        super().__init__("whatsapp")
        self.access_token = access_token
        self.phone_number_id = phone_number_id

    async def deliver(self, user_id: str, text: str) -> None:
        await self.post_json(f"{graph_url()}/{self.phone_number_id}/messages",
                             {"messaging_product": "whatsapp", "recipient_type": "individual", "to": user_id,
                              "type": "text", "text": {"preview_url": True, "body": text}},
                             headers={"Authorization": f"Bearer {self.access_token}"})


def _text_of(message: Dict[str, Any]) -> Optional[str]:
    kind = message.get("type")
    if kind == "text":
        return str(message["text"]["body"])
    if kind == "interactive":
        reply = message["interactive"].get("button_reply") or message["interactive"].get("list_reply") or {}
        return str(reply.get("title") or reply.get("id") or "")
    if kind == "button":
        return str(message["button"].get("text") or message["button"].get("payload") or "")
    return None


class WhatsAppInput(MetaWebhookInput):
    channel = "whatsapp"
    webhook_object = "whatsapp_business_account"
    required = ("app_secret", "verify_token", "access_token", "phone_number_id")

    def output(self) -> PlatformOutput:
        return WhatsAppOutput(self.config.get("access_token", ""), self.config.get("phone_number_id", ""))

    def parse(self, body: Any) -> List[Incoming]:
        if body["object"] != self.webhook_object:
            raise ValueError(f"object is not {self.webhook_object!r}")
        found: List[Incoming] = []
        for entry in body["entry"]:
            for change in entry["changes"]:
                if change.get("field") != "messages":
                    continue
                value = change["value"]
                names = {str(c.get("wa_id")): (c.get("profile") or {}).get("name")
                         for c in value.get("contacts") or [] if isinstance(c, dict)}
                for message in value.get("messages") or []:   # "statuses" (sent, delivered, read) are not messages
                    sender = str(message["from"])
                    text = _text_of(message)
                    metadata: Dict[str, Any] = {}
                    if text is None:
                        text, metadata = "", {"attachments": [message.get("type")]}
                    sent_at = float(message["timestamp"]) if message.get("timestamp") else None
                    name = names.get(sender)
                    found.append(Incoming(str(message["id"]), sender, text, sent_at,
                                          display_name=str(name) if name else None, metadata=metadata))
        return found
