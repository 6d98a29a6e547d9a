"""Verification of NCP signature v2, as the API gateway does it.

The signature is recomputed with the wrapper's own ``sign`` over the method,
the path and query exactly as received (``scope["raw_path"]`` + ``?`` +
``scope["query_string"]``), the timestamp header and the access key. Any
failure (a missing header, an unknown access key, a wrong signature, a
timestamp more than ``clock_skew_seconds`` away) raises the gateway's 401
error ``200``.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Mapping
from typing import Any

from media_intelligence._auth import HEADER_ACCESS_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign

from ._config import EmulatorConfig
from ._errors import GatewayError

__all__ = ["path_with_query", "verify_signature"]

AUTH_FAILED = "200"


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

    Raises ``GatewayError("200")`` (401) on any failure; the detail says
    which check failed, never the expected signature or a secret.
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
    if not timestamp.isdigit():
        raise GatewayError(AUTH_FAILED, f"{HEADER_TIMESTAMP} must be epoch milliseconds")
    current = time.time() if now is None else now
    if abs(current - int(timestamp) / 1000.0) > config.clock_skew_seconds:
        raise GatewayError(AUTH_FAILED, f"{HEADER_TIMESTAMP} is more than {int(config.clock_skew_seconds)} s off")
    secret = config.secret_for(access_key)
    if secret is None:
        raise GatewayError(AUTH_FAILED, "unknown access key")
    expected = sign(method.upper(), target, timestamp, access_key, secret)
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace")):
        raise GatewayError(AUTH_FAILED, "signature mismatch")
    return access_key
