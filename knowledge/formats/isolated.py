"""Reading untrusted PDF and DOCX files in a child process with memory and time limits.

A PDF whose streams inflate to gigabytes (a "PDF bomb") or a DOCX that is a zip bomb made pypdf / python-docx
grow the process that read it, the API's, by hundreds of megabytes and keep a worker busy for seconds, and the
memory was never given back. Here each such file is parsed in a child forked from a small forkserver (started
once, with the readers already imported, so a child costs milliseconds and inherits no threads or open stores
of the API), under ``RLIMIT_AS`` (``TANDEM_PARSE_MEMORY_MB``, default 1024) and a wall-clock limit
(``TANDEM_PARSE_TIMEOUT_S``, default 60; ``RLIMIT_CPU`` too). A child that runs out of either is killed and the
file refused with the reason; the parent's memory does not change.

multiprocessing re-runs the parent's ``__main__`` script in every child it starts this way, which for a script
without an ``if __name__ == "__main__"`` guard would be the whole sync again; the child is started while
``__main__`` is a blank module (`_blank_main`), so it runs the reader and nothing else.
"""
from __future__ import annotations

import importlib
import multiprocessing
import os
import resource
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection

from knowledge.formats.base import DocumentError, Parsed

DEFAULT_MEMORY_MB = 1024
DEFAULT_TIMEOUT_S = 60.0
_lock = threading.Lock()
_context = None


def limits() -> tuple[int, float]:
    """(memory in MB, seconds) from the environment, the defaults when unset or unreadable."""
    try:
        memory = int(os.environ.get("TANDEM_PARSE_MEMORY_MB") or DEFAULT_MEMORY_MB)
    except ValueError:
        memory = DEFAULT_MEMORY_MB
    try:
        seconds = float(os.environ.get("TANDEM_PARSE_TIMEOUT_S") or DEFAULT_TIMEOUT_S)
    except ValueError:
        seconds = DEFAULT_TIMEOUT_S
    return max(memory, 128), max(seconds, 1.0)


def _forkserver():
    global _context
    with _lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["knowledge.formats.pdf", "knowledge.formats.docx"])
            _context = context
        return _context


@contextmanager
def _blank_main() -> Iterator[None]:
    """``__main__`` without a file or spec while a child starts: multiprocessing then does not re-run it there."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _child(conn: Connection, module: str, raw: bytes, name: str, memory_mb: int, seconds: float) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        result: tuple[str, object] = ("ok", importlib.import_module(module).parse(raw, name))
    except DocumentError as exc:
        result = ("refused", str(exc))
    except MemoryError:
        result = ("refused", f"needs more than {memory_mb} MB to read (a compression bomb?)")
    except RecursionError:
        result = ("refused", "file too deeply nested to read")
    except Exception as exc:  # noqa: BLE001 - whatever a hostile file does, the parent gets a reason, not a crash
        result = ("refused", f"could not read ({type(exc).__name__}: {exc})")
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("refused", f"needs more than {memory_mb} MB to read"))
    finally:
        conn.close()


def parse_isolated(module: str, raw: bytes, name: str) -> Parsed:
    """``<module>.parse(raw, name)`` (a reader module, e.g. ``knowledge.formats.pdf``) in a limited child process;
    DocumentError with the reason when it fails or exceeds a limit."""
    memory_mb, seconds = limits()
    context = _forkserver()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, module, raw, name, memory_mb, seconds), daemon=True)
    with _lock, _blank_main():
        process.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise DocumentError(f"took longer than {seconds:.0f} s to read (refused; TANDEM_PARSE_TIMEOUT_S)")
        try:
            status, value = receive.recv()
        except EOFError:
            process.join(5)
            code = process.exitcode
            raise DocumentError(f"the reader stopped ({'out of memory or time' if code and code < 0 else code}): "
                                f"needs more than {memory_mb} MB or {seconds:.0f} s to read") from None
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status != "ok":
        raise DocumentError(str(value))
    assert isinstance(value, Parsed)
    return value
