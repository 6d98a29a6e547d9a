"""Validation of inputs against the contract, before anything is sent.

`RequestValidator(contract).validate(operation_id, path_params, query, body)`
checks the path and query parameters and the JSON request body of one
operation against the operation's compiled input schema (JSON Schema Draft
2020-12, self-contained, written by ``make generate``) and raises
`RequestValidationError` listing every violation, each named by a JSON path
(``body.name``, ``body.personIds[3]``, ``query.pageSize``,
``path.workspace_name``) and the rule (``maxLength 100``, ``pattern
^[^;|`]*$``, ``enum [...]``, ``required``, ``oneOf: exactly one of ...``).

Speed: one validator per operation, built on first use and cached. Valid
inputs are accepted by ``jsonschema-rs``'s compiled validator (about one
microsecond); the pure-Python ``jsonschema`` validator writes the error
report when an input is rejected (and is the only validator should
``jsonschema-rs`` be missing). Neither is imported with the package:
``jsonschema-rs`` on the first validation, ``jsonschema`` on the first
rejected input (or the first validation without ``jsonschema-rs``). Format
assertions are off.

Parameter names are the spec's (wire) names; the snake_case form of a name
is accepted too (``page_size`` for ``pageSize``). ``None`` means "not given".
Bodies may be dicts or generated attrs models (anything with ``to_dict()``).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec

from mi_spec import Operation

from ._contract import Contract, UnknownOperationError
from ._errors import RequestValidationError, Violation

if TYPE_CHECKING:
    import jsonschema
    from jsonschema.protocols import Validator


@functools.cache
def _accelerator() -> Any:
    """The validation accelerator jsonschema-rs, or None."""
    try:
        return importlib.import_module("jsonschema_rs")
    except ImportError:  # pragma: no cover - depends on the environment
        return None


__all__ = ["RequestValidator", "to_jsonable"]

_P = ParamSpec("_P")

_MAX_DETAIL = 160
# Where a request's inputs live in the compiled schema; headers are the generated client's business.
_LOCATIONS = ("path", "query")


def to_jsonable(value: Any) -> Any:
    """Generated attrs models -> dicts (``to_dict()``); other values unchanged."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list) and value and callable(getattr(value[0], "to_dict", None)):
        return [to_jsonable(v) for v in value]
    return value


def _array_or_tuple(checker: Any, instance: Any) -> bool:
    return isinstance(instance, (list, tuple))


@functools.cache
def _report_validator() -> Any:
    """The Draft 2020-12 validator class, tuples accepted as arrays (built on first use)."""
    import jsonschema.validators

    base: Any = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    return jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        base,
        type_checker=base.TYPE_CHECKER.redefine("array", _array_or_tuple),
    )


def _collecting(validate: Callable[_P, None]) -> Callable[_P, list[Violation]]:
    """``validate`` turned into a function that returns the violations instead of raising them."""

    def violations(*args: _P.args, **kwargs: _P.kwargs) -> list[Violation]:
        try:
            validate(*args, **kwargs)
        except RequestValidationError as exc:
            return exc.errors
        return []

    violations.__qualname__ = validate.__qualname__.removesuffix(validate.__name__) + violations.__name__
    violations.__doc__ = "Like `validate` but returns the violations (an empty list when none) instead of raising."
    # help() and IDEs show validate's parameters, not (*args, **kwargs)
    violations.__signature__ = inspect.signature(validate).replace(  # type: ignore[attr-defined]
        return_annotation="list[Violation]"
    )
    return violations


class _CompiledOperation:
    __slots__ = ("_report", "aliases", "fast", "info", "schema")

    def __init__(self, info: Operation, schema: dict[str, Any], aliases: dict[str, dict[str, str]], fast: Any) -> None:
        self.info = info
        self.schema = schema
        self.aliases = aliases
        self.fast = fast  # jsonschema_rs validator or None
        self._report: Validator | None = None

    @property
    def validator(self) -> Validator:
        """The pure-Python validator that words the violations.

        Built when first needed: with jsonschema-rs accepting valid inputs,
        a program whose requests are all valid never imports jsonschema
        (about 60 ms, a third of a simple ``mi`` command's own time).
        """
        report = self._report
        if report is None:
            report = self._report = _report_validator()(self.schema)
        return report


class RequestValidator:
    """Validates the inputs of the contract's operations; see the module docstring.

    ``enabled=False`` turns `validate` into a no-op.
    """

    def __init__(self, contract: Contract, *, enabled: bool = True, accelerate: bool = True) -> None:
        self.contract = contract
        self.enabled = enabled
        self.accelerate = accelerate and _accelerator() is not None
        self._compiled: dict[str, _CompiledOperation] = {}
        self._lock = threading.Lock()

    # -- public --------------------------------------------------------------

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.contract.OPERATIONS[operation_id]
        except KeyError:
            raise UnknownOperationError(operation_id) from None

    def validate(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any | None = None,
    ) -> None:
        """Raise `RequestValidationError` if any input breaks the contract."""
        if not self.enabled:
            return
        compiled = self._compiled.get(operation_id) or self._compile(operation_id)
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
        validator = compiled.validator
        if next(validator.iter_errors(instance), None) is None:
            return
        raise RequestValidationError(operation_id, _violations(validator.iter_errors(instance)))

    violations = _collecting(validate)

    # -- internals -----------------------------------------------------------

    @staticmethod
    def _normalise(values: Mapping[str, Any] | None, aliases: Mapping[str, str]) -> dict[str, Any]:
        if not values:
            return {}
        out: dict[str, Any] = {}
        for key, value in values.items():
            if value is None:
                continue
            out[aliases.get(key, key)] = to_jsonable(value)
        return out

    def _accelerated(self, root: dict[str, Any]) -> Any:
        rs = _accelerator() if self.accelerate else None
        if rs is None:
            return None
        try:
            return rs.validator_for(root, validate_formats=False)
        except Exception:  # a schema jsonschema-rs cannot compile: pure Python only
            return None

    def _compile(self, operation_id: str) -> _CompiledOperation:
        info = self.operation(operation_id)
        root = dict(info.input_schema)
        properties = dict(root.get("properties") or {})
        for location in list(properties):
            if location not in (*_LOCATIONS, "body"):
                del properties[location]
        root["properties"] = properties
        aliases: dict[str, dict[str, str]] = {location: {} for location in _LOCATIONS}
        for param in info.parameters:
            if param.location in aliases and param.snake_name != param.name:
                aliases[param.location][param.snake_name] = param.name
        compiled = _CompiledOperation(info, root, aliases, self._accelerated(root))
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
