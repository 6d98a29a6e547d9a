"""What ``test_schemathesis`` needs: the schema and its config, signing, the seeded state, steering, a check.

* **Expected statuses from the spec.** For each operation, the statuses it
  documents are read from ``openapi.yaml`` with the API codes of their
  examples (``E10025``...). ``positive_data_acceptance`` accepts 2xx and the
  documented 4xx that carry a code other than 10001 (a schema-valid request
  can name an unknown id, a taken name, the base project...), or every
  documented 4xx when the operation says a failure's code is not documented
  (the scene summary operations); ``negative_data_rejection`` accepts the
  documented 4xx (and 405 for a method the path lacks). Nothing is disabled.
* **documented_error_code** (an extra check): an API error body's ``code``
  is one the operation documents for that status (a gateway body's
  ``errorCode`` one of ``x-gateway-error-codes`` with that status); a
  schema-valid request answered 10001 must be one the emulator's validator
  accepts, refused by a handler for a field rule the schema can't express.
* **Signing**: ``NcpRequestsAuth`` signs the prepared request (its
  ``path_url``: the path and query exactly as sent) with the wrapper's
  ``sign``. It goes to the transport as ``auth``, so schemathesis counts it
  as explicit auth and ``ignored_auth`` re-sends the request without it and
  with broken headers (expects 401). Cases whose header component is
  negative (the only header parameters are the three security headers) are
  sent with their headers as generated.
* **Seeded state** (``seed``, ``SeededEmulator``): a workspace, a project, an
  analysed image and video, a scene summary, a tag, two persons, uploads, a
  search. Seeded once per module; each test restores the database from a
  snapshot (milliseconds), so every operation starts from the same state.
* **Steering** (``steer``, at call time): about three cases in four (chosen
  by a hash of the case, so runs stay deterministic) get their valid path
  parameters, some body fields and query parameters replaced by seeded ids
  and keys (valid values too), so handlers are exercised past their
  not-found branches.
"""

from __future__ import annotations

import copy
import json
import re
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import hypothesis
import requests
import schemathesis
from hypothesis import HealthCheck
from schemathesis.core.parameters import ParameterLocation

import mi_spec
from media_intelligence._auth import HEADER_ACCESS_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, NcpSignatureV2Auth, sign
from media_intelligence_emulator import Credential, EmulatorConfig, RunningEmulator, run_in_thread
from media_intelligence_emulator._errors import ApiError
from media_intelligence_emulator._validation import RequestValidator, SpecRequest
from tests import media

ACCESS_KEY = "st-access-key"
SECRET_KEY = "st-secret-key"
# the control plane's key: state snapshot and restore
ADMIN_KEY = "st-admin-key"
ADMIN_SECRET = "st-admin-secret"
BUCKET = "st-media"
WORKSPACE = "st-workspace"
PROJECT = "st-project"
IMAGE_KEY = "media/photo.png"
VIDEO_KEY = "media/clip.mp4"

FACE_PNG_SIZE = 300
VIDEO_SIDECAR = {
    "scenes": [
        {
            "start": 0.0,
            "end": 2.0,
            "caption": "A dog runs on the beach",
            "labels": ["dog", "beach"],
            "persons": ["Hong Gildong"],
            "dialogue": ["Come here!"],
        },
        {
            "start": 2.0,
            "end": 4.0,
            "caption": "Two people talk in a kitchen",
            "labels": ["kitchen"],
            "persons": ["Hong Gildong", "Kim Cheolsu"],
            "dialogue": ["Good morning"],
        },
    ],
    "persons": ["Hong Gildong", "Kim Cheolsu"],
}

