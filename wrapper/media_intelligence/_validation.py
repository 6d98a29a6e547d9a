"""Validation of inputs against the spec, before anything is sent.

`RequestValidator(spec).validate(operation_id, path_params, query, body)`
checks the path and query parameters and the JSON request body of one
operation against their JSON Schema (Draft 2020-12, as in OpenAPI 3.1) and
raises `RequestValidationError` listing every violation, each named by a JSON
path (``body.name``, ``body.personIds[3]``, ``query.pageSize``,
``path.workspace_name``) and the rule (``maxLength 100``, ``pattern
^[^;|`]*$``, ``enum [...]``, ``required``, ``oneOf: exactly one of ...``).

Speed: one validator per operation, compiled on first use and cached. Local
``$ref``s are inlined at compile time and annotation keywords (description,
examples, ``x-*``...) dropped; recursive references are left to a
``referencing.Registry`` holding the spec. Format assertions are off. When
the optional ``jsonschema-rs`` package is importable, valid inputs are
accepted by its compiled validator (about 1 microsecond instead of
30-100); the pure-Python ``jsonschema`` validator still produces the error
report whenever an input is rejected, and is the only validator when
``jsonschema-rs`` is missing. ``jsonschema`` and ``referencing`` are imported
on the first compile, not with the package (they are a good part of its
import time).

Parameter names are the spec's (wire) names; the snake_case form of a name
is accepted too (``page_size`` for ``pageSize``). ``None`` and the generated
client's ``UNSET`` mean "not given". Bodies may be dicts or generated attrs
models (anything with ``to_dict()``).
"""

from __future__ import annotations

import functools
import importlib
import json
import re
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import RequestValidationError, Violation
from ._operations import OperationInfo, UnknownOperationError, operation_index, resolve_pointer

if TYPE_CHECKING:
    import jsonschema
    import referencing
    from jsonschema.protocols import Validator


@functools.cache
def _accelerator() -> Any:
    """The optional accelerator jsonschema-rs, or None (imported when the first `RequestValidator` is made)."""
    try:
        return importlib.import_module("jsonschema_rs")
    except ImportError:  # pragma: no cover - depends on the environment
        return None


def __getattr__(name: str) -> Any:
    # ``_rs`` (the accelerator module or None) is computed on first access.
    if name == "_rs":
        return _accelerator()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["RequestValidator", "to_jsonable"]

SPEC_URI = "urn:media-intelligence:openapi"

# Keywords that never make a value invalid (dropped when compiling).
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "default",
        "externalDocs",
        "xml",
        "discriminator",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "format",
        "contentMediaType",
        "contentEncoding",
    }
)
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_SINGLE = frozenset(
    {
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
        "additionalItems",
        "contentSchema",
    }
)
_MAX_DETAIL = 160


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def _is_unset(value: Any) -> bool:
    return value is None or type(value).__name__ == "Unset"


def to_jsonable(value: Any) -> Any:
    """Generated attrs models -> dicts (``to_dict()``); other values unchanged."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list) and value and callable(getattr(value[0], "to_dict", None)):
        return [to_jsonable(v) for v in value]
    return value


class _Compiler:
    """Inlines local refs of one spec and strips annotations."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.needs_registry = False

    def schema(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, bool) or not isinstance(node, Mapping):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            rest = {k: v for k, v in node.items() if k != "$ref"}
            if ref.startswith("#") and ref not in stack:
                target = self.schema(resolve_pointer(self.spec, ref[1:]), (*stack, ref))
            else:
                self.needs_registry = True
                target = {"$ref": SPEC_URI + ref if ref.startswith("#") else ref}
            compiled_rest = self._keywords(rest, stack)
            if not compiled_rest:
                return target
            return {"allOf": [target], **compiled_rest}
        return self._keywords(node, stack)

    def _keywords(self, node: Mapping[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _ANNOTATIONS or key.startswith("x-"):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, Mapping):
                out[key] = {k: self.schema(v, stack) for k, v in value.items()}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self.schema(v, stack) for v in value]
            elif key in _SCHEMA_SINGLE:
                out[key] = self.schema(value, stack)
            else:
                out[key] = value
        return out


def _array_or_tuple(checker: Any, instance: Any) -> bool:
    return isinstance(instance, (list, tuple))


@functools.cache
def _fast_validator() -> Any:
    """The Draft 2020-12 validator class, tuples accepted as arrays (built on first use)."""
    import jsonschema.validators

    base: Any = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    return jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        base,
        type_checker=base.TYPE_CHECKER.redefine("array", _array_or_tuple),
    )


