"""Local stand-ins for Meta's Graph API and Telegram's Bot API, and webhook deliveries in their formats.

The real connectors (bot/connectors/, running inside the real Rasa server) are pointed at this server through
``TANDEM_META_GRAPH_URL`` and ``TANDEM_TELEGRAM_API_URL``. It accepts what each platform's send API accepts
(Messenger/Instagram ``POST /v21.0/me/messages?access_token=…``, WhatsApp ``POST /v21.0/{phone-number-id}/messages``
with a Bearer token, Telegram ``POST /bot{token}/sendMessage``), refuses a wrong token with 401 like the platforms
do, answers profile lookups (``GET /v21.0/{user-id}?fields=…``) and records every message sent, so a test can wait
for what a follower would have seen. ``fail_next`` makes the next sends fail with HTTP 500.

The ``*_delivery`` functions build webhook bodies the way each platform sends them, and `post_meta` /
`post_telegram` deliver them over HTTP with the platform's signature or secret header.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx

GRAPH_VERSION = "v21.0"
_ids = itertools.count(1)

# One set of made-up credentials per channel, as an operator would put them in the environment.
SECRETS = {
    "TANDEM_MESSENGER_APP_SECRET": "messenger-app-secret", "TANDEM_MESSENGER_VERIFY_TOKEN": "messenger-verify",
    "TANDEM_MESSENGER_PAGE_TOKEN": "messenger-page-token",
    "TANDEM_INSTAGRAM_APP_SECRET": "instagram-app-secret", "TANDEM_INSTAGRAM_VERIFY_TOKEN": "instagram-verify",
    "TANDEM_INSTAGRAM_PAGE_TOKEN": "instagram-page-token",
    "TANDEM_WHATSAPP_APP_SECRET": "whatsapp-app-secret", "TANDEM_WHATSAPP_VERIFY_TOKEN": "whatsapp-verify",
    "TANDEM_WHATSAPP_TOKEN": "whatsapp-token", "TANDEM_WHATSAPP_PHONE_NUMBER_ID": "1098765",
    "TANDEM_TELEGRAM_TOKEN": "123456:telegram-bot-token", "TANDEM_TELEGRAM_WEBHOOK_SECRET": "telegram-secret",
}
TOKENS = {SECRETS["TANDEM_MESSENGER_PAGE_TOKEN"]: "messenger", SECRETS["TANDEM_INSTAGRAM_PAGE_TOKEN"]: "instagram"}


@dataclass
class Sent:
    channel: str
    to: str
    text: str


class Platforms:
    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.profiles: dict[str, dict[str, str]] = {}
        self.fail_next = 0
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                url = urlparse(self.path)
                query = parse_qs(url.query)
                user = url.path.removeprefix(f"/{GRAPH_VERSION}/")
                if query.get("access_token", [""])[0] not in TOKENS:
                    return self._send(401, {"error": {"message": "Invalid OAuth access token", "code": 190}})
                if user not in owner.profiles:
                    return self._send(400, {"error": {"message": "no such user", "code": 100}})
                return self._send(200, {"id": user, **owner.profiles[user]})

            def do_POST(self) -> None:  # noqa: N802
                url = urlparse(self.path)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with owner._lock:
                    if owner.fail_next > 0:
                        owner.fail_next -= 1
                        return self._send(500, {"error": {"message": "scripted failure"}})
                if url.path == f"/{GRAPH_VERSION}/me/messages":
                    channel = TOKENS.get(parse_qs(url.query).get("access_token", [""])[0])
                    if channel is None:
                        return self._send(401, {"error": {"message": "Invalid OAuth access token", "code": 190}})
                    text = body["message"]["text"]
                    if len(text) > (1000 if channel == "instagram" else 2000):
                        return self._send(400, {"error": {"message": "text too long", "code": 100}})
                    owner.record(Sent(channel, body["recipient"]["id"], text))
                    return self._send(200, {"recipient_id": body["recipient"]["id"], "message_id": f"m_{next(_ids)}"})
                if url.path == f"/{GRAPH_VERSION}/{SECRETS['TANDEM_WHATSAPP_PHONE_NUMBER_ID']}/messages":
                    if self.headers.get("Authorization") != f"Bearer {SECRETS['TANDEM_WHATSAPP_TOKEN']}":
                        return self._send(401, {"error": {"message": "Invalid OAuth access token", "code": 190}})
                    if body.get("messaging_product") != "whatsapp" or len(body["text"]["body"]) > 4096:
                        return self._send(400, {"error": {"message": "invalid parameter", "code": 100}})
                    owner.record(Sent("whatsapp", body["to"], body["text"]["body"]))
                    return self._send(200, {"messaging_product": "whatsapp", "messages": [{"id": f"wamid.{next(_ids)}"}]})
                if url.path == f"/bot{SECRETS['TANDEM_TELEGRAM_TOKEN']}/sendMessage":
                    if len(body["text"]) > 4096:
                        return self._send(400, {"ok": False, "description": "Bad Request: message is too long"})
                    owner.record(Sent("telegram", str(body["chat_id"]), body["text"]))
                    return self._send(200, {"ok": True, "result": {"message_id": next(_ids), "text": body["text"]}})
                if url.path.startswith("/bot"):
                    return self._send(401, {"ok": False, "description": "Unauthorized"})
                return self._send(404, {"error": {"message": "unknown path"}})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def record(self, sent: Sent) -> None:
        with self._lock:
            self.sent.append(sent)

    def env(self) -> dict[str, str]:
        return {**SECRETS, "TANDEM_META_GRAPH_URL": self.url, "TANDEM_TELEGRAM_API_URL": self.url}

    def to(self, channel: str, user: str) -> list[str]:
        with self._lock:
            return [s.text for s in self.sent if s.channel == channel and s.to == user]

    def wait_for(self, channel: str, user: str, count: int = 1, timeout_s: float = 30.0) -> list[str]:
        """The texts sent to ``user`` once at least ``count`` arrived (after a short grace for stragglers)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if len(self.to(channel, user)) >= count:
                time.sleep(0.3)
                return self.to(channel, user)
            time.sleep(0.05)
        raise AssertionError(f"{channel} user {user} got {self.to(channel, user)} within {timeout_s} s, "
                             f"expected at least {count} messages")

    def close(self) -> None:
        self.server.shutdown()


