"""Whether the parts of the stack the chat needs are reachable.

The endpoint always answers 200 while the API itself runs, and tells in the body which
dependency is down: the API still serves the chat page when Rasa is down, so it must not be
restarted by an orchestrator for that. Scripts waiting for the whole stack check
``status == "ok"``. Under `tandem run` it also shows the supervisor's view (``tandem/supervisor.py``): each
process's pid, state and restarts, and the recent crashes, hangs and restarts.
"""
from __future__ import annotations

import asyncio
from typing import Any, Literal

import httpx
from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import SettingsDep
from tandem.supervisor import read_run_file

PROBE_TIMEOUT_S = 1.0

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    rasa: bool
    actions: bool
    processes: dict[str, dict[str, Any]] | None = None   # name -> pid, state, restarts (None: not supervised)
    events: list[dict[str, str]] = []                     # recent crashes/hangs/restarts, oldest first


async def is_up(client: httpx.AsyncClient, url: str) -> bool:
    """Treat any transport failure as "down" so a dead dependency can never turn into a 500."""
    try:
        response = await client.get(url)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


@router.get("/health", response_model=Health, response_model_exclude_defaults=True)
async def health(settings: SettingsDep) -> Health:
    # trust_env=False: the probes target this machine, and an HTTP(S)_PROXY in the environment
    # would otherwise route them through a proxy that cannot reach loopback.
    async with httpx.AsyncClient(timeout=PROBE_TIMEOUT_S, trust_env=False) as client:
        rasa, actions = await asyncio.gather(
            is_up(client, f"{settings.rasa_url}/"),
            is_up(client, f"http://{settings.host}:{settings.action_port}/health"),
        )
    supervised = read_run_file(settings.data_dir) or {}
    processes = {name: {k: info.get(k) for k in ("pid", "state", "restarts")}
                 for name, info in (supervised.get("processes") or {}).items()} or None
    return Health(status="ok" if rasa and actions else "degraded", rasa=rasa, actions=actions,
                  processes=processes, events=(supervised.get("events") or [])[-10:])
