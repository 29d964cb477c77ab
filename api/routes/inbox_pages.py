"""Pages: the agent inbox (``/inbox``), and the follower's rating form (``/rate/{token}``) with its JSON twin.

The rating form is a server-rendered HTML form without JavaScript: it opens from a link in any channel
(web chat today, messengers later), and every value placed in it is escaped.
"""
from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Path, Request, status
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, Field

from api.deps import SessionDep, SettingsDep
from api.routes.chat import CONSOLE_DIR
from api.routes.inbox_common import ERRORS, LimitedBodyRoute
from inbox import ratings, wording
from inbox.models import Handover, Rating
from tandem.settings import Settings

INBOX_PAGE = CONSOLE_DIR / "inbox.html"
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_HEADERS = {"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache",
                "Referrer-Policy": "no-referrer"}
RatingToken = Annotated[str, Path(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

router = APIRouter(route_class=LimitedBodyRoute)


@router.get("/inbox", include_in_schema=False)
def inbox_page() -> FileResponse:
    return FileResponse(INBOX_PAGE, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


# --- the follower's rating ---------------------------------------------------------------------------------------

def _text(lang: str, settings: Settings) -> dict[str, str]:
    """The page's wording (`inbox/wording.yml`) in the follower's language and the brand's German form."""
    return {key: wording.say(f"rating_{key}", lang, settings.german_form)
            for key in ("title", "intro", "comment", "send", "thanks", "done", "unknown", "invalid")}


def _page(lang: str, t: dict[str, str], body: str, code: int = 200) -> HTMLResponse:
    html = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(t["title"])}</title><link rel="icon" href="data:,">'
            '<link rel="stylesheet" href="/static/common.css"><link rel="stylesheet" href="/static/inbox.css"></head>'
            f'<body class="rating-page"><main class="rating-card">{body}</main></body></html>')
    return HTMLResponse(html, status_code=code, headers=PAGE_HEADERS)


def _language(session: SessionDep, rating: Rating | None) -> str:
    handover = session.get(Handover, rating.handover_id) if rating else None
    known = wording.languages("rating_title")
    return handover.language if handover is not None and handover.language in known else "en"


def _form(t: dict[str, str], error: str = "") -> str:
    stars = "".join(f'<label class="star"><input type="radio" name="score" value="{n}" required> {n} ★</label>'
                    for n in range(ratings.MIN_SCORE, ratings.MAX_SCORE + 1))
    problem = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return (f'<h1>{escape(t["title"])}</h1><p>{escape(t["intro"])}</p>{problem}'
            f'<form method="post"><fieldset class="stars"><legend class="sr-only">{escape(t["title"])}</legend>'
            f'{stars}</fieldset><label for="comment">{escape(t["comment"])}</label>'
            f'<textarea id="comment" name="comment" rows="4" maxlength="{ratings.MAX_COMMENT_CHARS}"></textarea>'
            f'<button type="submit" class="primary">{escape(t["send"])}</button></form>')


@router.get("/rate/{token}", include_in_schema=False)
def rating_form(token: RatingToken, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    rating = ratings.find(session, token)
    lang = _language(session, rating)
    t = _text(lang, settings)
    if rating is None:
        return _page(lang, t, f'<p>{escape(t["unknown"])}</p>', 404)
    if rating.score is not None:
        return _page(lang, t, f'<p>{escape(t["done"])}</p>')
    return _page(lang, t, _form(t))


@router.post("/rate/{token}", include_in_schema=False)
async def rating_form_sent(token: RatingToken, request: Request, session: SessionDep,
                           settings: SettingsDep) -> HTMLResponse:
    fields = parse_qs((await request.body()).decode("utf-8", errors="replace"), max_num_fields=10)
    rating = ratings.find(session, token)
    lang = _language(session, rating)
    t = _text(lang, settings)
    if rating is None:
        return _page(lang, t, f'<p>{escape(t["unknown"])}</p>', 404)
    if rating.score is not None:
        return _page(lang, t, f'<p>{escape(t["done"])}</p>', 409)
    score_text = (fields.get("score") or [""])[0]
    comment = (fields.get("comment") or [""])[0][: ratings.MAX_COMMENT_CHARS]
    score = int(score_text) if score_text.isdigit() and len(score_text) < 3 else 0
    if not ratings.MIN_SCORE <= score <= ratings.MAX_SCORE:
        return _page(lang, t, _form(t, t["invalid"]), 422)
    try:
        ratings.rate(session, token, score, comment)
    except ratings.RatingError:  # another submission of the same link won the race
        return _page(lang, t, f'<p>{escape(t["done"])}</p>', 409)
    return _page(lang, t, f'<p>{escape(t["thanks"])}</p>')


class RatingIn(BaseModel):
    score: int = Field(ge=ratings.MIN_SCORE, le=ratings.MAX_SCORE)
    comment: str = Field("", max_length=ratings.MAX_COMMENT_CHARS)


class RatingOut(BaseModel):
    score: int
    comment: str


@router.post("/api/ratings/{token}", response_model=RatingOut, tags=["ratings"],
             responses={404: ERRORS[404], 409: ERRORS[409], 413: ERRORS[413]})
def rate(token: RatingToken, body: RatingIn, session: SessionDep) -> RatingOut:
    """For the follower (no sign-in: the token from the rating prompt is the permission). One rating per closed
    handover; a second one gets 409."""
    try:
        rating = ratings.rate(session, token, body.score, body.comment)
    except LookupError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    except ratings.RatingError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    return RatingOut(score=rating.score or 0, comment=rating.comment)
