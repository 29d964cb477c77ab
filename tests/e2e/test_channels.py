"""Messenger, Instagram, WhatsApp and Telegram end to end: signed webhook deliveries in each platform's format go
to the real Rasa server (bot/connectors/), the real action server answers, and what the follower would see arrives
at a local server that speaks the platform's send API (tests/support/platforms.py)."""
from __future__ import annotations

import itertools
import json
import time

import httpx
import pytest

from inbox.auth import create_user, find_user
from database.engine import session_factory
from tests.support.platforms import (SECRETS, messaging_delivery, post_meta, post_telegram, telegram_update,
                                     whatsapp_delivery)

pytestmark = pytest.mark.e2e

AGENT, PASSWORD = "channel-agent", "channel-agent-password-1"
_numbers = itertools.count(int(time.time()) % 100000 * 100)


def fresh(prefix: str) -> str:
    return f"{prefix}{next(_numbers)}"


def tracker(stack, sender_id: str) -> dict:
    return httpx.get(f"{stack.settings.rasa_url}/conversations/{sender_id}/tracker",
                     params={"token": stack.settings.rasa_token}, timeout=30).json()


def user_texts(stack, sender_id: str) -> list[str]:
    return [e.get("text") for e in tracker(stack, sender_id).get("events", []) if e.get("event") == "user"]


@pytest.fixture(scope="module")
def inbox(stack) -> httpx.Client:
    with session_factory(stack.settings.database)() as session:
        if find_user(session, AGENT) is None:
            create_user(session, AGENT, PASSWORD, "agent", display_name="Chris")
    client = httpx.Client(base_url=f"http://{stack.settings.host}:{stack.settings.api_port}", timeout=30)
    login = client.post("/api/auth/login", json={"name": AGENT, "password": PASSWORD})
    assert login.status_code == 200, login.text
    client.headers["Authorization"] = f"Bearer {login.json()['token']}"
    return client


def handover_of(inbox: httpx.Client, sender_id: str, channel: str) -> dict:
    queue = inbox.get("/api/inbox/handovers", params={"channel": channel, "state": "open"}).json()
    found = [item for item in queue["items"] if item["sender_id"] == sender_id]
    assert found, f"{sender_id} not in the {channel} queue: {queue}"
    return found[0]


def test_a_messenger_question_gets_a_cited_answer_on_messenger(stack, platforms):
    user = fresh("psid")
    delivered = post_meta(stack.settings.rasa_url, "messenger",
                          messaging_delivery("page", user, "Was kostet der Versand?", fresh("m_")))
    assert delivered.status_code == 200, delivered.text
    reply = "\n".join(platforms.wait_for("messenger", user, count=2))
    assert "Quelle" in reply and "€" in reply
    assert all(len(text) <= 2000 for text in platforms.to("messenger", user))


def test_an_instagram_question_is_answered_within_instagrams_length_limit(stack, platforms):
    user = fresh("igsid")
    delivered = post_meta(stack.settings.rasa_url, "instagram",
                          messaging_delivery("instagram", user, "Wie lange habe ich Garantie auf mein Fahrrad?",
                                             fresh("ig_")))
    assert delivered.status_code == 200, delivered.text
    sent = platforms.wait_for("instagram", user, count=2)
    assert "Quelle" in "\n".join(sent)
    assert all(len(text) <= 1000 for text in sent)


