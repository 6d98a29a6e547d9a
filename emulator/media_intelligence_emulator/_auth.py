"""Verification of NCP signature v2, as the API gateway does it.

The emulator computes the signature itself (it shares no code with the SDK
that signs the requests, so a bug in one is caught by the other): standard
Base64 of HMAC-SHA256, keyed with the secret key, over three lines joined by
``\\n``: ``{METHOD} {path-and-query}``, the timestamp header as sent, the
access key. The path and query are taken exactly as received
(``scope["raw_path"]`` + ``?`` + ``scope["query_string"]``). Any failure (a
missing header, a timestamp that is not epoch milliseconds or is more than
``clock_skew_seconds`` away, an unknown access key, a wrong signature) raises
the gateway's 401 error ``200``; the detail says which check failed and never
echoes the expected signature, a secret, or more than a few characters of
what was sent.

``sign_url``/``verify_url`` protect the files the emulator serves (scene and
person thumbnails) the way presigned URLs do: the URL names the owner's access
key and an expiry and carries an HMAC of both under the owner's secret key.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote_plus

from mi_spec import SECURITY_HEADERS, GatewayErrors

from ._config import EmulatorConfig
from ._errors import GatewayError

__all__ = [
    "HEADER_ACCESS_KEY",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "compute_signature",
    "path_with_query",
    "sign_url",
    "verify_signature",
    "verify_url",
]

AUTH_FAILED = GatewayErrors.GATEWAY_AUTHENTICATION_FAILED
# The headers of the spec's three security schemes (components.securitySchemes, all `in: header`).
_HEADERS = {h.scheme: h.header for h in SECURITY_HEADERS}
HEADER_TIMESTAMP = _HEADERS["NcpTimestamp"]
HEADER_ACCESS_KEY = _HEADERS["NcpAccessKey"]
HEADER_SIGNATURE = _HEADERS["NcpSignatureV2"]
#: Epoch milliseconds as ASCII digits; more than 16 digits is beyond year 300,000 (and int() of a
#: long string is costly), so it is refused before any arithmetic.
_TIMESTAMP = re.compile(r"[0-9]{1,16}")
#: Query parameters of a signed file URL.
URL_ACCESS_KEY = "X-Mi-Access-Key"
URL_EXPIRES = "X-Mi-Expires"
URL_SIGNATURE = "X-Mi-Signature"
_URL_KEY_FIELD = quote_plus(URL_ACCESS_KEY) + "="
_URL_EXPIRES_FIELD = "&" + quote_plus(URL_EXPIRES) + "="
_URL_SIGNATURE_FIELD = "&" + quote_plus(URL_SIGNATURE) + "="


def compute_signature(method: str, target: str, timestamp: str, access_key: str, secret_key: str) -> str:
    """Base64(HMAC-SHA256(secret, "METHOD target\\ntimestamp\\naccess key"))."""
    message = "\n".join((f"{method.upper()} {target}", timestamp, access_key))
    mac = hmac.new(secret_key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode("ascii")


def path_with_query(scope: Mapping[str, Any]) -> str:
    """The request target as sent on the wire: raw path, then ``?query`` when there is one."""
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes | bytearray) else str(scope.get("path", "/"))
    query = scope.get("query_string") or b""
    if isinstance(query, bytes | bytearray):
        query = query.decode("latin-1")
    return f"{path}?{query}" if query else path


def verify_signature(
    config: EmulatorConfig,
    method: str,
    target: str,
    headers: Mapping[str, str],
    *,
    now: float | None = None,
) -> str:
    """Check the three signature headers; return the caller's access key.

    Raises ``GatewayError(AUTH_FAILED)`` (401, errorCode 200) on any failure.
    """
    timestamp = headers.get(HEADER_TIMESTAMP)
    access_key = headers.get(HEADER_ACCESS_KEY)
    signature = headers.get(HEADER_SIGNATURE)
    if not timestamp or not access_key or not signature:
        missing = [
            h
            for h, v in ((HEADER_TIMESTAMP, timestamp), (HEADER_ACCESS_KEY, access_key), (HEADER_SIGNATURE, signature))
            if not v
        ]
        raise GatewayError(AUTH_FAILED, f"missing header(s): {', '.join(missing)}")
    if not _TIMESTAMP.fullmatch(timestamp):
        raise GatewayError(AUTH_FAILED, f"{HEADER_TIMESTAMP} must be epoch milliseconds (ASCII digits)")
    current = time.time() if now is None else now
    if abs(current - int(timestamp) / 1000.0) > config.clock_skew_seconds:
        raise GatewayError(AUTH_FAILED, f"{HEADER_TIMESTAMP} is more than {int(config.clock_skew_seconds)} s off")
    secret = config.secret_for(access_key)
    if secret is None:
        raise GatewayError(AUTH_FAILED, "unknown access key")
    expected = compute_signature(method, target, timestamp, access_key, secret)
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace")):
        raise GatewayError(AUTH_FAILED, "signature mismatch")
    return access_key


def _url_mac(secret: str, path: str, expires: str, access_key: str) -> str:
    message = "\n".join(("GET " + path, expires, access_key))
    mac = hmac.digest(secret.encode("utf-8"), message.encode("utf-8"), "sha256")
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")


def sign_url(config: EmulatorConfig, base_url: str, path: str, access_key: str, expires_in: int) -> str:
    """``base_url + path`` with the query that lets ``access_key``'s holder GET it for at most ``expires_in`` s."""
    secret = config.secret_for(access_key)
    if secret is None:  # an owner that is no longer configured: a URL that never verifies
        secret = ""
    # the expiry moves in steps of half the validity, so that the same file read twice has the same URL
    # (responses stay comparable and cacheable); a URL is valid for more than half of expires_in
    step = max(1, int(expires_in) // 2)
    expires = str((int(time.time()) // step + 2) * step)
    # what urlencode() writes for these three, without its generic work (a result page signs tens of URLs):
    # the signature is URL-safe base64 without padding, which quote_plus leaves as it is
    query = f"{_URL_KEY_FIELD}{_quoted(access_key)}{_URL_EXPIRES_FIELD}{_quoted(expires)}"
    return f"{base_url}{path}?{query}{_URL_SIGNATURE_FIELD}{_url_mac(secret, path, expires, access_key)}"


@functools.lru_cache(maxsize=256)
def _quoted(value: str) -> str:
    """``quote_plus(value)`` (an access key, an expiry: the same for every URL of a page)."""
    return quote_plus(value)


def verify_url(config: EmulatorConfig, path: str, query: Mapping[str, str], *, now: float | None = None) -> str | None:
    """The access key a signed file URL was issued to, or None when it is not signed, expired or forged."""
    access_key, expires, signature = (query.get(n) for n in (URL_ACCESS_KEY, URL_EXPIRES, URL_SIGNATURE))
    if not access_key or not expires or not signature or not _TIMESTAMP.fullmatch(expires):
        return None
    if int(expires) < (time.time() if now is None else now):
        return None
    secret = config.secret_for(access_key)
    if secret is None:
        return None
    expected = _url_mac(secret, path, expires, access_key)
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace")):
        return None
    return access_key
