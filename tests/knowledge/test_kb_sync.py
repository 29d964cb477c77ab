"""Bringing a real embedded Chroma store in line with a folder: add, change, remove, leave alone."""
from __future__ import annotations

from knowledge.sync import sync_folder

FIRST = "---\ntitle: Leihräder\nlanguage: de\n---\n\n# Leihräder\n\nEin Stadtrad kostet 15 € pro Tag.\n"
SECOND = "---\ntitle: Zahlung\nlanguage: de\n---\n\n# Zahlung\n\nWir nehmen girocard und Visa.\n"


def _folder(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "leihen.md").write_text(FIRST, encoding="utf-8")
    (folder / "zahlung.md").write_text(SECOND, encoding="utf-8")
    return folder


def test_new_documents_are_added(tmp_path, make_store):
    store = make_store(tmp_path / "db")
    report = sync_folder(store, _folder(tmp_path))
    assert sorted(report.added) == ["leihen", "zahlung"] and not report.failed
    assert set(store.document_hashes()) == {"leihen", "zahlung"}


def test_a_second_sync_leaves_unchanged_documents_alone(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    revision = store.revision()
    report = sync_folder(store, folder)
    assert sorted(report.unchanged) == ["leihen", "zahlung"] and not report.added and not report.updated
    assert store.revision() == revision


def test_a_changed_document_is_reindexed_and_its_old_text_is_gone(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    (folder / "leihen.md").write_text(FIRST.replace("15 €", "18 €"), encoding="utf-8")
    report = sync_folder(store, folder)
    assert report.updated == ["leihen"] and report.unchanged == ["zahlung"]
    texts = " ".join(c.text for c in store.chunks_of("leihen"))
    assert "18 €" in texts and "15 €" not in texts


def test_a_deleted_document_is_removed_with_all_its_records(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    (folder / "zahlung.md").unlink()
    report = sync_folder(store, folder)
    assert report.removed == ["zahlung"]
    assert store.chunks_of("zahlung") == [] and "zahlung" not in store.document_hashes()
    assert all(u.doc_id != "zahlung" for u in store.snapshot().units)


def test_a_document_that_became_unreadable_keeps_its_stored_version(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    (folder / "zahlung.md").write_bytes(b"---\ntitle: [kaputt\n---\n\nText\n")
    report = sync_folder(store, folder)
    assert [path for path, _ in report.failed] == ["zahlung.md"]
    assert "zahlung" not in report.removed and store.chunks_of("zahlung")


def test_the_store_holds_sections_units_and_words(tmp_path, make_store):
    store = make_store(tmp_path / "db")
    sync_folder(store, _folder(tmp_path))
    snap = store.snapshot()
    assert {c.doc_id for c in snap.chunks} == {"leihen", "zahlung"}
    assert any(u.text == "Ein Stadtrad kostet 15 € pro Tag." for u in snap.units)
    assert {"stadtrad", "girocard"} <= set(snap.terms)
    assert snap.chunk_vectors.shape == (len(snap.chunks), 512)


def test_a_store_reopened_in_a_new_client_still_answers_queries(tmp_path, make_store):
    store = make_store(tmp_path / "db")
    sync_folder(store, _folder(tmp_path))
    reopened = make_store(tmp_path / "db")
    hits = reopened.query(store.embedder.embed_one("Was kostet ein Leihrad?"), k=1)
    assert hits[0].chunk.doc_id == "leihen"


def test_every_completed_write_gives_a_new_revision_that_other_processes_read(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    first = store.revision()
    (folder / "leihen.md").write_text(FIRST.replace("15 €", "18 €"), encoding="utf-8")
    sync_folder(store, folder)
    second = store.revision()
    assert second != first
    (folder / "zahlung.md").unlink()
    sync_folder(store, folder)
    third = store.revision()
    assert third not in (first, second)
    assert store._meta.count() == 1                         # one record, read by id: cheap at any size
    assert store.revision() == third
