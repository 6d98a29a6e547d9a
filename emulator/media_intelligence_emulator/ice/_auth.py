"""The emulator's own verifier of signature V3 (ACS3-HMAC-SHA256).

The query is decoded from the wire (form encoding, space as ``+``) and
re-encoded with RFC 3986 before hashing, as the provider does; the headers
signed are the ``SignedHeaders`` the client lists (at least ``host`` and every
``x-acs-*`` header it sent). Nonces are remembered for the clock window.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote

from ._errors import IceError

__all__ = ["NonceCache", "verify_v3"]

ALGORITHM = "ACS3-HMAC-SHA256"
_AUTH = re.compile(r"ACS3-HMAC-SHA256 Credential=([^,\s]+),SignedHeaders=([a-z0-9;_.-]+),Signature=([0-9a-f]{64})")


class NonceCache:
    """Nonces seen in the clock window (replay protection)."""

    def __init__(self) -> None:
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def use(self, nonce: str, now: float, window: float) -> bool:
        """False when the nonce was used already (within ``window`` seconds, the accepted clock skew)."""
        with self._lock:
            if len(self._seen) > 10000:
                self._seen = {n: t for n, t in self._seen.items() if now - t < window}
            if nonce in self._seen:
                return False
            self._seen[nonce] = now
            return True


def _encode(value: str) -> str:
    return quote(value, safe="~", encoding="utf-8")


def verify_v3(
    method: str,
    path: str,
    raw_query: str,
    headers: Mapping[str, str],
    body: bytes,
    secret_for: object,
    nonces: NonceCache,
    *,
    now: float | None = None,
) -> str:
    """Check the request's signature; return the access key ID. ``secret_for(key_id) -> secret | None``."""
    from ice_spec import Errors, Limits  # here, not at import: the compiled contract stays off the start-up path

    header = headers.get("authorization", "")
    match = _AUTH.fullmatch(header.strip())
    if match is None:
        raise IceError(
            Errors.INCOMPLETE_SIGNATURE_ERROR,
            "Authorization must be ACS3-HMAC-SHA256 Credential=,SignedHeaders=,Signature=",
        )
    key_id, signed, sig = match.groups()
    names = signed.split(";")
    sent_acs = {k.lower() for k in headers if k.lower().startswith("x-acs-")}
    missing = sorted(({"host", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"} | sent_acs) - set(names))
    if missing:
        raise IceError(Errors.INCOMPLETE_SIGNATURE_ERROR, f"headers not signed: {', '.join(missing)}")
    for name in ("x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"):
        if not headers.get(name):
            raise IceError(Errors.INCOMPLETE_SIGNATURE_ERROR, f"missing header {name}")
    assert callable(secret_for)
    secret = secret_for(key_id)
    if secret is None:
        raise IceError(Errors.ACCESS_KEY_NOT_FOUND_ERROR)
    current = time.time() if now is None else now
    try:
        stamp = datetime.strptime(headers["x-acs-date"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise IceError(Errors.INCOMPLETE_SIGNATURE_ERROR, "x-acs-date must be yyyy-MM-ddTHH:mm:ssZ") from None
    window = Limits.SIGNATURE_CLOCK_SKEW_SECONDS
    if abs(current - stamp) > window:
        raise IceError(Errors.TIMESTAMP_EXPIRED_ERROR)
    if headers["x-acs-content-sha256"] != hashlib.sha256(body).hexdigest():
        raise IceError(Errors.SIGNATURE_DOES_NOT_MATCH_ERROR, "x-acs-content-sha256 is not the SHA-256 of the body")
    pairs = parse_qsl(raw_query, keep_blank_values=True)
    query = "&".join(f"{k}={v}" for k, v in sorted((_encode(k), _encode(v)) for k, v in pairs))
    canonical_headers = "".join(f"{n}:{headers.get(n, '').strip()}\n" for n in sorted(names))
    canonical = "\n".join(
        [
            method.upper(),
            path or "/",
            query,
            canonical_headers,
            ";".join(sorted(names)),
            headers["x-acs-content-sha256"],
        ]
    )
    string_to_sign = f"{ALGORITHM}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
    expected = hmac.new(str(secret).encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise IceError(Errors.SIGNATURE_DOES_NOT_MATCH_ERROR)
    if not nonces.use(headers["x-acs-signature-nonce"], current, window):
        raise IceError(Errors.SIGNATURE_NONCE_USED_ERROR)
    return key_id
