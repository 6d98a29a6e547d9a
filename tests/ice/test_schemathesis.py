"""schemathesis against the emulator's ICE surface: every action, examples and generated cases, all default checks.

Requests are signed (V3) by a ``requests`` auth built on the wrapper's signing
functions. ``ignored_auth`` is off: it expects 401/403 for an unsigned request,
where the provider answers 400 ``IncompleteSignature`` (tested in test_emulator.py). Expected statuses come from
the document: a schema-valid request may be refused with a documented 4xx that
depends on state (an unknown library, index, media or scroll token), an
invalid one with any documented 4xx.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import CoverageScenario
from schemathesis.specs.openapi.checks import missing_required_header

from alibaba_ice._signature import authorization_header, canonical_request, signature
from media_intelligence_emulator import RunningEmulator

from ._spec import ICE_SPEC_FILE, document

pytestmark = pytest.mark.slow


def _four_xx(action: str) -> list[str]:
    responses = document()["paths"][f"/#{action}"]["post"]["responses"]
    return sorted(s for s in responses if s.startswith("4"))


CONFIG = schemathesis.Config.from_dict(
    {
        "cache": {"enabled": False},
        "generation": {"deterministic": True, "database": "none"},
        "operations": [
            {
                "include-operation-id": op["post"]["operationId"],
                "checks": {
                    # state decides: a valid request can name a library, index, media or token that does not exist
                    "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404"]},
                    "negative_data_rejection": {"expected-statuses": _four_xx(op["post"]["operationId"])},
                    # The provider refuses an unsigned request with 400 IncompleteSignature (404 for an unknown
                    # key), never 401/403 as this check expects; test_emulator.py checks those refusals.
                    "ignored_auth": {"enabled": False},
                },
            }
            for op in document()["paths"].values()
        ],
    }
)
SCHEMA = schemathesis.openapi.from_path(str(ICE_SPEC_FILE), config=CONFIG)


class AcsV3RequestsAuth(requests.auth.AuthBase):
    """Signature V3 of a prepared ``requests`` request (the query as it goes on the wire, decoded).

    It signs the headers the request has and adds only ``host``: the date, nonce and body hash are set on the
    case (``signed_headers``), so a check that removes one of them sends the request without it.
    """

    def __init__(self, key_id: str, secret: str) -> None:
        self.key_id, self.secret = key_id, secret

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        url = urlsplit(request.url or "")
        request.headers["host"] = url.netloc
        names = sorted({k.lower() for k in request.headers if k.lower() == "host" or k.lower().startswith("x-acs-")})
        headers = {k.lower(): str(v) for k, v in request.headers.items()}
        canonical = canonical_request(
            "POST", url.path or "/", parse_qsl(url.query, keep_blank_values=True), headers, names,
            headers.get("x-acs-content-sha256", ""),
        )  # fmt: skip
        request.headers["Authorization"] = authorization_header(self.key_id, names, signature(self.secret, canonical))
        return request


def signed_headers() -> dict[str, str]:
    """The signature headers of a request with an empty body (every ICE action's)."""
    return {
        "x-acs-date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "x-acs-signature-nonce": uuid.uuid4().hex,
        "x-acs-content-sha256": hashlib.sha256(b"").hexdigest(),
    }


@pytest.fixture
def emulator(ice_emulator: RunningEmulator) -> Iterator[RunningEmulator]:
    ice_emulator.reset()
    yield ice_emulator


@SCHEMA.parametrize()
@hypothesis.settings(
    max_examples=5,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_ice_action(case: schemathesis.Case, emulator: RunningEmulator) -> None:
    dropped = dropped_header(case)
    case.headers = {**(case.headers or {}), **{k: v for k, v in signed_headers().items() if k != dropped}}
    if dropped == "authorization":
        # the provider answers an unsigned request 400 IncompleteSignature; the check hard-codes 401
        response = case.call(base_url=emulator.base_url)
        assert (response.status_code, response.json()["Code"]) == (400, "IncompleteSignature")
        case.validate_response(response, excluded_checks=[missing_required_header])
        return
    case.call_and_validate(base_url=emulator.base_url, auth=AcsV3RequestsAuth(emulator.access_key, emulator.secret_key))


def dropped_header(case: schemathesis.Case) -> str | None:
    """The header a coverage case leaves out on purpose (lower case), if any."""
    data = getattr(getattr(case.meta, "phase", None), "data", None)
    if data is None or getattr(data, "parameter_location", None) != ParameterLocation.HEADER:
        return None
    if getattr(data, "scenario", None) != CoverageScenario.MISSING_PARAMETER or not data.parameter:
        return None
    return str(data.parameter).lower()


def test_every_action_is_exercised() -> None:
    ids = {result.ok().definition.raw["operationId"] for result in SCHEMA.get_all_operations()}
    assert len(ids) == 22
