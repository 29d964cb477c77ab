"""Facebook Messenger: a Facebook page's conversations (Messenger Platform webhooks and Send API).

Replaces Rasa 3.6's ``facebook`` connector, which checks only the SHA-1 signature and with ``==``. Messages are
at most 2000 characters; the follower's name comes from the User Profile API (first and last name) once per
follower and process.
"""
from __future__ import annotations

import logging
from typing import Dict, Optional

import aiohttp

from .base import Incoming, PlatformOutput, who
from .meta import MetaWebhookInput, graph_url

log = logging.getLogger(__name__)
MAX_NAMES = 50_000


class MessengerOutput(PlatformOutput):
    limit = 2000

    def __init__(self, access_token: str, channel: str = "messenger") -> None:
        super().__init__(channel)
        self.access_token = access_token

    async def deliver(self, user_id: str, text: str) -> None:
        await self.post_json(f"{graph_url()}/me/messages",
                             {"recipient": {"id": user_id}, "messaging_type": "RESPONSE", "message": {"text": text}},
                             params={"access_token": self.access_token})


class MessengerInput(MetaWebhookInput):
    channel = "messenger"
    webhook_object = "page"
    profile_fields = "first_name,last_name"

    def __init__(self, config: Dict[str, str]) -> None:
        super().__init__(config)
        self._names: Dict[str, Optional[str]] = {}

    def output(self) -> PlatformOutput:
        return MessengerOutput(self.config.get("access_token", ""), self.channel)

    def name_from_profile(self, profile: Dict[str, object]) -> Optional[str]:
        name = " ".join(str(profile.get(k) or "").strip() for k in ("first_name", "last_name")).strip()
        return name or None

    async def display_name(self, incoming: Incoming) -> Optional[str]:
        if incoming.display_name or incoming.user_id in self._names:
            return incoming.display_name or self._names[incoming.user_id]
        name = None
        try:
            timeout = aiohttp.ClientTimeout(total=3)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.get(f"{graph_url()}/{incoming.user_id}",
                                       params={"fields": self.profile_fields,
                                               "access_token": self.config.get("access_token", "")}) as answer:
                    if answer.status == 200:
                        name = self.name_from_profile(await answer.json(content_type=None))
                    else:
                        log.info("%s: no profile for %s (HTTP %s)", self.channel, who(incoming.user_id),
                                 answer.status)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            log.info("%s: profile lookup failed: %s", self.channel, type(exc).__name__)
        if len(self._names) >= MAX_NAMES:
            self._names.clear()
        self._names[incoming.user_id] = name
        return name
