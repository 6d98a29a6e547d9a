"""The emulator's ICE surface, driven with httpx and the wrapper's signer: auth, bounds, dispatch, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from alibaba_ice import AcsSignatureV3Auth, Credentials
from media_intelligence_emulator import RunningEmulator

HEADERS = {"x-acs-action": "ListSearchLib", "x-acs-version": "2020-11-09"}


@pytest.fixture
def client(ice_emulator: RunningEmulator) -> Iterator[httpx.Client]:
    ice_emulator.reset()
    auth = AcsSignatureV3Auth(Credentials(ice_emulator.access_key, ice_emulator.secret_key))
    with httpx.Client(base_url=ice_emulator.base_url, auth=auth) as http:
        yield http


def test_signed_by_the_wrapper_verified_by_the_emulator(client: httpx.Client) -> None:
    multimodal = {**HEADERS, "x-acs-action": "SearchMediaByMultimodal"}
    answer = client.post("/", params={"PageNo": 1, "Text": "a b+c ~ é"}, headers=multimodal)
    assert answer.status_code == 200, answer.text
    assert answer.json()["Success"] == "true" and answer.json()["RequestId"]


def test_replayed_nonce_and_stale_date_are_refused(ice_emulator: RunningEmulator) -> None:
    creds = Credentials(ice_emulator.access_key, ice_emulator.secret_key)
    fixed = AcsSignatureV3Auth(creds, nonce=lambda: "same-nonce-every-time")
    with httpx.Client(base_url=ice_emulator.base_url, auth=fixed) as http:
        assert http.post("/", headers=HEADERS).status_code == 200
        replay = http.post("/", headers=HEADERS)
    assert (replay.status_code, replay.json()["Code"]) == (400, "SignatureNonceUsed")
    stale = AcsSignatureV3Auth(creds, clock=lambda: datetime.now(UTC) - timedelta(hours=1))
    with httpx.Client(base_url=ice_emulator.base_url, auth=stale) as http:
        old = http.post("/", headers=HEADERS)
    assert (old.status_code, old.json()["Code"]) == (400, "InvalidTimeStamp.Expired")


def test_unsigned_and_tampered_requests_are_refused(ice_emulator: RunningEmulator, client: httpx.Client) -> None:
    plain = httpx.post(f"{ice_emulator.base_url}/", headers=HEADERS)
    assert (plain.status_code, plain.json()["Code"]) == (400, "IncompleteSignature")
    request = client.build_request("POST", "/", params={"PageNo": 1}, headers=HEADERS)
    AcsSignatureV3Auth(Credentials(ice_emulator.access_key, ice_emulator.secret_key)).sign(request)
    tampered = httpx.Request("POST", str(request.url).replace("PageNo=1", "PageNo=2"), headers=request.headers)
    answer = httpx.Client().send(tampered)
    assert (answer.status_code, answer.json()["Code"]) == (400, "SignatureDoesNotMatch")
    for key in ("RequestId", "HostId", "Code", "Message", "Recommend"):
        assert key in answer.json()


def test_oversized_query_is_refused_before_authentication(ice_emulator: RunningEmulator) -> None:
    answer = httpx.post(f"{ice_emulator.base_url}/", params={"Text": "x" * 40000}, headers=HEADERS)
    assert (answer.status_code, answer.json()["Code"]) == (400, "InvalidParameter")
    assert "limited" in answer.json()["Message"]


def test_dispatch_errors(client: httpx.Client) -> None:
    unknown = client.post("/", headers={**HEADERS, "x-acs-action": "DescribeNothing"})
    assert (unknown.status_code, unknown.json()["Code"]) == (404, "InvalidAction.NotFound")
    old = client.post("/", headers={**HEADERS, "x-acs-version": "2017-03-21"})
    assert (old.status_code, old.json()["Code"]) == (400, "InvalidVersion")
    live = client.post("/", headers={**HEADERS, "x-acs-action": "CreateStreamToSearchLib"})
    assert live.status_code == 404, "the live-stream actions are out of scope"


@pytest.mark.parametrize(
    ("params", "rule"),
    [
        ({"PageSize": "0"}, "PageSize: must be at least 1"),
        ({"PageNo": "x"}, "PageNo: must be an integer"),
        ({"SortBy": "utcCreate"}, "SortBy: must match"),
        ({"CustomFilters": "{"}, "CustomFilters: must be a JSON document"),
        ({"CustomFilters": '{"intField9": 1}'}, "CustomFilters:"),
        ({"ScrollToken": "short"}, "ScrollToken: must be at least 32 characters"),
        ({"Match": "cateId = ('1','2')"}, "allows exact matches, not range"),
        ({"SortBy": "title:Asc"}, "cannot sort by 'title'"),
        ({"ScrollToken": "0" * 32}, "scroll token"),
        ({"Text": "x"}, "Text: is not a parameter of SearchMedia"),
        ({"PageNo": str(2**31)}, "PageNo: must be a 32-bit integer"),
    ],
)
def test_invalid_search_parameters_name_the_field(client: httpx.Client, params: dict[str, str], rule: str) -> None:
    answer = client.post("/", params=params, headers={**HEADERS, "x-acs-action": "SearchMedia"})
    assert 400 <= answer.status_code < 500 and rule in answer.json()["Message"], answer.text
