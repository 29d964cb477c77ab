"""`tandem kb sync/add/rm/list/show/search/log/gaps`, run through the real argument parser in-process."""
from __future__ import annotations

import getpass

import pytest

from knowledge.gaps import record_gap
from tandem.cli import main
from tandem.settings import Settings
from tests.knowledge.test_kb_formats import SHIPPING_PDF, make_pdf


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "leihen.md").write_text("---\ntitle: Leihräder\nlanguage: de\n---\n\n# Leihräder\n\n"
                                      "Ein Stadtrad kostet 15 € pro Tag.\n", encoding="utf-8")
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.4 not really")
    settings = Settings(data_dir=tmp_path / "data", kb_dir=folder, collection="cli-kb")
    monkeypatch.setattr("tandem.kb_cli.get_settings", lambda: settings)
    return settings


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["kb", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_sync_says_what_it_did_and_why_a_file_failed(settings, capsys):
    code, out, err = run(capsys, "sync")
    assert code == 1 and "1 file could not be indexed" in err      # scripts see that something failed
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 1 failed" in out
    assert "added: leihen" in out and "failed: kaputt.pdf: corrupt PDF" in out
    code, out, _ = run(capsys, "sync", "-v")
    assert "1 unchanged" in out and "unchanged: leihen" in out


def test_sync_of_a_missing_folder_is_a_clear_error(settings, capsys, tmp_path):
    code, _, err = run(capsys, "sync", str(tmp_path / "nowhere"))
    assert code == 2 and "does not exist" in err


def test_add_list_show_rm_and_log(settings, capsys, tmp_path):
    pdf = tmp_path / "Versand.pdf"
    pdf.write_bytes(make_pdf(SHIPPING_PDF, title="Versand"))
    code, out, _ = run(capsys, "add", str(pdf), "--id", "service/versand")
    assert code == 0 and out.startswith("added: service/versand ('Versand'") and "service/versand.pdf" in out
    assert (settings.kb_dir / "service/versand.pdf").is_file()

    code, out, _ = run(capsys, "list")
    assert code == 0 and "service/versand" in out and "Versand" in out and "1 documents" in out

    code, out, _ = run(capsys, "show", "service/versand")
    assert code == 0 and "file      service/versand.pdf" in out
    assert "Versand und Lieferung › Ausland" in out and "Nach Österreich kostet der Versand 9,90 €." in out

    code, out, _ = run(capsys, "rm", "service/versand")
    assert code == 0 and not (settings.kb_dir / "service/versand.pdf").exists()
    code, _, err = run(capsys, "rm", "service/versand")
    assert code == 1 and "no document" in err

    code, out, _ = run(capsys, "log")
    lines = out.strip().splitlines()
    assert "removed" in lines[0] and "added" in lines[1] and f"{getpass.getuser()} (cli)" in lines[0]


def test_add_refuses_a_bad_file_and_a_bad_id(settings, capsys, tmp_path):
    bad = tmp_path / "leer.md"
    bad.write_bytes(b"")
    code, _, err = run(capsys, "add", str(bad))
    assert code == 1 and "empty file" in err and "nothing changed" in err
    good = tmp_path / "ok.md"
    good.write_text("# OK\n\nText.\n", encoding="utf-8")
    code, _, err = run(capsys, "add", str(good), "--id", "../escape")
    assert code == 2 and "not allowed" in err
    assert sorted(p.name for p in settings.kb_dir.iterdir()) == ["kaputt.pdf", "leihen.md"]


def test_search_shows_passages_scores_and_the_answer(settings, capsys):
    run(capsys, "sync")
    code, out, _ = run(capsys, "search", "Was kostet ein Stadtrad pro Tag?")
    assert code == 0 and "leihen" in out and "the bot would answer" in out and "15 €" in out
    code, out, _ = run(capsys, "search", "Wie wird das Wetter morgen in Hamburg?")
    assert "the bot would decline" in out


def test_gaps_lists_groups_with_counts(settings, capsys):
    code, out, _ = run(capsys, "gaps")
    assert code == 0 and "no content gaps" in out
    for text in ("Liefert ihr nach Japan?", "Do you ship to Japan?", "Kann ich mit Bitcoin zahlen?"):
        record_gap(settings, text, "de", 0.1, "low_score")
    code, out, _ = run(capsys, "gaps")
    assert "3 questions" in out and "2×" in out and "1×" in out and "per day:" in out
