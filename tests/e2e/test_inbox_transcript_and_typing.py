"""The agent's transcript and the follower's typing line, in Chromium against the real stack: the transcript has
the screen's height at 1280×800, follows new messages unless the agent scrolled up (then "New messages ↓"), and
shows the queue notices the follower got; the follower sees "… schreibt" only while the agent types; both pages
show times in the user's locale (24-hour in German)."""
from __future__ import annotations

import re

import pytest

from tests.e2e.test_agent_inbox import PASSWORD, agent_user, ask, base_url, follower_page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.e2e
CLOCK_24H = re.compile(r"^\d{2}:\d{2}$")


@pytest.fixture
def agent_1280(browser, stack, agent_user):  # noqa: F811
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{base_url(stack)}/inbox")
    page.fill("#login-name", agent_user)
    page.fill("#login-password", PASSWORD)
    page.press("#login-password", "Enter")
    page.wait_for_selector("#live[data-state='live']", timeout=15_000)
    yield page
    context.close()


def handed_over(follower, agent, angry: str, marker: str) -> None:
    ask(follower, angry)
    follower.wait_for_selector(".system.handoff", timeout=20_000)
    item = agent.locator(".queue-item", has_text=marker)
    item.wait_for(timeout=15_000)
    item.click()
    agent.wait_for_selector("#conv:not([hidden]) #conv-reasons .chip", timeout=10_000)


def at_end(agent) -> bool:
    return agent.eval_on_selector("#transcript", "t => t.scrollHeight - t.scrollTop - t.clientHeight < 40")


def test_the_transcript_has_the_height_follows_new_messages_and_shows_the_queue_notices(agent_1280, follower_page):  # noqa: F811
    agent = agent_1280
    handed_over(follower_page, agent, "Das ist absolut unverschämt, ich will sofort einen Menschen, keinen Bot!!!",
                "absolut unverschämt")
    assert agent.locator("#transcript").bounding_box()["height"] >= 400       # was ~286 px at 1280×800

    questions = ["Hallo? Ist da jemand?", "Es geht um meine Bestellung vom Montag.", "Das Rad hat einen Platten.",
                 "Bitte melden Sie sich schnell."]
    for n, text in enumerate(questions, start=1):
        ask(follower_page, text)
        follower_page.locator(".msg-bot .bubble", has_text="Warteschlange").nth(n - 1).wait_for(timeout=15_000)
        notices = agent.locator("#transcript .entry-notice[data-kind='queue_notice']")
        notices.nth(n - 1).wait_for(timeout=15_000)
        assert re.search(r"Platz \d+ der Warteschlange", notices.nth(n - 1).inner_text())
        agent.wait_for_function("() => { const t = document.getElementById('transcript');"
                                " return t.scrollHeight - t.scrollTop - t.clientHeight < 40; }", timeout=5_000)
    assert agent.eval_on_selector("#transcript", "t => t.scrollHeight > t.clientHeight")   # it did have to scroll
    assert agent.is_hidden("#new-messages")

    # Scrolled up to read: the transcript stays put and offers the new messages instead.
    agent.eval_on_selector("#transcript", "t => { t.scrollTop = 0; }")
    ask(follower_page, "Ich warte immer noch.")
    agent.locator("#transcript .entry-follower", has_text="Ich warte immer noch").wait_for(timeout=15_000)
    agent.wait_for_selector("#new-messages:not([hidden])", timeout=5_000)
    assert agent.eval_on_selector("#transcript", "t => t.scrollTop") == 0
    agent.click("#new-messages")
    assert at_end(agent) and agent.is_hidden("#new-messages")

    # Times in the agent's and the follower's locale: 24-hour in German.
    agent_times = agent.locator("#transcript .entry-who time").all_inner_texts()
    follower_times = follower_page.locator(".msg-time").all_inner_texts()
    assert agent_times and all(CLOCK_24H.match(t) for t in agent_times), agent_times
    assert len(follower_times) >= 2 * len(questions) and all(CLOCK_24H.match(t) for t in follower_times), follower_times


def test_the_follower_sees_typing_only_while_the_agent_types(agent_1280, follower_page):  # noqa: F811
    agent = agent_1280
    handed_over(follower_page, agent, "Unfassbar, schon wieder falsch geliefert! Ich will sofort einen Menschen!!!",
                "falsch geliefert")
    agent.click("#claim")
    agent.wait_for_selector("#reply:not([disabled])", timeout=10_000)
    follower_page.locator(".msg-status", has_text="jetzt für dich da").wait_for(timeout=15_000)

    ask(follower_page, "Hallo Anna!")
    follower_page.wait_for_timeout(1_500)
    assert follower_page.is_hidden("#typing")                   # a message alone makes nobody "type"

    agent.click("#reply")
    agent.keyboard.type("Hallo, ich schaue mir", delay=60)
    typing = follower_page.locator("#typing")
    typing.wait_for(state="visible", timeout=5_000)
    assert typing.inner_text().strip() == "Anna schreibt …"

    typing.wait_for(state="hidden", timeout=8_000)              # the agent paused: the line goes
    agent.keyboard.type(" das gleich an.", delay=60)
    typing.wait_for(state="visible", timeout=5_000)
    agent.press("#reply", "Control+Enter")
    follower_page.locator(".msg-agent .bubble", has_text="das gleich an").wait_for(timeout=15_000)
    assert follower_page.is_hidden("#typing")                   # sent: nobody types any more
    follower_page.wait_for_timeout(2_000)
    assert follower_page.is_hidden("#typing")
