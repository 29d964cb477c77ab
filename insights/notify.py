"""Sending alerts and digests: a webhook with an HMAC-signed body, and e-mail where SMTP is configured.

Webhook: ``POST`` of the JSON body with ``Content-Type: application/json``, ``X-Tandem-Event`` (``alert`` or
``digest``), ``X-Tandem-Timestamp`` (Unix seconds) and ``X-Tandem-Signature: sha256=<hex>``, the HMAC-SHA256 of
``"<timestamp>.<body>"`` with ``TANDEM_ALERT_WEBHOOK_SECRET`` (the scheme Stripe and GitHub use: the receiver
recomputes it over the raw body and rejects a stale timestamp, so a captured request cannot be replayed later).
`verify` is the receiver's side, used by the tests.

E-mail: plain text through ``smtplib`` to ``TANDEM_SMTP_HOST`` (STARTTLS and login when set).
Each channel's outcome ("sent" or the error) is returned and stored on the alert; one failing channel does
not stop the others.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import time
from email.message import EmailMessage
from typing import Any

import httpx

from insights.settings import InsightsSettings

log = logging.getLogger(__name__)
MAX_SKEW_S = 300


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, now: float | None = None) -> bool:
    """The receiver's check: the signature matches the raw body and the timestamp is recent."""
    try:
        fresh = abs((now if now is not None else time.time()) - int(timestamp)) <= MAX_SKEW_S
    except ValueError:
        return False
    return fresh and hmac.compare_digest(sign(secret, timestamp, body), signature or "")


def post_webhook(url: str, secret: str, event: str, payload: dict[str, Any], timeout: float = 10.0) -> str:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    timestamp = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Tandem-Event": event, "X-Tandem-Timestamp": timestamp}
    if secret:
        headers["X-Tandem-Signature"] = sign(secret, timestamp, body)
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=timeout)
        response.raise_for_status()
        return "sent"
    except httpx.HTTPError as exc:
        log.warning("webhook %s failed: %s", event, exc)
        return f"failed: {exc}"[:300]


def send_email(settings: InsightsSettings, to: str, subject: str, text: str, timeout: float = 10.0) -> str:
    recipients = [a.strip() for a in to.split(",") if a.strip()]
    if not settings.smtp_host or not recipients:
        return "not configured"
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = settings.smtp_from, ", ".join(recipients), subject
    message.set_content(text)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(message)
        return "sent"
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("e-mail %r failed: %s", subject, exc)
        return f"failed: {exc}"[:300]


def alert_text(alert: dict[str, Any], page_url: str) -> tuple[str, str]:
    """Subject and body of an alert e-mail."""
    rise = f"{alert['rise']}×" if alert.get("rise") else "new"
    subject = f"Tandem alert: complaints about “{alert['topic']}” rising ({rise} the usual)"
    channels = ", ".join(f"{c} ({n})" for c, n in alert["channels"].items()) or "–"
    lines = [
        f"Topic: {alert['topic']}",
        f"Began: {alert['began_at']}   detected: {alert['detected_at']}",
        f"Complaints since then: {alert['observed']} (expected {alert['expected']:.1f} at the usual share "
        f"of {alert['baseline_share']:.2%}; now {alert['share']:.2%})",
        f"Channels: {channels}",
        "",
        "Examples (personal data removed):",
        *[f"  – {e}" for e in alert["examples"]],
        "",
        f"Acknowledge on the insights page: {page_url}",
    ]
    return subject, "\n".join(lines)


def send_alert(settings: InsightsSettings, alert: dict[str, Any]) -> dict[str, str]:
    """Send one alert to every configured channel; returns channel → outcome."""
    outcome: dict[str, str] = {}
    if settings.alert_webhook_url:
        outcome["webhook"] = post_webhook(settings.alert_webhook_url, settings.alert_webhook_secret, "alert", alert)
    if settings.smtp_host and settings.alert_email_to:
        subject, text = alert_text(alert, settings.insights_page_url)
        outcome["email"] = send_email(settings, settings.alert_email_to, subject, text)
    return outcome
