"""Request validation without openapi-core, for the requests it can vouch for.

openapi-core (``_validation.RequestValidator.validate``) is the reference: it
finds the operation, deserialises and casts the parameters, validates them and
the body against the spec and unmarshals the body (defaults applied), at a few
milliseconds a request, most of it spent walking the spec. ``FastPath`` does
the same work from plans compiled once per operation, in tens of microseconds:

* **parameters** (path and query, of type string, integer or number, or arrays
  of those in form style): the raw strings are picked and cast as openapi-core
  does (the first value of a repeated query parameter, ``a,b`` split for an
  unexploded array, ``int()``/``float()``), and the default of an absent one
  is applied;
* **body** (``application/json``): ``json.loads``;
* **validation**: the compiled model's JSON Schema of the operation's inputs
  (``Operation.input_schema``, compiled on first use: jsonschema-rs where its
  regex dialect agrees with Python's ``re`` on every pattern of the operation,
  the pure-Python ``jsonschema`` otherwise), plus the only formats openapi-core
  asserts in OpenAPI 3.1 that can fail on JSON (``int32``/``int64`` ranges);
* **unmarshalling**: openapi-core's object rules - the properties of the
  matching ``oneOf`` alternative, of every matching ``anyOf`` one and of the
  typed ``allOf`` ones, then the schema's own properties in its order (the
  ``default`` of an absent one filled in), then the others - so ``ctx.body``
  is the very dict openapi-core would give, key order included.

It answers None, meaning "ask openapi-core", whenever anything is invalid or
unusual: a value breaking a rule or failing a cast, an empty query value, a
``Content-Type`` other than ``application/json``, a ``null`` body, a number
beyond 2^53 (or 2^31 where ``int32`` is declared) or not finite, a path value
outside the URL's unreserved characters, or an operation with header, cookie
or ``content`` parameters, another parameter style, a format openapi-core
unmarshals (``date-time``...) or a ``$ref`` it can't follow. So a request it
accepts is one openapi-core accepts, with the same result, and every 400/10001
message still comes from openapi-core. ``tests/emulator/test_fastpath.py``
checks that claim on generated valid and invalid requests of every operation.

Nothing here comes from the SDK: the emulator is the SDK's independent oracle.
"""

from __future__ import annotations

import importlib
import json
import math
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from ._spec import Operation

__all__ = ["FastPath", "FastResult"]

