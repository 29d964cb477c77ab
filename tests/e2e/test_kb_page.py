"""The staff's knowledge-base page in a real browser (Debian's Chromium via Playwright) against the real API
(uvicorn on a free port, a temporary knowledge-base folder and store): sign in, upload, see the sections,
try a question, see the content gaps chart, delete."""
from __future__ import annotations

import os
import threading
import time

import httpx
import pytest

from inbox.auth import create_user
from database.engine import session_factory
from knowledge.gaps import record_gap
from tandem.processes import free_port
from tandem.settings import Settings

pytestmark = pytest.mark.e2e
STAFF, PASSWORD = "sara", "e2e staff password"
SCREENSHOT_TO = os.environ.get("TANDEM_KB_SCREENSHOT")   # a path: save the page there (to look at it)
RENTAL = "---\ntitle: Leihräder\nlanguage: de\n---\n\n# Leihräder\n\n## Preise\n\nEin Stadtrad kostet 15 € pro Tag.\n"


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    import uvicorn

    from api.main import create_app

    root = tmp_path_factory.mktemp("kb-page")
    (root / "kb").mkdir()
    settings = Settings(data_dir=root / "data", kb_dir=root / "kb", collection="kb-page", api_port=free_port())
    with session_factory(settings.database)() as session:
        create_user(session, STAFF, PASSWORD, "staff", display_name="Sara")
    for text in ("Liefert ihr nach Japan?", "Do you ship to Japan?", "Habt ihr Lastenräder?"):
        record_gap(settings, text, "de", 0.1, "low_score")
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=settings.api_port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.api_port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/kb", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url, settings, root
    server.should_exit = True
    thread.join(timeout=10)



def test_staff_upload_try_see_gaps_and_delete(api, browser, tmp_path):
    url, settings, root = api
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text)
            if msg.type == "error" and "Failed to load resource" not in msg.text else None)   # the refused upload
    page.goto(f"{url}/kb")
    page.fill("#login-name", STAFF)
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)
    assert "Sara" in page.inner_text("#me")

    page.wait_for_selector("#gaps-list li", timeout=30_000)
    assert page.locator("#gaps-chart svg rect.bar").count() == 30
    assert "Japan" in page.locator("#gaps-list li").first.inner_text()

    upload = tmp_path / "leihen.md"
    upload.write_text(RENTAL, encoding="utf-8")
    page.set_input_files("#upload-file", str(upload))
    page.fill("#upload-id", "service/leihen")
    page.click("#upload-submit")
    page.wait_for_selector("#upload-result.good", timeout=60_000)
    assert "Added: service/leihen" in page.inner_text("#upload-result")
    assert (root / "kb" / "service" / "leihen.md").is_file()
    page.wait_for_selector("#docs-body tr[data-id='service/leihen']")

    page.click("#docs-body tr[data-id='service/leihen'] button.link")
    page.wait_for_selector("#doc-detail:not([hidden])")
    assert "Leihräder › Preise" in page.inner_text("#detail-sections")

    page.fill("#try-question", "Was kostet ein Stadtrad?")
    page.click("#try-submit")
    page.wait_for_selector("#try-result:not([hidden])", timeout=30_000)
    assert page.inner_text("#try-verdict").startswith("Answers") and "15 €" in page.inner_text("#try-answer")
    if SCREENSHOT_TO:
        page.screenshot(path=SCREENSHOT_TO, full_page=True)

    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    page.set_input_files("#upload-file", str(bad))
    page.fill("#upload-id", "")
    page.click("#upload-submit")
    page.wait_for_selector("#upload-result.bad", timeout=30_000)
    assert "corrupt PDF" in page.inner_text("#upload-result")

    page.on("dialog", lambda dialog: dialog.accept())
    page.click("#docs-body tr[data-id='service/leihen'] button.danger")
    page.wait_for_selector("#docs-empty:not([hidden])", timeout=30_000)
    assert not (root / "kb" / "service" / "leihen.md").exists()
    page.wait_for_function("document.querySelectorAll('#log-body tr').length === 2")
    assert "removed" in page.locator("#log-body tr").first.inner_text()
    assert errors == []
    context.close()


