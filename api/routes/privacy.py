"""A follower's data for admins: `GET /api/privacy/{sender}` exports it, `DELETE` erases it everywhere."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from api.deps import CurrentAdmin, SettingsDep
from privacy import gdpr

router = APIRouter(prefix="/api/privacy", tags=["privacy"])
log = logging.getLogger(__name__)


@router.get("/{sender_id}", summary="Everything Tandem keeps about a sender (right of access)")
async def export_sender(sender_id: str, settings: SettingsDep, admin: CurrentAdmin) -> dict[str, Any]:
    log.info("privacy export of %s by %s", gdpr.sender_ref(sender_id), admin.name)
    return await run_in_threadpool(gdpr.export, settings, sender_id)


@router.delete("/{sender_id}", summary="Delete everything about a sender, then search every store for it")
async def delete_sender(sender_id: str, settings: SettingsDep, admin: CurrentAdmin) -> dict[str, Any]:
    result = await run_in_threadpool(gdpr.delete, settings, sender_id)
    log.info("privacy delete of %s by %s: complete=%s", result.sender_ref, admin.name, result.complete)
    return result.as_dict()
