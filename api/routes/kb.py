"""The staff's knowledge-base API (``/api/kb``) and page (``/kb``).

Staff (or admins) sign in like inbox agents (``POST /api/auth/login``) and send the bearer token. Every
change goes through ``knowledge.admin.KnowledgeBase`` — the code behind ``tandem kb`` — so uploads are
validated the same way (a bad file changes nothing), written under the same lock, and recorded in the
change log with the signed-in user's name. The bot's action server sees a change within about a second.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, Response, UploadFile, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from api.deps import CurrentStaff, SettingsDep
from api.routes.chat import CONSOLE_DIR
from api.routes.inbox_common import ERRORS, document_roles
from api.routes.inbox_pages import PAGE_HEADERS
from knowledge import audit, formats
from knowledge.admin import Actor, InvalidName, KnowledgeBase, NotFound, StoreFailed
from knowledge.documents import DocumentError, KnowledgeBaseError
from knowledge.gaps import gap_report
from pipeline.ask import ask, staff_pipeline

KB_PAGE = CONSOLE_DIR / "kb.html"
MAX_JSON_BYTES = 64 * 1024
MAX_UPLOAD_BYTES = formats.MAX_BYTES                       # the largest any format accepts (PDF/DOCX)
MAX_UPLOAD_BODY = MAX_UPLOAD_BYTES + 64 * 1024             # plus the multipart envelope


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": f"request body larger than {limit} bytes"},
                        status_code=status.HTTP_413_CONTENT_TOO_LARGE)


class KBRoute(APIRoute):
    """Refuse oversized bodies before they are parsed: uploads up to the largest file a format accepts,
    everything else (JSON) up to 64 KiB."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def limited(request: Request) -> Response:
            if request.method in ("POST", "PUT", "PATCH"):
                upload = request.headers.get("content-type", "").startswith("multipart/form-data")
                limit = MAX_UPLOAD_BODY if upload else MAX_JSON_BYTES
                length = request.headers.get("content-length")
                if length is not None:
                    if not length.isdigit() or int(length) > limit:
                        return _too_large(limit)
                else:
                    body = bytearray()
                    async for chunk in request.stream():
                        body += chunk
                        if len(body) > limit:
                            return _too_large(limit)
                    request._body = bytes(body)
            return await handler(request)

        return limited


router = APIRouter(prefix="/api/kb", tags=["knowledge base"], route_class=KBRoute,
                   responses={401: ERRORS[401], 403: ERRORS[403]})
pages = APIRouter()

_services: dict[tuple, KnowledgeBase] = {}
_services_lock = threading.Lock()


def kb_service(settings: SettingsDep) -> KnowledgeBase:
    """One service (store, embedder, answerer) per process and knowledge base; tests may override it."""
    key = (settings.chroma_url, str(settings.chroma_dir), settings.collection, str(settings.kb_dir),
           settings.database)
    with _services_lock:
        if key not in _services:
            _services[key] = KnowledgeBase(settings)
        return _services[key]


KB = Annotated[KnowledgeBase, Depends(kb_service)]
DocId = Annotated[str, Field(min_length=1, max_length=200)]


def _actor(user: Any) -> Actor:
    return Actor(user.name, "api")


# --- shapes ------------------------------------------------------------------------------------------------------

class DocumentOut(BaseModel):
    id: str
    title: str
    url: str | None
    language: str | None
    tags: list[str]
    content_hash: str
    chunks: int = Field(description="sections (retrievable passages)")
    units: int = Field(description="quotable units (sentences, rows, Q&A pairs)")
    file: str | None = Field(description="file in the knowledge-base folder")
    needs_repair: bool = Field(description="an update was interrupted; the next sync repairs it")
    last_change: audit.Change | None


class SectionOut(BaseModel):
    id: str
    heading_path: list[str]
    start: int
    end: int
    url: str | None
    text: str


class DocumentDetailOut(DocumentOut):
    sections: list[SectionOut]