# --- webhook deliveries -------------------------------------------------------------------------------------------

def messaging_delivery(obj: str, user: str, text: str, mid: str, page: str = "111") -> dict:
    """Messenger (``obj="page"``) and Instagram (``obj="instagram"``) webhook body with one message."""
    now_ms = int(time.time() * 1000)
    return {"object": obj, "entry": [{"id": page, "time": now_ms, "messaging": [
        {"sender": {"id": user}, "recipient": {"id": page}, "timestamp": now_ms, "message": {"mid": mid, "text": text}},
    ]}]}


def whatsapp_delivery(user: str, text: str, wamid: str, name: str = "") -> dict:
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "4930000000", "phone_number_id": SECRETS["TANDEM_WHATSAPP_PHONE_NUMBER_ID"]},
        "messages": [{"from": user, "id": wamid, "timestamp": str(int(time.time())), "type": "text",
                      "text": {"body": text}}],
    }
    if name:
        value["contacts"] = [{"profile": {"name": name}, "wa_id": user}]
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "WABA1", "changes": [{"field": "messages", "value": value}]}]}


def telegram_update(chat: int, text: str, update_id: int, first_name: str = "", last_name: str = "") -> dict:
    sender = {"id": chat, "is_bot": False, "first_name": first_name or "X"}
    if last_name:
        sender["last_name"] = last_name
    return {"update_id": update_id, "message": {"message_id": update_id, "from": sender,
                                                "chat": {"id": chat, "type": "private"},
                                                "date": int(time.time()), "text": text}}


def meta_signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post_meta(rasa_url: str, channel: str, body: dict | bytes, secret: str | None = None,
              signature: str | None = None) -> httpx.Response:
    """Deliver ``body`` to a Meta channel's webhook, signed with the channel's app secret (or ``signature``)."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    secret = secret if secret is not None else SECRETS[f"TANDEM_{channel.upper()}_APP_SECRET"]
    headers = {"Content-Type": "application/json",
               "X-Hub-Signature-256": signature if signature is not None else meta_signature(secret, raw)}
    return httpx.post(f"{rasa_url}/webhooks/{channel}/webhook", content=raw, headers=headers, timeout=60)


def post_telegram(rasa_url: str, body: dict | bytes, secret: str | None = None) -> httpx.Response:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if secret is None:
        secret = SECRETS["TANDEM_TELEGRAM_WEBHOOK_SECRET"]
    if secret:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return httpx.post(f"{rasa_url}/webhooks/telegram/webhook", content=raw, headers=headers, timeout=60)
