"""A small bilingual knowledge base of a bicycle shop, written for these tests, in a real embedded store."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.answerer import KnowledgeAnswerer
from knowledge.bilingual import Dictionary
from knowledge.factory import get_dictionary
from knowledge.embedder import get_embedder
from knowledge.retrieval import Retriever
from knowledge.store import KnowledgeStore, open_client
from knowledge.sync import sync_folder
from tandem.settings import get_settings

THRESHOLD = None      # the answer model's own operating point

DOCS = {
    "werkstatt/reparaturen.md": """---
title: Reparaturen und Preise
language: de
url: https://radhaus.example/werkstatt
tags: [werkstatt, reparatur, preise, inspektion]
---

# Reparaturen und Preise

Unsere Werkstatt in der Hafenstraße 3 repariert Fahrräder aller Marken.

## Preisliste

| Leistung | Preis | Dauer |
|---|---|---|
| Schlauch wechseln | 12,50 € | 20 Minuten |
| Inspektion Stadtrad | 59 € | 2 Stunden |
| Inspektion E-Bike | 89 € | 3 Stunden |
| Bremsbeläge tauschen | 24 € | 30 Minuten |

## Termin

Termine vergibst du online oder telefonisch unter 040 123456. Kleine Schäden reparieren wir auch ohne Termin, solange du wartest.
""",
    "shop/garantie.md": """---
title: Garantie auf Räder und Akkus
language: de
tags: [garantie, gewährleistung, rahmen, akku]
---

# Garantie

Auf alle Rahmen unserer Eigenmarke geben wir 5 Jahre Garantie. Auf Akkus gilt eine Garantie von 2 Jahren.

## Was nicht abgedeckt ist

Verschleißteile wie Reifen, Ketten und Bremsbeläge sind von der Garantie ausgenommen.
""",
    "shop/sortiment.md": """---
title: Unser Sortiment
language: de
tags: [räder, sortiment, rennrad, kinderrad]
---

# Unser Sortiment

Wir verkaufen Stadträder, Trekkingräder, Rennräder und Kinderräder. Jedes Rad wird vor der Übergabe von uns eingestellt.

## Probefahrt

Eine Probefahrt ist bei jedem Rad kostenlos möglich. Bitte bring einen Ausweis mit.
""",
    "en/rental.md": """---
title: Bike rental
language: en
tags: [rental, hire, e-bike, helmet]
---

# Bike rental

City bikes cost 15 € per day, e-bikes 35 € per day. Every rental includes a helmet and a lock.

## What you need

Please bring a photo ID. We take a deposit of 50 € per bike, refunded when you return it.
""",
    "service/faq.md": """---
title: Häufige Fragen
language: de
---

# Häufige Fragen

**Kann ich mit Karte zahlen?**
Ja, wir nehmen girocard, Visa und Mastercard.

**Nehmt ihr alte Fahrräder zurück?**
Ja, beim Kauf eines neuen Rades nehmen wir dein altes Rad für 30 € in Zahlung.
""",
}


def write_kb(folder: Path, docs: dict[str, str] = DOCS) -> Path:
    for rel, text in docs.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def kb_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_kb(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory, kb_folder: Path) -> KnowledgeStore:
    store = KnowledgeStore(open_client(None, tmp_path_factory.mktemp("chroma")), "test-kb", get_embedder())
    report = sync_folder(store, kb_folder)
    assert not report.failed, report.failed
    return store


@pytest.fixture(scope="session")
def answerer(store: KnowledgeStore) -> KnowledgeAnswerer:
    return KnowledgeAnswerer(Retriever(store, get_embedder()), THRESHOLD)


def new_store(path: Path, name: str = "bike-shop") -> KnowledgeStore:
    return KnowledgeStore(open_client(None, path), name, get_embedder())


@pytest.fixture
def make_store():
    """A fresh store in a folder of the test's choosing."""
    return new_store


@pytest.fixture
def bike_docs() -> dict[str, str]:
    return dict(DOCS)


@pytest.fixture
def kb_writer():
    return write_kb


@pytest.fixture(scope="session")
def answerer_over(tmp_path_factory: pytest.TempPathFactory):
    """Builds an answerer over documents of a test's own ({path: Markdown}) in a fresh embedded store."""
    def build(docs: dict[str, str], name: str, dictionary: Dictionary | None = None) -> KnowledgeAnswerer:
        folder = write_kb(tmp_path_factory.mktemp(f"{name}-kb"), docs)
        store = new_store(tmp_path_factory.mktemp(f"{name}-chroma"), name)
        report = sync_folder(store, folder)
        assert not report.failed, report.failed
        return KnowledgeAnswerer(Retriever(store, get_embedder(), dictionary=dictionary), THRESHOLD)
    return build


@pytest.fixture(scope="session")
def installed_dictionary() -> Dictionary:
    """Debian's German–English dictionary, as production uses it (scripts/setup installs it)."""
    settings = get_settings()
    found = get_dictionary(settings)
    assert found is not None, f"{settings.dictionary} is missing: scripts/setup installs Debian's trans-de-en"
    return found
