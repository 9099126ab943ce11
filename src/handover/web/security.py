"""Who may change the ledger: the write token, login sessions and CSRF tokens.

The token given to :func:`handover.web.create_app` is the only secret. API clients send it as
``Authorization: Bearer <token>``. People enter it once in the login form; the app then sets a
session cookie (HttpOnly, SameSite=Strict) whose value is signed with a key derived from the
token, so nothing is stored on the server and changing the token ends every session. Each form
carries a CSRF token derived from the session; a POST without the matching one is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

__all__ = ["SESSION_COOKIE", "SESSION_SECONDS", "Guard"]

SESSION_COOKIE = "handover_session"
SESSION_SECONDS = 12 * 3600


class Guard:
    """Checks the write token, issues and checks sessions, derives CSRF tokens."""

    def __init__(self, token: str) -> None:
        self._token = token.encode("utf-8")
        self._key = hmac.new(self._token, b"handover web session key", hashlib.sha256).digest()

    def token_ok(self, candidate: str | None) -> bool:
        """Whether ``candidate`` is the write token (compared in constant time)."""
        if not candidate:
            return False
        return hmac.compare_digest(candidate.strip().encode("utf-8"), self._token)

    def bearer_ok(self, authorization: str | None) -> bool:
        """Whether an ``Authorization`` header carries ``Bearer <token>``."""
        if not authorization:
            return False
        scheme, _, value = authorization.partition(" ")
        return scheme.lower() == "bearer" and self.token_ok(value)

    def new_session(self, now: float | None = None) -> str:
        """A fresh session cookie value: issue time, random nonce and signature."""
        issued = int(now if now is not None else time.time())
        body = f"{issued}.{secrets.token_urlsafe(18)}"
        return f"{body}.{self._sign('session', body)}"

    def session(self, cookie: str | None, now: float | None = None) -> str | None:
        """The session a cookie names, if its signature holds and it has not expired."""
        if not cookie or cookie.count(".") != 2:
            return None
        body, _, signature = cookie.rpartition(".")
        if not hmac.compare_digest(signature, self._sign("session", body)):
            return None
        issued = body.split(".", 1)[0]
        if not issued.isdigit():
            return None
        age = (now if now is not None else time.time()) - int(issued)
        return cookie if 0 <= age <= SESSION_SECONDS else None

    def csrf_token(self, session: str) -> str:
        """The CSRF token that forms of this session must carry."""
        return self._sign("csrf", session)

    def csrf_ok(self, session: str, candidate: str | None) -> bool:
        """Whether a submitted CSRF token belongs to this session."""
        return bool(candidate) and hmac.compare_digest(str(candidate), self.csrf_token(session))

    def _sign(self, purpose: str, value: str) -> str:
        message = f"{purpose}:{value}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()
