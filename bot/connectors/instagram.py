"""Instagram Direct: a professional Instagram account's messages, through the Messenger Platform.

Same webhook shape and signature as Messenger, with ``"object": "instagram"``; replies go through the Send API
with the access token of the Facebook page linked to the account. Instagram caps a message at 1000 characters;
the follower's name is their profile ``name``, else their ``username``.
"""
from __future__ import annotations

from typing import Dict, Optional

from .base import PlatformOutput
from .messenger import MessengerInput, MessengerOutput
from .meta import graph_url


class InstagramOutput(MessengerOutput):
    limit = 1000

    async def deliver(self, user_id: str, text: str) -> None:
        await self.post_json(f"{graph_url()}/me/messages",
                             {"recipient": {"id": user_id}, "message": {"text": text}},
                             params={"access_token": self.access_token})


class InstagramInput(MessengerInput):
    channel = "instagram"
    webhook_object = "instagram"
    profile_fields = "name,username"

    def output(self) -> PlatformOutput:
        return InstagramOutput(self.config.get("access_token", ""), self.channel)

    def name_from_profile(self, profile: Dict[str, object]) -> Optional[str]:
        for key in ("name", "username"):
            value = str(profile.get(key) or "").strip()
            if value:
                return value
        return None
