"""Thin factory functions: build the knowledge parts from Tandem's settings, once per process."""
from __future__ import annotations

from tandem.settings import Settings

from knowledge.bilingual import Dictionary, open_dictionary
from knowledge.embedder import get_embedder
from knowledge.retrieval import Retriever
from knowledge.store import KnowledgeStore, open_client


def open_store(settings: Settings, collection: str | None = None) -> KnowledgeStore:
    client = open_client(settings.chroma_url, settings.chroma_dir)
    return KnowledgeStore(client, collection or settings.collection, get_embedder())


def get_dictionary(settings: Settings) -> Dictionary | None:
    """The German–English dictionary retrieval matches words through (None: switched off or not installed)."""
    return open_dictionary(settings.dictionary, settings.cache_dir)


def build_retriever(settings: Settings, store: KnowledgeStore | None = None) -> Retriever:
    return Retriever(store or open_store(settings), get_embedder(), settings.retrieval,
                     dictionary=get_dictionary(settings))