def test_markup_in_a_document_title_is_shown_as_text(api, browser, tmp_path):
    url, settings, _ = api
    from api.routes.kb import kb_service
    from knowledge.admin import Actor, KnowledgeBase

    kb: KnowledgeBase = kb_service(settings)
    kb.add(Actor("test", "cli"), "---\ntitle: <img src=x onerror=alert(1)>Evil\n---\n\nText.\n".encode(), "evil.md")
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{url}/kb")
    page.fill("#login-name", STAFF)
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_selector("#docs-body tr[data-id='evil']", timeout=30_000)
    assert "<img src=x" in page.inner_text("#docs-body tr[data-id='evil']")
    assert page.locator("#docs-body img").count() == 0
    context.close()


def test_the_staff_pages_share_one_sign_in_and_ask_again_when_it_ends(api, browser):
    """common.js and common.css on every page: signing in on the inbox signs in on the knowledge base (one token
    in sessionStorage), a 401 from any call shows the sign-in form again, and the knowledge base still turns away
    an agent."""
    url, settings, _ = api
    with session_factory(settings.database)() as session:
        create_user(session, "ali", PASSWORD, "agent", display_name="Ali")
    for path in ("/static/common.js", "/static/common.css"):
        shared, page_own = httpx.get(url + path), httpx.get(url + path.replace("common", "kb"))
        assert shared.status_code == 200 and shared.headers.keys() == page_own.headers.keys()   # cached the same way
        assert "etag" in shared.headers and shared.headers["content-type"].split(";")[0] in (
            "text/css", "text/javascript", "application/javascript")
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for path in ("/", "/inbox", "/kb"):
        page.goto(url + path)
        assert page.evaluate("[...document.styleSheets].map(s => new URL(s.href).pathname)")[0] == "/static/common.css"
    assert "/static/common.js" in page.evaluate("[...document.scripts].map(s => new URL(s.src).pathname)")

    page.goto(f"{url}/inbox")
    page.fill("#login-name", STAFF)
    page.fill("#login-password", "not the password")
    page.press("#login-password", "Enter")
    page.wait_for_selector("#login-error:not([hidden])")
    assert page.inner_text("#login-error") == "Wrong name or password."
    page.fill("#login-password", PASSWORD)
    page.press("#login-password", "Enter")
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)
    assert page.input_value("#login-password") == ""

    page.goto(f"{url}/kb")   # the same tab: signed in already
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)
    assert "Sara" in page.inner_text("#me") and page.is_hidden("#login-view")
    token = page.evaluate("sessionStorage.getItem('tandem.inbox.token')")
    assert httpx.post(f"{url}/api/auth/logout", headers={"Authorization": f"Bearer {token}"}).status_code == 204
    page.select_option("#gaps-days", "7")   # the next call gets 401
    page.wait_for_selector("#login-view:not([hidden])", timeout=10_000)
    assert page.inner_text("#login-error") == "Your session ended. Please sign in again."
    assert page.is_hidden("#app-view") and page.evaluate("sessionStorage.getItem('tandem.inbox.token')") is None

    page.fill("#login-name", "ali")
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.locator("#login-error", has_text="staff role").wait_for(timeout=10_000)
    assert page.inner_text("#login-error") == "The knowledge base needs the staff role; you are signed in as agent."
    page.goto(f"{url}/inbox")   # the agent's own page takes the same token
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)
    assert page.inner_text("#me") == "Ali · agent"
    page.click("#logout")
    page.wait_for_selector("#login-view:not([hidden])")
    assert page.is_hidden("#login-error") and page.evaluate("sessionStorage.getItem('tandem.inbox.token')") is None
    assert errors == []
    context.close()


def test_staff_set_a_documents_language_on_the_upload_form(api, browser, tmp_path):
    from tests.api.test_api_kb_language import docx_stamped_english

    url, settings, root = api
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/kb")
    page.fill("#login-name", STAFF)
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)

    upload = tmp_path / "preise.docx"
    upload.write_bytes(docx_stamped_english("Versand: 4,90 €. Ab 50 € frei."))   # too short to overrule "en-US"
    page.set_input_files("#upload-file", str(upload))
    page.select_option("#upload-language", "de")
    page.click("#upload-submit")
    page.wait_for_selector("#upload-result.good", timeout=60_000)
    row = page.locator("#docs-body tr[data-id='preise']")
    row.wait_for(timeout=10_000)
    assert "de" in row.locator("td").all_inner_texts()
    context.close()
