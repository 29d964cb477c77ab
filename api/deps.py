"""Dependency aliases shared by the routes."""
from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request, Security, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from inbox.auth import has_role, user_for_token
from database.engine import session_factory
from inbox.models import ADMIN, STAFF, User
from inbox.rasa import RasaClient
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


# --- Inbox sign-in and roles ---------------------------------------------------------------------------------------

bearer_scheme = HTTPBearer(
    auto_error=False, scheme_name="AgentToken",
    description="A token from `POST /api/auth/login`, sent as `Authorization: Bearer <token>`.",
)


def _unauthorized(detail: str = "sign in first (missing, wrong or expired token)") -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def current_agent(session: SessionDep,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)]) -> User:
    """The signed-in user (any role); 401 for a missing, unknown, expired or revoked token."""
    user = user_for_token(session, credentials.credentials) if credentials else None
    if user is None:
        raise _unauthorized()
    return user


def current_agent_for_stream(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    token: Annotated[str | None, Query(max_length=256, description="for EventSource (it cannot send headers)")] = None,
) -> User:
    """Like `current_agent`, but also accepts ``?token=`` because the browser's EventSource cannot set headers."""
    raw = credentials.credentials if credentials else token
    user = user_for_token(session, raw) if raw else None
    if user is None:
        raise _unauthorized()
    return user


CurrentAgent = Annotated[User, Depends(current_agent)]


def _requiring(role: str) -> Callable[[User], User]:
    def check(user: CurrentAgent) -> User:
        if not has_role(user, role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"needs the {role} role")
        return user

    check.__name__ = f"require_{role}"
    return check


require_staff = _requiring(STAFF)
require_admin = _requiring(ADMIN)
CurrentStaff = Annotated[User, Depends(require_staff)]
CurrentAdmin = Annotated[User, Depends(require_admin)]


def rasa_client(settings: SettingsDep) -> RasaClient:
    """A dependency so tests can swap in a stand-in (``app.dependency_overrides[rasa_client]``)."""
    return RasaClient(settings.rasa_url, settings.rasa_token)


RasaDep = Annotated[RasaClient, Depends(rasa_client)]
