"""German ↔ English word translations, so that a question finds a passage written in the other language.

The multilingual encoder alone prefers passages in the question's own language: "How much do you charge to
replace the slider on my zip?" scores an English page about zips above the German price list that says
"Reißverschluss-Schieber ersetzen: 12 €". Matching the question's words through a bilingual dictionary
("slider" → "Schieber", "zip" → "Reißverschluss") gives the German page the word coverage it deserves.

The dictionary is Ding (TU Chemnitz, GPL 2+), which Debian ships as the package ``trans-de-en``
(``/usr/share/trans/de-en``) and ``scripts/setup`` installs; nothing is downloaded at run time. A line reads
``de alternatives | inflected forms … :: en alternatives | inflected forms …``: the ``|`` segments on both
sides correspond, and ``;`` separates alternatives. Without the file, retrieval works as before, with
weaker matching across languages.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from pathlib import Path

from knowledge.lru import LRU
from knowledge.text import STOPWORDS, fold

log = logging.getLogger(__name__)

TABLE_VERSION = 3      # part of the table's file name: a change to ``parse`` builds a new table
LOOKUP_CACHE = 65536   # words whose translations a process keeps (questions repeat their words)
MAX_WORDS = 2          # alternatives longer than this are example sentences or idioms, not translations
_NOTES = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|/[^/]*/")     # notes, usage, abbreviations
_PLACEHOLDERS = frozenset("sth sb etw jdn jdm jds jd sth. sb. etw. jdn. jdm. jds. jd. to".split())
# Light verbs carry little of a phrase's meaning: "rückgängig machen" translates "cancel" by its "rückgängig".
_LIGHT = frozenset("machen tun werden haben sein lassen geben bringen kommen gehen make do get have be let give take "
                   "bring come go put set".split())


class Dictionary:
    """Folded word → folded words of the other language, looked up in a SQLite table built once from the
    dictionary file (parsing it takes seconds and its word map would hold about 200 MB in every process;
    the table costs neither). Both directions share one table: a question's language is not known per
    word."""

    def __init__(self, table: Path) -> None:
        self.table = table
        self._local = threading.local()
        self._found: LRU[str, tuple[str, ...]] = LRU(LOOKUP_CACHE)

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(f"file:{self.table}?mode=ro", uri=True,
                                                      check_same_thread=False)
        return conn

    def _lookup(self, key: str) -> tuple[str, ...]:
        found = self._found.get(key)
        if found is None:
            try:
                row = self._connection().execute("SELECT targets FROM words WHERE word = ?", (key,)).fetchone()
            except sqlite3.Error:   # the table vanished or broke under a running process: answer without it
                row = None
            found = tuple(row[0].split(" ")) if row else ()
            self._found.put(key, found)
        return found

    def translations(self, word: str) -> tuple[str, ...]:
        """The other language's words for ``word``, tried as written and, for an English plural, singular."""
        f = fold(word)
        found = self._lookup(f)
        if len(f) > 3 and f.endswith("s"):
            found = tuple(dict.fromkeys(found + self._lookup(f[:-3] + "y" if f.endswith("ies") else f[:-1])))
        return found

    def __len__(self) -> int:
        return self._connection().execute("SELECT count(*) FROM words").fetchone()[0]


def _alternatives(segment: str) -> list[list[str]]:
    """The alternatives of one segment, each as its content words; example sentences and long idioms
    (more than ``MAX_WORDS`` words) are left out."""
    out = []
    for alt in segment.split(";"):
        alt = _NOTES.sub(" ", alt).strip()
        if not alt or alt.endswith((".", "!", "?")) and " " in alt:
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w'-]*", alt) if w.lower() not in _PLACEHOLDERS]
        if 0 < len(words) <= MAX_WORDS:
            out.append(words)
    return out


def parse(lines) -> dict[str, tuple[str, ...]]:
    """Builds the word map from Ding's lines: every single word of one side maps to the content words of
    the corresponding segment's alternatives on the other side."""
    pairs: dict[str, set[str]] = {}

    def add(sources: list[list[str]], targets: list[list[str]]) -> None:
        wanted = {fold(w) for alt in targets for w in alt
                  if fold(w) not in STOPWORDS and len(w) > 2 and (len(alt) == 1 or fold(w) not in _LIGHT)}
        if not wanted:
            return
        for alt in sources:
            if len(alt) == 1:
                key = fold(alt[0])
                if len(key) > 2 and key not in STOPWORDS:
                    pairs.setdefault(key, set()).update(wanted - {key})

    for line in lines:
        if line.startswith("#") or " :: " not in line:
            continue
        de, en = line.rstrip("\n").split(" :: ", 1)
        for de_seg, en_seg in zip(de.split(" | "), en.split(" | ")):
            de_alts, en_alts = _alternatives(de_seg), _alternatives(en_seg)
            add(de_alts, en_alts)
            add(en_alts, de_alts)
    return {k: tuple(sorted(v)) for k, v in pairs.items() if v}


def open_dictionary(source: Path | str | None, cache_dir: Path) -> Dictionary | None:
    """The dictionary of the file ``source``, from its table in ``cache_dir`` (built on first use, and
    again when the file or the table's format changes, or when the table is unreadable); None when
    ``source`` is empty or missing, or no table can be built: retrieval then works without it."""
    if not source or not Path(source).is_file():
        return None
    source = Path(source)
    stat = source.stat()
    table = Path(cache_dir) / f"dictionary-{source.name}-{stat.st_size}-{int(stat.st_mtime)}-v{TABLE_VERSION}.sqlite"
    try:
        if not _readable(table):
            _build(source, table)
            for stale in table.parent.glob(f"dictionary-{source.name}-*.sqlite"):
                if stale != table:
                    stale.unlink(missing_ok=True)      # an older version of the file or of the table's format
    except (OSError, sqlite3.Error) as exc:
        log.warning("no German-English dictionary (%s: %s); matching across languages by the encoder alone",
                    table, exc)
        return None
    return Dictionary(table)


def _readable(table: Path) -> bool:
    if not table.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{table}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM words LIMIT 1").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _build(source: Path, table: Path) -> None:
    """Writes the table beside its final name and renames it, so that a process reading it never sees a
    half-built one and two processes building it at once both end with a whole one."""
    table.parent.mkdir(parents=True, exist_ok=True)
    with open(source, encoding="utf-8", errors="replace") as f:
        words = parse(f)
    tmp = table.with_suffix(f".{os.getpid()}.tmp")
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("CREATE TABLE words (word TEXT PRIMARY KEY, targets TEXT NOT NULL) WITHOUT ROWID")
        conn.executemany("INSERT INTO words VALUES (?, ?)", ((k, " ".join(v)) for k, v in words.items()))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, table)


if __name__ == "__main__":       # scripts/setup builds the table here, so that no server start waits for it
    from tandem.settings import get_settings

    settings = get_settings()
    built = open_dictionary(settings.dictionary, settings.cache_dir)
    print(f"dictionary: {len(built)} words" if built else f"dictionary: {settings.dictionary} not found")
