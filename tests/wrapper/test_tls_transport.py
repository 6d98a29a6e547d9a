"""TLS on the SDK's default transports: CA certificates load at the first https connection, verification is whole.

Making a client, and calling an ``http://`` URL, loads no CA certificate;
the first https connection loads them before its handshake. Against https
servers on loopback with certificates from a throwaway CA (trustme): the CA
named by ``SSL_CERT_FILE`` (as httpx reads it) is trusted, a server whose
CA is not trusted is refused, and so is a trusted certificate for another
host name. Both the blocking and the async transport.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from test_asyncio_transport import Server

from media_intelligence import DefaultAsyncHttpxClient, DefaultHttpxClient, MediaIntelligence
from media_intelligence._http_clients import ShardedAsyncTransport
from media_intelligence._tls import LazyVerifyContext


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls_server(ca: trustme.CA, hostname: str) -> Server:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(hostname).configure_cert(context)
    return Server(tls=context)


@pytest.fixture
def https_server(ca: trustme.CA) -> Iterator[Server]:
    srv = _tls_server(ca, "localhost")
    yield srv
    srv.stop()


@pytest.fixture
def plain_server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture
def trust_ca(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust the throwaway CA the way httpx's default does: SSL_CERT_FILE."""
    pem = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.fixture(autouse=True)
def _no_env_ca(monkeypatch: pytest.MonkeyPatch) -> None:
    # the refusals below must not depend on a CA file the environment names
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def _context(client: httpx.Client | httpx.AsyncClient) -> LazyVerifyContext:
    transport = client._transport
    pools = transport.pools if isinstance(transport, ShardedAsyncTransport) else [transport]
    contexts = {id(pool._pool._ssl_context): pool._pool._ssl_context for pool in pools}  # type: ignore[union-attr]
    assert len(contexts) == 1  # one context for every pool
    (context,) = contexts.values()
    assert isinstance(context, LazyVerifyContext)
    return context


def test_making_clients_and_calling_http_loads_no_ca(plain_server: Server) -> None:
    with DefaultHttpxClient() as client:
        context = _context(client)
        assert client.get(f"{plain_server.base_url}/1").text == "/1"
        assert not context.loaded
        assert context.cert_store_stats()["x509_ca"] == 0
    sdk = MediaIntelligence(access_key="AK", secret_key="SK", base_url=plain_server.base_url, workspace="w")
    with sdk:
        assert not _context(sdk.http_client).loaded


async def test_making_an_async_client_and_calling_http_loads_no_ca(plain_server: Server) -> None:
    async with DefaultAsyncHttpxClient() as client:
        context = _context(client)
        assert (await client.get(f"{plain_server.base_url}/1")).text == "/1"
        assert not context.loaded
        assert context.cert_store_stats()["x509_ca"] == 0


def test_verify_off_or_a_context_of_ones_own_is_left_to_httpx(ca: trustme.CA) -> None:
    mine = ssl.create_default_context()
    ca.configure_trust(mine)
    with DefaultHttpxClient(verify=mine) as client:
        assert client._transport._pool._ssl_context is mine  # type: ignore[attr-defined]
    with DefaultHttpxClient(verify=False) as client:
        assert client._transport._pool._ssl_context.verify_mode == ssl.CERT_NONE  # type: ignore[attr-defined]


@pytest.mark.usefixtures("trust_ca")
def test_a_trusted_server_is_verified_blocking(https_server: Server) -> None:
    with DefaultHttpxClient() as client:
        context = _context(client)
        assert client.get(f"{https_server.base_url}/1").text == "/1"
        assert context.loaded
        assert context.cert_store_stats()["x509_ca"] == 1  # the CA of SSL_CERT_FILE, and only it


@pytest.mark.usefixtures("trust_ca")
async def test_a_trusted_server_is_verified_async(https_server: Server) -> None:
    async with DefaultAsyncHttpxClient() as client:
        context = _context(client)
        assert (await client.get(f"{https_server.base_url}/1")).text == "/1"
        assert context.loaded


def test_an_untrusted_server_is_refused_blocking(https_server: Server) -> None:
    with DefaultHttpxClient() as client, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        client.get(f"{https_server.base_url}/1")  # certifi's CAs: the throwaway CA is not one


async def test_an_untrusted_server_is_refused_async(https_server: Server) -> None:
    async with DefaultAsyncHttpxClient() as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await client.get(f"{https_server.base_url}/1")


@pytest.mark.usefixtures("trust_ca")
async def test_a_trusted_certificate_for_another_host_is_refused(ca: trustme.CA) -> None:
    other = _tls_server(ca, "other.example")
    try:
        with DefaultHttpxClient() as client, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.get(f"{other.base_url}/1")
        async with DefaultAsyncHttpxClient() as aclient:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await aclient.get(f"{other.base_url}/1")
    finally:
        other.stop()
