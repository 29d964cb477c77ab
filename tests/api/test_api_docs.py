"""/docs is served from this server's own files (the fastapi-offline package's Swagger UI), no CDN."""
from __future__ import annotations

import re


def test_the_docs_page_loads_swagger_ui_from_this_server_only(make_client):
    client = make_client()
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
    assert assets and all(a.startswith("/docs-assets/") for a in assets), assets
    assert "cdn" not in page.text.lower()
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 100, asset
    assert client.get("/openapi.json").json()["info"]["title"] == "Tandem"
