"""Agents' passwords and bearer tokens.

Passwords: scrypt (memory-hard, in the standard library) with a random salt per user, stored as one
self-describing string so the cost can be raised later without breaking existing hashes.
Tokens: random, handed out once at sign-in, stored only as SHA-256 (a token is already high-entropy, so a
fast hash suffices) with an expiry; signing out revokes the row instead of deleting it.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inbox.models import ROLES, AuthToken, User, now

SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
SALT_BYTES = 16
MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_CHARS = 1024
TOKEN_TTL = timedelta(hours=12)  # proposed setting: TANDEM_TOKEN_TTL_HOURS (default 12)
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}
# Verifying against this when the name is unknown keeps a failed sign-in as slow as a wrong password,
# so response times do not reveal which names exist.
_DUMMY_HASH = ""


class AuthError(ValueError):
    """Bad input for creating a user (name taken, weak password, unknown role): the message says which."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return scheme == "scrypt" and hmac.compare_digest(actual, expected)


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if not _DUMMY_HASH:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    return _DUMMY_HASH


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise AuthError(f"the password needs at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > MAX_PASSWORD_CHARS:
        raise AuthError(f"the password may have at most {MAX_PASSWORD_CHARS} characters")


def has_role(user: User, role: str) -> bool:
    """admin ⊇ staff ⊇ agent."""
    return ROLE_RANK.get(user.role, -1) >= ROLE_RANK[role]


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name)).first()


def create_user(session: Session, name: str, password: str, role: str, display_name: str = "") -> User:
    if not NAME_PATTERN.match(name):
        raise AuthError("a user name is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
    if role not in ROLES:
        raise AuthError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
    check_new_password(password)
    if find_user(session, name) is not None:
        raise AuthError(f"a user named {name!r} already exists")
    user = User(name=name, display_name=display_name.strip()[:128], password_hash=hash_password(password), role=role)
    session.add(user)
    session.commit()
    return user


def set_password(session: Session, user: User, password: str) -> None:
    """A new password also signs the user out everywhere: old tokens may be in the wrong hands."""
    check_new_password(password)
    user.password_hash = hash_password(password)
    revoke_all(session, user)
    session.commit()


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = find_user(session, name) if len(password) <= MAX_PASSWORD_CHARS else None
    if user is None or not user.active:
        verify_password(password[:MAX_PASSWORD_CHARS], _dummy_hash())
        return None
    return user if verify_password(password, user.password_hash) else None


def _token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything Tandem stores is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: datetime


def issue_token(session: Session, user: User, ttl: timedelta = TOKEN_TTL) -> IssuedToken:
    raw = secrets.token_urlsafe(32)
    expires = now() + ttl
    session.add(AuthToken(token_hash=_token_hash(raw), user_id=user.id, expires_at=expires))
    session.commit()
    return IssuedToken(raw, expires)


def user_for_token(session: Session, raw: str) -> User | None:
    """The active user a valid, unexpired, unrevoked token belongs to; None for anything else."""
    if not raw or len(raw) > 256:
        return None
    found = session.execute(select(AuthToken, User).join(User, User.id == AuthToken.user_id)
                            .where(AuthToken.token_hash == _token_hash(raw))).first()
    if found is None:
        return None
    token, user = found
    if token.revoked_at is not None or aware(token.expires_at) <= now() or not user.active:
        return None
    return user


def revoke(session: Session, raw: str) -> None:
    session.execute(update(AuthToken).where(AuthToken.token_hash == _token_hash(raw), AuthToken.revoked_at.is_(None))
                    .values(revoked_at=now()))
    session.commit()


def revoke_all(session: Session, user: User) -> None:
    session.execute(update(AuthToken).where(AuthToken.user_id == user.id, AuthToken.revoked_at.is_(None))
                    .values(revoked_at=now()))