#: generated examples per operation under `make test` (explicit and coverage cases come on top)
DEFAULT_MAX_EXAMPLES = 12
#: the same for the runs after the first (another seed, the empty state) and their stateful scenarios:
#: fewer, so that they add about a minute to `make test`
DEFAULT_EXTRA_EXAMPLES = 8
DEFAULT_EXTRA_STATEFUL_EXAMPLES = 6
#: under a profile with more examples (`--hypothesis-profile=thorough`: 1000), at most this many per
#: operation: 1000 x 54 operations took 35 minutes on 2 cores, 300 about ten
THOROUGH_MAX_EXAMPLES = 300
#: Hypothesis seeds of the per-operation runs from the seeded state (each seed draws other examples;
#: explicit and coverage cases are the same under every seed); the empty-state run uses the first
DEFAULT_SEEDS = (20260, 61431)
THOROUGH_SEEDS = (20260, 61431, 7, 90001)
#: stateful runs: scenarios x steps (thorough: a tenth of the examples, at least 50 scenarios)
DEFAULT_STATEFUL_EXAMPLES = 12
STATEFUL_MAX_STEPS = 12

SPEC: dict[str, Any] = mi_spec.document()
SPEC_PATH = str(Path(__file__).resolve().parents[2] / "openapi.yaml")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


# -- what the spec documents ------------------------------------------------------------------------------


