"""`LazyVerifyContext`: the SDK transports' default TLS context, loading its CA certificates at first use.

httpx builds a transport's SSL context when the transport is made, and with
it loads certifi's CA bundle (tens of milliseconds), even for a client that
only ever calls an ``http://`` URL (the emulator). The SDK's transports are
given this context instead: the same verification as httpx's default
(``ssl.create_default_context`` with the same CA source: ``SSL_CERT_FILE`` or
``SSL_CERT_DIR`` when ``trust_env``, else certifi), whose certificates load
just before its first TLS handshake. Every TLS connection, on any backend,
starts with ``wrap_socket`` (blocking) or ``wrap_bio`` (asyncio, anyio), and
both load them first; nothing is verified against an empty store.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import Any

__all__ = ["LazyVerifyContext", "lazy_verify_settings"]

_LOCK = threading.Lock()


class LazyVerifyContext(ssl.SSLContext):
    """A verifying client context (hostname checked, certificate required) whose CAs load on first use."""

    _ca: tuple[str | None, str | None] | None

    def __new__(cls, *, trust_env: bool = True) -> LazyVerifyContext:
        return super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)

    def __init__(self, *, trust_env: bool = True) -> None:
        # what ssl.create_default_context() sets beyond PROTOCOL_TLS_CLIENT's defaults
        if sys.version_info >= (3, 13):
            self.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
        keylog = os.environ.get("SSLKEYLOGFILE")
        if keylog and not sys.flags.ignore_environment:
            self.keylog_filename = keylog
        # the CA source httpx's create_ssl_context(verify=True) picks
        if trust_env and os.environ.get("SSL_CERT_FILE"):
            self._ca = (os.environ["SSL_CERT_FILE"], None)
        elif trust_env and os.environ.get("SSL_CERT_DIR"):
            self._ca = (None, os.environ["SSL_CERT_DIR"])
        else:
            import certifi  # installed with httpx

            self._ca = (certifi.where(), None)

    @property
    def loaded(self) -> bool:
        """Whether the CA certificates are loaded (they are before any handshake)."""
        return self._ca is None

    def load_ca(self) -> None:
        """Load the CA certificates now (once; later calls do nothing)."""
        if self._ca is None:
            return
        with _LOCK:
            if self._ca is not None:
                cafile, capath = self._ca
                self.load_verify_locations(cafile=cafile, capath=capath)
                self._ca = None

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self.load_ca()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self.load_ca()
        return super().wrap_bio(*args, **kwargs)


def lazy_verify_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """httpx transport settings with ``verify=True`` (the default) given as a `LazyVerifyContext`.

    Other ``verify`` values, and a client certificate (``cert``, which httpx
    loads into the context it makes), are left to httpx.
    """
    if settings.get("verify", True) is not True or settings.get("cert"):
        return settings
    return {**settings, "verify": LazyVerifyContext(trust_env=settings.get("trust_env", True))}
