"""Every operation shows a success example, and a request example when it takes a body.

Examples are also checked against the schema beside them: an example that
contradicts its own schema misleads readers and the emulator alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .helpers import Operation, resolve

BASE = "urn:openapi"


def has_example(media: dict[str, Any]) -> bool:
    return "example" in media or bool(media.get("examples"))


def pointer(*parts: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def media_types(spec: dict[str, Any], operations: list[Operation]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, JSON pointer of the media type object, media type object) for every request and response body."""
    for path, method, op in operations:
        name = op.get("operationId", f"{method} {path}")
        body = op.get("requestBody")
        if body is not None:
            location = body["$ref"][1:] if "$ref" in body else pointer("paths", path, method, "requestBody")
            for media_name, media in resolve(spec, body).get("content", {}).items():
                yield f"{name} request {media_name}", location + pointer("content", media_name), media
        for status, response in op.get("responses", {}).items():
            location = (
                response["$ref"][1:] if "$ref" in response else pointer("paths", path, method, "responses", status)
            )
            for media_name, media in resolve(spec, response).get("content", {}).items():
                yield f"{name} {status} {media_name}", location + pointer("content", media_name), media


def test_every_operation_has_a_success_response_example(spec: dict[str, Any], operations: list[Operation]) -> None:
    missing = []
    for _, _, op in operations:
        successes = [resolve(spec, r) for s, r in op.get("responses", {}).items() if str(s).startswith("2")]
        contents = [media for response in successes for media in response.get("content", {}).values()]
        if not contents or not all(has_example(media) for media in contents):
            missing.append(op.get("operationId"))
    assert not missing, f"operations without an example on every 2xx response body: {missing}"


def test_every_request_body_has_an_example(spec: dict[str, Any], operations: list[Operation]) -> None:
    missing = [
        op.get("operationId")
        for _, _, op in operations
        if "requestBody" in op
        and not all(has_example(media) for media in resolve(spec, op["requestBody"]).get("content", {}).values())
    ]
    assert not missing, f"operations whose request body has no example: {missing}"


def test_examples_match_their_schemas(spec: dict[str, Any], operations: list[Operation]) -> None:
    # A JSON round trip turns YAML's integer keys ('200' written unquoted) into strings for the pointers.
    document = json.loads(json.dumps(spec, default=str))
    registry: Registry[Any] = Registry().with_resource(BASE, DRAFT202012.create_resource(document))
    problems = []
    for where, location, media in media_types(spec, operations):
        if "schema" not in media:
            continue
        validator = Draft202012Validator({"$ref": f"{BASE}#{location}/schema"}, registry=registry)
        values = {"example": media["example"]} if "example" in media else {}
        values.update({key: resolve(spec, ex).get("value") for key, ex in media.get("examples", {}).items()})
        for key, value in values.items():
            error = next(iter(validator.iter_errors(value)), None)
            if error is not None:
                problems.append(f"{where} example {key!r}: {error.message} at {list(error.absolute_path)}")
    if problems:
        pytest.fail(f"{len(problems)} examples contradict their schema:\n" + "\n".join(problems[:50]))
