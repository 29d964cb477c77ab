"""What Messenger, Instagram and WhatsApp share: Meta's signed webhooks, its handshake and its Graph API.

Each delivery is signed with the app secret (``X-Hub-Signature-256``, checked by `verify.check_meta_signature`
before the body is parsed); subscribing the webhook in the app dashboard sends the ``hub.verify_token``
handshake, answered by `verify.meta_handshake`. ``TANDEM_META_GRAPH_URL`` points the connectors at another Graph
API host (the tests' stand-in platform); the default is Meta's.
"""
from __future__ import annotations

import os
from typing import Any, Dict, List, Optional

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from .base import Incoming, VerifiedWebhookInput
from .verify import check_meta_signature, meta_handshake

GRAPH_VERSION = "v21.0"


def graph_url() -> str:
    base = os.environ.get("TANDEM_META_GRAPH_URL", "").strip() or "https://graph.facebook.com"
    return f"{base.rstrip('/')}/{GRAPH_VERSION}"


class MetaWebhookInput(VerifiedWebhookInput):
    """Messenger and Instagram: ``{"object": ..., "entry": [{"messaging": [event, ...]}]}``."""

    webhook_object = "page"
    required = ("app_secret", "verify_token", "access_token")

    def authenticate(self, request: Request) -> None:
        check_meta_signature(self.config.get("app_secret", ""), request.headers, request.body or b"")

    async def handshake(self, request: Request) -> HTTPResponse:
        args = {key: request.args.get(key) for key in ("hub.mode", "hub.verify_token", "hub.challenge")}
        return response.text(meta_handshake(self.config.get("verify_token", ""), args))

    def parse(self, body: Any) -> List[Incoming]:
        if body["object"] != self.webhook_object:
            raise ValueError(f"object is not {self.webhook_object!r}")
        found: List[Incoming] = []
        for entry in body["entry"]:
            for event in entry.get("messaging") or []:
                incoming = self.message_of(event)
                if incoming is not None:
                    found.append(incoming)
        return found

    @staticmethod
    def message_of(event: Dict[str, Any]) -> Optional[Incoming]:
        """A follower's message or button tap; None for echoes, receipts, reactions and the like."""
        sender = str(event["sender"]["id"])
        sent_at = float(event["timestamp"]) / 1000 if event.get("timestamp") is not None else None
        message = event.get("message")
        if isinstance(message, dict):
            if message.get("is_echo") or message.get("is_deleted"):
                return None
            text = message.get("text")
            metadata: Dict[str, Any] = {}
            if not isinstance(text, str):
                kinds = [a.get("type") for a in message.get("attachments") or [] if isinstance(a, dict)]
                text, metadata = "", {"attachments": kinds}
            return Incoming(str(message["mid"]), sender, text, sent_at, metadata=metadata)
        postback = event.get("postback")
        if isinstance(postback, dict):
            message_id = postback.get("mid") or f"postback-{sender}-{event.get('timestamp')}"
            return Incoming(str(message_id), sender, str(postback.get("title") or postback.get("payload") or ""),
                            sent_at)
        return None
