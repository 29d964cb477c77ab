"""Reading a knowledge-base folder: front-matter, ids, and files that cannot be read."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents import KnowledgeBaseError, load_folder

GOOD = """---
title: Öffnungszeiten
url: https://radhaus.example/zeiten
language: de
tags: [zeiten, laden]
---

# Wann wir da sind

Montag bis Freitag von 9 bis 18 Uhr.
"""


def _write(folder: Path, rel: str, data: bytes | str) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def test_front_matter_fields_are_read(tmp_path):
    _write(tmp_path, "laden/zeiten.md", GOOD)
    doc = load_folder(tmp_path).documents[0]
    assert (doc.title, doc.url, doc.language, doc.tags) == (
        "Öffnungszeiten", "https://radhaus.example/zeiten", "de", ("zeiten", "laden"))


def test_document_id_is_the_relative_path_without_extension(tmp_path):
    _write(tmp_path, "laden/zeiten.md", GOOD)
    assert load_folder(tmp_path).documents[0].id == "laden/zeiten"


def test_title_falls_back_to_the_first_heading(tmp_path):
    _write(tmp_path, "rental.md", "# Bike rental\n\nCity bikes cost 15 € per day.\n")
    assert load_folder(tmp_path).documents[0].title == "Bike rental"


def test_body_excludes_the_front_matter(tmp_path):
    _write(tmp_path, "zeiten.md", GOOD)
    text = load_folder(tmp_path).documents[0].text
    assert "title:" not in text and text.lstrip().startswith("# Wann wir da sind")


@pytest.mark.parametrize("name, data, reason", [
    ("empty.md", b"", "empty"),
    ("only-space.md", b"   \n\n", "empty"),
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    ("latin1.md", "Größe und Maße".encode("latin-1"), "UTF-8"),
    ("bad-yaml.md", b"---\ntitle: [unclosed\ntags: {a: b\n---\n\nText.\n", "YAML"),
    ("no-body.md", b"---\ntitle: Nur Kopf\n---\n", "no text"),
    ("picture.png", b"\x89PNG", "unsupported"),
])
def test_a_bad_file_is_reported_and_the_others_still_load(tmp_path, name, data, reason):
    _write(tmp_path, "zeiten.md", GOOD)
    _write(tmp_path, name, data)
    result = load_folder(tmp_path)
    assert [d.id for d in result.documents] == ["zeiten"]
    assert len(result.failures) == 1
    failed_path, message = result.failures[0]
    assert failed_path == name and reason.lower() in message.lower()


def test_a_missing_folder_is_an_error_of_the_whole_knowledge_base(tmp_path):
    with pytest.raises(KnowledgeBaseError):
        load_folder(tmp_path / "nowhere")


def test_hidden_files_are_ignored(tmp_path):
    _write(tmp_path, "zeiten.md", GOOD)
    _write(tmp_path, ".DS_Store", b"\x00\x01")
    result = load_folder(tmp_path)
    assert [d.id for d in result.documents] == ["zeiten"] and result.failures == []
