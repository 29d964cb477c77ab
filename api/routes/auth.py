"""Signing agents in and out, and the admin's user management.

Bearer tokens rather than cookies: the agent page sends them explicitly, so no other site can make a
signed-in browser act (no CSRF), and the same tokens work for scripts and the benchmark.
"""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Security, status
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, Field
from sqlalchemy import select

from api.deps import CurrentAdmin, CurrentAgent, SessionDep, SettingsDep, bearer_scheme, current_agent
from api.ratelimit import client_address
from api.routes.inbox_events import sign_outs
from api.routes.inbox_common import ERRORS, LimitedBodyRoute, Problem, UserOut, document_roles
from inbox.auth import MAX_PASSWORD_CHARS, AuthError, authenticate, create_user, find_user, issue_token, revoke
from inbox.auth import revoke_all, set_password
from inbox.models import ROLES, User
from inbox.throttle import LoginThrottle
from safety.window import SlidingWindow

router = APIRouter(prefix="/api/auth", tags=["auth"], route_class=LimitedBodyRoute)
RoleName = Annotated[str, Field(pattern=f"^({'|'.join(ROLES)})$")]
UserName = Annotated[str, Path(min_length=1, max_length=64)]


def login_throttle(request: Request) -> LoginThrottle:
    """One per app (not per module), so separately built apps — tests — do not share failure counts."""
    if not hasattr(request.app.state, "login_throttle"):
        request.app.state.login_throttle = LoginThrottle()
    return request.app.state.login_throttle


def login_failures_per_address(request: Request, settings: SettingsDep) -> SlidingWindow:
    """Failed sign-ins per client address (`api.ratelimit`), one window per app like the name throttle."""
    if not hasattr(request.app.state, "login_failures"):
        request.app.state.login_failures = SlidingWindow(settings.login_failures_per_ip, settings.login_window_s)
    return request.app.state.login_failures


class Login(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD_CHARS)


class Session(BaseModel):
    token: str
    token_type: str = "bearer"
    expires_at: datetime
    user: UserOut


class NewUser(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD_CHARS)
    role: RoleName = "agent"
    display_name: str = Field("", max_length=128)


class UserChange(BaseModel):
    role: RoleName | None = None
    active: bool | None = None
    display_name: str | None = Field(None, max_length=128)
    password: str | None = Field(None, min_length=1, max_length=MAX_PASSWORD_CHARS)


@router.post("/login", response_model=Session, responses={401: ERRORS[401], 429: {"model": Problem}})
def login(body: Login, request: Request, session: SessionDep,
          throttle: Annotated[LoginThrottle, Depends(login_throttle)],
          failures: Annotated[SlidingWindow, Depends(login_failures_per_address)]) -> Session:
    """Exchange name and password for a bearer token (valid for hours, not forever). After a few failures for one
    name from one address, that address must wait before trying the name again, twice as long after every
    further failure (`inbox.throttle`: 429 with Retry-After); the same name from another address is not
    delayed, so nobody can lock an agent out. After many failures from one address (whatever the names),
    attempts from that address get 429 until the window allows them again. The password is not checked then."""
    address = client_address(request.scope)
    blocked = failures.peek(address)
    if not blocked.allowed:
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS,
                            "too many failed sign-ins from your address; try again later",
                            headers={"Retry-After": str(max(1, int(blocked.retry_after + 0.999)))})
    wait = throttle.retry_after(body.name, address)
    if wait:
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS,
                            f"too many failed sign-ins; try again in {int(wait) + 1} s",
                            headers={"Retry-After": str(int(wait) + 1)})
    user = authenticate(session, body.name, body.password)
    if user is None:
        earned = throttle.failed(body.name, address)
        failures.hit(address)
        headers = {"WWW-Authenticate": "Bearer", **({"Retry-After": str(int(earned) + 1)} if earned else {})}
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong name or password", headers=headers)
    throttle.succeeded(body.name, address)
    issued = issue_token(session, user)
    return Session(token=issued.token, expires_at=issued.expires_at, user=UserOut.of(user))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses={401: ERRORS[401]},
             dependencies=[Depends(current_agent)])
def logout(request: Request, session: SessionDep,
           credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)]) -> None:
    """Revoke the token; the inbox event streams opened with it end within half a second."""
    if credentials:
        revoke(session, credentials.credentials)
        sign_outs(request.app).add(credentials.credentials)


@router.get("/me", response_model=UserOut, responses={401: ERRORS[401]})
def me(user: CurrentAgent) -> UserOut:
    return UserOut.of(user)


@router.get("/users", response_model=list[UserOut], responses={401: ERRORS[401]})
def users(_user: CurrentAgent, session: SessionDep) -> list[UserOut]:
    """Everyone who can be given a conversation (agents need this to transfer)."""
    return [UserOut.of(u) for u in session.scalars(select(User).order_by(User.name))]


@router.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED,
             responses={401: ERRORS[401], 403: ERRORS[403], 409: ERRORS[409]})
def add_user(body: NewUser, _admin: CurrentAdmin, session: SessionDep) -> UserOut:
    try:
        return UserOut.of(create_user(session, body.name, body.password, body.role, body.display_name))
    except AuthError as exc:
        code = status.HTTP_409_CONFLICT if "already exists" in str(exc) else status.HTTP_422_UNPROCESSABLE_CONTENT
        raise HTTPException(code, str(exc)) from exc


@router.patch("/users/{name}", response_model=UserOut, responses={401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404]})
def change_user(name: UserName, body: UserChange, admin: CurrentAdmin, session: SessionDep) -> UserOut:
    """Change role, name shown, password, or deactivate (users are never deleted: history keeps their name)."""
    user = find_user(session, name)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no user {name!r}")
    if user.id == admin.id and (body.active is False or (body.role and body.role != admin.role)):
        raise HTTPException(status.HTTP_409_CONFLICT, "admins cannot demote or deactivate themselves")
    if body.password is not None:
        try:
            set_password(session, user, body.password)
        except AuthError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    if body.role is not None:
        user.role = body.role
    if body.display_name is not None:
        user.display_name = body.display_name.strip()
    if body.active is not None:
        user.active = body.active
        if not body.active:
            revoke_all(session, user)
    session.commit()
    return UserOut.of(user)


document_roles(router)
