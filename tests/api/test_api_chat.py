from __future__ import annotations


def test_root_serves_the_chat_page_with_its_form(make_client):
    response = make_client().get("/")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<form id="composer"' in response.text
    assert '<textarea id="input"' in response.text


def test_chat_path_serves_the_same_page_as_root(make_client):
    client = make_client()

    assert client.get("/chat").text == client.get("/").text


def test_chat_page_only_allows_connections_to_rasa(make_client):
    response = make_client(rasa_port=5999).get("/")

    policy = response.headers["content-security-policy"]
    assert "connect-src 'self' http://127.0.0.1:5999 ws://127.0.0.1:5999;" in policy
    assert "script-src 'self';" in policy


def test_config_points_the_page_at_rasa_socketio(make_client):
    response = make_client(host="127.0.0.1", rasa_port=5123, max_message_chars=500).get("/chat/config.json")

    assert response.json() == {
        "socket_url": "http://127.0.0.1:5123",
        "socket_path": "/socket.io",
        "max_message_chars": 500,
        "german_form": "du",
    }


def test_config_uses_the_page_host_when_rasa_binds_all_interfaces(make_client):
    client = make_client(host="0.0.0.0", rasa_port=5005)

    response = client.get("/chat/config.json", headers={"host": "chat.example.test:8000"})

    assert response.json()["socket_url"] == "http://chat.example.test:5005"


def test_vendored_socketio_client_is_served(make_client):
    response = make_client().get("/static/vendor/socket.io.min.js")

    assert response.status_code == 200
    assert "Socket.IO v4.7.5" in response.text[:200]


def test_chat_script_and_stylesheet_are_served(make_client):
    client = make_client()

    assert client.get("/static/chat.js").status_code == 200
    assert client.get("/static/chat.css").status_code == 200


def test_unknown_path_is_not_found(make_client):
    assert make_client().get("/no-such-page").status_code == 404


def test_openapi_docs_are_served(make_client):
    assert make_client().get("/docs").status_code == 200
