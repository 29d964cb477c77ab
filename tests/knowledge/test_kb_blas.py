"""Ingestion's BLAS thread limit: in force inside the block, the previous count back afterwards."""
from __future__ import annotations

import pytest

from knowledge.blas import blas_threads, blas_threads_now

pytestmark = pytest.mark.skipif(blas_threads_now() is None, reason="numpy does not use OpenBLAS here")


def test_the_block_runs_with_at_most_the_given_number_of_threads():
    with blas_threads(1):
        assert blas_threads_now() == 1


def test_the_previous_count_is_back_after_the_block():
    before = blas_threads_now()
    with blas_threads(1):
        pass
    assert blas_threads_now() == before


def test_the_previous_count_is_back_after_a_block_that_raised():
    before = blas_threads_now()
    with pytest.raises(RuntimeError), blas_threads(1):
        raise RuntimeError("sync failed")
    assert blas_threads_now() == before


def test_a_nested_block_never_raises_the_outer_limit_and_the_outer_end_restores():
    before = blas_threads_now()
    with blas_threads(1):
        with blas_threads(before + 1):
            assert blas_threads_now() == 1
        assert blas_threads_now() == 1
    assert blas_threads_now() == before
