"""Alerts reach a webhook with an HMAC-signed body and an SMTP server (aiosmtpd, a real SMTP server on a free
port); acknowledging keeps the alert and it is never sent twice for the same rise; the opt-in weekly digest."""
from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from aiosmtpd.controller import Controller

from insights import digest, notify
from insights.alerts import acknowledge, alert_dict
from insights.settings import InsightsSettings
from insights.tables import ACKNOWLEDGED, Alert, Digest
from tandem.processes import free_port

SECRET = "webhook secret"


class Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict, bytes]] = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def webhook():
    Receiver.received = []
    server = HTTPServer(("127.0.0.1", free_port()), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", Receiver.received
    server.shutdown()


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, mailbox
    controller.stop()


def an_alert(db) -> Alert:
    at = datetime(2026, 1, 19, 10, tzinfo=timezone.utc)
    alert = Alert(topic_id=3, topic_label="parcel · paket", began_at=at, detected_at=at + timedelta(hours=1),
                  observed=24, expected=4.0, baseline_share=0.005, share=0.08, statistic=13.2,
                  channels={"web": 15, "instagram": 9}, examples=["Mein Paket ist nicht da, [NAME]!"], notified={})
    db.add(alert)
    db.commit()
    return alert


def test_alert_goes_to_the_signed_webhook_and_by_email(db, webhook, smtp):
    url, received = webhook
    port, mailbox = smtp
    settings = InsightsSettings(alert_webhook_url=url, alert_webhook_secret=SECRET, smtp_host="127.0.0.1",
                                smtp_port=port, alert_email_to="team@example.org, lead@example.org")
    body = alert_dict(an_alert(db))
    assert notify.send_alert(settings, body) == {"webhook": "sent", "email": "sent"}

    (headers, raw), = received
    assert headers["X-Tandem-Event"] == "alert"
    # what a receiver computes from the README alone: sha256=HMAC-SHA256(secret, "<timestamp>.<body>")
    by_hand = hmac.new(SECRET.encode(), f"{headers['X-Tandem-Timestamp']}.".encode() + raw, hashlib.sha256)
    assert headers["X-Tandem-Signature"] == "sha256=" + by_hand.hexdigest()
    assert notify.verify(SECRET, headers["X-Tandem-Timestamp"], raw, headers["X-Tandem-Signature"])
    assert not notify.verify("another secret", headers["X-Tandem-Timestamp"], raw, headers["X-Tandem-Signature"])
    assert not notify.verify(SECRET, headers["X-Tandem-Timestamp"], raw.replace(b"24", b"25"),
                             headers["X-Tandem-Signature"]), "a changed body fails the check"
    assert not notify.verify(SECRET, headers["X-Tandem-Timestamp"], raw, headers["X-Tandem-Signature"],
                             now=int(headers["X-Tandem-Timestamp"]) + 3600), "a replay an hour later fails"
    sent = json.loads(raw)
    assert sent["topic"] == "parcel · paket" and sent["observed"] == 24 and sent["rise"] == 6.0
    assert sent["channels"] == {"web": 15, "instagram": 9} and sent["examples"] == ["Mein Paket ist nicht da, [NAME]!"]

    (sender, recipients, content), = mailbox.messages
    assert recipients == ["team@example.org", "lead@example.org"]
    mail = email.message_from_bytes(content, policy=email.policy.default)
    assert "parcel · paket" in mail["Subject"] and "6.0×" in mail["Subject"]
    text = mail.get_content()
    assert "Complaints since then: 24 (expected 4.0" in text and "web (15), instagram (9)" in text
    assert "Mein Paket ist nicht da, [NAME]!" in text


def test_a_failing_channel_is_reported_not_raised(db):
    settings = InsightsSettings(alert_webhook_url=f"http://127.0.0.1:{free_port()}/nobody", smtp_host="127.0.0.1",
                                smtp_port=free_port(), alert_email_to="team@example.org")
    outcome = notify.send_alert(settings, alert_dict(an_alert(db)))
    assert outcome["webhook"].startswith("failed") and outcome["email"].startswith("failed")


def test_nothing_is_sent_when_nothing_is_configured(db):
    assert notify.send_alert(InsightsSettings(), alert_dict(an_alert(db))) == {}


def test_acknowledging_keeps_the_alert_and_records_who(db):
    alert = an_alert(db)
    acknowledge(db, alert.id, "sara")
    acknowledge(db, alert.id, "tom")            # a second click changes nothing
    db.refresh(alert)
    assert (alert.state, alert.acknowledged_by) == (ACKNOWLEDGED, "sara")
    with pytest.raises(LookupError):
        acknowledge(db, 999, "sara")


def test_weekly_digest_is_opt_in_and_sent_once_a_week(db, webhook, smtp):
    url, received = webhook
    port, mailbox = smtp
    monday = datetime(2026, 1, 26, 7, tzinfo=timezone.utc)
    assert digest.send_if_due(db, InsightsSettings(), "Europe/Berlin", monday) is None, "nobody opted in"
    settings = InsightsSettings(digest_webhook_url=url, alert_webhook_secret=SECRET, smtp_host="127.0.0.1",
                                smtp_port=port, digest_email_to="team@example.org")
    an_alert(db)
    assert digest.send_if_due(db, settings, "Europe/Berlin", monday) == {"webhook": "sent", "email": "sent"}
    assert digest.send_if_due(db, settings, "Europe/Berlin", monday + timedelta(days=2)) is None, "once a week"
    assert [d.week for d in db.query(Digest)] == ["2026-W04"]
    (headers, raw), = received
    assert headers["X-Tandem-Event"] == "digest"
    assert notify.verify(SECRET, headers["X-Tandem-Timestamp"], raw, headers["X-Tandem-Signature"])
    body = json.loads(raw)
    assert body["start"] == "2026-01-19" and body["tables"]["alerts"]["rows"][0][1] == "parcel · paket"
    assert "Alerts: 1" in email.message_from_bytes(mailbox.messages[0][2], policy=email.policy.default).get_content()