def _resolve(node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = SPEC
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _documented_codes(response: Mapping[str, Any]) -> set[str]:
    """API codes (or gateway errorCodes) of a response's examples."""
    media = (_resolve(response).get("content") or {}).get("application/json") or {}
    values = [_resolve(example).get("value") for example in (media.get("examples") or {}).values()]
    if "example" in media:
        values.append(media["example"])
    codes = set()
    for value in values:
        if isinstance(value, Mapping):
            code = value.get("code")
            if code is None and isinstance(value.get("error"), Mapping):
                code = value["error"].get("errorCode")
            if code is not None:
                codes.add(str(code))
    return codes


def _documented() -> dict[str, dict[str, set[str]]]:
    """operationId -> {status: documented codes}."""
    out: dict[str, dict[str, set[str]]] = {}
    for item in SPEC["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op:
                out[op["operationId"]] = {
                    str(status): _documented_codes(response) for status, response in op["responses"].items()
                }
    return out


_UNDOCUMENTED_CODE = re.compile(r"\bcodes?\b[^.]*\bnot documented", re.IGNORECASE)


def _admits_undocumented_codes() -> set[str]:
    """Operations whose description says some failure's status or error code is not documented."""
    out = set()
    for item in SPEC["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not op:
                continue
            texts = [op.get("description", "")]
            texts += [_resolve(r).get("description", "") for r in op["responses"].values()]
            if any(_UNDOCUMENTED_CODE.search(" ".join(str(t).split())) for t in texts):
                out.add(op["operationId"])
    return out


DOCUMENTED = _documented()
#: requestSceneSummary, getSceneSummary, cancelSceneSummary: their state failures have no documented code
UNDOCUMENTED_CODES = _admits_undocumented_codes()
ERROR_STATUS = {str(row["code"]): int(row["status"]) for row in SPEC["x-error-codes"]}
GATEWAY_CODES = {str(row["errorCode"]): int(row["status"]) for row in SPEC["x-gateway-error-codes"]}
INVALID_REQUEST = "10001"


def positive_statuses(operation_id: str) -> list[str]:
    """Statuses a schema-valid request may get: 2xx, and the documented 4xx with a code other than 10001
    (every documented 4xx when the operation says one of its failures has no documented code)."""
    statuses = ["2xx"]
    for status, codes in sorted(DOCUMENTED[operation_id].items()):
        if not status.startswith("4") or status in ("401", "403", "429"):
            continue
        if codes - {INVALID_REQUEST} or operation_id in UNDOCUMENTED_CODES:
            statuses.append(status)
    return statuses


def negative_statuses(operation_id: str) -> list[str]:
    """Statuses an invalid request may get: the documented 4xx (405 for a method the path lacks)."""
    return sorted({s for s in DOCUMENTED[operation_id] if s.startswith("4")} | {"405"})


def build_config(*, fuzzing_only: bool = False) -> schemathesis.Config:
    operations = [
        {
            "include-operation-id": operation_id,
            "checks": {
                "positive_data_acceptance": {"expected-statuses": positive_statuses(operation_id)},
                "negative_data_rejection": {"expected-statuses": negative_statuses(operation_id)},
            },
        }
        for operation_id in DOCUMENTED
    ]
    return schemathesis.Config.from_dict(
        {
            "cache": {"enabled": False},
            "generation": {"deterministic": True, "database": "none"},
            "phases": {
                "stateful": {"max-steps": STATEFUL_MAX_STEPS},
                # explicit and coverage cases are the same under every seed: run them once
                "examples": {"enabled": not fuzzing_only},
                "coverage": {"enabled": not fuzzing_only},
            },
            "operations": operations,
        }
    )


def load_schema(*, fuzzing_only: bool = False) -> Any:
    """openapi.yaml as a schemathesis schema, with this module's config (``fuzzing_only``: generated
    examples only, no explicit or coverage cases)."""
    schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC), config=build_config(fuzzing_only=fuzzing_only))
    return schema


def operation_settings(*, extra: bool = False) -> hypothesis.settings:
    """Settings of the per-operation tests: derandomized, bounded (``extra``: a run after the first)."""
    profile = hypothesis.settings.default
    default = DEFAULT_EXTRA_EXAMPLES if extra else DEFAULT_MAX_EXAMPLES
    examples = default if profile.max_examples <= 100 else min(profile.max_examples, THOROUGH_MAX_EXAMPLES)
    return hypothesis.settings(max_examples=examples, derandomize=True, database=None, deadline=None)


def seeds() -> tuple[int, ...]:
    """The seeds of this profile: two under `make test`, more under a profile with more examples."""
    return DEFAULT_SEEDS if hypothesis.settings.default.max_examples <= 100 else THOROUGH_SEEDS


def stateful_settings(*, extra: bool = False) -> hypothesis.settings:
    profile = hypothesis.settings.default
    default = DEFAULT_EXTRA_STATEFUL_EXAMPLES if extra else DEFAULT_STATEFUL_EXAMPLES
    examples = default if profile.max_examples <= 100 else max(profile.max_examples // 10, 50)
    return hypothesis.settings(
        max_examples=examples,
        stateful_step_count=STATEFUL_MAX_STEPS,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


# -- signing ------------------------------------------------------------------------------------------------


SECURITY_HEADERS = (HEADER_TIMESTAMP, HEADER_ACCESS_KEY, HEADER_SIGNATURE)


class NcpRequestsAuth(requests.auth.AuthBase):
    """NCP signature v2 for ``requests``: signs the prepared request's path and query as they go on the wire.

    ``keep`` maps security headers a negative case deliberately broke to the
    value it sent (None: the case left the header out); they are sent as the
    case has them, so the request still fails authentication as intended.
    """

    def __init__(self, access_key: str, secret_key: str, keep: Mapping[str, str | None] | None = None) -> None:
        self.access_key = access_key
        self.secret_key = secret_key
        self.keep = dict(keep or {})

    def for_case(self, case: schemathesis.Case) -> NcpRequestsAuth:
        """This auth, keeping the security headers ``case`` negates as they are."""
        meta = case.meta
        # the spec's only header parameters are the security headers: a negative header component breaks them
        if meta is None or not meta.is_negative_at(ParameterLocation.HEADER):
            return self
        headers = {name.lower(): value for name, value in (case.headers or {}).items()}
        keep = {name: None if headers.get(name) is None else str(headers[name]) for name in SECURITY_HEADERS}
        return NcpRequestsAuth(self.access_key, self.secret_key, keep)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        timestamp = str(time.time_ns() // 1_000_000)
        request.headers[HEADER_TIMESTAMP] = timestamp
        request.headers[HEADER_ACCESS_KEY] = self.access_key
        request.headers[HEADER_SIGNATURE] = sign(
            str(request.method), request.path_url, timestamp, self.access_key, self.secret_key
        )
        for name, value in self.keep.items():
            if value is None:
                request.headers.pop(name, None)
            else:
                request.headers[name] = value
        return request


# -- the emulator and its seeded state ---------------------------------------------------------------------


def _png(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    return media.png(width, height, color)


def _mp4(seconds: int = 4, width: int = 320, height: int = 240, fps: int = 2) -> bytes:
    return media.mp4(seconds, width, height, fps)


FACE_PNG = _png(FACE_PNG_SIZE, FACE_PNG_SIZE, (220, 180, 150))


def start_emulator(bucket_dir: Path) -> RunningEmulator:
    """An emulator on a free loopback port: no job delay, a local-folder bucket with an image and a video."""
    (bucket_dir / "media").mkdir(parents=True, exist_ok=True)
    (bucket_dir / IMAGE_KEY).write_bytes(_png(640, 360, (200, 30, 30)))
    (bucket_dir / VIDEO_KEY).write_bytes(_mp4(width=640, height=360))
    (bucket_dir / f"{VIDEO_KEY}.mi.json").write_text(json.dumps(VIDEO_SIDECAR))
    config = EmulatorConfig(
        port=0,
        db=":memory:",
        credentials=(Credential(ACCESS_KEY, SECRET_KEY), Credential(ADMIN_KEY, ADMIN_SECRET)),
        admin_access_keys=frozenset({ADMIN_KEY}),
        job_delay=0.0,
        bucket_dirs={BUCKET: str(bucket_dir)},
        rate_limits=False,
    )
    return run_in_thread(config)


@dataclass(frozen=True)
class SeededAsset:
    """An imported and analysed asset of the seeded project, with the id of its index."""

    asset_id: int
    index_id: int | None


@dataclass
class Seeded:
    """Ids of the objects ``seed`` created (empty when the operation that creates them failed)."""

    base_url: str
    auth: NcpRequestsAuth
    workspace: str = WORKSPACE
    project_id: int | None = None
    base_project_id: int | None = None
    assets: list[SeededAsset] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    thumbnail_ids: list[int] = field(default_factory=list)
    thumbnail_keys: list[str] = field(default_factory=list)
    query_keys: list[str] = field(default_factory=list)
    search_ids: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def project_ids(self) -> list[int]:
        return [p for p in (self.project_id, self.base_project_id) if p is not None]

    @property
    def asset_ids(self) -> list[int]:
        return [a.asset_id for a in self.assets]


class _Holder:
    seeded: Seeded | None = None
    validator: RequestValidator | None = None


#: the state the hooks steer cases to (set by ``seed``)
CURRENT = _Holder()


def seed(emulator: RunningEmulator) -> Seeded:
    """Reset the emulator and create the objects cases are steered to.

    A workspace, a project (and the base project), an image and a video
    imported from the bucket and analysed (the video's sidecar gives it two
    scenes with persons and dialogue) with a scene summary of the video, a
    person tag, two persons, a spare uploaded face thumbnail, an uploaded
    query image and a finished text search. A step that fails is recorded in
    ``problems`` and skipped; what depends on it is left out.
    """
    emulator.reset()
    seeded = Seeded(base_url=emulator.base_url, auth=NcpRequestsAuth(ACCESS_KEY, SECRET_KEY))
    ws = f"/api/v1/workspaces/{WORKSPACE}"
    with httpx.Client(base_url=emulator.base_url, auth=NcpSignatureV2Auth(ACCESS_KEY, SECRET_KEY)) as http:

        def call(method: str, path: str, body: Any = None) -> dict[str, Any] | None:
            response = http.request(method, path, json=body)
            if response.status_code != 200:
                seeded.problems.append(f"{method} {path}: {response.status_code} {response.text[:200]}")
                return None
            result = response.json().get("result")
            return result if isinstance(result, dict) else {}

        def upload(url: str) -> bool:
            response = httpx.put(url, content=FACE_PNG)
            if response.status_code >= 300:
                seeded.problems.append(f"PUT {url}: {response.status_code} {response.text[:200]}")
            return response.status_code < 300

        def face_key(file_name: str) -> str | None:
            issued = call("POST", f"{ws}/person-thumbnail/uploads/presigned-url", {"thumbnailFileName": file_name})
            return str(issued["thumbnailKey"]) if issued and upload(str(issued["url"])) else None

        call("POST", "/api/v1/workspaces", {"workspaceName": WORKSPACE})
        project = call("POST", f"{ws}/projects", {"name": PROJECT})
        seeded.project_id = int(project["projectId"]) if project else None
        listed = call("GET", f"{ws}/projects") or {}
        base = [p["projectId"] for p in listed.get("projects", []) if p.get("isBaseProject")]
        seeded.base_project_id = int(base[0]) if base else None
        assets = f"{ws}/projects/{seeded.project_id}/assets"
        asset_ids = []
        for key in (IMAGE_KEY, VIDEO_KEY):
            asset = call("POST", f"{assets}/import/object-storage", {"bucketName": BUCKET, "key": key})
            if asset:
                asset_ids.append(int(asset["assetId"]))
        tag = call("POST", f"{ws}/person-tags", {"name": "st-tag"})
        if tag and tag.get("id") is not None:
            seeded.tag_ids.append(int(tag["id"]))
        for name in ("Hong Gildong", "Kim Cheolsu"):
            key = face_key("face.png")
            thumbnails = [{"thumbnailKey": key, "isPrimaryThumbnail": True}]
            person = call("POST", f"{ws}/persons", {"name": name, "thumbnails": thumbnails}) if key else None
            if person and person.get("id") is not None:
                seeded.person_ids.append(int(person["id"]))
                seeded.thumbnail_ids += [int(t["id"]) for t in person.get("thumbnails", []) if "id" in t]
        spare = face_key("spare-face.png")
        seeded.thumbnail_keys += [spare] if spare else []
        issued = call(
            "POST", "/api/v1/query-assets/uploads/presigned-url", {"assetType": "IMAGE", "assetFileName": "query.png"}
        )
        if issued and upload(str(issued["presignedUploadUrl"])):
            seeded.query_keys.append(str(issued["assetFileKey"]))
        emulator.wait_for_jobs()
        for asset_id in asset_ids:
            call("POST", f"{assets}/{asset_id}/analyze", {"analysisPersonCount": 2})
        emulator.wait_for_jobs()
        for asset_id in asset_ids:
            index = call("GET", f"{assets}/{asset_id}/index")
            index_id = index.get("indexId") if index else None
            seeded.assets.append(SeededAsset(asset_id, int(index_id) if index_id is not None else None))
        if len(asset_ids) == 2:
            call("POST", f"{assets}/{asset_ids[1]}/scene-summary", {})
        scope = {"projectIds": [seeded.project_id]}
        search = call("POST", f"{ws}/assets/search", {"query": {"textQuery": "beach"}, "filter": scope})
        if search and search.get("searchId") is not None:
            seeded.search_ids.append(str(search["searchId"]))
        emulator.wait_for_jobs()
    CURRENT.seeded = seeded
    return seeded


class SeededEmulator:
    """An emulator seeded once; ``restore()`` puts its state back to the seeded one before each test.

    Through the emulator's control plane: ``GET /_emulator/api/state`` once
    after seeding (a SQLite image of its whole state) and once before, empty;
    ``PUT`` of one of them before each test (jobs paused meanwhile, rate-limit windows forgotten).
    Restoring takes milliseconds where seeding again takes about a second.
    """

    def __init__(self, emulator: RunningEmulator) -> None:
        self.emulator = emulator
        self._control = httpx.Client(
            base_url=emulator.base_url, auth=NcpSignatureV2Auth(ADMIN_KEY, ADMIN_SECRET), timeout=60
        )
        emulator.reset()
        self._empty = self._state()
        self.seeded = seed(emulator)
        CURRENT.validator = emulator.state.validator
        self._snapshot = self._state()

    def _state(self) -> bytes:
        snapshot = self._control.get("/_emulator/api/state")
        snapshot.raise_for_status()
        return snapshot.content

    def restore(self, *, empty: bool = False) -> Seeded:
        """Back to the seeded state, or (``empty``) to an emulator with nothing in it and no steering."""
        self.emulator.wait_for_jobs(10)
        self._control.put("/_emulator/api/state", content=self._empty if empty else self._snapshot).raise_for_status()
        CURRENT.seeded = None if empty else self.seeded
        CURRENT.validator = self.emulator.state.validator
        return self.seeded

    def close(self) -> None:
        self._control.close()
        self.emulator.stop()


# -- hooks --------------------------------------------------------------------------------------------------


def _pick(case: Any, salt: str) -> int:
    """A stable number drawn from the case's values (derandomized runs stay reproducible)."""
    text = repr((salt, case.path_parameters, case.query, case.body))
    return zlib.crc32(text.encode("utf-8", "replace"))


#: path parameters that name seeded objects (project_id, asset_id and index_id are chosen together)
PATH_CHOICES: dict[str, Callable[[Seeded], list[Any]]] = {
    "workspace_name": lambda s: [s.workspace],
    "tag_id": lambda s: s.tag_ids,
    "person_id": lambda s: [str(p) for p in s.person_ids],
    "search_id": lambda s: s.search_ids,
}


def _steer_path(params: dict[str, Any], seeded: Seeded, n: int) -> dict[str, Any]:
    for name in params:
        choices = PATH_CHOICES[name](seeded) if name in PATH_CHOICES else []
        if choices:
            params[name] = choices[n % len(choices)]
    if "project_id" in params and seeded.project_ids:
        # mostly the project holding the assets; one case in four the base project (10027/10033, 10010)
        params["project_id"] = str(seeded.project_ids[1 if (n >> 4) % 4 == 0 and len(seeded.project_ids) > 1 else 0])
    if "asset_id" in params and seeded.assets:
        asset = seeded.assets[(n >> 8) % len(seeded.assets)]
        params["asset_id"] = str(asset.asset_id)
        if "index_id" in params and asset.index_id is not None:
            params["index_id"] = str(asset.index_id)
    return params


def _first(values: list[Any], n: int) -> list[Any]:
    return [values[n % len(values)]] if values else []


#: body fields that name seeded objects: operationId -> {field: values for it}
BODY_FIELDS: dict[str, dict[str, Callable[[Seeded, int], Any]]] = {
    "importAssets": {"bucketName": lambda s, n: BUCKET, "key": lambda s, n: (IMAGE_KEY, VIDEO_KEY)[n % 2]},
    "requestAnalysis": {"tagIdList": lambda s, n: s.tag_ids},
    "requestIndex": {"tagIdList": lambda s, n: s.tag_ids},
    "createPerson": {"thumbnails": lambda s, n: _thumbnails(s, n, primary=True)},
    "addPersonThumbnails": {"thumbnails": lambda s, n: _thumbnails(s, n, primary=bool(n % 2))},
    "removePersonThumbnails": {"thumbnailIds": lambda s, n: _first(s.thumbnail_ids, n)},
    "removePersonThumbnailsByPost": {"thumbnailIds": lambda s, n: _first(s.thumbnail_ids, n)},
    "addPersonTags": {"tagIds": lambda s, n: s.tag_ids},
    "removePersonTags": {"tagIds": lambda s, n: s.tag_ids},
    "removePersonTagsByPost": {"tagIds": lambda s, n: s.tag_ids},
    "mergePersons": {"personIds": lambda s, n: _first(s.person_ids, n)},
    "searchPersons": {"personIds": lambda s, n: s.person_ids, "tagIds": lambda s, n: s.tag_ids},
    "recommendPersonsByThumbnail": {"thumbnailKey": lambda s, n: _first(s.thumbnail_keys, 0)},
    "getPersonThumbnailUploadStatus": {"thumbnailKey": lambda s, n: _first(s.thumbnail_keys, 0)},
    "getSearchImageUploadStatus": {"assetKey": lambda s, n: _first(s.query_keys, 0)},
}
#: fields that are replaced only when the case has them (optional ones)
OPTIONAL_FIELDS = {"tagIdList", "personIds", "tagIds"}


def _thumbnails(seeded: Seeded, n: int, *, primary: bool) -> list[dict[str, Any]]:
    return [{"thumbnailKey": key, "isPrimaryThumbnail": primary} for key in _first(seeded.thumbnail_keys, n)]


def _steer_body(operation_id: str, body: dict[str, Any], seeded: Seeded, n: int) -> dict[str, Any]:
    if operation_id == "searchAssets":
        return _steer_search(body, seeded, n)
    for name, values in BODY_FIELDS.get(operation_id, {}).items():
        if name in OPTIONAL_FIELDS and name not in body:
            continue
        value = values(seeded, n)
        if value in ([], None):  # nothing seeded: keep the generated value
            continue
        if name in ("thumbnailKey", "assetKey"):
            value = value[0]
        body[name] = value
    return body


def _steer_search(body: dict[str, Any], seeded: Seeded, n: int) -> dict[str, Any]:
    query = body.get("query")
    if isinstance(query, dict):
        if isinstance(query.get("imageQuery"), str) and seeded.query_keys:
            query["imageQuery"] = seeded.query_keys[0]
        if isinstance(query.get("textQuery"), str) and n % 2:
            query["textQuery"] = ("dog", "beach", "kitchen", "Good morning")[n % 4]
        persons = query.get("personQuery")
        if isinstance(persons, dict) and seeded.person_ids:
            for name in ("must", "any", "not"):
                if name in persons:
                    persons[name] = _first(seeded.person_ids, n + len(name))
    filters = body.get("filter")
    if isinstance(filters, dict):
        if "projectIds" in filters and seeded.project_ids:
            filters["projectIds"] = _first(seeded.project_ids, n)
        if "assetIds" in filters and seeded.asset_ids:
            filters["assetIds"] = _first(seeded.asset_ids, n)
    return body


def _positive_at(meta: Any, location: ParameterLocation) -> bool:
    return meta is None or not meta.is_negative_at(location)


def steer(case: schemathesis.Case, *, in_place: bool = False) -> schemathesis.Case:
    """A copy of ``case`` (or ``case`` itself) with about three chances in four of naming seeded objects.

    Only components generated as valid are changed, with values that are
    valid too. The choice is a hash of the case's own values, and ``case``
    itself is left alone, so a re-run of the same example sends the same
    request (explicit examples are generated once, at collection, before any
    state exists: that is why this runs at call time and is no ``map_case``
    hook). Stateful steps are steered in place: the scenario recorder knows
    cases by id.
    """
    seeded = CURRENT.seeded
    if seeded is None or _pick(case, "steer") % 4 == 0:
        return case
    steered = case if in_place else case.derive()
    meta = case.meta
    operation_id = str(case.operation.definition.raw.get("operationId"))
    if case.path_parameters and _positive_at(meta, ParameterLocation.PATH):
        steered.path_parameters = _steer_path(dict(case.path_parameters), seeded, _pick(case, "path"))
    if isinstance(case.body, dict) and _positive_at(meta, ParameterLocation.BODY):
        steered.body = _steer_body(operation_id, copy.deepcopy(case.body), seeded, _pick(case, "body"))
    if case.query and _positive_at(meta, ParameterLocation.QUERY):
        query = dict(case.query)
        if "new_project_id" in query and seeded.project_ids:
            query["new_project_id"] = str(_first(seeded.project_ids, _pick(case, "q"))[0])
        if "tagIdList" in query and seeded.tag_ids:
            query["tagIdList"] = list(seeded.tag_ids)
        steered.query = query
    return steered


# -- checks -------------------------------------------------------------------------------------------------


def documented_error_code(ctx: Any, response: schemathesis.Response, case: schemathesis.Case) -> bool | None:
    """An error body's code is one the operation documents for that status; a valid request is not invalid.

    A schema-valid request (a positive case) answered 10001 fails when the
    emulator's own request validator rejects it (the validator disagrees with
    the spec), or when the message names no field: 10001 is for a field rule
    the schema can't express (``minSceneDurationSec: must not exceed
    maxSceneDurationSec``), not for the state of an object.
    """
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, Mapping):
        return None
    status = str(response.status_code)
    operation_id = str(case.operation.definition.raw.get("operationId"))
    if isinstance(body.get("error"), Mapping):
        code = str(body["error"].get("errorCode"))
        assert GATEWAY_CODES.get(code) == response.status_code or response.status_code == 405, (
            f"gateway errorCode {code} with status {status} is not in x-gateway-error-codes"
        )
        return None
    code = str(body.get("code"))
    codes = DOCUMENTED.get(operation_id, {}).get(status)
    assert codes is not None, f"{operation_id} answered {status} (code {code}), which it does not document"
    if operation_id in UNDOCUMENTED_CODES:
        if not codes:
            return None  # the spec documents no code at all for this status (cancelIndex's 409): any will do
        # the spec leaves some failure's code open: any code of the error table with this status will do
        assert ERROR_STATUS.get(code) == response.status_code or code in codes, (
            f"{operation_id} answered {status} with code {code}, which x-error-codes gives another status"
        )
        return None
    if codes:
        assert code in codes, (
            f"{operation_id} answered {status} with code {code}; the spec documents {sorted(codes)} for {status}"
        )
    meta = case.meta
    if code == INVALID_REQUEST and meta is not None and not meta.generation.mode.is_negative:
        message = str(body.get("message", ""))
        rejected = _validator_rejects(response)
        assert rejected is None, f"the emulator's validator refuses a schema-valid request: {rejected}"
        detail = message.removeprefix(ERROR_MESSAGES[INVALID_REQUEST]).strip()
        assert _names_field(case, detail), f"a schema-valid request was answered 10001 for no field: {message}"
    return None


ERROR_MESSAGES = {str(row["code"]): str(row["message"]) for row in SPEC["x-error-codes"]}


def _names_field(case: schemathesis.Case, detail: str) -> bool:
    """Whether ``detail`` starts with ``<field>:`` naming a parameter or a body field (at any depth)."""
    head = detail.split(":", 1)[0] if ":" in detail else ""
    first = re.split(r"[.\[]", head, maxsplit=1)[0]
    if not first:
        return False
    names = {p.name for p in case.operation.iter_parameters()}
    return first in names or first in json.dumps(_resolve_deep(case.operation.definition.raw.get("requestBody")))


def _resolve_deep(node: Any, depth: int = 0) -> Any:
    node = _resolve(node)
    if depth > 12:
        return None
    if isinstance(node, Mapping):
        return {k: _resolve_deep(v, depth + 1) for k, v in node.items() if k not in ("description", "example")}
    if isinstance(node, list):
        return [_resolve_deep(v, depth + 1) for v in node]
    return node


def _validator_rejects(response: schemathesis.Response) -> str | None:
    """The emulator's validator's complaint about the request exactly as sent, or None when it accepts it."""
    validator = CURRENT.validator
    if validator is None:
        return None
    sent = response.request
    url = urlsplit(str(sent.url))
    body = sent.body.encode() if isinstance(sent.body, str) else sent.body
    try:
        validator.validate(
            SpecRequest(
                method=str(sent.method),
                path=unquote(url.path),
                query=parse_qsl(url.query, keep_blank_values=True),
                headers=dict(sent.headers),
                body=body or None,
                content_type=sent.headers.get("content-type"),
            )
        )
    except ApiError as exc:
        return str(exc.detail or exc.code)
    return None


# -- stateful -----------------------------------------------------------------------------------------------


def state_machine(schema: Any, emulator: SeededEmulator, *, empty: bool = False) -> type:
    """The spec's links as a state machine; every call signed, every response checked.

    Each scenario starts from the seeded state, or from an empty one
    (``empty``: nothing to steer to, every object is made by the scenario);
    Hypothesis replays scenarios and needs the same answers to the same calls.
    """
    base = schema.as_state_machine()
    seeded = emulator.seeded

    class Machine(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            emulator.restore(empty=empty)

        def step(self, input: Any) -> Any:
            if input.transition is None or not input.applied_parameters:  # a root step, or a link that gave nothing
                steer(input.case, in_place=True)
            return super().step(input)

        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"base_url": seeded.base_url, "auth": seeded.auth.for_case(case)}

        def validate_response(
            self, response: Any, case: schemathesis.Case, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            super().validate_response(
                response, case, additional_checks=[documented_error_code, *(additional_checks or [])], **kwargs
            )

    return Machine
