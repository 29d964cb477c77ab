"""The privacy settings, read from the environment like `tandem.settings` (``TANDEM_`` prefix).

Kept apart from `tandem/settings.py` so the privacy package can be added without touching the shared
settings file; the fields can move there later unchanged (same variable names).
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_ORDER_PATTERN = ""


class PrivacySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANDEM_", extra="ignore")

    retention_days: int = Field(180, ge=1, description="conversations older than this are purged")
    retention_check_hours: float = Field(24.0, gt=0, description="how often `tandem run` purges")
    pii_order_pattern: str = Field(
        DEFAULT_ORDER_PATTERN,
        description="extra regular expression for the brand's order/customer numbers (e.g. 'VEL-\\d{6}')")
    pii_order_min_digits: int = Field(6, ge=4, description="a bare digit run this long counts as an order number")
    pii_ner: bool = Field(True, description="use the English spaCy NER model (presidio) for names")
    tracker_db_url: str = Field("", description="SQLAlchemy URL of Rasa's tracker store; empty = "
                                                "sqlite:///{data_dir}/tracker.db (what `tandem run` gives Rasa)")


@lru_cache
def get_privacy_settings() -> PrivacySettings:
    return PrivacySettings()
