from __future__ import annotations

import time


def test_health_reports_rasa_and_actions_down_when_nothing_listens(make_client):
    response = make_client().get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "rasa": False, "actions": False}


def test_health_answers_quickly_when_dependencies_are_down(make_client):
    client = make_client()

    started = time.monotonic()
    client.get("/health")

    assert time.monotonic() - started < 2.5


def test_health_reports_ok_when_rasa_and_actions_answer(make_client, stack_port):
    response = make_client(rasa_port=stack_port, action_port=stack_port).get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "rasa": True, "actions": True}


def test_health_is_degraded_when_only_rasa_answers(make_client, stack_port):
    response = make_client(rasa_port=stack_port).get("/health")

    assert response.json() == {"status": "degraded", "rasa": True, "actions": False}


def test_health_is_degraded_when_only_actions_answer(make_client, stack_port):
    response = make_client(action_port=stack_port).get("/health")

    assert response.json() == {"status": "degraded", "rasa": False, "actions": True}


def test_health_shows_the_supervisors_processes_and_recent_restarts(make_client, tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    (run / "supervisor.json").write_text(
        '{"supervisor": {"pid": 1, "start_time": 1}, '
        '"processes": {"actions": {"pid": 42, "start_time": 7, "state": "running", "restarts": 1}}, '
        '"events": [{"at": "2026-01-01T10:00:00+00:00", "process": "actions", "event": "crashed", '
        '"detail": "killed by SIGKILL"}]}')

    body = make_client(data_dir=tmp_path).get("/health").json()

    assert body["processes"] == {"actions": {"pid": 42, "state": "running", "restarts": 1}}
    assert body["events"][0]["event"] == "crashed" and body["events"][0]["process"] == "actions"
