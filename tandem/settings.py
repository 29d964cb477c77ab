"""Everything Tandem reads from the environment, in one place.

Variables are prefixed ``TANDEM_`` (``TANDEM_DATA_DIR=/srv/tandem``). The LLM endpoint is read the way
the ``openai`` client reads it (``OPENAI_BASE_URL``, ``OPENAI_API_KEY``) so an existing setup just works.
Every default works offline on a fresh clone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class RetrievalSettings(BaseModel):
    """How retrieval ranks passages (`knowledge/retrieval.py`); the defaults are the best measured by
    ``bench/retrieval.py``. Set one with ``TANDEM_RETRIEVAL__LEXICAL_WEIGHT=0.2`` and the like."""
    model_config = ConfigDict(frozen=True)

    lexical_weight: float = 0.15         # weight of the word-coverage score next to the cosine similarity
    unit_weight: float = 0.5             # how much a section's best unit counts next to the section itself
    semantic_terms: bool = True          # match words across languages by their embeddings
    translations: bool = True            # … and by the bilingual dictionary, when the retriever has one
    term_threshold: float = 0.74         # minimal word-embedding similarity for such a match
    typo_terms: bool = True              # match words within one typo / sharing a long stem
    followup: str = "auto"               # "auto" | "never" | "always": when to mix in the previous turn
    context_weight: float = 1.0          # weight of the previous turn's vector in a follow-up query
    context_margin: float = 0.04         # a non-follow-up uses its context only when that scores this much better
    context_lexical: float = 0.5         # weight of the previous turn's words next to the message's own
    question_weight: float = 1.0         # weight of the asked sentences' vector next to the whole message's
    # An asked sentence with fewer content words than this often points back at the story before it ("… Geht das
    # auch?"), so the question's vector reads that sentence too; its asked words stay its own
    # (`knowledge.text.question_part`). Leave-one-company-out on forty companies, right minus wrong, answer model
    # retrained: 0 (off) 1,139; 4: 1,151. Reading the sentence's words as asked too: 2: 1,136, 3: 1,147, 4: 1,150,
    # always 1,135, and the development set's answers fell to 29 of 44 at 4 (34 with the vector alone, 35 off).
    asked_min_words: int = 4
    doc_support: float = 0.1             # bonus per unit of score of the document's next-best section
    spelling: bool = True                # look up unknown words' likely spelling in the general vocabularies
    lexical_norm: str = "share"          # "max": relative to the best section; "share": of the question's words
    unit_lexical_weight: float = 0.3     # word coverage next to cosine when units of one document compete
    # Large knowledge bases: above these sizes the dense search probes an inverted file (``_IVF``) for
    # candidates instead of reading every vector (approximate; exact below, which is every usual size).
    # Read when the index is built: a ``with_config`` copy shares its original's index.
    approximate_above: int = 30_000      # sections + units
    approximate_terms_above: int = 20_000  # knowledge-base words (cross-lingual word matching)
    approximate: bool = True             # False: score every vector even when the index has inverted files
    # Per-word work that questions repeat (``knowledge.lru``); 0 switches a cache off. The encoder's vectors
    # of question words the knowledge base lacks (its own words' vectors come from the store, no encoder
    # pass), 2 KB each; and per index, each word's nearest knowledge-base words (read when the index is built).
    word_vector_cache: int = 4096
    word_match_cache: int = 4096
    # How strongly a question word stands for a knowledge-base word it is not spelled like (a match strength in
    # (0, 1]; an exact match is 1.0, a typo 0.85, an inflection 0.9). The answer model was trained on these.
    compound_head: float = 0.8           # 'Behälter' in 'Bohnenbehälter': the head of a compound names what it is
    compound_modifier: float = 0.6       # 'Versand' in 'Versandkosten': related, but not the same thing
    region_match: float = 0.85           # 'Frankreich' → 'EU-Länder': the knowledge base names the region instead
    # 'slider' → 'Schieber' is one of possibly many senses ('power' → 'Strom', 'Macht', …): it ranks passages,
    # but stays below quoting.unknown_below and quoting.term_covered (checked), so an ambiguous translation
    # never makes a word the knowledge base lacks known
    translation_match: float = 0.65
    unambiguous_translations: int = 3    # a word with this few translations is known to a document holding one
    # Cross-lingual word matches this weak only count when choosing within a document; also read when the index
    # is built (each word's nearest knowledge-base words kept from there on)
    loose_term_threshold: float = 0.62
    # A longer message is never taken for a follow-up of the previous turn. 14 (was 9): 'and if we come with two
    # children and the dog, is that more expensive?' leans on the previous question too; on forty companies a
    # candidate holds the answer for 198 of 239 later turns of conversations instead of 190, and
    # leave-one-company-out right minus wrong goes from 1,089 to 1,101 (answer model retrained)
    followup_max_words: int = 14
    # Subtract each language's mean question and passage vector before comparing (`knowledge/centering.py`);
    # read when the retriever is built
    center_languages: bool = True


class AnsweringSettings(BaseModel):
    """How the knowledge stages turn passages into a reply (`pipeline/stages/`): ``TANDEM_ANSWERING__MAX_DOCS=5``."""
    model_config = ConfigDict(frozen=True)

    max_docs: int = Field(4, ge=1, le=10, description="documents compose quotes from for the decide stage to weigh")
    retrieve_k: int = Field(8, ge=1, le=50, description="passages retrieved per question")
    quotes_per_doc: int = Field(2, ge=1, le=3, description="quotes compose makes from each candidate document, the "
                                "later ones from the units the earlier ones left out "
                                "(`pipeline.features.quote_orders`)")
    llm_passages: int = Field(20, ge=1, le=50, description="passages an LLM endpoint sees (more are retrieved then)")
    rephrase_share: float = Field(0.6, gt=0, le=1, description="share of the previous question's content words "
                                  "that makes the next message count as asking it again (record_feedback)")
    low_margin: float = Field(0.1, ge=0, le=1, description="an answer whose probability clears the threshold by "
                              "less than this is recorded as a content gap too")


class QuotingSettings(BaseModel):
    """How the offline path composes a quote from a document (`knowledge/answering.py`): which units it quotes, how
    long a reply gets, and when an asked word counts as covered or unknown. The defaults are the measured ones; the
    shipped answer model (pipeline/models/answering.json) was trained on quotes and features computed with them,
    so changing one calls for retraining it (scripts/train_answering.py). Set one with
    ``TANDEM_QUOTING__MAX_UNITS=2`` and the like."""
    model_config = ConfigDict(frozen=True)

    # Margins 0.30 / 0.36 and four units (were 0.12 / 0.18 and three, then 0.20 / 0.26 and four): on forty
    # companies the quote of some candidate holds the answer for 1,421 of 1,694 answerable questions (1,375, then
    # 1,413), replies average about 500 characters (409, then 472), and leave-one-company-out right minus wrong with
    # the answer model retrained goes from 1,023 to 1,071 to 1,089.
    unit_margin: float = Field(0.30, ge=0, le=1, description="further units scoring this close to the leading "
                               "unit are quoted with it: a second sentence nearly as good usually completes the "
                               "answer")
    typed_unit_margin: float = Field(0.36, ge=0, le=1, description="the wider margin for a unit holding the kind "
                                     "of answer asked for: a second price or time is worth quoting even when it "
                                     "matches the words less well")
    section_weight: float = Field(0.3, ge=0, le=1, description="share of its section's score a unit inherits when "
                                  "units compete: a unit in the section that answers best is likelier right")
    answer_type_bonus: float = Field(0.12, ge=0, le=1, description="added to a unit holding the kind of answer the "
                                     "question asks for (a price for 'how much')")
    key_match: float = Field(0.85, ge=0, le=1, description="how strongly a question word must match a table row's "
                             "key for that row to lead: the word itself, a typo, inflection, region or exact "
                             "translation, not a word merely similar in meaning")
    row_key_bonus: float = Field(0.12, ge=0, le=1, description="added to a table row whose first cell the question "
                                 "names ('… nach Österreich?'): a table is looked up by its key")
    required_margin: float = Field(0.30, ge=0, le=1, description="how far behind the leading unit one holding the "
                                   "required time or price may score and still lead: the question cannot be "
                                   "answered without it")
    each_kind: bool = Field(True, description="a question asking for several kinds of answer (an address and a "
                            "time) has a unit for each quoted first, of those within the margins: one kind quoted "
                            "three times answers half the question")
    # Whole tables: leave-one-company-out on forty companies a candidate holds the answer for 1,535 instead of 1,530
    # of 1,694 questions and right minus wrong stays 1,151 (README, twenty-first session).
    whole_table_chars: int = Field(520, ge=0, description="a question that names none of a table's rows, gives no "
                                   "amount a row's range holds, and is answered from one of its rows gets the whole "
                                   "table when its rows together are at most this long: 'when are you open?' asks for "
                                   "the week (seven rows in 'Header: value' form are about 450 characters), not for "
                                   "the day whose row matches best. The table may go past max_units and "
                                   "max_reply_chars; 0 turns it off")
    # Named rows alone: on the same forty companies right minus wrong 1,151 -> 1,158 (within the refit noise), 1,162
    # with the review's fixes; the sealed companies moved 127 -> 124 -> 123 (README, twenty-first session).
    keyed_row_alone: bool = Field(True, description="when the leading unit is a table row the question names by its "
                                  "key and that holds the kind of answer asked for, the other rows of its table are "
                                  "left out, and its short section is not quoted whole around it: 'on Saturday?' asks "
                                  "for Saturday's row, not for the days whose rows match nearly as well")
    max_units: int = Field(4, ge=1, le=10, description="units quoted at most: more makes the reply longer, and "
                           "past four rarely more right")
    fit_match: float = Field(0.65, ge=0, le=1, description="word match strength that counts for how well a unit "
                             "holding the required answer type fits the question: a dictionary translation or "
                             "better (retrieval.translation_match)")
    own_language_margin: float = Field(0.01, ge=0, le=1, description="how much better a passage in the other "
                                       "language must score to be quoted instead of one in the asker's: nearly "
                                       "as good and readable wins")
    paragraph_chars: int = Field(240, ge=0, description="a picked sentence's paragraph up to this long is quoted "
                                 "whole: a sentence often means little without its neighbours")
    whole_section_chars: int = Field(320, ge=0, description="a section this short is quoted whole: it reads "
                                     "better than pieces of it")
    max_reply_chars: int = Field(600, ge=200, description="longest reply a chat shows well; the quoted body gets "
                                 "this less 150 to 170 characters, the room of the lead-in and the source line")
    term_covered: float = Field(0.74, ge=0, le=1, description="match strength from which a question word counts "
                                "as covered by a document (coverage, missing words)")
    unknown_below: float = Field(0.70, ge=0, le=1, description="a question word with no knowledge-base word this "
                                 "similar is unknown to the knowledge base: the question is about something it "
                                 "does not know")


class ChecksSettings(BaseModel):
    """The hand-written checks that decline a message before retrieval, each switchable
    (``TANDEM_CHECKS__INSTRUCTIONS=false``); README's ablation table gives what each gains."""
    model_config = ConfigDict(frozen=True)

    instructions: bool = Field(True, description="decline a message that tries to override the bot's instructions")
    others_data: bool = Field(True, description="decline a request for staff's or other customers' personal data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANDEM_", extra="ignore", env_nested_delimiter="__")

    data_dir: Path = ROOT / "data"
    kb_dir: Path = ROOT / "sample_kb"
    chroma_url: str | None = Field(None, description="Chroma server URL; empty = embedded store in data_dir")
    collection: str = "knowledge"

    host: str = "127.0.0.1"
    api_port: int = 8000
    rasa_port: int = 5005
    action_port: int = 5055
    rasa_token: str = Field("", repr=False, description="Token for Rasa's HTTP API; generated per run when empty")

    database_url: str = Field("", description="SQLAlchemy URL of the Tandem database; empty = SQLite in data_dir")
    # The production layout (`tandem run --scale`, deploy/compose.yml): Rasa's tracker store on PostgreSQL and its
    # lock store (and the channels' memory of handled messages) in Redis, so several Rasa instances share them.
    tracker_db_url: str = Field("", description="SQLAlchemy URL of Rasa's tracker store; empty = SQLite in data_dir")
    redis_url: str = Field("", description="Redis URL for Rasa's lock store; empty = in memory (one Rasa)")
    lock_lifetime_s: int = Field(30, ge=5, description="how long a Rasa instance may hold a conversation's lock: "
                                 "after one is killed, its conversations wait at most this long (Rasa's default 60)")
    support_hours: str = Field("Mon-Fri 09:00-18:00", description="when people answer handed-over chats")
    timezone: str = "Europe/Berlin"
    minutes_per_waiting_chat: int = Field(5, description="expected wait per conversation ahead in the queue")

    # Per-client limits on the public entry points: at most N in any sliding window; 0 switches a limit off.
    # Generous on purpose: many followers (mobile carriers) or agents (one office) can share one address.
    rate_limit_window_s: float = Field(60.0, gt=0, description="the sliding window of the per-client limits")
    webhook_per_ip: int = Field(300, description="Rasa REST/socket.io messages and connections per client address")
    webhook_per_sender: int = Field(30, description="Rasa REST/socket.io messages per conversation (sender id)")
    api_per_ip: int = Field(1800, description="Tandem API requests per client address (not /internal, /health)")
    login_failures_per_ip: int = Field(30, description="failed inbox sign-ins per client address per login window")
    login_window_s: float = Field(900.0, gt=0, description="the window for login_failures_per_ip")
    web_chat_origins: str = Field("", description="origins (comma-separated, e.g. 'https://shop.example') of the "
                                  "pages that host the web chat: the only ones Rasa accepts (CORS, socket.io); "
                                  "empty = the Tandem API's own address")
    forwarded_allow_ips: str = Field("127.0.0.1", description="proxies (comma-separated) whose X-Forwarded-For "
                                                              "names the client; '*' trusts any")

    # The answer model (pipeline/model.py, trained by scripts/train_answering.py) decides whether to answer.
    answer_model: Path | None = Field(None, description="answer model file; empty = the one shipped")
    answer_threshold: float | None = Field(None, ge=0, le=1, description="probability from which to answer; "
                                           "empty = the model's operating point (higher: fewer, surer answers)")
    # Ding's German–English dictionary (Debian package trans-de-en, installed by scripts/setup): matches a
    # question's words to passages in the other language. Empty or missing = the encoder alone does that.
    dictionary: str = Field("/usr/share/trans/de-en", description="German–English dictionary file (Ding format)")
    cache_dir: Path = ROOT / ".cache"
    max_message_chars: int = Field(2000, gt=0, description="a follower message is cut to this many characters "
                                                           "(in Rasa's connectors, before NLU)")
    # Rasa's whole request body (Sanic's REQUEST_MAX_SIZE and WEBSOCKET_MAX_SIZE): larger ones get HTTP 413
    # before they are read. Room for a message of max_message_chars in 4-byte UTF-8, its JSON and metadata.
    max_request_bytes: int = Field(65536, ge=4096, description="largest request body Rasa's webhooks read")
    webhook_bytes_per_ip: int = Field(2_000_000, description="message bytes per client address and window "
                                                             "(Rasa REST/socket.io); 0 = off")
    # Supervision (tandem/supervisor.py): a process whose health URL has not answered for this long is killed and
    # restarted. Empty = 10 s, or the LLM timeout + 10 s with an LLM endpoint (a turn holds the action server).
    hang_after_s: float | None = Field(None, gt=0, description="restart a process unanswering this long")
    assistant_name: str = "Tandem"
    # A brand's own wording of the AI disclosure that opens every conversation ({name} = assistant_name). It must
    # still say that this is an automated assistant and that a person is available. Empty = Tandem's wording.
    disclosure_de: str = Field("", max_length=1000, description="the AI disclosure in German")
    # One form of address in German per brand, for everything Tandem itself writes ("du" or "sie").
    german_form: str = Field("du", pattern="^(du|sie)$", description="German form of address: du or sie")
    # How an agent's replies are signed in the web chat: empty = the agent's display name, else this (e.g. "Team").
    agent_label: str = Field("", max_length=64, description="shown instead of agents' names in the web chat")
    disclosure_en: str = Field("", max_length=1000, description="the AI disclosure in English")
    # Staff's "handed over / not handed over" examples for this brand (handoff/examples.py; README, "Escalation
    # detector"). Read again when the file changes. Empty = none.
    handoff_examples: str = Field("", description="YAML file of the brand's hand-over examples")

    openai_base_url: str | None = Field(None, validation_alias=AliasChoices("OPENAI_BASE_URL", "TANDEM_OPENAI_BASE_URL"))
    openai_api_key: str | None = Field(None, repr=False,
                                       validation_alias=AliasChoices("OPENAI_API_KEY", "TANDEM_OPENAI_API_KEY"))
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 20.0
    retrieval: RetrievalSettings = RetrievalSettings()
    answering: AnsweringSettings = AnsweringSettings()
    quoting: QuotingSettings = QuotingSettings()
    checks: ChecksSettings = ChecksSettings()
    trace_replies: bool = Field(False, description="send every stage's decision with each reply (for `tandem eval "
                                                   "--trace`); off in production: followers need not see it")

    @model_validator(mode="after")
    def _translations_stay_ambiguous(self) -> Settings:
        """A dictionary translation may be one of many senses: were its match strength to reach the quoting
        thresholds, it alone would make a word the knowledge base lacks count as known and covered."""
        limit = min(self.quoting.unknown_below, self.quoting.term_covered)
        if self.retrieval.translation_match >= limit:
            raise ValueError(f"retrieval.translation_match ({self.retrieval.translation_match}) must stay below "
                             f"quoting.unknown_below and quoting.term_covered ({limit})")
        return self

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def chat_origins(self) -> list[str]:
        """Where the web chat may be served from: the configured origins, or the API's own address (both
        spellings of the loopback address; on a wildcard bind also this machine's name)."""
        configured = [o.strip().rstrip("/") for o in self.web_chat_origins.split(",") if o.strip()]
        if configured:
            return configured
        hosts = [self.host]
        if self.host in ("127.0.0.1", "localhost", "0.0.0.0", "::", ""):
            hosts = ["127.0.0.1", "localhost"]
            if self.host in ("0.0.0.0", "::", ""):
                import socket

                hosts.append(socket.gethostname())
        return [f"http://{h}:{self.api_port}" for h in hosts]

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'tandem.db'}"

    @property
    def tracker_db(self) -> str:
        return self.tracker_db_url or f"sqlite:///{self.data_dir / 'tracker.db'}"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def disclosure(self) -> dict[str, str]:
        """The brand's disclosure wording per language, for the languages it set."""
        return {lang: text.strip() for lang, text in (("de", self.disclosure_de), ("en", self.disclosure_en))
                if text.strip()}

    @property
    def hang_after(self) -> float:
        """Seconds without a health answer after which a process counts as hung."""
        if self.hang_after_s is not None:
            return self.hang_after_s
        return self.llm_timeout_s + 10.0 if self.llm_enabled else 10.0

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_base_url or self.openai_api_key)


# For `tandem eval` and the benchmarks, which measure the bot from one address and would otherwise measure the
# flood protection: `settings.model_copy(update=NO_CLIENT_LIMITS)`.
NO_CLIENT_LIMITS = {"webhook_per_ip": 0, "webhook_per_sender": 0, "api_per_ip": 0}


@lru_cache
def get_settings() -> Settings:
    return Settings()
