"""NCP API Gateway signature v2 as an ``httpx.Auth``.

String to sign (three lines joined by LF, no trailing newline)::

    {METHOD} {path_with_query}
    {timestamp_ms}
    {access_key}

signature = base64(HMAC-SHA256(key=secret_key, msg=string_to_sign)).

The path and query are taken exactly as sent (``request.url.raw_path``). The
body is not signed. The flow runs on every send, so each attempt of a retried
request gets a fresh timestamp and signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator

import httpx

from ._credentials import Credentials
from ._redact import SecretStr, mask_access_key

__all__ = [
    "HEADER_ACCESS_KEY",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "NcpSignatureV2Auth",
    "sign",
    "string_to_sign",
]

HEADER_TIMESTAMP = "x-ncp-apigw-timestamp"
HEADER_ACCESS_KEY = "x-ncp-iam-access-key"
HEADER_SIGNATURE = "x-ncp-apigw-signature-v2"


def string_to_sign(method: str, path_with_query: str, timestamp: str | int, access_key: str) -> str:
    """The exact message that is signed."""
    return f"{method.upper()} {path_with_query}\n{timestamp}\n{access_key}"


def sign(
    method: str,
    path_with_query: str,
    timestamp: str | int,
    access_key: str,
    secret_key: str | SecretStr,
) -> str:
    """Signature v2 of one request: standard Base64 of HMAC-SHA256.

    >>> sign("POST", "/vserver/v2/createServerInstances?regionCode=KR",
    ...      "1700000000000", "AK_TEST", "SK_TEST")
    'xBcE26XFU55BMjppdPT7ZY3oDrqoOedfPyAn3Cq4lUw='
    """
    secret = secret_key.get_secret_value() if isinstance(secret_key, SecretStr) else secret_key
    message = string_to_sign(method, path_with_query, timestamp, access_key)
    digest = hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class NcpSignatureV2Auth(httpx.Auth):
    """Signs every request with NCP signature v2.

    ``NcpSignatureV2Auth(credentials)`` or ``NcpSignatureV2Auth(access_key,
    secret_key)``. ``clock`` returns epoch milliseconds (injectable for
    tests). Also adds ``Content-Type: application/json`` when a request has
    no content type (the provider's examples always send it).
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        credentials: Credentials | str,
        secret_key: str | SecretStr | None = None,
        *,
        clock: Callable[[], int] | None = None,
    ) -> None:
        if isinstance(credentials, Credentials):
            if secret_key is not None:
                raise TypeError("pass either Credentials or access_key and secret_key")
            self._access_key = credentials.access_key
            self._secret = credentials.secret_key
        else:
            if secret_key is None:
                raise TypeError("secret_key is required with an access key string")
            self._access_key = credentials
            self._secret = secret_key if isinstance(secret_key, SecretStr) else SecretStr(secret_key)
        self._clock = clock or _now_ms

    @property
    def access_key(self) -> str:
        return self._access_key

    def sign_request(self, request: httpx.Request) -> None:
        """Set the three signature headers on ``request`` (fresh timestamp)."""
        timestamp = str(self._clock())
        path = request.url.raw_path.decode("ascii")
        request.headers[HEADER_TIMESTAMP] = timestamp
        request.headers[HEADER_ACCESS_KEY] = self._access_key
        request.headers[HEADER_SIGNATURE] = sign(request.method, path, timestamp, self._access_key, self._secret)
        if "content-type" not in request.headers:
            request.headers["Content-Type"] = "application/json"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request

    def __repr__(self) -> str:
        return f"NcpSignatureV2Auth(access_key={mask_access_key(self._access_key)!r}, secret_key='****')"
