"""The web chat page in a real browser (Debian's Chromium driven by Playwright), talking to the real bot
over Rasa's socket.io channel."""
from __future__ import annotations


import pytest

pytestmark = pytest.mark.e2e



@pytest.fixture
def page(browser, stack):
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    opened = context.new_page()
    opened.goto(f"http://{stack.settings.host}:{stack.settings.api_port}/")
    opened.wait_for_selector("#connection[data-state='online']", timeout=20_000)
    yield opened
    context.close()


def ask(page, text: str) -> None:
    page.fill("#input", text)
    page.press("#input", "Enter")


def test_the_page_shows_the_bots_answer_with_its_source(page):
    ask(page, "Was kostet der Versand?")
    page.wait_for_selector(".sources a, .sources span:not(.sources-label)", timeout=20_000)
    assert "Versand" in page.inner_text(".sources")
    assert page.locator(".msg-bot .bubble").count() >= 1


def test_the_page_shows_a_handover_notice(page):
    ask(page, "Ich möchte mit einem Menschen sprechen")
    page.wait_for_selector(".system.handoff", timeout=20_000)
    assert page.locator(".msg-bot .bubble").last.inner_text().strip()


def test_markup_typed_by_the_follower_is_shown_as_text(page):
    ask(page, "<b>fett</b> <img src=x onerror=alert(1)>")
    page.wait_for_selector(".msg-user .bubble", timeout=10_000)
    assert "<b>fett</b>" in page.locator(".msg-user .bubble").first.inner_text()
    assert page.locator(".msg-user .bubble b").count() == 0
