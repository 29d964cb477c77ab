"""Per-client limits on Rasa's public webhooks (REST and socket.io): per client IP and per sender.

Standard library only (no Rasa import), so it runs in Rasa's process and the Tandem tests can load it too. The
numbers come from the environment that `tandem.stack` gives the Rasa process, written from `tandem.settings`
(``TANDEM_WEBHOOK_PER_IP``, ``TANDEM_WEBHOOK_PER_SENDER``, ``TANDEM_WEBHOOK_BYTES_PER_IP``,
``TANDEM_RATE_LIMIT_WINDOW_S``, ``TANDEM_FORWARDED_ALLOW_IPS``); the fallbacks below only matter when Rasa is started by hand and must match
the settings' defaults (a test checks that).
"""
import os
from typing import Iterable, Mapping, NamedTuple, Optional

from .window import SlidingWindow

DEFAULT_WINDOW_S = 60.0
DEFAULT_PER_IP = 300
DEFAULT_PER_SENDER = 30
DEFAULT_BYTES_PER_IP = 2_000_000    # a few large messages, not a stream of megabytes, per address and window
DEFAULT_FORWARDED_ALLOW_IPS = "127.0.0.1"
NOTICE = ("Du schreibst gerade sehr schnell – bitte warte einen Moment. / "
          "You're sending messages very quickly – please wait a moment.")


class Refusal(NamedTuple):
    scope: str              # "ip", "sender" or "bytes" (message bytes from one address)
    retry_after: float
    first: bool             # first refusal in a row for this client: tell them once
    limit: int
    window_s: float

    def body(self) -> dict:
        """The JSON body of the HTTP 429 answer."""
        if self.scope == "bytes":
            what = f"too much text from your address: at most {self.limit} bytes in {self.window_s:g} s"
        else:
            who = "your address" if self.scope == "ip" else "this conversation"
            what = f"too many messages from {who}: at most {self.limit} in {self.window_s:g} s"
        return {
            "error": "rate_limited",
            "scope": self.scope,
            "detail": f"{what}; try again in {self.retry_after:.0f} s",
            "retry_after": round(self.retry_after, 1),
        }

    def headers(self) -> dict:
        return {"Retry-After": str(max(1, int(self.retry_after + 0.999)))}


def masked(ip: Optional[str]) -> str:
    """An address for the log without identifying one person: the network, not the host ("203.0.113.x")."""
    ip = ip or "unknown"
    if ip.count(".") == 3:
        return ip.rsplit(".", 1)[0] + ".x"
    if ":" in ip:
        return ":".join(ip.split(":")[:3]) + ":x"
    return "x"


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "")
    try:
        return float(raw) if raw.strip() else default
    except ValueError:
        return default


class WebhookLimits:
    def __init__(self, per_ip: int = DEFAULT_PER_IP, per_sender: int = DEFAULT_PER_SENDER,
                 window_s: float = DEFAULT_WINDOW_S, trusted_proxies: Iterable[str] = (DEFAULT_FORWARDED_ALLOW_IPS,),
                 clock=None, bytes_per_ip: int = DEFAULT_BYTES_PER_IP) -> None:
        self.window_s = window_s
        self.ips = SlidingWindow(per_ip, window_s, clock=clock)
        self.senders = SlidingWindow(per_sender, window_s, clock=clock)
        self.ip_bytes = SlidingWindow(bytes_per_ip, window_s, clock=clock)
        self.trusted = {p.strip() for p in trusted_proxies if p.strip()}

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "WebhookLimits":
        env = os.environ if env is None else env
        trusted = env.get("TANDEM_FORWARDED_ALLOW_IPS", DEFAULT_FORWARDED_ALLOW_IPS).split(",")
        return cls(per_ip=int(_number(env, "TANDEM_WEBHOOK_PER_IP", DEFAULT_PER_IP)),
                   per_sender=int(_number(env, "TANDEM_WEBHOOK_PER_SENDER", DEFAULT_PER_SENDER)),
                   window_s=_number(env, "TANDEM_RATE_LIMIT_WINDOW_S", DEFAULT_WINDOW_S), trusted_proxies=trusted,
                   bytes_per_ip=int(_number(env, "TANDEM_WEBHOOK_BYTES_PER_IP", DEFAULT_BYTES_PER_IP)))

    def client_ip(self, peer: str, forwarded_for: Optional[str] = None) -> str:
        """The peer's address, or, when the peer is a trusted proxy, the nearest address in X-Forwarded-For that
        is not itself a trusted proxy (entries further left can be made up by the client)."""
        if not forwarded_for or ("*" not in self.trusted and peer not in self.trusted):
            return peer or "unknown"
        for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
            if hop not in self.trusted:
                return hop
        return peer or "unknown"

    def check(self, ip: str, sender: Optional[str] = None, size: int = 0) -> Optional[Refusal]:
        """Count one message of ``size`` bytes from ``ip`` (and ``sender``); None when allowed, else why not. A
        message refused for its sender still counts for its address: a flood that rotates senders is caught by
        the address. Bytes are counted too, so a few huge messages cost as much as many small ones."""
        verdict = self.ips.hit(f"ip:{ip}")
        if not verdict.allowed:
            return Refusal("ip", verdict.retry_after, verdict.first_refusal, self.ips.limit, self.window_s)
        if size > 0:
            verdict = self.ip_bytes.hit(f"bytes:{ip}", size)
            if not verdict.allowed:
                return Refusal("bytes", verdict.retry_after, verdict.first_refusal, self.ip_bytes.limit,
                               self.window_s)
        if sender:
            verdict = self.senders.hit(f"sender:{sender}")
            if not verdict.allowed:
                return Refusal("sender", verdict.retry_after, verdict.first_refusal, self.senders.limit,
                               self.window_s)
        return None
