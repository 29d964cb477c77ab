"""Everything Tandem reads from the environment, in one place.

Variables are prefixed ``TANDEM_`` (``TANDEM_DATA_DIR=/srv/tandem``). The LLM endpoint is read the way
the ``openai`` client reads it (``OPENAI_BASE_URL``, ``OPENAI_API_KEY``) so an existing setup just works.
Every default works offline on a fresh clone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANDEM_", extra="ignore")

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
    max_message_chars: int = 2000
    assistant_name: str = "Tandem"
    # A brand's own wording of the AI disclosure that opens every conversation ({name} = assistant_name). It must
    # still say that this is an automated assistant and that a person is available. Empty = Tandem's wording.
    disclosure_de: str = Field("", max_length=1000, description="the AI disclosure in German")
    # One form of address in German per brand, for everything Tandem itself writes ("du" or "sie").
    german_form: str = Field("du", pattern="^(du|sie)$", description="German form of address: du or sie")
    # How an agent's replies are signed in the web chat: empty = the agent's display name, else this (e.g. "Team").
    agent_label: str = Field("", max_length=64, description="shown instead of agents' names in the web chat")
    disclosure_en: str = Field("", max_length=1000, description="the AI disclosure in English")

    openai_base_url: str | None = Field(None, validation_alias=AliasChoices("OPENAI_BASE_URL", "TANDEM_OPENAI_BASE_URL"))
    openai_api_key: str | None = Field(None, repr=False,
                                       validation_alias=AliasChoices("OPENAI_API_KEY", "TANDEM_OPENAI_API_KEY"))
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 20.0
    trace_replies: bool = Field(False, description="send every stage's decision with each reply (for `tandem eval "
                                                   "--trace`); off in production: followers need not see it")

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
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def disclosure(self) -> dict[str, str]:
        """The brand's disclosure wording per language, for the languages it set."""
        return {lang: text.strip() for lang, text in (("de", self.disclosure_de), ("en", self.disclosure_en))
                if text.strip()}

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_base_url or self.openai_api_key)


# For `tandem eval` and the benchmarks, which measure the bot from one address and would otherwise measure the
# flood protection: `settings.model_copy(update=NO_CLIENT_LIMITS)`.
NO_CLIENT_LIMITS = {"webhook_per_ip": 0, "webhook_per_sender": 0, "api_per_ip": 0}


@lru_cache
def get_settings() -> Settings:
    return Settings()
