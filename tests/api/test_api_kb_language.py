"""A document's language on upload: detected from enough of a PDF's or DOCX's text (a German file stamped en-US is
stored as German), or set by staff (form field / API), and staff's word outlives later syncs."""
from __future__ import annotations

import json

import pytest

from tests.api.test_api_kb import KBEnv
from tests.inbox.support import cheap_hashing
from tests.knowledge.test_kb_formats import make_docx, make_pdf

GERMAN_LINES = ["Die Lieferung erfolgt innerhalb von drei bis fünf Werktagen nach Eingang der Zahlung.",
                "Für Bestellungen unter fünfzig Euro berechnen wir eine Versandpauschale von vier Euro neunzig.",
                "Größere Räder werden von einer Spedition geliefert, die sich vorher telefonisch meldet.",
                "Rücksendungen sind innerhalb von dreißig Tagen kostenlos, bitte nutzen Sie das beiliegende Etikett."]


@pytest.fixture
def env(tmp_path, monkeypatch) -> KBEnv:
    cheap_hashing(monkeypatch)
    return KBEnv(tmp_path)


@pytest.fixture
def staff(env) -> dict[str, str]:
    return env.user("sam", "staff")


def german_pdf_stamped_english() -> bytes:
    pdf = make_pdf([[(18, "Versand und Lieferung")] + [(11, line) for line in GERMAN_LINES]])
    return pdf.replace(b"/Lang (de-DE)", b"/Lang (en-US)")          # same length: the offsets stay right


def docx_stamped_english(*paragraphs: str) -> bytes:
    def build(document):
        document.core_properties.language = "en-US"
        document.add_heading("Versand", level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    return make_docx(build)


def language_of(env, staff, doc_id: str) -> str | None:
    return env.client.get(f"/api/kb/documents/{doc_id}", headers=staff).json()["language"]


def test_a_german_pdf_stamped_english_is_stored_as_german(env, staff):
    assert b"/Lang (en-US)" in german_pdf_stamped_english()
    assert env.upload(staff, "versand.pdf", german_pdf_stamped_english()).status_code == 201
    assert language_of(env, staff, "versand") == "de"


def test_a_german_docx_stamped_english_is_stored_as_german(env, staff):
    assert env.upload(staff, "versand.docx", docx_stamped_english(*GERMAN_LINES)).status_code == 201
    assert language_of(env, staff, "versand") == "de"


def test_staff_set_the_language_on_upload_and_a_later_sync_keeps_it(env, staff):
    short = docx_stamped_english("Versand: 4,90 €. Ab 50 € frei.")      # too little text to overrule the stamp
    assert env.upload(staff, "preise.docx", short).status_code == 201
    assert language_of(env, staff, "preise") == "en"

    again = env.client.post("/api/kb/documents", headers=staff, files={"file": ("preise.docx", short)},
                            data={"language": "de"})
    assert again.status_code == 200 and again.json()["action"] == "updated"    # same file, new language
    assert language_of(env, staff, "preise") == "de"

    (env.folder / "preise.docx").write_bytes(docx_stamped_english("Versand: 5,90 €. Ab 60 € frei."))
    assert env.client.post("/api/kb/sync", headers=staff).json()["updated"] == ["preise"]
    assert language_of(env, staff, "preise") == "de"                     # edited in place: staff's word holds
    assert "preise.docx" in env.files() and ".languages.json" in env.files()

    assert env.client.delete("/api/kb/documents/preise", headers=staff).status_code == 204
    assert json.loads((env.folder / ".languages.json").read_text()) == {}


def test_a_language_tandem_does_not_speak_is_refused_and_changes_nothing(env, staff):
    response = env.client.post("/api/kb/documents", headers=staff, files={"file": ("x.docx", docx_stamped_english("Hallo"))},
                               data={"language": "fr"})
    assert response.status_code == 422
    assert env.files() == []
