"""The weekly digest: last week's figures and alerts, by e-mail and/or webhook, only where staff opted in
(``TANDEM_DIGEST_EMAIL_TO``, ``TANDEM_DIGEST_WEBHOOK_URL``; both empty = no digest). One per ISO week (`Digest`)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from insights.figures import Insights, day_range
from insights.notify import post_webhook, send_email
from insights.settings import InsightsSettings
from insights.tables import Digest


def build(session: Session, week_start: date, tz: str) -> dict[str, Any]:
    """The digest of the seven days from ``week_start`` (a Monday): the same tables as the page."""
    start, end = day_range(week_start, week_start + timedelta(days=6), tz)
    tables = Insights(session, start, end, None, tz).all()
    return {"week": _week(week_start), "start": week_start.isoformat(),
            "end": (week_start + timedelta(days=6)).isoformat(), "tables": tables}


def text(digest: dict[str, Any], page_url: str) -> str:
    t = digest["tables"]
    outcomes = ", ".join(f"{name} {n}" for name, n, _ in t["outcomes"]["rows"])
    conversations = sum(r[1] for r in t["conversations_by_language"]["rows"])
    csat = t["csat_summary"]["rows"][0]
    first = t["first_reply"]["rows"][0]
    lines = [f"Tandem, week {digest['week']} ({digest['start']} – {digest['end']})", "",
             f"Conversations: {conversations}; messages: {outcomes}",
             f"Handovers: {first[0]}, answered by an agent {first[1]}, median first reply {first[2]} min",
             f"CSAT: {csat[2]:.0%} of {csat[0]} ratings (average {csat[1]})" if csat[0] else "CSAT: no ratings",
             "", "Top topics:", *[f"  {r[0]}: {r[1]} messages, {r[2]} complaints" for r in t["top_topics"]["rows"][:5]],
             "", f"Alerts: {len(t['alerts']['rows'])}",
             *[f"  {r[1]}: {r[5]} complaints ({r[7]}× the usual), began {r[2][:16]}" for r in t["alerts"]["rows"]],
             "", f"More on the insights page: {page_url}"]
    return "\n".join(lines)


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def send_if_due(session: Session, settings: InsightsSettings, tz: str, now: datetime) -> dict[str, str] | None:
    """On or after Monday, send last week's digest once, if anyone opted in; returns the outcome or None."""
    if not (settings.digest_email_to or settings.digest_webhook_url):
        return None
    today = now.astimezone(ZoneInfo(tz)).date()
    last_monday = today - timedelta(days=today.weekday() + 7)
    week = _week(last_monday)
    if session.scalars(select(Digest).where(Digest.week == week)).first():
        return None
    digest = build(session, last_monday, tz)
    outcome: dict[str, str] = {}
    if settings.digest_webhook_url:
        outcome["webhook"] = post_webhook(settings.digest_webhook_url, settings.alert_webhook_secret, "digest", digest)
    if settings.digest_email_to:
        outcome["email"] = send_email(settings, settings.digest_email_to, f"Tandem weekly digest {week}",
                                      text(digest, settings.insights_page_url))
    session.add(Digest(week=week, via=outcome))
    session.commit()
    return outcome
