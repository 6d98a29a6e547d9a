"""Logging for the wrapper: the ``media_intelligence`` logger.

Nothing is printed unless the application configures logging, or the
environment variable ``MI_LOG`` is ``debug`` or ``info``: then a stderr
handler is attached to the ``media_intelligence`` logger (once).

Every record emitted under ``media_intelligence`` passes through
`SecretScrubFilter`, which removes registered secret values (see
`media_intelligence._redact.scrub`); request/response lines are built with
`redact_headers`/`redact_url` so signature headers and presigned-URL
signatures never reach a log line.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import Any

from ._redact import redact_headers, redact_url, scrub

__all__ = [
    "SecretScrubFilter",
    "log_request",
    "log_response",
    "logger",
    "setup_logging",
]

LOGGER_NAME = "media_intelligence"
logger = logging.getLogger(LOGGER_NAME)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_HANDLER_MARK = "_media_intelligence_handler"


class SecretScrubFilter(logging.Filter):
    """Rewrites a record's message with every registered secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # pragma: no cover - malformed record, leave it
            return True
        cleaned = scrub(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        return True


_scrub_filter = SecretScrubFilter()
if not any(isinstance(f, SecretScrubFilter) for f in logger.filters):
    logger.addFilter(_scrub_filter)


def setup_logging(level: str | None = None) -> None:
    """Attach a stderr handler when ``MI_LOG`` (or ``level``) asks for it."""
    name = (level if level is not None else os.environ.get("MI_LOG", "")).strip().lower()
    if name not in _LEVELS:
        return
    logger.setLevel(_LEVELS[name])
    if any(getattr(h, _HANDLER_MARK, False) for h in logger.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    handler.addFilter(_scrub_filter)
    setattr(handler, _HANDLER_MARK, True)
    logger.addHandler(handler)


def log_request(method: str, url: Any, headers: Mapping[str, str]) -> None:
    """Debug line for an outgoing request (headers redacted)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("HTTP request: %s %s headers=%s", method, redact_url(url), redact_headers(headers))


def log_response(method: str, url: Any, status_code: int, headers: Mapping[str, str] | None = None) -> None:
    """Info line for a response; debug adds the (redacted) headers."""
    if logger.isEnabledFor(logging.DEBUG) and headers is not None:
        logger.debug(
            "HTTP response: %s %s -> %d headers=%s",
            method,
            redact_url(url),
            status_code,
            redact_headers(headers),
        )
    elif logger.isEnabledFor(logging.INFO):
        logger.info("HTTP response: %s %s -> %d", method, redact_url(url), status_code)
