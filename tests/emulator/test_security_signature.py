"""The emulator's own NCP signature v2 verifier: known-answer vectors shared with the SDK's tests, and no
code of the SDK in it."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from media_intelligence_emulator import Credential, EmulatorConfig
from media_intelligence_emulator._auth import compute_signature, sign_url, verify_signature, verify_url
from media_intelligence_emulator._errors import GatewayError
from tests.signature_vectors import IDS, VECTORS, signing_args


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_known_answer_vectors(vector: dict[str, Any]) -> None:
    args = signing_args(vector)
    assert compute_signature(*args) == vector["signature"]
    config = EmulatorConfig(credentials=(Credential(vector["access_key"], vector["secret_key"]),))
    headers = {
        "x-ncp-apigw-timestamp": vector["timestamp"],
        "x-ncp-iam-access-key": vector["access_key"],
        "x-ncp-apigw-signature-v2": vector["signature"],
    }
    now = int(vector["timestamp"]) / 1000
    assert verify_signature(config, vector["method"], vector["target"], headers, now=now) == vector["access_key"]
    # one character changed anywhere fails
    for changed in (
        {"x-ncp-apigw-signature-v2": vector["signature"][:-2] + "A="},
        {"x-ncp-apigw-timestamp": str(int(vector["timestamp"]) + 1)},
    ):
        with pytest.raises(GatewayError):
            verify_signature(config, vector["method"], vector["target"], {**headers, **changed}, now=now)
    with pytest.raises(GatewayError):
        verify_signature(config, vector["method"], vector["target"] + "x", headers, now=now)


@pytest.mark.parametrize("stamp", ["\u00b2", "\u0661\u0662", "9" * 400, "", "-1", "1.5"])
def test_malformed_timestamps_are_401(stamp: str) -> None:
    config = EmulatorConfig()
    headers = {"x-ncp-apigw-timestamp": stamp, "x-ncp-iam-access-key": "k", "x-ncp-apigw-signature-v2": "s"}
    with pytest.raises(GatewayError) as info:
        verify_signature(config, "GET", "/", headers)
    assert info.value.error_code == "200"
    assert len(info.value.detail or "") < 100


def test_signed_file_urls() -> None:
    config = EmulatorConfig(credentials=(Credential("ak", "sk"), Credential("other", "sk2")))
    url = sign_url(config, "http://h", "/_emulator/files/x/1", "ak", 3600)
    path, _, query = url.removeprefix("http://h").partition("?")
    params = dict(p.split("=", 1) for p in query.split("&"))
    assert verify_url(config, path, params) == "ak"
    assert verify_url(config, "/_emulator/files/x/2", params) is None
    assert verify_url(config, path, {**params, "X-Mi-Access-Key": "other"}) is None
    assert verify_url(config, path, params, now=int(params["X-Mi-Expires"]) + 1) is None


def test_the_verifier_imports_nothing_of_the_sdk() -> None:
    code = (
        "import sys, media_intelligence_emulator._auth, media_intelligence_emulator._files, "
        "media_intelligence_emulator._uploads, media_intelligence_emulator._inputs\n"
        "print([m for m in sys.modules if m == 'media_intelligence' or m.startswith('media_intelligence.')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
