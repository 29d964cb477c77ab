"""The knowledge-base service behind `tandem kb` and `/api/kb`: adding, replacing and removing files,
refusing bad names and bad files without changing anything, and recording every change (who, what, when,
content hash)."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from knowledge import audit
from knowledge.admin import Actor, InvalidName, KnowledgeBase, NotFound, StoreFailed, check_id
from knowledge.documents import DocumentError
from pipeline.ask import ask
from tandem.settings import ROOT, Settings
from tests.knowledge.test_kb_formats import SHIPPING_PDF, make_pdf

ANNA = Actor("anna", "api")
RENTAL = "# Leihräder\n\nEin Stadtrad kostet 15 € pro Tag.\n".encode()


@pytest.fixture
def kb(tmp_path, make_store) -> KnowledgeBase:
    folder = tmp_path / "kb"
    folder.mkdir()
    settings = Settings(data_dir=tmp_path / "data", kb_dir=folder)
    return KnowledgeBase(settings, store=make_store(tmp_path / "data" / "chroma", "audit-kb"))


def _files(kb: KnowledgeBase) -> list[str]:
    return sorted(p.relative_to(kb.kb_dir).as_posix() for p in kb.kb_dir.rglob("*") if p.is_file())


def test_adding_a_file_stores_it_in_the_folder_indexes_it_and_records_who(kb):
    result = kb.add(ANNA, RENTAL, "leihen.md", "service/leihen")
    assert (result.action, result.id, result.path) == ("added", "service/leihen", "service/leihen.md")
    assert _files(kb) == ["service/leihen.md"] and (kb.kb_dir / "service/leihen.md").read_bytes() == RENTAL
    assert kb.store.chunks_of("service/leihen")
    change = audit.changes(kb.settings.database)[0]
    assert (change.actor, change.via, change.action, change.doc_id) == ("anna", "api", "added", "service/leihen")
    assert change.content_hash == hashlib.sha256(RENTAL).hexdigest()


def test_uploading_the_same_file_again_changes_and_records_nothing(kb):
    kb.add(ANNA, RENTAL, "leihen.md")
    assert kb.add(ANNA, RENTAL, "leihen.md").action == "unchanged"
    assert len(audit.changes(kb.settings.database)) == 1


def test_replacing_a_document_in_another_format_keeps_one_file(kb):
    kb.add(ANNA, RENTAL, "versand.md")
    result = kb.add(Actor("ben", "api"), make_pdf(SHIPPING_PDF), "Versand.PDF", "versand")
    assert result.action == "updated" and _files(kb) == ["versand.pdf"]
    assert "9,90 €" in " ".join(c.text for c in kb.store.chunks_of("versand"))
    assert [(c.actor, c.action) for c in audit.changes(kb.settings.database)] == [("ben", "updated"), ("anna", "added")]


def test_removing_deletes_the_file_and_the_records_and_is_logged(kb):
    kb.add(ANNA, RENTAL, "leihen.md")
    kb.remove(Actor("carl", "cli"), "leihen")
    assert _files(kb) == [] and kb.store.chunks_of("leihen") == []
    change = audit.changes(kb.settings.database)[0]
    assert (change.actor, change.via, change.action) == ("carl", "cli", "removed")
    with pytest.raises(NotFound):
        kb.remove(ANNA, "leihen")


@pytest.mark.parametrize("doc_id", ["../outside", "a/../../b", "/etc/passwd", "a\\b", ".hidden", "a/.git/x", "a//b",
                                    "x" * 201, "a/b/c/d/e/f/g/h/i", "trailing.", "tab\there"])
def test_ids_that_could_leave_the_folder_or_hide_files_are_refused(kb, doc_id):
    with pytest.raises(InvalidName):
        kb.add(ANNA, RENTAL, "leihen.md", doc_id)
    assert _files(kb) == []


@pytest.mark.parametrize("name", ["../leihen.md", "a/leihen.md", "..\\leihen.md", ".leihen.md", "leihen.exe", "", "leihen"])
def test_file_names_with_folders_hidden_or_unknown_types_are_refused(kb, name):
    with pytest.raises(InvalidName):
        kb.add(ANNA, RENTAL, name)
    assert _files(kb) == []


def test_a_symlinked_folder_pointing_outside_is_refused(kb, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (kb.kb_dir / "link").symlink_to(outside)
    with pytest.raises(InvalidName):
        kb.add(ANNA, RENTAL, "leihen.md", "link/leihen")
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("name, data, reason", [
    ("leer.md", b"", "empty"), ("bild.md", b"\x89PNG\r\n\x1a\n\x00\x00IHDR", "binary"),
    ("alt.txt", "Größe".encode("latin-1"), "UTF-8"), ("kaputt.pdf", b"%PDF-1.4 garbage", "PDF"),
])
def test_a_bad_file_changes_nothing_at_all(kb, name, data, reason):
    kb.add(ANNA, RENTAL, "leihen.md")
    revision = kb.store.revision()
    with pytest.raises(DocumentError, match=reason):
        kb.add(ANNA, data, name, "leihen")
    assert kb.store.revision() == revision and _files(kb) == ["leihen.md"]
    assert (kb.kb_dir / "leihen.md").read_bytes() == RENTAL and len(audit.changes(kb.settings.database)) == 1


def test_a_huge_upload_is_refused_before_parsing(kb):
    with pytest.raises(DocumentError, match="too large"):
        kb.add(ANNA, b"a" * (5 * 1024 * 1024 + 1), "riesig.md")
    assert _files(kb) == []


def test_when_the_store_fails_the_file_is_not_left_in_the_folder(kb, monkeypatch):
    def refuses(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(kb.store._collection, "upsert", refuses)
    with pytest.raises(StoreFailed, match="disk full"):
        kb.add(ANNA, RENTAL, "leihen.md")
    assert _files(kb) == [] and not audit.changes(kb.settings.database)


def test_sync_records_each_change_with_the_actor(kb):
    (kb.kb_dir / "a.md").write_bytes(RENTAL)
    (kb.kb_dir / "b.md").write_text("# Zahlung\n\nWir nehmen girocard.\n", encoding="utf-8")
    kb.sync(Actor("root", "cli"))
    (kb.kb_dir / "b.md").unlink()
    report = kb.sync(Actor("root", "cli"))
    assert report.removed == ["b"]
    logged = [(c.action, c.doc_id, c.detail) for c in audit.changes(kb.settings.database)]
    assert logged == [("removed", "b", "sync"), ("added", "b", "sync"), ("added", "a", "sync")]
    assert [c.doc_id for c in audit.changes(kb.settings.database, doc_id="a")] == ["a"]


def test_listing_and_showing_documents(kb):
    kb.add(ANNA, make_pdf(SHIPPING_PDF, title="Versand"), "versand.pdf")
    [info] = kb.documents()
    assert (info.stored.id, info.stored.title, info.file, info.last_change.actor) == ("versand", "Versand", "versand.pdf", "anna")
    detail = kb.show("versand")
    assert [c.heading_path for c in detail.chunks][:2] == [("Versand und Lieferung",), ("Versand und Lieferung", "Ausland")]
    with pytest.raises(NotFound):
        kb.show("nothing")


def test_check_id_accepts_ordinary_ids():
    assert check_id("versand/lieferzeiten") == "versand/lieferzeiten"
    assert check_id("Über uns/FAQ (2024) v1.2") == "Über uns/FAQ (2024) v1.2"


WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from knowledge.admin import Actor, KnowledgeBase
from knowledge.embedder import get_embedder
from knowledge.store import KnowledgeStore, open_client
from tandem.settings import Settings
settings = Settings(data_dir=Path({data!r}), kb_dir=Path({kb!r}))
kb = KnowledgeBase(settings, store=KnowledgeStore(open_client(None, Path({chroma!r})), "audit-kb", get_embedder()))
print(kb.add(Actor("cli-user", "cli"), "# Zahlung\\n\\nWir nehmen girocard und Visa.\\n".encode(), "zahlung.md").action)
"""


def test_a_change_made_by_another_process_is_seen_at_the_next_question(kb, tmp_path):
    kb.add(ANNA, RENTAL, "leihen.md")
    answer = ask(kb, "Was kostet ein Stadtrad?").answer
    assert answer.confident                      # this process has now loaded the store's vectors
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT), data=str(tmp_path / "data"), kb=str(kb.kb_dir),
                                    chroma=str(tmp_path / "data" / "chroma")))
    done = subprocess.run([sys.executable, str(script)], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=300)
    assert done.stdout.strip() == "added", done.stderr
    answer = ask(kb, "Kann ich mit Visa zahlen?").answer
    assert answer.confident and answer.citations and answer.sources[0].id == "zahlung"
    assert [d.stored.id for d in kb.documents()] == ["leihen", "zahlung"]
