"""Extracted candidate rows kept in a file, so that variants of the answer model are compared without extracting
again (scripts/train_answering.py --cases), and never read back under settings they were not extracted with."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.features import FEATURES
from scripts import train_answering
from scripts.train_answering import Case, load_cases, save_cases

SETS = [Path("/sets/alpha"), Path("/sets/beta")]


def cases() -> list[Case]:
    rng = np.random.default_rng(1)
    out = []
    for company in ("alpha", "beta"):
        for n, size in enumerate((3, 0, 5)):
            labels = (rng.random(size) > 0.5).astype(float)
            out.append(Case(company, f"{company}-{n}", "en" if n else "de", "answer" if size else "decline",
                            rng.random((size, len(FEATURES))), labels, rng.normal(size=512)))
    return out


def test_cases_read_back_are_the_cases_written(tmp_path):
    written = cases()
    save_cases(tmp_path / "cases.npz", written, SETS)
    read = load_cases(tmp_path / "cases.npz", SETS)
    assert [(c.company, c.id, c.lang, c.expect) for c in read] == [(c.company, c.id, c.lang, c.expect) for c in written]
    for a, b in zip(read, written):
        assert a.rows.shape == b.rows.shape and np.array_equal(a.rows, b.rows)
        assert np.array_equal(a.labels, b.labels) and np.array_equal(a.vector, b.vector)


def test_cases_extracted_with_other_settings_are_refused(tmp_path, monkeypatch):
    save_cases(tmp_path / "cases.npz", cases(), SETS)
    changed = {**train_answering.extraction_settings(), "quoting": {"max_units": 99}}
    monkeypatch.setattr(train_answering, "extraction_settings", lambda: changed)
    with pytest.raises(SystemExit, match="other quoting"):
        load_cases(tmp_path / "cases.npz", SETS)


def test_cases_of_other_sets_are_refused(tmp_path):
    save_cases(tmp_path / "cases.npz", cases(), SETS)
    with pytest.raises(SystemExit, match="other sets"):
        load_cases(tmp_path / "cases.npz", SETS[:1])


@pytest.mark.parametrize("content", [b"", b"garbage", b"PK\x03\x04 not a zip"])
def test_a_file_that_is_not_extracted_cases_is_refused_with_a_clear_error(tmp_path, content):
    (tmp_path / "cases.npz").write_bytes(content)
    with pytest.raises(SystemExit, match="is not a file of extracted cases"):
        load_cases(tmp_path / "cases.npz", SETS)


def test_an_archive_without_the_cases_is_refused(tmp_path):
    np.savez(tmp_path / "cases.npz", rows=np.zeros((1, 2)))
    with pytest.raises(SystemExit, match="is not a file of extracted cases"):
        load_cases(tmp_path / "cases.npz", SETS)
