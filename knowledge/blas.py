"""How many threads numpy's BLAS (OpenBLAS) may use, set for the span of a ``with`` block.

Why ingestion runs its matrix products on one BLAS thread: the encoder's products are small (a document's
tokens times a few hundred columns), and OpenBLAS's second thread busy-waits between them. On this
project's 2-core machine, measured with ``bench/ingestion.py`` while other processes ran, a sync took
27 s with OpenBLAS's default of 2 threads and under 8 s with 1: the waiting thread took the core that
Chroma's writes and the pure-Python tokenizer needed, and every product paid for the hand-over.

The setting is process-wide (OpenBLAS has no per-thread count in its pthreads build), so it is set only
around a sync or an upload and put back afterwards. Without ``threadpoolctl`` (not a dependency) the
library is found among the process's loaded shared objects; with another BLAS (MKL, Accelerate) or none
found, the block runs unchanged.
"""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

_SYMBOLS = (("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
            ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
            ("openblas_get_num_threads", "openblas_set_num_threads"))
_lock = threading.Lock()
_depth = 0
_saved = 0


@lru_cache(maxsize=1)
def _openblas() -> tuple | None:
    """(get, set) of the OpenBLAS that numpy loaded, or None."""
    import numpy  # noqa: F401 - loads the BLAS library this looks for

    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return None
    paths = sorted({line.split(None, 5)[5] for line in maps.splitlines()
                    if len(line.split(None, 5)) == 6 and "openblas" in line.rsplit("/", 1)[-1].lower()})
    for path in paths:
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for get_name, set_name in _SYMBOLS:
            getter, setter = getattr(library, get_name, None), getattr(library, set_name, None)
            if getter is not None and setter is not None:
                getter.restype, setter.argtypes = ctypes.c_int, [ctypes.c_int]
                return getter, setter
    return None


def blas_threads_now() -> int | None:
    """The current OpenBLAS thread count, or None when numpy does not use OpenBLAS."""
    found = _openblas()
    return int(found[0]()) if found else None


@contextmanager
def blas_threads(count: int) -> Iterator[None]:
    """Run the block with at most ``count`` OpenBLAS threads (never more than already allowed). Nested and
    concurrent blocks share one saved count, put back when the last of them ends."""
    global _depth, _saved
    found = _openblas()
    if found is None or count <= 0:
        yield
        return
    get, set_ = found
    with _lock:
        current = int(get())
        if _depth == 0:
            _saved = current
        _depth += 1
        set_(min(count, current))
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                set_(_saved)
