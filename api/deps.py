"""Dependency aliases shared by the routes."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from tandem.settings import Settings


def app_settings(request: Request) -> Settings:
    """Read the settings the app was built with.

    ``create_app(settings)`` must be honoured per app (tests build several apps with different
    ports in one process), so the settings live on ``app.state`` rather than in the process-wide
    ``get_settings()`` cache.
    """
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(app_settings)]