def test_a_sarcastic_whatsapp_message_is_handed_over_and_the_agent_answers_on_whatsapp(stack, platforms, inbox):
    user = fresh("49151")
    sender_id = f"whatsapp:{user}"
    delivered = post_meta(stack.settings.rasa_url, "whatsapp",
                          whatsapp_delivery(user, "Na super, schon wieder ein kaputtes Paket. Ganz toller Service, "
                                                  "wirklich.", fresh("wamid."), name="Jana Beispiel"))
    assert delivered.status_code == 200, delivered.text
    notice = platforms.wait_for("whatsapp", user)[-1]
    assert "Mensch" in notice

    handover = handover_of(inbox, sender_id, "whatsapp")
    assert handover["channel"] == "whatsapp" and "sarcasm" in handover["reasons"]
    assert all(item["channel"] == "telegram" for item in
               inbox.get("/api/inbox/handovers", params={"channel": "telegram"}).json()["items"])
    conversation = inbox.get(f"/api/inbox/handovers/{handover['id']}").json()
    assert conversation["follower_name"] == "Jana Beispiel"

    assert inbox.post(f"/api/inbox/handovers/{handover['id']}/claim").status_code == 200
    answer = inbox.post(f"/api/inbox/handovers/{handover['id']}/replies",
                        json={"text": "Hallo Jana, das tut mir leid – ich schicke dir sofort Ersatz."})
    assert answer.status_code == 200 and answer.json()["delivered"] is True
    assert platforms.wait_for("whatsapp", user, count=2)[-1] == "Hallo Jana, das tut mir leid – ich schicke dir sofort Ersatz."


def test_a_telegram_follower_asking_for_a_person_hears_everything_on_telegram(stack, platforms, inbox):
    chat = int(fresh("7"))
    sender_id = f"telegram:{chat}"
    post = lambda text: post_telegram(stack.settings.rasa_url,  # noqa: E731
                                      telegram_update(chat, text, int(fresh("9")), "Max", "Muster"))
    assert post("I want to talk to a person, please.").status_code == 200
    assert "person" in platforms.wait_for("telegram", str(chat))[-1]

    assert post("My order number is 4711.").status_code == 200
    assert "in the queue" in platforms.wait_for("telegram", str(chat), count=2)[-1]

    handover = handover_of(inbox, sender_id, "telegram")
    assert inbox.get(f"/api/inbox/handovers/{handover['id']}").json()["follower_name"] == "Max Muster"
    assert inbox.post(f"/api/inbox/handovers/{handover['id']}/claim").status_code == 200
    assert inbox.post(f"/api/inbox/handovers/{handover['id']}/replies",
                      json={"text": "Hi Max, I'm looking at order 4711 now."}).status_code == 200
    assert platforms.wait_for("telegram", str(chat), count=3)[-1] == "Hi Max, I'm looking at order 4711 now."

    assert inbox.post(f"/api/inbox/handovers/{handover['id']}/return").status_code == 200
    assert "digital assistant, again" in platforms.wait_for("telegram", str(chat), count=4)[-1]
    assert inbox.post(f"/api/inbox/handovers/{handover['id']}/close",
                      json={"send_rating_prompt": True}).status_code == 200
    assert "/rate/" in platforms.wait_for("telegram", str(chat), count=5)[-1]

    assert post("What does shipping cost?").status_code == 200      # the bot answers again, on Telegram
    assert "Source" in "\n".join(platforms.wait_for("telegram", str(chat), count=6)[5:])


def test_the_messenger_follower_name_comes_from_the_profile_api(stack, platforms, inbox):
    user = fresh("psid")
    platforms.profiles[user] = {"first_name": "Lena", "last_name": "Probe"}
    post_meta(stack.settings.rasa_url, "messenger",
              messaging_delivery("page", user, "Ich will sofort mit einem Menschen sprechen!", fresh("m_")))
    platforms.wait_for("messenger", user)
    handover = handover_of(inbox, f"messenger:{user}", "messenger")
    assert inbox.get(f"/api/inbox/handovers/{handover['id']}").json()["follower_name"] == "Lena Probe"


@pytest.mark.parametrize("channel, obj", [("messenger", "page"), ("instagram", "instagram")])
def test_a_forged_or_unsigned_meta_delivery_is_refused_and_never_reaches_the_bot(stack, platforms, channel, obj):
    user = fresh("forged")
    body = messaging_delivery(obj, user, "Was kostet der Versand?", fresh("m_"))
    forged = post_meta(stack.settings.rasa_url, channel, body, secret="not-the-app-secret")
    unsigned = post_meta(stack.settings.rasa_url, channel, body, signature="")
    sha1_only = post_meta(stack.settings.rasa_url, channel, body, signature="sha1=" + "0" * 40)
    assert (forged.status_code, unsigned.status_code, sha1_only.status_code) == (403, 401, 403)
    assert "Versand" not in forged.text
    time.sleep(1)
    assert platforms.to(channel, user) == []
    assert user_texts(stack, f"{channel}:{user}") == []