class UploadOut(BaseModel):
    id: str
    action: str = Field(description="added, updated or unchanged")
    title: str
    chunks: int
    content_hash: str
    path: str = Field(description="where the file is in the knowledge-base folder")


class Failure(BaseModel):
    path: str
    reason: str


class SyncOut(BaseModel):
    added: list[str]
    updated: list[str]
    removed: list[str]
    unchanged: list[str]
    failed: list[Failure]
    chunks: int


class Question(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    language: str | None = Field(None, pattern=r"^(de|en)$", description="default: detected from the question")


class PassageOut(BaseModel):
    doc_id: str
    title: str
    heading_path: list[str]
    url: str | None
    score: float
    text: str


class SourceOut(BaseModel):
    id: str
    title: str
    url: str | None
    section: str


class TraceOut(BaseModel):
    stage: str
    verdict: str
    detail: str
    ms: float


class TryOut(BaseModel):
    language: str
    answered: bool = Field(description="false: the bot would decline and offer a person")
    score: float
    threshold: float
    reason: str = Field(description="why it would decline (empty when it answers)")
    text: str
    citations: list[str]
    sources: list[SourceOut]
    passages: list[PassageOut]
    trace: list[TraceOut] = Field(default_factory=list, description="every pipeline stage's decision, in order")


class GapExampleOut(BaseModel):
    question: str
    at: datetime
    language: str
    score: float
    reason: str


class GapGroupOut(BaseModel):
    label: str
    count: int
    first_seen: datetime
    last_seen: datetime
    examples: list[GapExampleOut]
    languages: dict[str, int]
    reasons: dict[str, int]


class DayCount(BaseModel):
    day: str
    count: int


class GapsOut(BaseModel):
    days: int
    total: int
    groups: list[GapGroupOut]
    daily: list[DayCount]


# --- routes ------------------------------------------------------------------------------------------------------

def _http(exc: Exception) -> HTTPException:
    if isinstance(exc, NotFound):
        return HTTPException(status.HTTP_404_NOT_FOUND, str(exc))
    if isinstance(exc, InvalidName):
        return HTTPException(status.HTTP_400_BAD_REQUEST, str(exc))
    if isinstance(exc, DocumentError):
        code = status.HTTP_413_CONTENT_TOO_LARGE if "too large" in str(exc) else status.HTTP_422_UNPROCESSABLE_CONTENT
        return HTTPException(code, {"reason": str(exc), "changed": False})
    if isinstance(exc, StoreFailed):
        return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, {"reason": str(exc), "changed": False})
    raise exc


@router.get("/documents", response_model=list[DocumentOut])
def list_documents(_user: CurrentStaff, kb: KB) -> list[dict]:
    """Every stored document with its number of sections and its last recorded change."""
    return [d.as_dict() for d in kb.documents()]


@router.get("/documents/{doc_id:path}", response_model=DocumentDetailOut, responses={404: ERRORS[404]})
def show_document(doc_id: str, _user: CurrentStaff, kb: KB) -> dict:
    """A document's metadata and its sections with heading paths and character spans."""
    try:
        return kb.show(doc_id).as_dict()
    except (NotFound, InvalidName) as exc:
        raise _http(exc) from exc


@router.post("/documents", response_model=UploadOut, status_code=status.HTTP_201_CREATED,
             responses={200: {"model": UploadOut, "description": "updated or unchanged"},
                        400: {"description": "bad file name or document id"}, 413: ERRORS[413],
                        422: {"description": "the file cannot be read (reason given); nothing changed"}})
