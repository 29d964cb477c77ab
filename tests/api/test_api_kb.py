"""The staff's knowledge-base API: sign-in and roles, upload validation, list/show/delete, trying a
question, the change log and the content gaps."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from inbox.auth import create_user, issue_token
from database.engine import session_factory
from knowledge.gaps import record_gap
from tandem.settings import Settings
from tests.inbox.support import PASSWORD, cheap_hashing
from tests.knowledge.test_kb_formats import SHIPPING_PDF, make_pdf

RENTAL = "---\ntitle: Leihräder\nlanguage: de\n---\n\n# Leihräder\n\nEin Stadtrad kostet 15 € pro Tag.\n"


class KBEnv:
    def __init__(self, tmp_path) -> None:
        self.folder = tmp_path / "kb"
        self.folder.mkdir()
        self.settings = Settings(data_dir=tmp_path / "data", kb_dir=self.folder, collection="api-kb")
        self.client = TestClient(create_app(self.settings))

    def user(self, name: str, role: str) -> dict[str, str]:
        with session_factory(self.settings.database)() as session:
            token = issue_token(session, create_user(session, name, PASSWORD, role)).token
        return {"Authorization": f"Bearer {token}"}

    def upload(self, headers, name: str, data: bytes, doc_id: str | None = None):
        return self.client.post("/api/kb/documents", headers=headers, files={"file": (name, data)},
                                data={"id": doc_id} if doc_id else None)

    def files(self) -> list[str]:
        return sorted(p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*") if p.is_file())


@pytest.fixture
def env(tmp_path, monkeypatch) -> KBEnv:
    cheap_hashing(monkeypatch)
    return KBEnv(tmp_path)


@pytest.fixture
def staff(env) -> dict[str, str]:
    return env.user("sara", "staff")


ENDPOINTS = [("GET", "/api/kb/documents"), ("GET", "/api/kb/documents/leihen"), ("DELETE", "/api/kb/documents/leihen"),
             ("POST", "/api/kb/search"), ("POST", "/api/kb/sync"), ("GET", "/api/kb/changes"), ("GET", "/api/kb/gaps")]


@pytest.mark.parametrize("method, path", ENDPOINTS + [("POST", "/api/kb/documents")])
def test_every_endpoint_needs_a_token(env, method, path):
    response = env.client.request(method, path)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("method, path", ENDPOINTS)
def test_agents_are_refused(env, method, path):
    kwargs = {"json": {"question": "Was kostet ein Rad?"}} if path.endswith("search") else {}
    response = env.client.request(method, path, headers=env.user("anna", "agent"), **kwargs)
    assert response.status_code == 403 and "staff" in response.json()["detail"]


def test_an_agent_cannot_upload(env):
    assert env.upload(env.user("anna", "agent"), "x.md", b"# X\n\nText.\n").status_code == 403 and env.files() == []


def test_upload_list_show_try_delete_and_the_change_log(env, staff):
    created = env.upload(staff, "leihen.md", RENTAL.encode(), "service/leihen")
    assert created.status_code == 201, created.text
    assert created.json()["action"] == "added" and created.json()["path"] == "service/leihen.md"
    assert env.files() == ["service/leihen.md"]

    [doc] = env.client.get("/api/kb/documents", headers=staff).json()
    assert (doc["id"], doc["title"], doc["language"], doc["file"]) == ("service/leihen", "Leihräder", "de", "service/leihen.md")
    assert doc["last_change"]["actor"] == "sara" and doc["chunks"] >= 1

    shown = env.client.get("/api/kb/documents/service/leihen", headers=staff).json()
    assert shown["sections"][0]["heading_path"] == ["Leihräder"] and "15 €" in shown["sections"][0]["text"]

    tried = env.client.post("/api/kb/search", headers=staff, json={"question": "Was kostet ein Stadtrad?"}).json()
    assert tried["answered"] and "15 €" in tried["text"] and tried["passages"][0]["doc_id"] == "service/leihen"
    assert tried["sources"][0]["id"] == "service/leihen" and tried["language"] == "de"

    again = env.upload(staff, "leihen.md", RENTAL.encode(), "service/leihen")
    assert again.status_code == 200 and again.json()["action"] == "unchanged"
    changed = env.upload(env.user("admin", "admin"), "leihen.md", RENTAL.replace("15", "18").encode(), "service/leihen")
    assert changed.status_code == 200 and changed.json()["action"] == "updated"
    tried = env.client.post("/api/kb/search", headers=staff, json={"question": "Was kostet ein Stadtrad?"}).json()
    assert "18 €" in tried["text"]                      # the next question already uses the new version

    assert env.client.delete("/api/kb/documents/service/leihen", headers=staff).status_code == 204
    assert env.client.get("/api/kb/documents", headers=staff).json() == [] and env.files() == []
    assert env.client.delete("/api/kb/documents/service/leihen", headers=staff).status_code == 404
    declined = env.client.post("/api/kb/search", headers=staff, json={"question": "Was kostet ein Stadtrad?"}).json()
    assert not declined["answered"] and declined["citations"] == []

    log = env.client.get("/api/kb/changes", headers=staff).json()
    assert [(c["action"], c["actor"], c["via"]) for c in log] == [
        ("removed", "sara", "api"), ("updated", "admin", "api"), ("added", "sara", "api")]
    assert all(len(c["content_hash"]) == 64 for c in log)
    assert len(env.client.get("/api/kb/changes?doc_id=other", headers=staff).json()) == 0


def test_a_pdf_upload_keeps_its_structure(env, staff):
    assert env.upload(staff, "versand.pdf", make_pdf(SHIPPING_PDF)).status_code == 201
    sections = env.client.get("/api/kb/documents/versand", headers=staff).json()["sections"]
    assert ["Versand und Lieferung", "Ausland"] in [s["heading_path"] for s in sections]


@pytest.mark.parametrize("name, data, reason", [
    ("leer.md", b"", "empty file"),
    ("bild.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    ("alt.txt", "Größe".encode("latin-1"), "UTF-8"),
    ("kaputt.pdf", b"%PDF-1.4\ngarbage", "PDF"),
    ("kaputt.docx", b"PK\x03\x04garbage", "DOCX"),
])
def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(env, staff, name, data, reason):
    response = env.upload(staff, name, data)
    assert response.status_code == 422
    assert reason.lower() in response.json()["detail"]["reason"].lower() and response.json()["detail"]["changed"] is False
    assert env.files() == [] and env.client.get("/api/kb/changes", headers=staff).json() == []


def test_a_file_over_its_formats_limit_is_413(env, staff):
    response = env.upload(staff, "riesig.md", b"a" * (5 * 1024 * 1024 + 1))
    assert response.status_code == 413 and "too large" in response.json()["detail"]["reason"] and env.files() == []


def test_a_body_over_the_upload_limit_is_refused_before_it_is_parsed(env, staff, monkeypatch):
    monkeypatch.setattr("api.routes.kb.MAX_UPLOAD_BODY", 4096)
    response = env.upload(staff, "gross.md", b"# Gross\n\n" + b"a" * 8000)
    assert response.status_code == 413 and env.files() == []


def test_json_bodies_are_limited_too(env, staff):
    response = env.client.post("/api/kb/search", headers={**staff, "Content-Type": "application/json"},
                               content=b'{"question": "' + b"a" * 70_000 + b'"}')
    assert response.status_code == 413


@pytest.mark.parametrize("name, doc_id", [
    ("../evil.md", None), ("..\\evil.md", None), ("sub/evil.md", None), (".hidden.md", None),
    ("ok.md", "../evil"), ("ok.md", "/etc/evil"), ("ok.md", "a/../../evil"), ("ok.md", "a/.ssh/evil"),
])
def test_path_traversal_in_names_and_ids_is_refused(env, staff, tmp_path, name, doc_id):
    response = env.upload(staff, name, b"# Evil\n\nText.\n", doc_id)
    assert response.status_code == 400, response.text
    assert env.files() == [] and not (tmp_path / "evil.md").exists()


def test_an_unsupported_file_type_is_refused(env, staff):
    response = env.upload(staff, "programm.exe", b"MZ\x90\x00")
    assert response.status_code == 400 and "unsupported" in response.json()["detail"]


def test_traversal_in_a_url_id_is_refused(env, staff):
    response = env.client.delete("/api/kb/documents/..%2F..%2Fetc%2Fpasswd", headers=staff)
    assert response.status_code in (400, 404)
    assert env.client.get("/api/kb/documents/a/%2E%2E/%2E%2E/x", headers=staff).status_code in (400, 404)


def test_sync_reads_files_edited_in_the_folder(env, staff):
    (env.folder / "leihen.md").write_text(RENTAL, encoding="utf-8")
    (env.folder / "kaputt.pdf").write_bytes(b"%PDF-1.4 nope")
    report = env.client.post("/api/kb/sync", headers=staff).json()
    assert report["added"] == ["leihen"] and report["failed"][0]["path"] == "kaputt.pdf"


def test_gaps_are_grouped_with_counts_and_days(env, staff):
    for text in ("Liefert ihr nach Japan?", "Do you ship to Japan?", "Liefert ihr nach Japan?",
                 "Kann ich mit Bitcoin zahlen? Meine Mail: a@b.de"):
        record_gap(env.settings, text, "de", 0.1, "low_score")
    report = env.client.get("/api/kb/gaps?days=7", headers=staff).json()
    assert report["total"] == 4 and [g["count"] for g in report["groups"]] == [3, 1]
    assert report["groups"][0]["label"] == "Liefert ihr nach Japan?"
    assert report["groups"][1]["label"] == "Kann ich mit Bitcoin zahlen? Meine Mail: [email]"
    assert len(report["daily"]) == 7 and report["daily"][-1]["count"] == 4
    assert env.client.get("/api/kb/gaps?days=0", headers=staff).status_code == 422


def test_the_endpoints_are_documented_with_their_role(env):
    paths = env.client.get("/openapi.json").json()["paths"]
    upload = paths["/api/kb/documents"]["post"]
    assert upload["x-required-role"] == "staff" and "multipart/form-data" in upload["requestBody"]["content"]
    for path in ("/api/kb/documents", "/api/kb/documents/{doc_id}", "/api/kb/search", "/api/kb/changes", "/api/kb/gaps"):
        for operation in paths[path].values():
            assert operation["x-required-role"] == "staff"


def test_the_page_is_served_with_a_strict_content_security_policy(env):
    page = env.client.get("/kb")
    assert page.status_code == 200 and 'src="/static/kb.js"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert env.client.get("/static/kb.js").status_code == 200 and env.client.get("/static/kb.css").status_code == 200
    script = env.client.get("/static/kb.js").text
    assert ".innerHTML" not in script and "insertAdjacentHTML" not in script and "outerHTML" not in script
