"""What staff manage in the inbox: canned replies, and the satisfaction ratings per agent and overall."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status
from pydantic import BaseModel, Field

from api.deps import CurrentAgent, CurrentStaff, SessionDep
from api.routes.inbox_common import ERRORS, LimitedBodyRoute, document_roles
from inbox import canned, ratings
from inbox.auth import aware
from inbox.models import CannedReply

router = APIRouter(prefix="/api/inbox", tags=["inbox: staff"], route_class=LimitedBodyRoute,
                   responses={401: ERRORS[401], 413: ERRORS[413]})
Language = Annotated[str | None, Field(None, pattern=r"^[a-z]{2}$")]


class CannedIn(BaseModel):
    title: str = Field(min_length=1, max_length=120)
    text: str = Field(min_length=1, max_length=5000)
    language: Language = None


class CannedChange(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=120)
    text: str | None = Field(None, min_length=1, max_length=5000)
    language: Language = None
    archived: bool | None = None


class CannedRaw(BaseModel):
    """With placeholders as written; the conversation view shows them filled in."""

    id: int
    title: str
    text: str
    language: str | None
    archived: bool
    created_by: str

    @classmethod
    def of(cls, reply: CannedReply) -> CannedRaw:
        return cls(id=reply.id, title=reply.title, text=reply.text, language=reply.language, archived=reply.archived,
                   created_by=reply.created_by)


@router.get("/canned", response_model=list[CannedRaw])
def list_canned(_user: CurrentAgent, session: SessionDep,
                include_archived: Annotated[bool, Query()] = False) -> list[CannedRaw]:
    return [CannedRaw.of(r) for r in canned.listing(session, include_archived=include_archived)]


@router.post("/canned", response_model=CannedRaw, status_code=status.HTTP_201_CREATED,
             responses={403: ERRORS[403]})
def add_canned(body: CannedIn, staff: CurrentStaff, session: SessionDep) -> CannedRaw:
    """Placeholders: ``{agent_name}``, ``{follower_name}`` (the follower's name if known, else a neutral word)."""
    try:
        return CannedRaw.of(canned.create(session, title=body.title, text=body.text, language=body.language,
                                          author=staff.name))
    except canned.CannedError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc


@router.patch("/canned/{canned_id}", response_model=CannedRaw, responses={403: ERRORS[403], 404: ERRORS[404]})
def change_canned(canned_id: Annotated[int, Path(ge=1, le=2**31 - 1)], body: CannedChange, _staff: CurrentStaff,
                  session: SessionDep) -> CannedRaw:
    """Edit or archive (``archived: true``); canned replies are not deleted."""
    reply = session.get(CannedReply, canned_id)
    if reply is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no canned reply {canned_id}")
    try:
        return CannedRaw.of(canned.update(session, reply, title=body.title, text=body.text,
                                          language=body.language, archived=body.archived))
    except canned.CannedError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc


class RatingSummary(BaseModel):
    count: int
    average: float | None
    distribution: dict[int, int]


class AgentRatings(RatingSummary):
    agent: str


class RatedComment(BaseModel):
    handover_id: int
    agent: str | None
    score: int
    comment: str
    at: datetime


class RatingsReport(BaseModel):
    overall: RatingSummary
    per_agent: list[AgentRatings]
    recent_comments: list[RatedComment]


@router.get("/ratings", response_model=RatingsReport, responses={403: ERRORS[403]})
def ratings_report(_staff: CurrentStaff, session: SessionDep) -> RatingsReport:
    overall, per_agent = ratings.summaries(session)
    return RatingsReport(
        overall=RatingSummary(**vars(overall)),
        per_agent=[AgentRatings(agent=name, **vars(summary)) for name, summary in sorted(per_agent.items())],
        recent_comments=[RatedComment(handover_id=r.handover_id, agent=r.agent, score=r.score or 0, comment=r.comment,
                                      at=aware(r.rated_at or r.invited_at))
                         for r in ratings.recent_comments(session)],
    )


document_roles(router)
