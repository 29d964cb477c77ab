"""The insights page (``/insights``, staff and admin) and its API, and the follower's thumbs-down on an answer.

- ``GET /api/insights?start=YYYY-MM-DD&end=YYYY-MM-DD&channel=web``: every table of the page (`insights.figures`),
  the range in the brand's time zone, both days included; default the last 30 days.
- ``GET /api/insights/{table}.csv`` with the same filters: one table as CSV.
- ``GET /api/insights/alerts`` (open and recent alerts), ``POST /api/insights/alerts/{id}/acknowledge``.
- ``POST /api/answers/{reply_id}/feedback`` ``{"sender_id": "...", "vote": "down"|"up"}``: the web chat's thumbs;
  the reply id comes with each answer's payload and must belong to that sender, so nobody votes on others' answers.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Path, Query, status
from fastapi.responses import FileResponse, PlainTextResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import CurrentStaff, SettingsDep
from api.routes.chat import CONSOLE_DIR
from api.routes.inbox_common import LimitedBodyRoute
from api.routes.inbox_pages import PAGE_HEADERS
from insights import alerts as alert_rules
from insights.figures import TABLE_NAMES, Insights, day_range, to_csv
from insights.figures import channels as stored_channels
from insights.tables import Alert, AnswerFeedback, InsightMessage, now, sessions

INSIGHTS_PAGE = CONSOLE_DIR / "insights.html"
MAX_DAYS = 366
DEFAULT_DAYS = 30

router = APIRouter(route_class=LimitedBodyRoute)


def _session(settings) -> Session:
    return sessions(settings.database)()


def _range(settings, start: date | None, end: date | None) -> tuple[datetime, datetime, date, date]:
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    end = end or today
    start = start or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise HTTPException(422, "start must not be after end")
    if (end - start).days >= MAX_DAYS:
        raise HTTPException(422, f"at most {MAX_DAYS} days at once")
    first, last = day_range(start, end, settings.timezone)
    return first, last, start, end


Start = Annotated[date | None, Query(description="first day (brand's time zone); default 30 days before end")]
End = Annotated[date | None, Query(description="last day, included; default today")]
Channel = Annotated[str | None, Query(max_length=64, description="only this channel (web, rest, socketio, …)")]


@router.get("/insights", include_in_schema=False)
def insights_page() -> FileResponse:
    return FileResponse(INSIGHTS_PAGE, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


@router.get("/api/insights", tags=["insights"])
def insight_tables(settings: SettingsDep, _user: CurrentStaff, start: Start = None, end: End = None,
                   channel: Channel = None) -> dict:
    first, last, start, end = _range(settings, start, end)
    with _session(settings) as session:
        tables = Insights(session, first, last, channel or None, settings.timezone).all()
        channels = stored_channels(session)
    return {"start": start.isoformat(), "end": end.isoformat(), "channel": channel, "channels": channels,
            "timezone": settings.timezone, "tables": tables}


@router.get("/api/insights/alerts", tags=["insights"])
def list_alerts(settings: SettingsDep, _user: CurrentStaff,
                days: Annotated[int, Query(ge=1, le=MAX_DAYS)] = 30) -> list[dict]:
    with _session(settings) as session:
        found = session.scalars(select(Alert).where(Alert.detected_at >= now() - timedelta(days=days))
                                .order_by(Alert.detected_at.desc())).all()
        return [alert_rules.alert_dict(a) for a in found]


@router.post("/api/insights/alerts/{alert_id}/acknowledge", tags=["insights"])
def acknowledge_alert(alert_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="the alert's id")],
                      settings: SettingsDep, user: CurrentStaff) -> dict:
    with _session(settings) as session:
        try:
            return alert_rules.alert_dict(alert_rules.acknowledge(session, alert_id, user.name))
        except LookupError:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such alert") from None


@router.get("/api/insights/{table_name}.csv", tags=["insights"], response_class=PlainTextResponse)
def insight_csv(table_name: str, settings: SettingsDep, _user: CurrentStaff, start: Start = None, end: End = None,
                channel: Channel = None) -> PlainTextResponse:
    if table_name not in TABLE_NAMES:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no table {table_name!r}; tables: {', '.join(TABLE_NAMES)}")
    first, last, start, end = _range(settings, start, end)
    with _session(settings) as session:
        insights = Insights(session, first, last, channel or None, settings.timezone)
        tab = insights.section_of(table_name)()[table_name]
    name = f"tandem-{table_name}-{start}-{end}{'-' + channel if channel else ''}.csv"
    return PlainTextResponse(to_csv(tab), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


class FeedbackIn(BaseModel):
    sender_id: str = Field(min_length=1, max_length=255)
    vote: Literal["down", "up"] = "down"


ReplyId = Annotated[str, Path(min_length=8, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]


@router.post("/api/answers/{reply_id}/feedback", tags=["insights"], status_code=status.HTTP_204_NO_CONTENT)
def answer_feedback(reply_id: ReplyId, body: FeedbackIn, settings: SettingsDep) -> None:
    """A follower's thumbs-down (or up) on one answer; voting again replaces the vote."""
    with _session(settings) as session:
        owner = session.scalars(select(InsightMessage.sender_id).where(InsightMessage.reply_id == reply_id)).first()
        if owner is None or owner != body.sender_id:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such answer in this conversation")
        vote = session.scalars(select(AnswerFeedback).where(AnswerFeedback.reply_id == reply_id)).first()
        if vote is None:
            session.add(AnswerFeedback(reply_id=reply_id, sender_id=owner, vote=body.vote))
        else:
            vote.vote, vote.at = body.vote, now()
        session.commit()
