"""Per-client-address limits on the Tandem API (the Rasa webhooks have their own, in bot/connectors/).

- Every request counts against its client address (`Settings.api_per_ip` in `Settings.rate_limit_window_s`),
  except the stack's internal calls (``/internal/…``: token-protected, all from Rasa's one address, which is
  limited per follower upstream) and ``/health``. Over the limit: HTTP 429, a JSON ``detail`` and ``Retry-After``.
- Failed inbox sign-ins count against the address too (`Settings.login_failures_per_ip` per
  `Settings.login_window_s`; see `api.routes.auth.login`), next to the per-name lock in `inbox.throttle`: the
  name lock stops guessing one password, the address limit stops trying many names. Only failures count, so a
  whole office signing in at nine is not slowed down.

The client address is the ASGI ``client``: uvicorn has already replaced it with the X-Forwarded-For address
when the connection comes from a trusted proxy (``--forwarded-allow-ips``, `Settings.forwarded_allow_ips`).
"""
from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from safety.window import SlidingWindow, Verdict

EXEMPT_PREFIXES = ("/internal/", "/health")


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def too_many(detail: str, verdict: Verdict) -> JSONResponse:
    seconds = max(1, int(verdict.retry_after + 0.999))
    return JSONResponse({"detail": f"{detail}; try again in {seconds} s", "retry_after": seconds},
                        status_code=429, headers={"Retry-After": str(seconds)})


class PerClientLimit:
    """Pure ASGI middleware (not BaseHTTPMiddleware, which would buffer the inbox's Server-Sent Events)."""

    def __init__(self, app: ASGIApp, limit: int, window_s: float) -> None:
        self.app = app
        self.window = SlidingWindow(limit, window_s)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.window.enabled or scope["path"].startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        verdict = self.window.hit(client_address(scope))
        if verdict.allowed:
            await self.app(scope, receive, send)
            return
        detail = f"too many requests from your address: at most {self.window.limit} in {self.window.window_s:g} s"
        await too_many(detail, verdict)(scope, receive, send)
