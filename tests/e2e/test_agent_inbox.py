"""The agent inbox end to end: a follower in the web chat gets angry, an agent sees it live, claims it, replies
on the same channel, and gives the chat back to the bot — two real browser contexts against the real stack."""
from __future__ import annotations

import os

import pytest

from inbox import canned
from inbox.auth import create_user, find_user
from database.engine import session_factory
from inbox.queue import enqueue
from tandem.settings import ROOT
from tests.conftest import texts

pytestmark = pytest.mark.e2e
SCREENSHOT = ROOT / "docs" / "inbox.png"  # refreshed with TANDEM_UPDATE_SCREENSHOTS=1
AGENT, PASSWORD = "anna", "e2e agent password"
ANGRY = "Das ist eine Frechheit, ich will sofort mit einem Menschen reden!!!"
GREETING = ("Hallo {follower_name}, hier ist {agent_name} vom Velora-Team. Das tut mir leid – ich kümmere mich "
            "sofort darum.")



@pytest.fixture(scope="module")
def agent_user(stack) -> str:
    """Created the way `tandem users add anna` does it, directly in the stack's database; with a canned reply
    staff would have written, and a second follower waiting (so the queue in the screenshot has an order)."""
    with session_factory(stack.settings.database)() as session:
        if find_user(session, AGENT) is None:
            create_user(session, AGENT, PASSWORD, "agent", display_name="Anna")
            canned.create(session, title="Entschuldigung + Übernahme", text=GREETING, language="de", author="staff")
            enqueue(session, sender_id="e2e-second-follower", channel="socketio", language="en", reasons=["legal"],
                    priority=80, explanation="legal: 'lawyer'",
                    summary="If the refund is not here by Friday I will ask my lawyer to handle this.")
    return AGENT


def base_url(stack) -> str:
    return f"http://{stack.settings.host}:{stack.settings.api_port}"


@pytest.fixture
def agent_page(browser, stack, agent_user):
    context = browser.new_context(locale="de-DE", viewport={"width": 1366, "height": 800})
    page = context.new_page()
    page.goto(f"{base_url(stack)}/inbox")
    page.fill("#login-name", agent_user)
    page.fill("#login-password", PASSWORD)
    page.press("#login-password", "Enter")
    page.wait_for_selector("#live[data-state='live']", timeout=15_000)
    yield page
    context.close()


@pytest.fixture
def follower_page(browser, stack):
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{base_url(stack)}/")
    page.wait_for_selector("#connection[data-state='online']", timeout=20_000)
    yield page
    context.close()


def ask(page, text: str) -> None:
    page.fill("#input", text)
    page.press("#input", "Enter")


def test_an_agent_takes_over_a_web_chat_and_gives_it_back_to_the_bot(agent_page, follower_page):
    ask(follower_page, ANGRY)
    follower_page.wait_for_selector(".system.handoff", timeout=20_000)

    # The conversation appears in the agent's queue without a reload (Server-Sent Events).
    item = agent_page.locator(".queue-item", has_text="Frechheit")
    item.wait_for(timeout=15_000)
    item.click()
    agent_page.wait_for_selector("#conv:not([hidden]) #conv-reasons .chip", timeout=10_000)
    assert "Frechheit" in agent_page.inner_text("#transcript")

    agent_page.click("#claim")
    agent_page.wait_for_selector("#reply:not([disabled])", timeout=10_000)
    agent_page.fill("#note", "Kunde ist sehr verärgert – bitte freundlich bleiben.")
    agent_page.click("#add-note")
    agent_page.wait_for_selector("#notes .note", timeout=10_000)
    agent_page.select_option("#canned-select", label="Entschuldigung + Übernahme")
    assert agent_page.input_value("#reply").startswith("Hallo du, hier ist Anna vom Velora-Team.")
    agent_page.press("#reply", "Control+Enter")

    # The follower sees the agent's reply in the web chat, on the same socket.io channel.
    follower_page.locator(".msg-agent .bubble", has_text="hier ist Anna vom Velora-Team").wait_for(timeout=15_000)
    agent_page.locator("#transcript .entry-agent", has_text="Velora-Team").wait_for(timeout=10_000)
    assert "bitte freundlich" not in follower_page.inner_text("#log")
    agent_page.wait_for_selector("#toast", state="hidden", timeout=10_000)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    if os.environ.get("TANDEM_UPDATE_SCREENSHOTS") == "1":
        agent_page.screenshot(path=str(SCREENSHOT))

    agent_page.click("#return")
    agent_page.wait_for_selector("#conv-state[data-state='returned']", timeout=10_000)

    # Back with the bot: it answers the next question from the knowledge base, with its source.
    ask(follower_page, "Was kostet der Versand?")
    follower_page.locator(".msg-bot .bubble", has_text="€").wait_for(timeout=20_000)
    follower_page.locator(".sources", has_text="Versand").wait_for(timeout=10_000)


def test_a_spammer_is_not_answered_and_shows_up_flagged_for_agents_to_dismiss(agent_page, chat):
    spam = "Billige Bikes!!! http://bikes-billig.example.ru http://rad-deal.example.ru http://velo-sale.example.ru"
    assert texts(chat.send(spam)) == ""

    # Flagged live, at the bottom of the queue, with a visible marker; the banner says why.
    item = agent_page.locator(".queue-item.spam", has_text="Billige Bikes")
    item.wait_for(timeout=15_000)
    assert item.locator(".tag-spam").inner_text() == "Spam"
    spam_only = agent_page.locator(".queue-item .qi-reasons").evaluate_all("rs => rs.map(r => r.textContent === 'spam')")
    assert spam_only == sorted(spam_only)   # every real handover comes before the conversations queued for spam
    item.click()
    agent_page.wait_for_selector("#conv-spam:not([hidden])", timeout=10_000)
    assert "several links in one message" in agent_page.inner_text("#conv-spam")

    # Writing the same again gets neither an answer nor a queue notice.
    assert texts(chat.send(spam)) == ""

    agent_page.click("#dismiss-spam")
    agent_page.wait_for_selector("#conv-state[data-state='closed']", timeout=10_000)
    item.wait_for(state="detached", timeout=10_000)
    assert "dismissed as spam" in agent_page.inner_text("#history")
