"""The Tandem API application; run it with ``uvicorn api.main:app``."""
from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.ratelimit import PerClientLimit
from api.routes import auth, chat, health, inbox, inbox_events, inbox_manage, inbox_pages, waiting
from api.routes import privacy
from api.routes import insights as insights_routes
from api.routes import kb as kb_routes
from privacy.redact import install_log_redaction
from tandem.settings import Settings, get_settings

# Swagger UI's files as the `fastapi-offline` package ships them: /docs works without reaching a CDN.
DOCS_ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build an app bound to ``settings`` so tests can point it at other ports without env tricks."""
    install_log_redaction()
    app = FastAPI(title="Tandem", description="Customer-service chatbot: stack health and web chat.",
                  docs_url=None, redoc_url=None)
    app.state.settings = settings = settings or get_settings()
    app.add_middleware(PerClientLimit, limit=settings.api_per_ip, window_s=settings.rate_limit_window_s)
    app.include_router(health.router)
    app.include_router(chat.router)
    app.include_router(waiting.router)
    app.include_router(auth.router)
    app.include_router(inbox.router)
    app.include_router(inbox_manage.router)
    app.include_router(inbox_events.router)
    app.include_router(inbox_pages.router)
    app.include_router(privacy.router)
    app.include_router(kb_routes.router)
    app.include_router(kb_routes.pages)
    app.include_router(insights_routes.router)
    app.mount("/static", StaticFiles(directory=chat.STATIC_DIR), name="static")
    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The API reference (Swagger UI) from files this server holds, not a CDN: it works offline."""
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="Tandem API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon.png")

    return app


app = create_app()
