"""The types of a compiled API contract.

`tools/compile_spec.py` copies this file, unchanged but for its first line,
into every compiled spec package (``generated/mi_spec/_types.py``), so a
compiled package depends on nothing but the standard library and reads no
file. Keep it small, typed and free of imports beyond the standard library.

The types are named tuples, immutable like frozen dataclasses: making a
named tuple class costs about a twentieth of a slotted dataclass, and these
classes are made on every ``import media_intelligence``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple

__all__ = [
    "ActionInputs",
    "ErrorCode",
    "InputParameter",
    "Operation",
    "Pagination",
    "Parameter",
    "PresignedUrl",
    "RateLimit",
    "SecurityHeader",
    "Server",
    "ServerVariable",
    "States",
    "StatusField",
    "UploadRules",
]


class Parameter(NamedTuple):
    """One parameter of an operation, ``$ref`` resolved."""

    name: str
    location: str
    """``path``, ``query``, ``header`` or ``cookie``."""
    required: bool
    style: str
    """OpenAPI ``style``, defaulted (``simple`` for path and header, ``form`` for query and cookie)."""
    explode: bool
    """OpenAPI ``explode``, defaulted (true for ``form``)."""
    is_array: bool
    snake_name: str
    """``tagIdList`` -> ``tag_id_list``: the name Python code uses."""

    @property
    def joined(self) -> bool:
        """An array sent as one comma-separated value (``form`` without explode)."""
        return self.is_array and self.style == "form" and not self.explode


class RateLimit(NamedTuple):
    """``x-rate-limit``: ``limit`` calls per ``period_seconds``."""

    limit: int
    period_seconds: float
    period: str

    def describe(self) -> str:
        return f"{self.limit:,} calls per {self.period}"


class Pagination(NamedTuple):
    """``x-pagination``, with the page-size bounds of the size parameter."""

    page_param: str
    size_param: str
    items_field: str
    total_pages_field: str | None
    total_count_field: str | None
    first_page: int
    location: str
    """``query`` or ``body``: where the page and size parameters go."""
    min_size: int | None
    max_size: int | None
    default_size: int | None
    scroll_token_param: str | None = None
    """Forward-only scrolling: the parameter that takes the token of the page before."""
    scroll_token_field: str | None = None
    """Forward-only scrolling: the answer's field with the token of the next page."""


class UploadRules(NamedTuple):
    """``x-upload-rules``: what a file sent to a presigned URL must be."""

    formats: tuple[str, ...]
    max_bytes: int | None
    min_pixels: int | None


class PresignedUrl(NamedTuple):
    """``x-presigned-url``: how long an issued upload URL is valid and whether it is single-use."""

    expires_in: int
    single_use: bool


class States(NamedTuple):
    """A status enumeration and its ``x-terminal-states`` / ``x-running-states``."""

    name: str
    values: tuple[str, ...]
    success: frozenset[str]
    failure: frozenset[str]
    running: frozenset[str]

    @property
    def terminal(self) -> frozenset[str]:
        return self.success | self.failure


class StatusField(NamedTuple):
    """Where a status operation's ``result`` carries its state."""

    field: str
    states: States


class ErrorCode(NamedTuple):
    """One row of the error table (``x-error-codes``) or of the gateway's table."""

    code: str
    statuses: tuple[int, ...]
    """HTTP statuses the code comes with, the documented one first."""
    name: str
    class_name: str
    """The SDK's exception class for the code."""
    message: str
    meaning: str
    gateway: bool = False

    @property
    def status(self) -> int:
        return self.statuses[0]


class SecurityHeader(NamedTuple):
    """A header-borne security scheme."""

    scheme: str
    header: str