class _CompiledOperation:
    __slots__ = ("aliases", "fast", "info", "validator")

    def __init__(
        self,
        info: OperationInfo,
        validator: Validator | None,
        aliases: dict[str, dict[str, str]],
        fast: Any = None,
    ) -> None:
        self.info = info
        self.validator = validator
        self.aliases = aliases
        self.fast = fast  # jsonschema_rs validator or None


class RequestValidator:
    """Validates the inputs of spec operations; see the module docstring.

    ``enabled=False`` turns `validate` into a no-op.
    """

    def __init__(self, spec: Mapping[str, Any], *, enabled: bool = True, accelerate: bool = True) -> None:
        self.spec = spec
        self.enabled = enabled
        self.accelerate = accelerate and _accelerator() is not None
        self._operations = operation_index(spec)
        self._compiled: dict[str, _CompiledOperation] = {}
        self._lock = threading.Lock()
        self._registry: referencing.Registry[Any] | None = None

    # -- public --------------------------------------------------------------

    def operation(self, operation_id: str) -> OperationInfo:
        try:
            return self._operations[operation_id]
        except KeyError:
            raise UnknownOperationError(operation_id) from None

    def validate(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any | None = None,
    ) -> None:
        """Raise `RequestValidationError` if any input breaks the spec."""
        if not self.enabled:
            return
        compiled = self._compiled.get(operation_id) or self._compile(operation_id)
        validator = compiled.validator
        if validator is None:
            return
        instance: dict[str, Any] = {
            "path": self._normalise(path_params, compiled.aliases["path"]),
            "query": self._normalise(query, compiled.aliases["query"]),
        }
        if body is not None:
            instance["body"] = to_jsonable(body)
        fast = compiled.fast
        if fast is not None:
            try:
                if fast.is_valid(instance):
                    return
            except (TypeError, ValueError, OverflowError):
                pass  # a value jsonschema-rs cannot convert: let jsonschema decide
        first = next(validator.iter_errors(instance), None)
        if first is None:
            return
        violations = _violations(validator.iter_errors(instance))
        raise RequestValidationError(operation_id, violations)

    def violations(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any | None = None,
    ) -> list[Violation]:
        """Like `validate` but returns the violations instead of raising."""
        try:
            self.validate(operation_id, path_params, query, body)
        except RequestValidationError as exc:
            return exc.errors
        return []

    # -- internals -----------------------------------------------------------

    @staticmethod
    def _normalise(values: Mapping[str, Any] | None, aliases: Mapping[str, str]) -> dict[str, Any]:
        if not values:
            return {}
        out: dict[str, Any] = {}
        for key, value in values.items():
            if _is_unset(value):
                continue
            out[aliases.get(key, key)] = to_jsonable(value)
        return out

    def _registry_for_spec(self) -> referencing.Registry[Any]:
        if self._registry is None:
            import referencing
            import referencing.jsonschema

            resource = referencing.Resource.from_contents(
                self.spec, default_specification=referencing.jsonschema.DRAFT202012
            )
            self._registry = referencing.Registry().with_resource(SPEC_URI, resource)
        return self._registry

    def _accelerated(self, root: dict[str, Any]) -> Any:
        rs = _accelerator() if self.accelerate else None
        if rs is None:
            return None
        try:
            return rs.validator_for(
                {"$schema": "https://json-schema.org/draft/2020-12/schema", **root},
                validate_formats=False,
            )
        except Exception:  # a schema jsonschema-rs cannot compile: pure Python only
            return None

    def _compile(self, operation_id: str) -> _CompiledOperation:
        info = self.operation(operation_id)
        compiler = _Compiler(self.spec)
        aliases: dict[str, dict[str, str]] = {"path": {}, "query": {}}
        properties: dict[str, Any] = {}
        required_top: list[str] = []
        for location in ("path", "query"):
            params = [p for p in info.parameters if p.location == location]
            props: dict[str, Any] = {}
            required: list[str] = []
            for param in params:
                schema: Any = True
                if param.schema_pointer is not None:
                    schema = compiler.schema(resolve_pointer(self.spec, param.schema_pointer))
                props[param.name] = schema
                if param.required:
                    required.append(param.name)
                snake = _snake(param.name)
                if snake != param.name:
                    aliases[location][snake] = param.name
            location_schema: dict[str, Any] = {"type": "object", "properties": props}
            if required:
                location_schema["required"] = required
            properties[location] = location_schema
        if info.body_schema_pointer is not None and (info.body_media_type is None or "json" in info.body_media_type):
            properties["body"] = compiler.schema(resolve_pointer(self.spec, info.body_schema_pointer))
            if info.body_required:
                required_top.append("body")

        has_rules = (
            bool(required_top)
            or "body" in properties
            or any(properties[loc]["properties"] for loc in ("path", "query"))
        )
        validator: Validator | None = None
        fast: Any = None
        if has_rules:
            root: dict[str, Any] = {"type": "object", "properties": properties}
            if required_top:
                root["required"] = required_top
            if compiler.needs_registry:
                validator = _fast_validator()(root, registry=self._registry_for_spec())
            else:
                validator = _fast_validator()(root)
                fast = self._accelerated(root)
        compiled = _CompiledOperation(info, validator, aliases, fast)
        with self._lock:
            self._compiled[operation_id] = compiled
        return compiled