#: Path values that openapi-core's URL matching reads back unchanged.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+")
#: A letter escape (``\S``, ``\d``, ``\w``, ``\b``...): Rust's regex and Python's ``re`` disagree on some of them.
_ESCAPE_CLASS = re.compile(r"\\[A-Za-z]")
#: Formats openapi-core unmarshals into other types (the fast path leaves such operations to it).
_UNMARSHALLED_FORMATS = frozenset({"date", "date-time", "binary", "uuid", "byte"})
#: Formats openapi-core's OpenAPI 3.1 checker asserts that a JSON value can fail (``float``, ``double`` and
#: ``password`` accept every JSON value).
_CHECKED_FORMATS = frozenset({"int32", "int64", "regex"})
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = (
    "items",
    "not",
    "if",
    "then",
    "else",
    "additionalProperties",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_CASTS: dict[str, Any] = {"string": str, "integer": int, "number": float}
_MISSING: Any = object()


class _Unsupported(Exception):
    """An operation the fast path leaves to openapi-core."""


class FastResult:
    """Parameters cast and defaulted, body unmarshalled (``path``, ``query``, ``body``)."""

    __slots__ = ("body", "path", "query")

    def __init__(self, path: dict[str, Any], query: dict[str, Any], body: Any) -> None:
        self.path = path
        self.query = query
        self.body = body


class _Param:
    __slots__ = ("cast", "default", "explode", "item_cast", "name", "path", "required")

    def __init__(self, spec: Mapping[str, Any], raw: Any, pointer: str) -> None:
        param, pointer = resolve_ref(spec, raw, pointer)
        if not isinstance(param, Mapping) or "$ref" in param or "content" in param or "schema" not in param:
            raise _Unsupported("parameter without a plain schema")
        location = param.get("in")
        if location not in ("path", "query") or param.get("allowEmptyValue") is not None or param.get("deprecated"):
            raise _Unsupported(f"parameter in {location}")
        schema, _ = resolve_ref(spec, param["schema"], f"{pointer}/schema")
        if not isinstance(schema, Mapping) or "$ref" in schema:
            raise _Unsupported("unresolvable parameter schema")
        if any(k in schema for k in ("allOf", "anyOf", "oneOf", "nullable")):
            raise _Unsupported("composed parameter schema")
        kind = schema.get("type")
        style = param.get("style", "simple" if location == "path" else "form")
        self.name = str(param["name"])
        self.path = location == "path"
        self.required = bool(param.get("required", False))
        self.default = schema.get("default", _MISSING)
        self.explode = bool(param.get("explode", style == "form"))
        self.item_cast: Any = None
        if kind == "array" and not self.path and style == "form":
            items, _ = resolve_ref(spec, schema.get("items"), f"{pointer}/schema/items")
            item_kind = items.get("type") if isinstance(items, Mapping) and "$ref" not in items else None
            if item_kind not in _CASTS or any(k in items for k in ("allOf", "anyOf", "oneOf")):
                raise _Unsupported("array parameter of another item type")
            self.item_cast = _CASTS[item_kind]
            self.cast: Any = str
        elif kind in _CASTS and style == ("simple" if self.path else "form"):
            self.cast = _CASTS[kind]
        else:
            raise _Unsupported(f"parameter of type {kind!r} in style {style!r}")


class _Node:
    """A schema as openapi-core's unmarshaller walks it: ``$ref`` followed (its siblings dropped)."""

    __slots__ = ("additional", "all_of", "any_of", "default", "items", "one_of", "pointer", "properties", "typed")

    def __init__(self, schema: Mapping[str, Any], pointer: str) -> None:
        if "x-model" in schema or "x-model-path" in schema:
            raise _Unsupported("x-model")
        self.pointer = pointer
        self.typed = "type" in schema
        self.default = schema.get("default", _MISSING)
        props = schema.get("properties")
        self.properties = [(str(k), f"{pointer}/properties/{_escape(str(k))}") for k in props] if props else []
        self.one_of = [f"{pointer}/oneOf/{i}" for i in range(len(schema.get("oneOf") or ()))]
        self.any_of = [f"{pointer}/anyOf/{i}" for i in range(len(schema.get("anyOf") or ()))]
        self.all_of = [f"{pointer}/allOf/{i}" for i in range(len(schema.get("allOf") or ()))]
        self.items = f"{pointer}/items" if isinstance(schema.get("items"), Mapping) else None
        additional = schema.get("additionalProperties", True)
        # False: the others are dropped; None: free-form (kept as they are); else the pointer of their schema
        self.additional: str | bool | None = None
        if additional is False:
            self.additional = False
        elif isinstance(additional, Mapping):
            self.additional = f"{pointer}/additionalProperties"


#: The node of a missing or empty schema (free-form values).
_FREE_FORM = _Node({}, "")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Mapping[str, Any], pointer: str) -> Any:
    """The node at a JSON pointer (``/components/schemas/X``) of ``document``."""
    node: Any = document
    if not pointer:
        return node
    for token in pointer.lstrip("/").split("/"):
        key = _unescape(token)
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve_ref(document: Mapping[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow local ``$ref`` chains: ``(the node, its JSON pointer)``."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = str(node["$ref"])
        if not ref.startswith("#") or ref in seen:
            break
        seen.add(ref)
        pointer = ref[1:]
        node = resolve_pointer(document, pointer)
    return node, pointer


def _schema_validator(operation: Operation, accelerate: bool) -> Any:
    """A validator of ``{path, query, body}`` against the operation's compiled input schema.

    jsonschema-rs when asked and installed (``is_valid`` in about a microsecond), else the pure-Python
    ``jsonschema`` (Draft 2020-12, no format assertions: ``input_schema`` carries no ``format``).
    """
    schema = dict(operation.input_schema)
    if accelerate:
        try:
            rs: Any = importlib.import_module("jsonschema_rs")
        except ImportError:  # pragma: no cover - depends on the environment
            pass
        else:
            return rs.validator_for(schema, validate_formats=False)
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema)


class _Plan:
    __slots__ = ("body", "body_required", "has_body", "limit", "params", "validator")

    def __init__(
        self,
        params: list[_Param],
        has_body: bool,
        body: _Node | None,
        body_required: bool,
        validator: Any,
        limit: float,
    ) -> None:
        self.params = params
        self.has_body = has_body
        self.body = body
        self.body_required = body_required
        self.validator = validator
        self.limit = limit


class FastPath:
    """Compiled request plans of one contract; see the module docstring.

    ``spec`` is the whole document (the data openapi-core reads: parameter types, defaults, the
    schemas the unmarshaller walks); ``operations`` the compiled model's operations (their input
    schemas are what the fast path validates against).
    """

    def __init__(
        self, spec: Mapping[str, Any], operations: Mapping[str, Operation], empty_form_arrays: frozenset[str]
    ) -> None:
        self.spec = spec
        self.operations = operations
        self.empty_form_arrays = empty_form_arrays
        self._plans: dict[str, _Plan | None] = {}
        self._nodes: dict[str, _Node] = {}
        self._checks: dict[str, Any] = {}
        self._registry: Any = None
        self._lock = threading.Lock()

    # -- the fast path --------------------------------------------------------------------------------
    def validate(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: bytes | None,
        content_type: str | None,
    ) -> FastResult | None:
        """The validated request, or None when openapi-core must decide (see the module docstring)."""
        plan = self._plans[operation_id] if operation_id in self._plans else self._compile(operation_id)
        if plan is None:
            return None
        values: dict[str, list[str]] = {}
        for name, value in query:
            values.setdefault(name, []).append(value)
        path: dict[str, Any] = {}
        found: dict[str, Any] = {}
        try:
            for param in plan.params:
                if param.path:
                    raw = path_params.get(param.name)
                    if raw is None or raw in (".", "..") or not _UNRESERVED.fullmatch(raw):
                        return None  # a dot segment is not a value to openapi-core's URL matching
                    path[param.name] = param.cast(raw)
                    continue
                given = values.get(param.name)
                if given == [""] and param.name in self.empty_form_arrays:
                    given = None  # ``name=``: an empty unexploded array, validated as absent (then [])
                if not given:
                    if param.default is not _MISSING:
                        found[param.name] = param.default
                    elif param.required:
                        return None
                    continue
                if param.item_cast is None:
                    cast = param.cast(given[0])
                    if cast == "":
                        return None  # openapi-core refuses an empty query value
                    found[param.name] = cast
                else:
                    parts = given if param.explode else given[0].split(",")
                    found[param.name] = [param.item_cast(p) for p in parts]
        except (TypeError, ValueError):
            return None
        parsed: Any = None
        if plan.has_body and body:
            if plan.body is None or content_type not in (None, "application/json"):
                return None
            try:
                parsed = json.loads(body)
            except ValueError:
                return None
            if parsed is None:
                return None
        elif plan.has_body and plan.body_required:
            return None
        if not (_numbers_ok(path.values(), plan.limit) and _numbers_ok(found.values(), plan.limit)):
            return None
        if parsed is not None and not _numbers_ok((parsed,), plan.limit):
            return None
        instance: dict[str, Any] = {"path": path, "query": found}
        if parsed is not None:
            instance["body"] = parsed
        try:
            if not plan.validator.is_valid(instance):
                return None
        except (TypeError, ValueError, OverflowError):
            return None  # a value jsonschema-rs cannot convert: openapi-core decides
        unmarshalled = None if parsed is None or plan.body is None else self._unmarshal(plan.body, parsed)
        for name in self.empty_form_arrays:
            if values.get(name) == [""]:
                found[name] = []
        return FastResult(path, found, unmarshalled)

    # -- unmarshalling (openapi-core's rules) -----------------------------------------------------------
    def _node(self, pointer: str) -> _Node:
        node = self._nodes.get(pointer)
        if node is None:
            schema, target = resolve_ref(self.spec, resolve_pointer(self.spec, pointer), pointer)
            if isinstance(schema, bool):
                schema = {}
            if not isinstance(schema, Mapping) or "$ref" in schema:
                raise _Unsupported(f"schema {pointer} can't be followed")
            node = self._nodes[pointer] = _Node(schema, target)
        return node

    def _unmarshal(self, node: _Node, value: Any) -> Any:
        if isinstance(value, dict):
            return self._object(node, value, False)
        if isinstance(value, list):
            items = self._node(node.items) if node.items is not None else _FREE_FORM
            return [self._unmarshal(items, v) for v in value]
        return value

    def _object(self, node: _Node, value: dict[str, Any], schema_only: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for pointer in node.one_of:
            if self._valid(pointer, value):
                out.update(self._object(self._node(pointer), value, True))
                break
        for pointer in node.any_of:
            if self._valid(pointer, value):
                out.update(self._object(self._node(pointer), value, True))
        for pointer in node.all_of:
            if self._node(pointer).typed and self._valid(pointer, value):
                out.update(self._object(self._node(pointer), value, True))
        for name, pointer in node.properties:
            prop = self._node(pointer)
            if name in value:
                out[name] = self._unmarshal(prop, value[name])
            elif prop.default is not _MISSING:
                out[name] = self._unmarshal(prop, prop.default)
        if schema_only or node.additional is False:
            return out
        others = _FREE_FORM if node.additional is None else self._node(str(node.additional))
        for name, item in value.items():
            if name not in out:
                out[name] = self._unmarshal(others, item)
        return out

    def _valid(self, pointer: str, value: Any) -> bool:
        """Whether the schema at ``pointer`` accepts ``value``, as openapi-core's validator decides."""
        check = self._checks.get(pointer)
        if check is None:
            from openapi_schema_validator import OAS31Validator, oas31_format_checker

            target = self._node(pointer).pointer
            check = OAS31Validator(
                {"$ref": f"{_SPEC_URI}#{quote(target, safe='/~')}"},
                registry=self._spec_registry(),
                format_checker=oas31_format_checker,
            )
            self._checks[pointer] = check
        return bool(check.is_valid(value))

    def _spec_registry(self) -> Any:
        if self._registry is None:
            import referencing
            import referencing.jsonschema

            resource = referencing.Resource.from_contents(
                self.spec, default_specification=referencing.jsonschema.DRAFT202012
            )
            self._registry = referencing.Registry().with_resource(_SPEC_URI, resource)
        return self._registry

    # -- plans ----------------------------------------------------------------------------------------
    def _compile(self, operation_id: str) -> _Plan | None:
        with self._lock:
            if operation_id in self._plans:
                return self._plans[operation_id]
            try:
                plan: _Plan | None = self._plan(operation_id)
            except (_Unsupported, KeyError, TypeError, ValueError, IndexError):
                plan = None
            self._plans[operation_id] = plan
            return plan

    def _plan(self, operation_id: str) -> _Plan:
        operation = self.operations[operation_id]
        path, method = operation.path, operation.method.lower()
        item_pointer = f"/paths/{_escape(path)}"
        item, item_pointer = resolve_ref(self.spec, resolve_pointer(self.spec, item_pointer), item_pointer)
        op = item[method]
        op_pointer = f"{item_pointer}/{method}"
        params: dict[tuple[str, str], _Param] = {}
        sources = [(f"{op_pointer}/parameters/{i}", p) for i, p in enumerate(op.get("parameters") or [])]
        sources += [(f"{item_pointer}/parameters/{i}", p) for i, p in enumerate(item.get("parameters") or [])]
        for pointer, raw in sources:
            param, _ = resolve_ref(self.spec, raw, pointer)
            key = (str(param.get("name")), str(param.get("in")))
            if key not in params:  # an operation's parameter overrides the path item's
                params[key] = _Param(self.spec, raw, pointer)
        schemas = [f"{op_pointer}/parameters/{i}" for i in range(len(op.get("parameters") or []))]
        schemas += [f"{item_pointer}/parameters/{i}" for i in range(len(item.get("parameters") or []))]
        has_body = "requestBody" in op
        body: _Node | None = None
        body_required = False
        if has_body:
            request_body, body_pointer = resolve_ref(self.spec, op["requestBody"], f"{op_pointer}/requestBody")
            content = request_body.get("content") or {}
            body_required = bool(request_body.get("required", False))
            if list(content) != ["application/json"]:
                raise _Unsupported("a body other than application/json")
            if isinstance(content["application/json"], Mapping) and "schema" in content["application/json"]:
                body = self._node(f"{body_pointer}/content/application~1json/schema")
                self._reach(body)
                schemas.append(f"{body_pointer}/content/application~1json/schema")
        formats, patterns = self._scan(schemas)
        if formats & _UNMARSHALLED_FORMATS or "regex" in formats:
            raise _Unsupported(f"formats {sorted(formats)}")
        rs_safe = not any(_ESCAPE_CLASS.search(p) for p in patterns)
        if patterns and _ecma_patterns():
            raise _Unsupported("openapi-core matches patterns as ECMA regexes")
        limit = 2.0**31 if "int32" in formats else 2.0**53
        validator = _schema_validator(self.operations[operation_id], accelerate=rs_safe)
        return _Plan(list(params.values()), has_body, body, body_required, validator, limit)

    def _reach(self, root: _Node) -> None:
        """Build the node of every schema the unmarshaller may visit from ``root`` (raises ``_Unsupported``)."""
        seen: set[str] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if node.pointer in seen:
                continue
            seen.add(node.pointer)
            pointers = [*node.one_of, *node.any_of, *node.all_of, *(p for _, p in node.properties)]
            if node.items is not None:
                pointers.append(node.items)
            if isinstance(node.additional, str):
                pointers.append(node.additional)
            stack.extend(self._node(p) for p in pointers)

    def _scan(self, pointers: Iterable[str]) -> tuple[set[str], set[str]]:
        """The formats and patterns of every schema reachable from ``pointers`` (refs followed)."""
        formats: set[str] = set()
        patterns: set[str] = set()
        seen: set[int] = set()
        stack: list[Any] = [resolve_pointer(self.spec, p) for p in pointers]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
                continue
            if not isinstance(node, Mapping) or id(node) in seen:
                continue
            seen.add(id(node))
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith("#"):
                    raise _Unsupported(f"remote $ref {ref}")
                stack.append(resolve_pointer(self.spec, ref[1:]))
            if isinstance(node.get("format"), str):
                formats.add(str(node["format"]))
            if isinstance(node.get("pattern"), str):
                patterns.add(str(node["pattern"]))
            if "schema" in node:
                stack.append(node["schema"])
            for key in _SCHEMA_MAPS:
                if isinstance(node.get(key), Mapping):
                    stack.extend(node[key].values())
                    if key == "patternProperties":
                        patterns.update(str(k) for k in node[key])
            for key in (*_SCHEMA_LISTS, *_SCHEMA_ONE):
                if key in node:
                    stack.append(node[key])
        return formats & (_UNMARSHALLED_FORMATS | _CHECKED_FORMATS), patterns


_SPEC_URI = "urn:media-intelligence-emulator:openapi"


def _ecma_patterns() -> bool:
    """Whether openapi-core matches ``pattern`` with an ECMA engine (the optional ``regress``) instead of ``re``."""
    try:
        from openapi_schema_validator._regex import has_ecma_regex
    except ImportError:  # pragma: no cover - another openapi-schema-validator
        return True
    return bool(has_ecma_regex())


def _numbers_ok(values: Iterable[Any], limit: float) -> bool:
    """No number beyond ``limit`` in size and none that is not finite (openapi-core's format checks)."""
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            if not -limit < value < limit:
                return False
        elif isinstance(value, float) and not (math.isfinite(value) and -limit < value < limit):
            return False
    return True
