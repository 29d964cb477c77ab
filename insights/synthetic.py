"""A generated follower-message stream for the early-warning test, `bench/early_warning.py` and the demo data.

Traffic per 15-minute bin is Poisson with a daily rhythm (quiet at night, peaks late morning and evening) and a
weekly one (busier Mondays, quieter weekends). Each message picks a topic by the topic's share of traffic; the
shares wander from day to day (each multiplied by a log-normal factor, ``DAILY_SHARE_JITTER`` = 25 %, as real
subjects do: more than the binomial noise a detector's calm model assumes). A message is a complaint (negative,
sarcastic or handed over) with its topic's complaint rate.

A `Burst` ramps one topic's share linearly from its usual share to ``to_share`` over ``ramp``, holds it, and the
extra messages are complaints at ``complaint_rate``: "a failed delivery wave". A `TrafficRise` multiplies all
traffic (a campaign, a TV mention): a burst inside one is the hidden case.

`counts` gives the per-bin arrays (fast, for months of simulation); `messages` the rows with text, channel,
language and sender for storing, with a few wordings per topic in German and English.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np

BIN = timedelta(minutes=15)
DAILY_SHARE_JITTER = 0.25
PEAK_PER_HOUR = 120.0        # messages per hour at the busiest hour of a weekday

# hour → relative traffic (local time of the brand; the stream is in UTC+1 for simplicity, like CET)
HOURLY = np.array([0.08, 0.05, 0.04, 0.04, 0.05, 0.10, 0.22, 0.40, 0.62, 0.80, 0.95, 1.00,
                   0.92, 0.88, 0.85, 0.82, 0.80, 0.82, 0.90, 0.95, 0.88, 0.65, 0.40, 0.18])
WEEKLY = np.array([1.15, 1.05, 1.0, 1.0, 0.95, 0.70, 0.60])          # Monday … Sunday
CHANNELS = (("web", 0.55), ("instagram", 0.3), ("facebook", 0.15))
LANGUAGES = (("de", 0.7), ("en", 0.3))


@dataclass(frozen=True)
class TopicSpec:
    key: str
    share: float
    complaint_rate: float
    texts: dict[str, tuple[str, ...]]          # language → usual wordings
    complaints: dict[str, tuple[str, ...]]     # language → complaint wordings


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec("delivery", 0.05, 0.10,
              {"de": ("Wo bleibt mein Paket?", "Wann kommt meine Lieferung an?", "Meine Bestellung ist noch nicht da",
                      "Wie lange dauert der Versand?"),
               "en": ("Where is my parcel?", "When will my delivery arrive?", "My order has not arrived yet")},
              {"de": ("Mein Paket ist seit zwei Wochen nicht angekommen, das ist unverschämt!",
                      "Schon wieder keine Lieferung, ich bin echt sauer", "Die Sendungsverfolgung zeigt seit Tagen nichts, was soll das?",
                      "Der Paketbote war nie da, aber angeblich zugestellt. Ich will mein Geld zurück!"),
               "en": ("My parcel never arrived and nobody answers, this is outrageous!",
                      "Delivery failed again, I am really angry", "Tracking says delivered but there is no parcel!")}),
    TopicSpec("returns", 0.10, 0.04,
              {"de": ("Wie kann ich ein Fahrrad zurückgeben?", "Wie lange habe ich Rückgaberecht?", "Wo bekomme ich das Retourenetikett?"),
               "en": ("How do I return a bike?", "How long is the return period?", "Where do I get the return label?")},
              {"de": ("Meine Rücksendung ist seit einem Monat unterwegs und kein Geld zurück, frechheit",),
               "en": ("I returned it weeks ago and still no refund, unbelievable",)}),
    TopicSpec("warranty", 0.08, 0.05,
              {"de": ("Wie lange gilt die Garantie auf den Akku?", "Ist der Rahmen von der Garantie abgedeckt?"),
               "en": ("How long is the warranty on the battery?", "Does the warranty cover the frame?")},
              {"de": ("Der Akku ist nach drei Monaten kaputt und ihr lehnt die Garantie ab!",),
               "en": ("The battery died after three months and you refuse the warranty!",)}),
    TopicSpec("prices", 0.14, 0.01,
              {"de": ("Was kostet das E-Bike?", "Gibt es gerade Rabatt?", "Wie teuer ist ein Kinderrad?"),
               "en": ("How much is the e-bike?", "Is there a discount right now?", "What does a kids bike cost?")},
              {"de": ("Toll, letzte Woche war es noch 200 Euro billiger. Super Service.",),
               "en": ("Great, it was 200 euros cheaper last week. Wonderful service.",)}),
    TopicSpec("opening", 0.12, 0.01,
              {"de": ("Wann habt ihr geöffnet?", "Hat der Laden am Samstag offen?", "Wo ist eure Filiale in Berlin?"),
               "en": ("What are your opening hours?", "Is the shop open on Saturday?", "Where is your store in Berlin?")},
              {"de": ("Ich stand vor verschlossener Tür, obwohl ihr geöffnet haben solltet!",),
               "en": ("I stood in front of a closed door although you should be open!",)}),
    TopicSpec("repair", 0.12, 0.03,
              {"de": ("Kann ich einen Termin für die Inspektion machen?", "Repariert ihr auch Fahrräder von anderen Marken?",
                      "Was kostet ein Reifenwechsel?"),
               "en": ("Can I book a service appointment?", "Do you repair bikes from other brands?", "How much is a tyre change?")},
              {"de": ("Mein Rad ist seit drei Wochen in der Werkstatt und niemand meldet sich!",),
               "en": ("My bike has been in the workshop for three weeks and nobody calls back!",)}),
    TopicSpec("payment", 0.10, 0.03,
              {"de": ("Kann ich mit PayPal bezahlen?", "Bietet ihr Ratenzahlung an?", "Kann ich auf Rechnung kaufen?"),
               "en": ("Can I pay with PayPal?", "Do you offer instalments?", "Can I pay by invoice?")},
              {"de": ("Ihr habt mir den Betrag zweimal abgebucht, ich will sofort mein Geld!",),
               "en": ("You charged me twice, I want my money back now!",)}),
    TopicSpec("sizing", 0.12, 0.005,
              {"de": ("Welche Rahmengröße brauche ich bei 1,80 m?", "Welche Größe passt für mein Kind?"),
               "en": ("Which frame size do I need at 6 feet?", "What size fits my child?")},
              {"de": ("Die Größenberatung war totaler Mist, das Rad passt nicht",),
               "en": ("Your size advice was rubbish, the bike does not fit",)}),
    TopicSpec("account", 0.09, 0.02,
              {"de": ("Ich habe mein Passwort vergessen", "Wie ändere ich meine Adresse im Kundenkonto?"),
               "en": ("I forgot my password", "How do I change my address in my account?")},
              {"de": ("Ich komme seit Tagen nicht in mein Konto, das nervt gewaltig!",),
               "en": ("I have been locked out of my account for days, so annoying!",)}),
    TopicSpec("greeting", 0.08, 0.0,
              {"de": ("Hallo", "Guten Morgen", "Danke!"), "en": ("Hi there", "Thanks a lot", "Hello")},
              {"de": ("Hallo",), "en": ("Hello",)}),
)


@dataclass(frozen=True)
class Burst:
    topic: str
    start: datetime
    to_share: float = 0.25
    ramp: timedelta = timedelta(hours=2)
    hold: timedelta = timedelta(hours=3)
    complaint_rate: float = 0.7


@dataclass(frozen=True)
class TrafficRise:
    start: datetime
    factor: float = 2.0
    ramp: timedelta = timedelta(hours=1)
    hold: timedelta = timedelta(hours=6)


@dataclass
class Stream:
    """Per-bin arrays: ``traffic[t]`` messages, ``topic[t, k]`` messages of topic k, ``complaints[t, k]``."""
    start: datetime
    traffic: np.ndarray
    topic: np.ndarray
    complaints: np.ndarray
    keys: tuple[str, ...] = field(default_factory=lambda: tuple(t.key for t in TOPICS))

    def at(self, t: int) -> datetime:
        return self.start + t * BIN


def _profile(when: datetime, rises: tuple[TrafficRise, ...]) -> float:
    local = when + timedelta(hours=1)
    factor = 1.0
    for rise in rises:
        factor *= 1.0 + (rise.factor - 1.0) * _ramp(when, rise.start, rise.ramp, rise.hold)
    return PEAK_PER_HOUR / 4 * HOURLY[local.hour] * WEEKLY[local.weekday()] * factor


def _ramp(when: datetime, start: datetime, ramp: timedelta, hold: timedelta) -> float:
    """0 before, rising linearly to 1 over ``ramp``, 1 for ``hold``, falling back over ``ramp``."""
    s = (when - start) / ramp
    if s <= 0:
        return 0.0
    if s <= 1:
        return s
    if when - start <= ramp + hold:
        return 1.0
    return max(0.0, 1.0 - (when - start - ramp - hold) / ramp)


def counts(start: datetime, days: float, seed: int = 0, bursts: tuple[Burst, ...] = (),
           rises: tuple[TrafficRise, ...] = (), jitter: float = DAILY_SHARE_JITTER) -> Stream:
    rng = np.random.default_rng(seed)
    bins = int(days * 24 * 4)
    keys = [t.key for t in TOPICS]
    base_share = np.array([t.share for t in TOPICS])
    base_share = base_share / base_share.sum()
    rate = np.array([t.complaint_rate for t in TOPICS])
    traffic = np.zeros(bins, dtype=np.int64)
    topic = np.zeros((bins, len(TOPICS)), dtype=np.int64)
    complaints = np.zeros((bins, len(TOPICS)), dtype=np.int64)
    day_shares = None
    for t in range(bins):
        when = start + t * BIN
        if t % 96 == 0 or day_shares is None:
            wander = base_share * rng.lognormal(0.0, jitter, len(TOPICS))
            day_shares = wander / wander.sum()
        shares, c_rate = day_shares.copy(), rate.copy()
        for burst in bursts:
            k = keys.index(burst.topic)
            level = _ramp(when, burst.start, burst.ramp, burst.hold)
            if level > 0:
                usual = shares[k]
                new = usual + (burst.to_share - usual) * level
                others = np.arange(len(shares)) != k
                shares[others] *= (1 - new) / (1 - usual)
                shares[k] = new
                c_rate[k] = (usual * rate[k] + (new - usual) * burst.complaint_rate) / new
        n = rng.poisson(_profile(when, rises))
        traffic[t] = n
        topic[t] = rng.multinomial(n, shares)
        complaints[t] = rng.binomial(topic[t], c_rate)
    return Stream(start=start, traffic=traffic, topic=topic, complaints=complaints, keys=tuple(keys))


@dataclass(frozen=True)
class Message:
    at: datetime
    topic: str
    text: str
    complaint: bool
    channel: str
    language: str
    sender_id: str


def messages(stream: Stream, seed: int = 0) -> list[Message]:
    """The stream as individual messages (time uniform within the bin), ordered by time."""
    rng = np.random.default_rng(seed + 1)
    specs = {t.key: t for t in TOPICS}
    channel_names, channel_p = zip(*CHANNELS)
    lang_names, lang_p = zip(*LANGUAGES)
    total = int(stream.topic.sum())
    langs = rng.choice(len(lang_names), size=total, p=lang_p)
    channels = rng.choice(len(channel_names), size=total, p=channel_p)
    offsets = rng.uniform(0, BIN.total_seconds(), size=total)
    picks = rng.integers(0, 1 << 30, size=total)
    out: list[Message] = []
    i = 0
    for t, k in zip(*np.nonzero(stream.topic)):
        key = stream.keys[k]
        spec = specs[key]
        start = stream.at(int(t))
        bad = int(stream.complaints[t, k])
        for j in range(int(stream.topic[t, k])):
            lang = lang_names[langs[i]]
            pool = (spec.complaints if j < bad else spec.texts)[lang]
            out.append(Message(at=start + timedelta(seconds=float(offsets[i])), topic=key,
                               text=pool[picks[i] % len(pool)], complaint=j < bad,
                               channel=channel_names[channels[i]], language=lang, sender_id=f"synthetic-{i + 1}"))
            i += 1
    out.sort(key=lambda m: m.at)
    return out


def all_texts() -> list[str]:
    return sorted({text for spec in TOPICS for pools in (spec.texts, spec.complaints) for pool in pools.values()
                   for text in pool})


def monday(weeks_ago: int = 0, now: datetime | None = None) -> datetime:
    now = now or datetime.now(timezone.utc)
    day = (now - timedelta(days=now.weekday(), weeks=weeks_ago)).date()
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc) - timedelta(hours=1)   # 00:00 in UTC+1


def hours(x: float) -> timedelta:
    return timedelta(hours=x)




def store(session: Any, stream_messages: list[Message], vectors: dict[str, np.ndarray] | None = None,
          batch: int = 5000) -> int:
    """Insert generated messages as `InsightMessage` rows (complaints handed over, every third one sarcastic,
    the rest answered); ``vectors`` maps each text to its embedding (see `embed_texts`). Returns rows stored."""
    from sqlalchemy import insert

    from insights.tables import InsightMessage

    opened: set[str] = set()
    rows = []
    for i, m in enumerate(stream_messages):
        vec = vectors.get(m.text) if vectors else None
        rows.append({
            "at": m.at, "sender_id": m.sender_id, "channel": m.channel, "language": m.language,
            "kind": "handover" if m.complaint else "answer", "opens": m.sender_id not in opened,
            "reasons": ("sarcasm" if i % 3 == 0 else "emotional") if m.complaint else "",
            "negative": m.complaint and i % 3 != 0, "sarcastic": m.complaint and i % 3 == 0,
            "handed_over": m.complaint, "gap": "", "text": m.text,
            "embedding": None if vec is None else np.asarray(vec, dtype=np.float32).tobytes(), "sources": "",
        })
        opened.add(m.sender_id)
    for i in range(0, len(rows), batch):
        session.execute(insert(InsightMessage), rows[i:i + batch])
    session.commit()
    return len(rows)


def embed_texts(embedder: Any, texts: list[str] | None = None) -> dict[str, np.ndarray]:
    texts = texts or all_texts()
    return dict(zip(texts, embedder.embed(texts)))
