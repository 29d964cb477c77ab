"""Syncing a folder of every format into a real embedded store: add, change, remove, bad files, crashes.

How a crash cannot leave half a document: ``put_document`` writes the whole new version in one store call
under ids carrying its content hash and deletes the old version only afterwards. The tests stop a sync
before the write, between write and delete (in-process and by killing a real process), and check that
every document is either its old or its new version, and that the next sync cleans up.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from knowledge.store import KnowledgeStore
from knowledge.sync import sync_folder
from tandem.settings import ROOT
from tests.knowledge.test_kb_formats import SHIPPING_PDF, make_docx, make_pdf

FAQ_CSV = "Frage;Antwort\nKann ich mit Karte zahlen?;Ja, mit girocard und Visa.\nGibt es Gutscheine?;Ja, ab 10 €.\n"
HOURS_HTML = "<html lang='de'><head><title>Öffnungszeiten</title></head><body><main><h1>Öffnungszeiten</h1>" \
             "<p>Montag bis Freitag 9 bis 18 Uhr, Samstag 10 bis 14 Uhr.</p></main></body></html>"


def _docx() -> bytes:
    def build(d):
        d.add_heading("Garantie", level=1)
        d.add_paragraph("Auf Rahmen geben wir 5 Jahre Garantie.")
    return make_docx(build)


def _folder(tmp_path):
    folder = tmp_path / "kb"
    for rel, data in {"versand.pdf": make_pdf(SHIPPING_PDF), "garantie.docx": _docx(),
                      "service/faq.csv": FAQ_CSV.encode(), "zeiten.html": HOURS_HTML.encode(),
                      "leihen.md": "# Leihräder\n\nEin Stadtrad kostet 15 € pro Tag.\n".encode()}.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return folder


def _texts(store: KnowledgeStore, doc_id: str) -> str:
    return " ".join(c.text for c in store.chunks_of(doc_id))


class Crash(BaseException):
    """Stands in for the process dying: not an Exception, so nothing on the way catches it."""


def dies(*args, **kwargs):
    """Put in place of a store call: the process dies inside it."""
    raise Crash()


def test_every_format_is_added_then_left_alone(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    first = sync_folder(store, folder)
    assert sorted(first.added) == ["garantie", "leihen", "service/faq", "versand", "zeiten"] and not first.failed
    assert "Nach Österreich kostet der Versand 9,90 €." in _texts(store, "versand")
    second = sync_folder(store, folder)
    assert len(second.unchanged) == 5 and not (second.added or second.updated or second.removed)


def test_changed_and_deleted_files_are_updated_and_removed(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    changed = [[(20, "Versand und Lieferung"), (11, "Nach Österreich kostet der Versand jetzt 12,50 €.")]]
    (folder / "versand.pdf").write_bytes(make_pdf(changed))
    (folder / "garantie.docx").unlink()
    report = sync_folder(store, folder)
    assert report.updated == ["versand"] and report.removed == ["garantie"]
    assert "12,50 €" in _texts(store, "versand") and "9,90 €" not in _texts(store, "versand")
    assert store.chunks_of("garantie") == [] and "garantie" not in store.document_hashes()


def test_a_corrupt_replacement_keeps_the_stored_version_and_the_others_go_on(tmp_path, make_store):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    (folder / "versand.pdf").write_bytes(b"%PDF-1.7\nthis is not a pdf any more")
    (folder / "leihen.md").write_text("# Leihräder\n\nEin Stadtrad kostet 18 € pro Tag.\n", encoding="utf-8")
    (folder / "bild.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    report = sync_folder(store, folder)
    assert dict(report.failed).keys() == {"versand.pdf", "bild.md"}
    assert "corrupt PDF" in dict(report.failed)["versand.pdf"] and "binary" in dict(report.failed)["bild.md"]
    assert report.updated == ["leihen"] and "versand" not in report.removed
    assert "9,90 €" in _texts(store, "versand")


def test_a_document_too_large_for_one_write_is_refused_not_written_in_pieces(tmp_path, make_store, monkeypatch):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    monkeypatch.setattr(KnowledgeStore, "max_records", lambda self: 3)
    report = sync_folder(store, folder)
    assert "split the document" in dict(report.failed)["versand.pdf"]
    assert store.chunks_of("versand") == []


def test_a_crash_before_the_write_leaves_the_old_version(tmp_path, make_store, monkeypatch):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    revision = store.revision()
    (folder / "leihen.md").write_text("# Leihräder\n\nEin Stadtrad kostet 18 € pro Tag.\n", encoding="utf-8")

    monkeypatch.setattr(store._collection, "upsert", dies)
    with pytest.raises(Crash):
        sync_folder(store, folder)
    monkeypatch.undo()
    assert store.revision() == revision and "15 €" in _texts(store, "leihen")


def test_a_crash_between_write_and_delete_leaves_two_whole_versions_and_the_next_sync_cleans_up(
        tmp_path, make_store, monkeypatch):
    store, folder = make_store(tmp_path / "db"), _folder(tmp_path)
    sync_folder(store, folder)
    (folder / "leihen.md").write_text("# Leihräder\n\nEin Stadtrad kostet 18 € pro Tag.\n", encoding="utf-8")
    delete = store._collection.delete

    monkeypatch.setattr(store._collection, "delete", dies)
    with pytest.raises(Crash):
        sync_folder(store, folder)
    monkeypatch.setattr(store._collection, "delete", delete)
    assert len(store.document_versions()["leihen"]) == 2
    texts = _texts(store, "leihen")
    assert "15 €" in texts and "18 €" in texts           # both complete, neither half
    listed = {d.id: d for d in store.documents()}
    assert listed["leihen"].versions == 2
    report = sync_folder(store, folder)
    assert report.updated == ["leihen"]
    assert "18 €" in _texts(store, "leihen") and "15 €" not in _texts(store, "leihen")
    assert len(store.document_versions()["leihen"]) == 1


CRASHING_SYNC = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from knowledge.embedder import get_embedder
    from knowledge.store import KnowledgeStore, open_client
    from knowledge.sync import sync_folder

    store = KnowledgeStore(open_client(None, Path({db!r})), "crash-kb", get_embedder())
    if sys.argv[1] == "crash":
        store._collection.delete = lambda *a, **k: os._exit(9)   # the process dies after writing the new version
    print(sync_folder(store, Path({folder!r})).summary(), flush=True)
""")