async def upload_document(
    user: CurrentStaff, kb: KB, response: Response,
    file: Annotated[UploadFile, File(description="Markdown, text, HTML, PDF, DOCX, CSV or TSV")],
    doc_id: Annotated[str | None, Form(
        alias="id", max_length=200, description="document id, e.g. versand/lieferzeiten (default: file name)")] = None,
    language: Annotated[str | None, Form(
        pattern=r"^(de|en)?$", description="the document's language, kept for later syncs (default: what the file "
                                           "declares, unless enough of its text clearly says otherwise)")] = None,
) -> UploadOut:
    """Upload a file into the knowledge-base folder and index it; the bot uses it from the next message on.

    The file is checked (format, encoding, size, readable text) before anything changes; an existing document
    with the same id is replaced (new version written first, old one removed after)."""
    data = await file.read(MAX_UPLOAD_BYTES + 1)
    await file.close()
    try:
        result = await run_in_threadpool(kb.add, _actor(user), data, file.filename or "", doc_id or None,
                                         None, language or None)
    except (InvalidName, DocumentError, StoreFailed) as exc:
        raise _http(exc) from exc
    if result.action != "added":
        response.status_code = status.HTTP_200_OK
    return UploadOut(**result.__dict__)


@router.delete("/documents/{doc_id:path}", status_code=status.HTTP_204_NO_CONTENT, responses={404: ERRORS[404]})
def delete_document(doc_id: str, user: CurrentStaff, kb: KB) -> None:
    """Remove the document from the store and its file from the knowledge-base folder."""
    try:
        kb.remove(_actor(user), doc_id)
    except (NotFound, InvalidName) as exc:
        raise _http(exc) from exc


@router.post("/sync", response_model=SyncOut)
def sync(user: CurrentStaff, kb: KB) -> dict:
    """Re-read the knowledge-base folder (after files were edited there): add, update, remove, report failures."""
    try:
        return kb.sync(_actor(user)).as_dict()
    except KnowledgeBaseError as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from exc


@router.post("/search", response_model=TryOut)
def try_question(body: Question, _user: CurrentStaff, kb: KB) -> TryOut:
    """The passages retrieved for a question and the answer the bot would give (not logged as a content gap)."""
    state = ask(kb, body.question, body.language)
    answer, reply = state.answer, state.reply
    if reply.kind == "handover":
        reason = f"handover: {reply.detection.explanation}"
    elif reply.kind == "answer":
        reason = ""
    else:
        reason = (answer.reason or "low_score") if answer is not None else reply.kind
    return TryOut(
        language=state.lang, answered=reply.kind == "answer", score=round(answer.score, 4) if answer else 0.0,
        threshold=staff_pipeline(kb).stage("decide").threshold, reason=reason,
        text="\n".join(reply.messages), citations=list(reply.citations),
        sources=[SourceOut(**s) for s in reply.sources],
        passages=[PassageOut(doc_id=h.chunk.doc_id, title=h.chunk.title, heading_path=list(h.chunk.heading_path),
                             url=h.chunk.url, score=round(h.score, 4), text=h.chunk.text)
                  for h in (answer.passages if answer else [])],
        trace=[TraceOut(**e.as_dict()) for e in state.trace],
    )


@router.get("/changes", response_model=list[audit.Change])
def changes(_user: CurrentStaff, settings: SettingsDep,
            limit: Annotated[int, Query(ge=1, le=1000)] = 100,
            doc_id: Annotated[str | None, Query(max_length=200)] = None) -> list[dict]:
    """Recorded changes, newest first: who (staff user or OS user of the CLI), what, when, content hash."""
    return [c.as_dict() for c in audit.changes(settings.database, limit=limit, doc_id=doc_id)]


@router.get("/gaps", response_model=GapsOut)
def gaps(_user: CurrentStaff, settings: SettingsDep,
         days: Annotated[int, Query(ge=1, le=365)] = 30,
         limit: Annotated[int, Query(ge=1, le=200)] = 30) -> dict:
    """Questions the bot declined or answered with low confidence (personal data removed), grouped by
    similar meaning, biggest group first, with the newest examples and counts per day."""
    return gap_report(settings.database, days=days, limit=limit).as_dict()


document_roles(router)


@pages.get("/kb", include_in_schema=False)
def kb_page() -> FileResponse:
    return FileResponse(KB_PAGE, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)
