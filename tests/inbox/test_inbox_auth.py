"""Passwords and tokens: scrypt with a salt per user, tokens stored hashed, expiring and revocable."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from inbox import auth
from inbox.models import AuthToken, User

PASSWORD = "correct horse battery"


def test_a_password_is_stored_as_salted_scrypt_not_as_itself(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    assert user.password_hash.startswith("scrypt$") and PASSWORD not in user.password_hash


def test_the_same_password_hashes_differently_for_two_users(session):
    first = auth.create_user(session, "anna", PASSWORD, "agent")
    second = auth.create_user(session, "ben", PASSWORD, "agent")
    assert first.password_hash != second.password_hash


def test_the_default_cost_is_recorded_in_the_hash(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**14)
    assert auth.hash_password(PASSWORD).split("$")[1] == str(2**14)


def test_the_right_password_verifies_and_a_wrong_one_does_not():
    stored = auth.hash_password(PASSWORD)
    assert auth.verify_password(PASSWORD, stored)
    assert not auth.verify_password(PASSWORD + "!", stored)


def test_a_malformed_stored_hash_never_verifies():
    assert not auth.verify_password(PASSWORD, "plain-text-password")


@pytest.mark.parametrize(("name", "password", "role", "problem"), [
    ("anna", "short", "agent", "at least 8"),
    ("anna smith", PASSWORD, "agent", "user name"),
    ("../etc", PASSWORD, "agent", "user name"),
    ("anna", PASSWORD, "boss", "unknown role"),
])
def test_bad_new_users_are_refused_with_the_reason(session, name, password, role, problem):
    with pytest.raises(auth.AuthError, match=problem):
        auth.create_user(session, name, password, role)


def test_a_taken_name_is_refused(session):
    auth.create_user(session, "anna", PASSWORD, "agent")
    with pytest.raises(auth.AuthError, match="already exists"):
        auth.create_user(session, "anna", PASSWORD, "staff")


def test_authenticate_returns_the_user_for_the_right_password(session):
    auth.create_user(session, "anna", PASSWORD, "agent")
    assert auth.authenticate(session, "anna", PASSWORD).name == "anna"


def test_authenticate_refuses_unknown_names_and_wrong_passwords(session):
    auth.create_user(session, "anna", PASSWORD, "agent")
    assert auth.authenticate(session, "nobody", PASSWORD) is None
    assert auth.authenticate(session, "anna", "wrong password") is None


def test_a_deactivated_user_cannot_sign_in(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    user.active = False
    session.commit()
    assert auth.authenticate(session, "anna", PASSWORD) is None


def test_a_token_is_stored_only_as_its_hash(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    issued = auth.issue_token(session, user)
    stored = session.scalars(select(AuthToken)).one()
    assert issued.token not in stored.token_hash and len(stored.token_hash) == 64


def test_a_valid_token_finds_its_user(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    assert auth.user_for_token(session, auth.issue_token(session, user).token).name == "anna"


def test_an_expired_token_is_refused(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    issued = auth.issue_token(session, user, ttl=timedelta(seconds=-1))
    assert auth.user_for_token(session, issued.token) is None


def test_a_revoked_token_is_refused(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    issued = auth.issue_token(session, user)
    auth.revoke(session, issued.token)
    assert auth.user_for_token(session, issued.token) is None


def test_a_new_password_signs_the_user_out_everywhere(session):
    user = auth.create_user(session, "anna", PASSWORD, "agent")
    issued = auth.issue_token(session, user)
    auth.set_password(session, user, "another long password")
    assert auth.user_for_token(session, issued.token) is None
    assert auth.authenticate(session, "anna", "another long password") is not None


@pytest.mark.parametrize(("role", "needed", "allowed"), [
    ("admin", "staff", True), ("admin", "agent", True), ("staff", "agent", True),
    ("staff", "admin", False), ("agent", "staff", False), ("agent", "agent", True),
])
def test_roles_are_nested_admin_over_staff_over_agent(role, needed, allowed):
    assert auth.has_role(User(name="x", role=role), needed) is allowed
