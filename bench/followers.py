"""Simulated followers for the scaled-layout benches (bench/scale_load.py, bench/scale_faults.py).

Each follower is a thread that holds a conversation with the bot through nginx's REST entry point, as a person
would: a question, the answer, a pause to read and type (the think time), the next question; after a few turns
the conversation ends and the follower starts a new one. One conversation in ten asks for a person at its second
turn, so the inbox gets handovers and the conversation's later messages go to the agent's queue.

Every message carries a tag (``[sender/turn]``) so the benches can find it in Rasa's tracker store and in the
inbox afterwards, and no two messages of a conversation are the same text (the spam gate would silence repeats).

``retry_budget_s`` > 0 makes a follower re-send a message that got no 200 (an error status, a reset, a timeout) with
the same text, backing off 1, 2, 4, 8 s, as a messaging platform re-sends an unacknowledged webhook.
"""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field

import httpx

QUESTIONS = [
    "Was kostet der Versand?", "Wie lange dauert die Lieferung nach Österreich?", "Welche Zahlungsarten gibt es?",
    "Wie kann ich ein Fahrrad zurückgeben?", "Wie lange habe ich Garantie auf den Rahmen?",
    "Welche Rahmengröße brauche ich bei 1,80 m?", "Wie lange hält der E-Bike-Akku?", "Wo ist euer Laden in Freiburg?",
    "Kann ich in Raten zahlen?", "Wie ändere ich mein Passwort?", "Macht ihr auch Inspektionen in der Werkstatt?",
    "Welche Modelle habt ihr für Kinder?", "What are your opening hours in Freiburg?", "How long is the warranty?",
    "Do you ship to Switzerland?", "How do I return a bike?", "Can I pay with PayPal?",
    "Which frame size fits someone who is 165 cm tall?", "How far does the e-bike battery go on one charge?",
    "Wie erreiche ich den Kundenservice?", "Was passiert mit meinen Daten?", "Gibt es Ersatzakkus zu kaufen?",
    "Danke, das hilft mir!", "Kann ich eine Probefahrt machen?",
]
WANTS_A_PERSON = "Ich möchte bitte mit einem Menschen sprechen."


@dataclass
class Message:
    sender: str
    text: str
    conversation_turn: int
    sent_at: float                     # monotonic time of the first attempt
    status: int | None = None          # the last HTTP status (None: no response)
    acknowledged_at: float | None = None
    answered: bool = False              # a 200 with at least one non-empty text
    replies: list[str] = field(default_factory=list)
    attempts: int = 0
    asks_for_person: bool = False

    @property
    def latency_s(self) -> float | None:
        return None if self.acknowledged_at is None else self.acknowledged_at - self.sent_at


@dataclass
class Followers:
    url: str                            # the REST webhook, through nginx
    followers: int = 50
    think_s: tuple[float, float] = (3.0, 12.0)
    turns: tuple[int, int] = (3, 10)     # turns per conversation
    retry_budget_s: float = 0.0
    timeout_s: float = 60.0
    seed: int = 15
    prefix: str = "f"
    messages: list[Message] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)

    def run(self, duration_s: float) -> float:
        """Followers talk for ``duration_s`` (no new message is started after it); returns the wall time."""
        began = time.monotonic()
        deadline = began + duration_s
        threads = [threading.Thread(target=self._follower, args=(i, deadline), daemon=True)
                   for i in range(self.followers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.monotonic() - began

    def stop(self) -> None:
        self._stop.set()

    def _follower(self, index: int, deadline: float) -> None:
        rng = random.Random(self.seed * 1000 + index)
        conversation = 0
        with httpx.Client(timeout=self.timeout_s) as client:
            # Arrivals spread over the first think time, not all 50 in the same millisecond.
            if self._stop.wait(rng.uniform(0, self.think_s[1])):
                return
            while time.monotonic() < deadline and not self._stop.is_set():
                sender = f"{self.prefix}{index}-c{conversation}"
                person = rng.random() < 0.1
                questions = rng.sample(QUESTIONS, k=min(len(QUESTIONS), rng.randint(*self.turns)))
                for turn, question in enumerate(questions):
                    if time.monotonic() >= deadline or self._stop.is_set():
                        return
                    asks = person and turn == 1
                    self.send(client, sender, WANTS_A_PERSON if asks else question, turn, asks)
                    if self._stop.wait(rng.uniform(*self.think_s)):
                        return
                conversation += 1

    def send(self, client: httpx.Client, sender: str, question: str, turn: int, asks: bool = False) -> Message:
        message = Message(sender, f"{question} [{sender}/{turn}]", turn, time.monotonic(), asks_for_person=asks)
        with self._lock:
            self.messages.append(message)
        wait = 1.0
        while True:
            message.attempts += 1
            try:
                response = client.post(self.url, json={"sender": sender, "message": message.text})
                message.status = response.status_code
                if response.status_code == 200:
                    message.acknowledged_at = time.monotonic()
                    message.replies = [r.get("text") or "" for r in response.json()]
                    message.answered = any(message.replies)
                    return message
            except (httpx.HTTPError, ValueError):
                message.status = None
            if time.monotonic() - message.sent_at + wait > self.retry_budget_s:
                return message
            time.sleep(wait)
            wait = min(8.0, wait * 2)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def stored_user_texts(tracker_url: str, database_url: str) -> dict[tuple[str, str], int]:
    """How often each (sender, text) is stored: user events in Rasa's tracker store plus the messages a follower
    wrote while waiting for an agent (the inbox's ``waiting_messages``). SQLAlchemy URLs, so the SQLite default
    and PostgreSQL are read the same way."""
    import json

    from sqlalchemy import create_engine, text

    counts: dict[tuple[str, str], int] = {}
    engine = create_engine(tracker_url)
    try:
        with engine.connect() as connection:
            for sender, data in connection.execute(text("SELECT sender_id, data FROM events "
                                                        "WHERE type_name = 'user'")):
                key = (sender, json.loads(data).get("text") or "")
                counts[key] = counts.get(key, 0) + 1
    finally:
        engine.dispose()
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            for sender, message in connection.execute(text("SELECT h.sender_id, w.text FROM waiting_messages w "
                                                           "JOIN handovers h ON h.id = w.handover_id")):
                counts.setdefault((sender, message), 1)
    finally:
        engine.dispose()
    return counts


def queued_handovers(database_url: str) -> dict[str, str]:
    """sender -> state of each handover in the inbox."""
    import psycopg

    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        return {sender: state for sender, state in connection.execute("SELECT sender_id, state FROM handovers")}