def test_a_process_killed_mid_update_leaves_no_half_document(tmp_path, make_store):
    folder = _folder(tmp_path)
    script = tmp_path / "sync.py"
    script.write_text(CRASHING_SYNC.format(root=str(ROOT), db=str(tmp_path / "db"), folder=str(folder)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    assert subprocess.run([sys.executable, str(script), "ok"], env=env, timeout=300).returncode == 0
    (folder / "leihen.md").write_text("# Leihräder\n\nEin Stadtrad kostet 18 € pro Tag.\n", encoding="utf-8")
    killed = subprocess.run([sys.executable, str(script), "crash"], env=env, timeout=300)
    assert killed.returncode == 9
    store = make_store(tmp_path / "db", "crash-kb")
    for doc in store.documents():
        chunks = store.chunks_of(doc.id)
        assert chunks and all(c.text for c in chunks)
        assert doc.chunks == len(chunks)
    texts = _texts(store, "leihen")
    assert "15 €" in texts and "18 €" in texts
    snap = store.snapshot()          # the vectors of both versions are there too
    assert {c.doc_id for c in snap.chunks} >= {"leihen", "versand"}
    finished = subprocess.run([sys.executable, str(script), "ok"], env=env, timeout=300, capture_output=True, text=True)
    assert "1 updated" in finished.stdout
    store.reopen()
    assert "15 €" not in _texts(store, "leihen") and len(store.document_versions()["leihen"]) == 1
