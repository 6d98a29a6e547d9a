"""Redaction helpers: every log line and every repr goes through these.

Three tools:

* `SecretStr` holds a secret; its ``repr``/``str`` are ``'****'`` and it
  registers the value so that `scrub` can remove it from any text.
* `redact_headers` / `redact_url` mask signature, key and token material in
  headers and query strings (presigned URLs included), and the token in the
  path of the emulator's presigned upload URLs (``/_emulator/uploads/<token>``).
* `scrub` replaces every registered secret value in a string with ``****``;
  the logging filter of `media_intelligence._logging` applies it to every
  record of the ``media_intelligence`` logger as a last line of defence.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "MASK",
    "SENSITIVE_HEADERS",
    "SecretStr",
    "mask_access_key",
    "redact_headers",
    "redact_url",
    "register_secret",
    "scrub",
]

MASK = "****"

#: Header names (lower case) whose values are never shown.
SENSITIVE_HEADERS: frozenset[str] = frozenset(
    {
        "x-ncp-apigw-signature-v2",
        "x-ncp-apigw-signature-v1",
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-amz-security-token",
        "x-amz-content-sha256",
        "x-api-key",
    }
)
#: Header names shown only partially (identifiers rather than secrets).
PARTIAL_HEADERS: frozenset[str] = frozenset({"x-ncp-iam-access-key"})

_SENSITIVE_QUERY_KEYS: frozenset[str] = frozenset(
    {
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "signature",
        "awsaccesskeyid",
        "token",
        "access_token",
    }
)

#: The emulator's presigned upload URLs carry their bearer token as the last path segment.
_PATH_TOKEN = re.compile(r"(/_emulator/uploads/)[^/?#]+")

_secrets_lock = threading.Lock()
_secrets: set[str] = set()
# Secrets shorter than this are not scrubbed from free text (too many false
# positives); they are still masked wherever they are held.
_MIN_SCRUB_LEN = 4


def register_secret(value: str) -> None:
    """Remember ``value`` so that `scrub` removes it from any text."""
    if len(value) >= _MIN_SCRUB_LEN:
        with _secrets_lock:
            _secrets.add(value)


def scrub(text: str) -> str:
    """Replace every registered secret occurring in ``text`` with ``****``."""
    if not _secrets:
        return text
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def mask_access_key(value: str) -> str:
    """Show at most the first 4 characters of an access key id."""
    if len(value) <= 8:
        return MASK
    return value[:4] + MASK


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return a plain dict copy of ``headers`` with sensitive values masked."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, str] = {}
    for key, value in items:
        lower = key.lower()
        if lower in SENSITIVE_HEADERS:
            out[key] = MASK
        elif lower in PARTIAL_HEADERS:
            out[key] = mask_access_key(value)
        else:
            out[key] = scrub(value)
    return out


def redact_url(url: Any) -> str:
    """Mask signature/credential query parameters (presigned URLs) and path tokens of ``url``."""
    text = _PATH_TOKEN.sub(r"\1" + MASK, str(url))
    parts = urlsplit(text)
    if not parts.query:
        return scrub(text)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(k.lower() in _SENSITIVE_QUERY_KEYS for k, _ in pairs):
        return scrub(text)
    redacted = [(k, MASK if k.lower() in _SENSITIVE_QUERY_KEYS else v) for k, v in pairs]
    return scrub(urlunsplit(parts._replace(query=urlencode(redacted, safe="*"))))


class SecretStr:
    """A string that never shows itself: ``repr`` and ``str`` are ``'****'``.

    Use `get_secret_value` to read it. Creating one registers the value with
    `scrub`.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | SecretStr) -> None:
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        self._value = value
        register_secret(value)

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"SecretStr('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, format_spec: str) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SecretStr):
            return self._value == other._value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._value)

    def __len__(self) -> int:
        return len(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> Any:  # pickling keeps the value, not the mask
        return (SecretStr, (self._value,))