def test_a_delivery_changed_after_signing_is_refused(stack, platforms):
    user = fresh("49170")
    body = json.dumps(whatsapp_delivery(user, "Was kostet der Versand?", fresh("wamid."))).encode()
    from tests.support.platforms import meta_signature

    signature = meta_signature(SECRETS["TANDEM_WHATSAPP_APP_SECRET"], body)
    tampered = body.replace(b"Versand", b"Ruecksendung")
    assert post_meta(stack.settings.rasa_url, "whatsapp", tampered, signature=signature).status_code == 403
    assert user_texts(stack, f"whatsapp:{user}") == []


def test_a_telegram_update_without_the_secret_token_is_refused(stack, platforms):
    chat = int(fresh("8"))
    update = telegram_update(chat, "Was kostet der Versand?", int(fresh("9")))
    assert post_telegram(stack.settings.rasa_url, update, secret="guessed").status_code == 403
    assert post_telegram(stack.settings.rasa_url, update, secret="").status_code == 401
    time.sleep(1)
    assert platforms.to("telegram", str(chat)) == []
    assert user_texts(stack, f"telegram:{chat}") == []


def test_a_signed_but_malformed_delivery_is_answered_400(stack):
    assert post_meta(stack.settings.rasa_url, "messenger", b"{not json").status_code == 400
    assert post_meta(stack.settings.rasa_url, "messenger", {"object": "page", "entry": [{"messaging": [
        {"message": {"text": "no sender"}}]}]}).status_code == 400
    assert post_meta(stack.settings.rasa_url, "whatsapp", {"object": "page", "entry": []}).status_code == 400
    assert post_telegram(stack.settings.rasa_url, {"message": {"text": "no update id"}}).status_code == 400


@pytest.mark.parametrize("channel", ["messenger", "whatsapp", "telegram"])
def test_a_platform_retry_of_one_message_is_processed_once(stack, platforms, channel):
    user = fresh("1") if channel == "telegram" else fresh("retry")
    text = "Welche Zahlungsarten gibt es?"
    if channel == "telegram":
        update = telegram_update(int(user), text, int(fresh("9")))
        first, again = post_telegram(stack.settings.rasa_url, update), post_telegram(stack.settings.rasa_url, update)
    else:
        body = (messaging_delivery("page", user, text, fresh("m_")) if channel == "messenger"
                else whatsapp_delivery(user, text, fresh("wamid.")))
        first, again = post_meta(stack.settings.rasa_url, channel, body), post_meta(stack.settings.rasa_url, channel, body)
    assert (first.status_code, again.status_code) == (200, 200)
    replies = platforms.wait_for(channel, user, count=2)
    time.sleep(1.5)
    assert platforms.to(channel, user) == replies
    assert user_texts(stack, f"{channel}:{user}") == [text]


def test_a_reply_the_platform_refuses_at_first_is_sent_again(stack, platforms):
    user = fresh("psid")
    platforms.fail_next = 1
    post_meta(stack.settings.rasa_url, "messenger", messaging_delivery("page", user, "Hallo!", fresh("m_")))
    assert platforms.wait_for("messenger", user)


def test_the_subscription_handshake_echoes_the_challenge_only_for_the_verify_token(stack):
    url = f"{stack.settings.rasa_url}/webhooks/messenger/webhook"
    good = httpx.get(url, params={"hub.mode": "subscribe", "hub.verify_token": SECRETS["TANDEM_MESSENGER_VERIFY_TOKEN"],
                                  "hub.challenge": "1158201444"})
    wrong = httpx.get(url, params={"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1158201444"})
    assert (good.status_code, good.text) == (200, "1158201444")
    assert wrong.status_code == 403 and "1158201444" not in wrong.text


def test_rest_clients_cannot_write_into_a_messaging_conversation(stack):
    answer = httpx.post(f"{stack.settings.rasa_url}/webhooks/rest/webhook",
                        json={"sender": "telegram:12345", "message": "hello"})
    assert answer.status_code == 400