class Operation(NamedTuple):
    """One operation of the contract and everything code derives from it."""

    operation_id: str
    method: str
    """Upper case."""
    path: str
    tag: str
    summary: str
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_media_type: str | None
    retry_safe: bool
    """True when a retry cannot repeat a side effect (GET, PUT, DELETE... or ``x-retry-safe``)."""
    rate_limit: RateLimit | None
    pagination: Pagination | None
    upload_rules: UploadRules | None
    presigned_url: PresignedUrl | None
    media_limits: Mapping[str, Any] | None
    deprecated: bool
    replaced_by: str | None
    status: StatusField | None
    """For a status operation: the field of ``result`` holding the state."""
    error_codes: tuple[str, ...]
    """The API error codes documented for the operation's responses."""
    responses: tuple[str, ...]
    """The documented response statuses (``"200"``, ``"404"``...)."""
    input_schema_json: str
    """JSON Schema (2020-12, self-contained) of ``{path, query, body}``: what a request must be."""

    def __repr__(self) -> str:
        # the schema documents are long; the name says which one
        return f"{type(self).__name__}({self.operation_id!r})"

    @property
    def input_schema(self) -> Mapping[str, Any]:
        """The decoded `input_schema_json` (a new dict on every call: callers may keep or change it)."""
        decoded: Mapping[str, Any] = json.loads(self.input_schema_json)
        return decoded

    def parameter(self, name: str, location: str | None = None) -> Parameter:
        """The parameter called ``name`` (wire or snake_case name); KeyError when absent."""
        for param in self.parameters:
            if (param.name == name or param.snake_name == name) and (location is None or param.location == location):
                return param
        raise KeyError(f"{self.operation_id} has no parameter {name!r}")

    def describe_retries(self) -> str:
        """The retry rule of the operation, in one sentence."""
        if self.retry_safe:
            return "Retried on connection errors, 429 and 5xx."
        return (
            f"{self.method} is not retry-safe: retried only on 429 and on connection errors "
            "raised before the request was sent."
        )


# --------------------------------------------------------------------------- #
# per-parameter inputs (``compile_spec.py --parameter-inputs``): RPC-style contracts whose every
# input is a query parameter, checked one parameter at a time before the wire


class InputParameter(NamedTuple):
    """One query parameter of an action, everything a client checks before sending it."""

    name: str
    """The wire name (``SearchLibName``)."""
    snake_name: str
    """The name Python code uses (``search_lib_name``)."""
    required: bool
    type: str | None
    """The JSON Schema ``type`` of the value (``string``, ``integer``...), ``$ref`` followed."""
    format: str | None
    """The schema's ``format`` (``int32``, ``int64``...), which the validators do not assert."""
    schema_ref: str | None
    """The component schema the parameter's schema refers to (``Match``, ``SortBy``), if any."""
    wire_boolean: tuple[str, str] | None
    """For a boolean sent as a two-value string enum: its (true, false) spellings (``("True", "False")``)."""
    json_string: bool
    """The value is a JSON document in a string (``contentMediaType: application/json``)."""
    schema_json: str
    """JSON Schema (2020-12, self-contained) of the value on the wire."""
    content_schema_json: str | None = None
    """JSON Schema (2020-12, self-contained) of the decoded JSON document (``contentSchema``), if stated."""
    default: str | int | None = None
    """What the service uses when the parameter is omitted (``x-default``); None when not stated."""

    def __repr__(self) -> str:
        # the schema documents are long; the name says which one
        return f"{type(self).__name__}({self.name!r})"

    @property
    def schema(self) -> Mapping[str, Any]:
        """The decoded `schema_json` (a new dict on every call)."""
        decoded: Mapping[str, Any] = json.loads(self.schema_json)
        return decoded

    @property
    def content_schema(self) -> Mapping[str, Any] | None:
        """The decoded `content_schema_json` (a new dict on every call), or None."""
        if self.content_schema_json is None:
            return None
        decoded: Mapping[str, Any] = json.loads(self.content_schema_json)
        return decoded


class ActionInputs(NamedTuple):
    """The query parameters of one action, by wire name, and which are required."""

    operation_id: str
    parameters: Mapping[str, InputParameter]
    required: frozenset[str]

    def by_snake_name(self) -> dict[str, InputParameter]:
        """``{snake_name: parameter}`` (a new dict on every call)."""
        return {p.snake_name: p for p in self.parameters.values()}


class ServerVariable(NamedTuple):
    """A variable of a server URL template: its default and, when listed, its allowed values."""

    default: str
    values: tuple[str, ...]


class Server(NamedTuple):
    """One entry of the document's ``servers``."""

    url: str
    """The URL template (``https://ice.{regionId}.aliyuncs.com``)."""
    description: str
    variables: Mapping[str, ServerVariable]

    def expand(self, **values: str) -> str:
        """The URL with each variable replaced (its default when not given)."""
        url = self.url
        for name, variable in self.variables.items():
            url = url.replace("{" + name + "}", values.get(name, variable.default))
        return url
