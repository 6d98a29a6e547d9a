"""Validation of every request against the spec with openapi-core.

The ``OpenAPI`` object is built once (``RequestValidator(spec)``). A request
that breaks the spec gets 400 with code 10001 and a message naming the field:
``Invalid Request. <field>: <rule>`` (``name: 'a;b' does not match
'^[^;|`]*$'``, ``pageNum: required``, ``body: invalid JSON``). Security
requirements are not checked here: the signature check runs first
(``_auth``).

The server calls ``validate_request`` (operation and path parameters known
from the routing): the fast path of ``_fastpath`` (compiled validators, no
openapi-core) answers for the requests it can vouch for, valid ones with
nothing unusual; openapi-core, through ``validate``, decides the others and
words every 10001 message.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import SecurityValidationError
from werkzeug.datastructures import Headers, ImmutableMultiDict, MultiDict

import mi_spec

from ._errors import ApiError
from ._fastpath import FastPath
from ._spec import Errors, Operation, SpecIndex

__all__ = ["RequestValidator", "SpecRequest", "ValidatedRequest", "describe_errors"]

INVALID_REQUEST = Errors.INVALID_REQUEST
#: openapi-core finds the operation by matching this against the spec's servers
#: (``http://{host}:{port}``); the real host does not matter.
_HOST_URL = "http://127.0.0.1:8080"


class SpecRequest:
    """A request in the shape openapi-core reads (``openapi_core.protocols.Request``)."""

    def __init__(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        content_type: str | None,
    ) -> None:
        self.host_url = _HOST_URL
        self.path = path
        self.method = method.lower()
        header_items = list(headers.items())
        present = {name.lower() for name, _ in header_items}
        # the signature is checked by _auth before validation; openapi-core only checks that the
        # security headers exist, and stops before the body when they don't
        header_items += [(item.header, "-") for item in mi_spec.SECURITY_HEADERS if item.header not in present]
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query)),
            header=Headers(header_items),
            cookie=ImmutableMultiDict(),
        )
        self.body = body if body else None
        self.content_type = content_type or "application/json"


@dataclass
class ValidatedRequest:
    """What validation hands to the handler: parameters cast and defaulted, body unmarshalled."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


class RequestValidator:
    """openapi-core's request unmarshaller for one spec, built once."""

    def __init__(self, spec: SpecIndex) -> None:
        # openapi-core gets a copy of its own (it may annotate what it is given); the document itself is checked
        # by the spec tests (openapi-spec-validator), not again at every start, where it was a third of the
        # start-up's CPU time (None is openapi-core's "skip the check"; its annotation omits it)
        no_check = Config(spec_validator_cls=None)  # type: ignore[arg-type]
        self.api = OpenAPI.from_dict(copy.deepcopy(spec.document), config=no_check)
        self.empty_form_arrays = _form_array_parameters(spec.operations.values())
        self.fast = FastPath(spec.document, spec.operations, self.empty_form_arrays)

    def validate_request(
        self,
        operation_id: str,
        method: str,
        path: str,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        content_type: str | None,
    ) -> ValidatedRequest:
        """``validate`` of a routed request: the fast path when it can answer, else openapi-core."""
        fast = self.fast.validate(operation_id, path_params, query, body, content_type)
        if fast is not None:
            return ValidatedRequest(path=fast.path, query=fast.query, body=fast.body)
        return self.validate(SpecRequest(method, path, query, headers, body, content_type))

    def validate(self, request: SpecRequest) -> ValidatedRequest:
        """Validate and unmarshal; raise ``ApiError(Errors.INVALID_REQUEST, "<field>: <rule>")`` when invalid."""
        query = request.parameters.query
        # ``name=`` is how OpenAPI serialises an empty array in form style without explode; openapi-core
        # reads it as [""] and fails to cast "", so such a parameter is validated as absent and is then []
        empty: list[str] = []
        if isinstance(query, MultiDict):
            empty = [name for name in self.empty_form_arrays if query.getlist(name) == [""]]
        if isinstance(query, MultiDict) and empty:
            request.parameters.query = ImmutableMultiDict(
                [(k, v) for k, v in query.items(multi=True) if k not in empty]
            )
        result = self.api.unmarshal_request(request)
        errors = [e for e in result.errors if not isinstance(e, SecurityValidationError)]
        if errors:
            raise ApiError(INVALID_REQUEST, describe_errors(errors))
        params = result.parameters
        return ValidatedRequest(
            path=dict(params.path), query={**params.query, **{name: [] for name in empty}}, body=result.body
        )


def _form_array_parameters(operations: Iterable[Operation]) -> frozenset[str]:
    """Names of the query parameters that are arrays in form style without explode wherever they appear."""
    arrays: set[str] = set()
    others: set[str] = set()
    for op in operations:
        for param in op.parameters:
            if param.location == "query":
                (arrays if param.joined else others).add(param.name)
    return frozenset(arrays - others)


def describe_errors(errors: Iterable[BaseException]) -> str:
    """A short ``<field>: <rule>`` text for the first openapi-core error."""
    for error in errors:
        return _describe(error)
    return "request: invalid"


def _describe(error: BaseException) -> str:
    name = getattr(error, "name", None)
    cause = error.__cause__
    kind = type(error).__name__
    if kind == "MissingRequiredParameter" and name:
        return f"{name}: required"
    if kind == "MissingRequiredRequestBody":
        return "body: required"
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        best = best_match(list(schema_errors))
        field = _field_of(best, prefix=name)
        return f"{field}: {_rule_of(best)}"
    cause_kind = type(cause).__name__ if cause is not None else ""
    if cause_kind == "CastError" and name:
        type_name = getattr(cause, "type", "value")
        return f"{name}: must be {'an' if str(type_name)[:1] in 'aeiou' else 'a'} {type_name}"
    if cause_kind == "MediaTypeDeserializeError":
        return "body: invalid JSON"
    if cause_kind == "MediaTypeNotFound":
        return "Content-Type: must be application/json"
    if name:
        return f"{name}: invalid"
    return f"request: {error}" if str(error) else "request: invalid"


def _field_of(error: SchemaError, prefix: str | None) -> str:
    parts = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        missing = re.match(r"'([^']+)' is a required property", error.message)
        if missing:
            parts.append(missing.group(1))
    elif error.validator == "additionalProperties":
        extra = re.search(r"\('([^']+)'", error.message)
        if extra:
            parts.append(extra.group(1))
    if prefix:
        parts.insert(0, prefix)
    return ".".join(parts) if parts else "body"


def _rule_of(error: SchemaError) -> str:
    if error.validator == "required":
        return "required"
    if error.validator == "additionalProperties":
        return "not allowed"
    return str(error.message)
