"""What the follower sees of a handover, in Chromium against the real stack: a person's replies signed with
their name in a style of their own, status lines when a person joins, the bot takes over again and the chat is
closed, no "typing" while nobody types, the rating request as a link, each source once; and /docs offline."""
from __future__ import annotations

import re

import pytest

from tests.e2e.test_agent_inbox import agent_page, agent_user, ask, base_url, follower_page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.e2e


def open_and_claim(agent_page, text: str) -> None:  # noqa: F811
    item = agent_page.locator(".queue-item", has_text=text)
    item.wait_for(timeout=15_000)
    item.click()
    agent_page.wait_for_selector("#conv:not([hidden]) #conv-reasons .chip", timeout=10_000)
    agent_page.click("#claim")
    agent_page.wait_for_selector("#reply:not([disabled])", timeout=10_000)


def watch_typing(page) -> None:
    """Records whether "typing" is shown at any moment from now on: a fast answer hides it again before a test
    could look, so the page is asked to remember rather than the test to catch it."""
    page.evaluate(
        """() => {
            window.typingWasShown = false;
            const typing = document.getElementById("typing");
            new MutationObserver(() => { if (!typing.hidden) window.typingWasShown = true; })
                .observe(typing, {attributes: true, attributeFilter: ["hidden"]});
        }"""
    )


def test_the_follower_sees_who_writes_and_when_a_person_joins_and_leaves(agent_page, follower_page):  # noqa: F811
    ask(follower_page, "Unverschämt, das Rad ist schon wieder kaputt! Ich will sofort einen Menschen sprechen!!!")
    follower_page.wait_for_selector(".system.handoff", timeout=20_000)
    open_and_claim(agent_page, "schon wieder kaputt")

    joined = follower_page.locator(".msg-status", has_text="Ein Mensch aus unserem Team ist jetzt für dich da: Anna")
    joined.wait_for(timeout=15_000)

    # With a person on the other end nobody "types" on the bot's behalf.
    watch_typing(follower_page)
    ask(follower_page, "Hallo? Sind Sie da?")
    follower_page.wait_for_timeout(1500)
    assert not follower_page.evaluate("window.typingWasShown")

    agent_page.fill("#reply", "Ja, ich bin da und kümmere mich darum.")
    agent_page.press("#reply", "Control+Enter")
    reply = follower_page.locator(".msg-agent", has_text="kümmere mich darum")
    reply.wait_for(timeout=15_000)
    assert reply.locator(".sender-name").inner_text() == "Anna"
    bot_colour = follower_page.locator(".msg-status .bubble").first.evaluate("b => getComputedStyle(b).backgroundColor")
    assert reply.locator(".bubble").evaluate("b => getComputedStyle(b).backgroundColor") != bot_colour
    assert follower_page.locator(".msg-bot", has_text="kümmere mich darum").count() == 0

    agent_page.uncheck("#rating-prompt")
    agent_page.click("#close")
    agent_page.wait_for_selector("#conv-state[data-state='closed']", timeout=10_000)
    follower_page.locator(".msg-status", has_text="Das Gespräch mit unserem Team ist beendet").wait_for(timeout=15_000)
    assert "/rate/" not in follower_page.inner_text("#log")

    # Back with the bot: its answers show "typing" again, and each source appears once.
    watch_typing(follower_page)
    ask(follower_page, "Was kostet der Versand?")
    follower_page.locator(".msg-bot .bubble", has_text="€").last.wait_for(timeout=20_000)
    assert follower_page.evaluate("window.typingWasShown")
    follower_page.locator(".msg-bot .sources", has_text="Versand").last.wait_for(timeout=10_000)
    bubbles = follower_page.locator(".msg-bot .bubble").all_inner_texts()
    assert not any(re.search(r"Quellen?:", b) for b in bubbles)          # the source list alone names it


def test_after_a_return_to_the_bot_the_follower_is_told_and_a_rating_request_is_a_link(agent_page, follower_page):  # noqa: F811
    ask(follower_page, "Das ist eine Zumutung!!! Ich will JETZT mit einem Menschen reden, nicht mit einem Bot!")
    follower_page.wait_for_selector(".system.handoff", timeout=20_000)
    open_and_claim(agent_page, "Zumutung")
    agent_page.click("#return")
    agent_page.wait_for_selector("#conv-state[data-state='returned']", timeout=10_000)
    follower_page.locator(".msg-status", has_text="Du schreibst jetzt wieder mit Tandem").wait_for(timeout=15_000)

    agent_page.check("#rating-prompt")
    agent_page.click("#close")
    link = follower_page.locator(".rate-link")
    link.wait_for(timeout=15_000)
    assert link.inner_text() == "Gespräch bewerten" and "/rate/" in link.get_attribute("href")
    assert "http" not in follower_page.locator(".msg-bot", has=link).locator(".bubble").inner_text()


def test_the_api_docs_render_without_any_outside_host(browser, stack):
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []

    def only_local(route):
        if re.match(r"https?://(127\.0\.0\.1|localhost)[:/]", route.request.url):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    page.route("**/*", only_local)
    page.goto(f"{base_url(stack)}/docs")
    page.locator(".swagger-ui .info .title", has_text="Tandem").wait_for(timeout=20_000)
    page.locator(".opblock-tag", has_text="inbox").first.wait_for(timeout=10_000)
    assert outside == []
    context.close()
