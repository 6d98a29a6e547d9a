"""Signature V3: the published vector, and the signature the official SDK computes for the same request."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alibaba_ice import AcsSignatureV3Auth, Credentials, MissingCredentialsError, endpoint_for_region
from alibaba_ice._signature import canonical_request, signature

from ._wire import PINNED_DATE, PINNED_NONCE, capture_server, official_client, pinned_sdk_clock, sdk_method, sdk_request

VECTOR_QUERY = "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"
VECTOR_SIGNATURE = "e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804"


def pinned_auth(key_id: str, secret: str, token: str | None = None) -> AcsSignatureV3Auth:
    return AcsSignatureV3Auth(
        Credentials(key_id, secret, token),
        clock=lambda: datetime(2023, 10, 26, 9, 1, 1, tzinfo=UTC),
        nonce=lambda: PINNED_NONCE,
    )


def test_published_vector_through_the_httpx_auth() -> None:
    request = httpx.Request(
        "POST",
        f"https://ecs.cn-shanghai.aliyuncs.com/?{VECTOR_QUERY}",
        headers={"x-acs-action": "RunInstances", "x-acs-version": "2014-05-26"},
    )
    pinned_auth("YourAccessKeyId", "YourAccessKeySecret").sign(request)
    assert request.headers["x-acs-date"] == "2023-10-26T09:01:01Z"
    assert request.headers["authorization"] == (
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
        f"x-acs-date;x-acs-signature-nonce;x-acs-version,Signature={VECTOR_SIGNATURE}"
    )


def parse_authorization(value: str) -> dict[str, str]:
    algorithm, _, rest = value.partition(" ")
    assert algorithm == "ACS3-HMAC-SHA256"
    return dict(part.split("=", 1) for part in rest.split(","))


@pytest.mark.parametrize(
    ("action", "params"),
    [
        ("SearchMedia", {"Match": "title = 'a b' and utcCreate = ['1','2']", "SortBy": "utcCreate:Desc", "PageNo": 2}),
        ("SearchMediaByAILabel", {"Text": "héllo wörld ~*", "SpecificSearch": True, "MediaId": "m-1"}),
        ("CreateSearchLib", {"SearchLibName": "lib_1", "SearchLibConfig": '{"a": [1, 2]}'}),
    ],
)
def test_official_sdk_signature_is_reproduced(action: str, params: dict[str, object]) -> None:
    with capture_server() as server, pinned_sdk_clock():
        client = official_client(f"127.0.0.1:{server.port}", "LTAI-test-key", "test-secret-value")
        sdk_method(client, action)(sdk_request(action, params))
    (sent,) = server.requests
    assert sent.header("x-acs-date") == PINNED_DATE and sent.header("x-acs-signature-nonce") == PINNED_NONCE
    auth = parse_authorization(sent.header("authorization") or "")
    assert auth["Credential"] == "LTAI-test-key"
    names = auth["SignedHeaders"].split(";")
    # the wire query is form-encoded; the signature is over the decoded values
    canonical = canonical_request("POST", sent.path, sent.query, sent.headers, names, EMPTY)
    assert signature("test-secret-value", canonical) == auth["Signature"]
    # and the same request signed by our httpx.Auth, with the SDK's headers, signs the same way
    request = httpx.Request(
        "POST",
        f"http://127.0.0.1:{server.port}/?{sent.raw_query}",
        headers={n: sent.header(n) or "" for n in names if n not in {"host"} and not n.startswith("x-acs-")}
        | {"x-acs-action": action, "x-acs-version": "2020-11-09"},
    )
    pinned_auth("LTAI-test-key", "test-secret-value").sign(request)
    ours = parse_authorization(request.headers["authorization"])
    ours_names = ours["SignedHeaders"].split(";")
    assert set(ours_names) <= set(names)
    expected = canonical_request("POST", "/", sent.query, sent.headers, ours_names, EMPTY)
    assert ours["Signature"] == signature("test-secret-value", expected)


EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.sampled_from(["Text", "Match", "MediaId", "Namespace"]), st.text(min_size=1, max_size=20)))
def test_wire_encoding_does_not_change_the_signature(params: dict[str, str]) -> None:
    """httpx form-encodes the query; the canonical query re-encodes the decoded values (RFC 3986)."""
    request = httpx.Request("POST", "http://127.0.0.1/", params=params, headers={"x-acs-action": "SearchMedia"})
    pinned_auth("k", "s").sign(request)
    direct = canonical_request(
        "POST",
        "/",
        sorted(params.items()),
        request.headers,
        parse_authorization(request.headers["authorization"])["SignedHeaders"].split(";"),
        EMPTY,
    )
    assert parse_authorization(request.headers["authorization"])["Signature"] == signature("s", direct)


def test_security_token_is_sent_and_signed() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/", headers={"x-acs-action": "SearchMedia"})
    pinned_auth("k", "s", "sts-token").sign(request)
    assert request.headers["x-acs-security-token"] == "sts-token"
    assert "x-acs-security-token" in parse_authorization(request.headers["authorization"])["SignedHeaders"]


def test_credentials_from_the_environment_and_secrets_hidden() -> None:
    creds = Credentials.from_env(
        {
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI-id",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "very-secret",
            "ALIBABA_CLOUD_SECURITY_TOKEN": "tok-123",
        }
    )
    assert (creds.access_key_id, creds.access_key_secret, creds.security_token) == ("LTAI-id", "very-secret", "tok-123")
    for text in (repr(creds), str(creds), repr(AcsSignatureV3Auth(creds))):
        assert "very-secret" not in text and "tok-123" not in text
    assert (
        Credentials.from_env(
            {"ALIBABA_CLOUD_ACCESS_KEY_ID": "a", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "b"}
        ).security_token
        is None
    )
    with pytest.raises(MissingCredentialsError, match="ALIBABA_CLOUD_ACCESS_KEY_SECRET"):
        Credentials.from_env({"ALIBABA_CLOUD_ACCESS_KEY_ID": "a"})


def test_region_to_endpoint() -> None:
    assert endpoint_for_region("cn-shanghai") == "https://ice.cn-shanghai.aliyuncs.com"
    assert endpoint_for_region("ap-southeast-1") == "https://ice.ap-southeast-1.aliyuncs.com"
    with pytest.raises(ValueError, match="region_id"):
        endpoint_for_region("cn shanghai/../x")
