"""Pieces the inbox routers share: a body-size limit, the mapping of refusals to HTTP, and response shapes."""
from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from fastapi import HTTPException, Request, Response, status
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel

from inbox.auth import aware
from inbox.handling import Conflict, Forbidden, HandlingError, NotFound
from inbox.models import Handover, User
from inbox.queue import waiting_since
from inbox.rasa import PUSH_CHANNELS

MAX_BODY_BYTES = 64 * 1024
BODY_METHODS = {"POST", "PUT", "PATCH"}


def _too_large() -> JSONResponse:
    return JSONResponse({"detail": f"request body larger than {MAX_BODY_BYTES} bytes"},
                        status_code=status.HTTP_413_CONTENT_TOO_LARGE)


class LimitedBodyRoute(APIRoute):
    """Refuse oversized bodies before they are read into memory and parsed.

    Field limits (``max_length``) alone would still let a client make the server parse megabytes of JSON.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def limited(request: Request) -> Response:
            if request.method in BODY_METHODS:
                length = request.headers.get("content-length")
                if length is not None:
                    if not length.isdigit() or int(length) > MAX_BODY_BYTES:
                        return _too_large()
                else:
                    body = bytearray()
                    async for chunk in request.stream():
                        body += chunk
                        if len(body) > MAX_BODY_BYTES:
                            return _too_large()
                    request._body = bytes(body)  # Starlette's cache of the body; the handler reads it from here.
            return await handler(request)

        return limited


def http_error(error: HandlingError) -> HTTPException:
    if isinstance(error, NotFound):
        return HTTPException(status.HTTP_404_NOT_FOUND, str(error))
    if isinstance(error, Forbidden):
        return HTTPException(status.HTTP_403_FORBIDDEN, str(error))
    if isinstance(error, Conflict):
        return HTTPException(status.HTTP_409_CONFLICT,
                             {"message": str(error), "state": error.state, "assigned_to": error.assigned_to})
    return HTTPException(status.HTTP_400_BAD_REQUEST, str(error))


class UserOut(BaseModel):
    name: str
    display_name: str
    role: str
    active: bool

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(name=user.name, display_name=user.shown_name, role=user.role, active=user.active)


class HandoverOut(BaseModel):
    id: int
    sender_id: str
    channel: str
    language: str
    reasons: list[str]
    priority: int
    explanation: str
    summary: str
    state: str
    assigned_to: str | None
    created_at: datetime
    updated_at: datetime
    waiting_seconds: float
    messages_while_waiting: int = 0
    channel_pushes: bool
    spam: list[str] = []    # why the follower's messages were flagged as spam; empty = not spam

    @classmethod
    def of(cls, handover: Handover, messages: int = 0) -> HandoverOut:
        return cls(id=handover.id, sender_id=handover.sender_id, channel=handover.channel, language=handover.language,
                   reasons=[str(r) for r in handover.reasons or []], priority=handover.priority,
                   explanation=handover.explanation, summary=handover.summary, state=handover.state,
                   assigned_to=handover.assigned_to, created_at=aware(handover.created_at),
                   updated_at=aware(handover.updated_at), waiting_seconds=round(waiting_since(handover), 1),
                   messages_while_waiting=messages, channel_pushes=handover.channel in PUSH_CHANNELS,
                   spam=[str(f) for f in handover.spam or []])


class Problem(BaseModel):
    """The shape of refusals, for the OpenAPI docs."""

    detail: Any


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "missing, wrong or expired token"},
    403: {"model": Problem, "description": "the signed-in user's role or assignment does not allow this"},
    404: {"model": Problem, "description": "no such handover"},
    409: {"model": Problem, "description": "the handover's state does not allow this (e.g. someone claimed it first)"},
    413: {"model": Problem, "description": "request body too large"},
}


def document_roles(router: Any) -> None:
    """Write each route's required role into its OpenAPI description (and ``x-required-role``), read from the
    dependencies it actually has, so the docs cannot drift from the checks."""
    from api.deps import current_agent, current_agent_for_stream, require_admin, require_staff

    ranks = {current_agent: "agent", current_agent_for_stream: "agent", require_staff: "staff", require_admin: "admin"}
    order = ["agent", "staff", "admin"]

    def found(dependant: Any) -> list[str]:
        roles = [ranks[dependant.call]] if dependant.call in ranks else []
        for child in dependant.dependencies:
            roles += found(child)
        return roles

    for route in router.routes:
        roles = found(route.dependant) if isinstance(route, APIRoute) else []
        if roles:
            role = max(roles, key=order.index)
            route.description = f"**Role:** {role} (or higher).\n\n{route.description or ''}".strip()
            route.openapi_extra = {**(route.openapi_extra or {}), "x-required-role": role}
