"""A sync writes several whole documents per store call, and a crash still leaves no half document.

See ``knowledge/sync.py``: a batch holds only whole documents, all of its records go in one ``upsert``,
the old versions are deleted afterwards, and a batch the store refuses is retried document by document.
"""
from __future__ import annotations

import pytest

from knowledge import sync as sync_module
from knowledge.sync import sync_folder
from tests.knowledge.test_kb_sync_formats import Crash, _folder, _texts, dies

NEW_RENTAL = "# Leihräder\n\nEin Stadtrad kostet 18 € pro Tag.\n"
NEW_HOURS = "<html lang='de'><head><title>Öffnungszeiten</title></head><body><main><h1>Öffnungszeiten</h1>" \
            "<p>Montag bis Freitag 8 bis 20 Uhr.</p></main></body></html>"


def _record_upserts(store, monkeypatch) -> list[set[str]]:
    """Patch the store's record upsert to note, per call, which documents it wrote."""
    calls: list[set[str]] = []
    upsert = store._collection.upsert

    def noting(*args, **kwargs):
        calls.append({m["doc_id"] for m in kwargs["metadatas"]})
        return upsert(*args, **kwargs)

    monkeypatch.setattr(store._collection, "upsert", noting)
    return calls


def _change_two(folder) -> None:
    (folder / "leihen.md").write_text(NEW_RENTAL, encoding="utf-8")
    (folder / "zeiten.html").write_text(NEW_HOURS, encoding="utf-8")


def test_a_sync_writes_the_records_of_several_documents_in_one_store_call(tmp_path, make_store, monkeypatch):
    store = make_store(tmp_path / "db")
    calls = _record_upserts(store, monkeypatch)
    report = sync_folder(store, _folder(tmp_path))
    assert len(report.added) == 5 and calls == [set(report.added)]


def test_a_small_batch_limit_splits_between_documents_never_inside_one(tmp_path, make_store, monkeypatch):
    store = make_store(tmp_path / "db")
    monkeypatch.setattr(sync_module, "BATCH_RECORDS", 4)
    calls = _record_upserts(store, monkeypatch)
    report = sync_folder(store, _folder(tmp_path))
    assert len(calls) > 1 and sorted(d for call in calls for d in call) == sorted(report.added)
    for doc_id in report.added:
        assert store.document_versions()[doc_id] and _texts(store, doc_id)


def test_a_document_the_store_refuses_is_reported_and_the_rest_of_its_batch_is_stored(tmp_path, make_store,
                                                                                        monkeypatch):
    store = make_store(tmp_path / "db")
    upsert = store._collection.upsert

    def refuses_leihen(*args, **kwargs):
        if any(m["doc_id"] == "leihen" for m in kwargs["metadatas"]):
            raise RuntimeError("disk full")
        return upsert(*args, **kwargs)

    monkeypatch.setattr(store._collection, "upsert", refuses_leihen)
    report = sync_folder(store, _folder(tmp_path))
    assert report.failed == [("leihen.md", "could not store: RuntimeError: disk full")]
    assert sorted(report.added) == ["garantie", "service/faq", "versand", "zeiten"]
    assert store.chunks_of("leihen") == [] and _texts(store, "versand")


def test_a_crash_between_a_batch_write_and_its_deletes_leaves_two_whole_versions_of_each_document(
        tmp_path, make_store, monkeypatch):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    _change_two(folder)

    monkeypatch.setattr(store._collection, "delete", dies)
    with pytest.raises(Crash):
        sync_folder(store, folder)
    monkeypatch.undo()
    versions = store.document_versions()
    assert len(versions["leihen"]) == 2 and len(versions["zeiten"]) == 2
    assert "15 €" in _texts(store, "leihen") and "18 €" in _texts(store, "leihen")
    assert "9 bis 18 Uhr" in _texts(store, "zeiten") and "8 bis 20 Uhr" in _texts(store, "zeiten")
    report = sync_folder(store, folder)
    assert sorted(report.updated) == ["leihen", "zeiten"]
    assert "15 €" not in _texts(store, "leihen") and "9 bis 18 Uhr" not in _texts(store, "zeiten")


def test_a_crash_while_writing_new_words_leaves_the_old_version_and_the_next_sync_completes_it(
        tmp_path, make_store, monkeypatch):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    revision = store.revision()
    (folder / "leihen.md").write_text("# Leihräder\n\nEin Lastenrad kostet 18 € pro Tag.\n", encoding="utf-8")

    monkeypatch.setattr(store._terms, "upsert", dies)
    with pytest.raises(Crash):
        sync_folder(store, folder)
    monkeypatch.undo()
    assert store.revision() == revision and "15 €" in _texts(store, "leihen") and "18 €" not in _texts(store, "leihen")
    report = sync_folder(store, folder)
    assert report.updated == ["leihen"] and "lastenrad" in store.snapshot().terms
