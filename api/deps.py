"""Dependency aliases shared by the routes."""
from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status
from sqlalchemy.orm import Session

from inbox.db import session_factory
from tandem.settings import Settings


def app_settings(request: Request) -> Settings:
    """Read the settings the app was built with.

    ``create_app(settings)`` must be honoured per app (tests build several apps with different
    ports in one process), so the settings live on ``app.state`` rather than in the process-wide
    ``get_settings()`` cache.
    """
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(app_settings)]


def db_session(settings: SettingsDep) -> Iterator[Session]:
    with session_factory(settings.database)() as session:
        yield session


SessionDep = Annotated[Session, Depends(db_session)]


def require_internal_token(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Calls from the Rasa process carry the stack's shared token; anything else is refused."""
    expected = f"Bearer {settings.rasa_token}"
    if not settings.rasa_token or not authorization or not hmac.compare_digest(authorization, expected):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong token")


InternalCaller = Depends(require_internal_token)