# --------------------------------------------------------------------------- #
# error -> Violation


def _field(path: Iterable[Any]) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "request"


def _short(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > _MAX_DETAIL:
        text = text[: _MAX_DETAIL - 3] + "..."
    return text


def _required_names(schemas: Any) -> list[list[str]] | None:
    """For ``[{required: [a]}, {required: [b]}]`` return ``[[a], [b]]``."""
    if not isinstance(schemas, list):
        return None
    groups: list[list[str]] = []
    for schema in schemas:
        if not isinstance(schema, Mapping) or not isinstance(schema.get("required"), list):
            return None
        groups.append([str(n) for n in schema["required"]])
    return groups


def _names(groups: list[list[str]]) -> str:
    return ", ".join(" + ".join(g) for g in groups)


def _violation(error: jsonschema.ValidationError) -> list[Violation]:
    path = list(error.absolute_path)
    where = _field(path)
    kind = str(error.validator)
    value = error.validator_value
    instance = error.instance

    if kind == "required":
        out = []
        for name in value if isinstance(value, list) else []:
            if isinstance(instance, Mapping) and name not in instance:
                out.append(Violation(_field([*path, name]), "required", "missing"))
        return out or [Violation(where, "required", error.message)]
    if kind == "additionalProperties" and isinstance(instance, Mapping):
        props = error.schema.get("properties", {}) if isinstance(error.schema, Mapping) else {}
        patterns = error.schema.get("patternProperties", {}) if isinstance(error.schema, Mapping) else {}
        extras = [k for k in instance if k not in props and not any(re.search(p, str(k)) for p in patterns)]
        if extras:
            return [Violation(_field([*path, k]), "additionalProperties false", "unexpected property") for k in extras]
    if kind in ("oneOf", "anyOf"):
        groups = _required_names(value)
        if groups is not None and isinstance(instance, Mapping):
            given = [g for g in groups if all(n in instance for n in g)]
            if kind == "oneOf":
                rule = f"oneOf: exactly one of {_names(groups)}"
                detail = f"{_names(given)} given together" if len(given) > 1 else "none given"
            else:
                rule = f"anyOf: at least one of {_names(groups)}"
                detail = "none given"
            return [Violation(where, rule, detail)]
        from jsonschema.exceptions import best_match

        best = best_match(error.context) if error.context else None
        detail = error.message if best is None else f"closest: {best.message}"
        return [Violation(where, f"{kind} (no single alternative matched)", _clip(detail))]
    if kind == "not":
        groups = _required_names([value])
        if groups is not None and isinstance(value, Mapping):
            names = groups[0]
            rule = f"not: {' and '.join(names)} are mutually exclusive"
            return [Violation(where, rule, "given together")]
        return [Violation(where, f"not {_short(value)}", _clip(error.message))]
    if kind in ("maxLength", "minLength") and isinstance(instance, str):
        return [Violation(where, f"{kind} {value}", f"length is {len(instance)}")]
    if kind in ("maxItems", "minItems") and isinstance(instance, (list, tuple)):
        return [Violation(where, f"{kind} {value}", f"{len(instance)} items given")]
    if kind in ("maxProperties", "minProperties") and isinstance(instance, Mapping):
        return [Violation(where, f"{kind} {value}", f"{len(instance)} properties given")]
    if kind == "pattern":
        return [Violation(where, f"pattern {value}", f"{_short(instance)} does not match")]
    if kind == "type":
        rule = f"type {value if isinstance(value, str) else _short(value)}"
        return [Violation(where, rule, f"got {type(instance).__name__} {_short(instance)}")]
    if kind in ("enum", "const"):
        return [Violation(where, f"{kind} {_short(value)}", f"got {_short(instance)}")]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
        return [Violation(where, f"{kind} {value}", f"got {_short(instance)}")]
    if kind == "$ref" or kind == "allOf":
        nested = [v for e in (error.context or []) for v in _violation(e)]
        if nested:
            return nested
    return [Violation(where, f"{kind} {_short(value)}", _clip(error.message))]


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."


def _violations(errors: Iterable[jsonschema.ValidationError]) -> list[Violation]:
    out: list[Violation] = []
    seen: set[tuple[str, str]] = set()
    for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
        for violation in _violation(error):
            key = (violation.field, violation.rule)
            if key not in seen:
                seen.add(key)
                out.append(violation)
    return out
