"""The insights settings, read from the environment like `tandem.settings` (``TANDEM_`` prefix).

Kept apart from `tandem/settings.py` (as `privacy.settings` is) so this package merges without touching the
shared settings file. Every default works offline: no webhook, no e-mail, no digest until someone sets them.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InsightsSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANDEM_", extra="ignore")

    # --- where alerts go ---------------------------------------------------------------------------------------
    alert_webhook_url: str = Field("", description="POST each alert here (JSON, signed); empty = off")
    alert_webhook_secret: str = Field("", repr=False, description="HMAC-SHA256 key for the X-Tandem-Signature header")
    alert_email_to: str = Field("", description="comma-separated addresses for alerts; needs smtp_host")
    smtp_host: str = Field("", description="SMTP server; empty = no e-mail")
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password: str = Field("", repr=False)
    smtp_starttls: bool = Field(False, description="upgrade the SMTP connection with STARTTLS")
    smtp_from: str = "tandem@localhost"

    # --- the weekly digest: opt-in, by e-mail and/or webhook --------------------------------------------------
    digest_email_to: str = Field("", description="comma-separated addresses for the weekly digest; empty = no e-mail")
    digest_webhook_url: str = Field("", description="POST the weekly digest here (signed like alerts); empty = off")

    # --- how often the scheduler works (tandem run) ----------------------------------------------------------
    insights_check_minutes: float = Field(15.0, gt=0, description="how often new messages get topics and alerts")
    insights_topics_hours: float = Field(24.0, gt=0, description="how often topics are re-clustered")
    insights_page_url: str = Field("http://127.0.0.1:8000/insights", description="linked from alerts and digests")


@lru_cache
def get_insights_settings() -> InsightsSettings:
    return InsightsSettings()
