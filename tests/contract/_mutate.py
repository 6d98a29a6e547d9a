"""Inputs that break exactly one constraint of the spec, derived by walking the schemas.

`mutations(op)` lists, for one operation, every single-constraint violation
the schemas of its parameters and body allow, each as a `Mutation` that
knows where it applies (``body.thumbnails[0].thumbnailKey``), what it
breaks (``maxLength 1024``), and how to turn valid inputs into invalid ones:

========================  ==================================================
string                    maxLength + 1, minLength - 1, each character a
                          ``^[^...]*$`` pattern forbids, a value any other
                          pattern rejects, a non-string
number / integer          minimum - 1, maximum + 1 (exclusive bounds too),
                          a non-number
enum / const              a value outside the list
array                     maxItems + 1, minItems - 1, a duplicate under
                          uniqueItems, one ``contains`` match too many
                          under maxContains
object                    a required member removed, an unknown member
                          under ``additionalProperties: false``, both and
                          neither of an either-or (``oneOf``/``anyOf`` of
                          ``required`` groups), a forbidden combination
                          (``not: {required: [...]}``), a member without
                          the one ``dependentRequired`` asks for
parameters                a required one left out
========================  ==================================================

`apply` works on valid inputs drawn by Hypothesis: containers on the way to
the target that the draw left out are drawn too, and `oracle_fields` (the
spec's own schema, Draft 2020-12) tells whether the result breaks the
target's constraint and nothing else. Optional siblings that clash with a
created member (``textQuery`` added where ``imageQuery`` was) are dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from ._spec import Operation, validator
from ._strategies import MISSING, Inputs, values

ITEM = 0  # a step into the first element of an array
UNKNOWN_MEMBER = "unexpectedProperty"
# kinds the wrapper's ergonomic arguments cannot express or legitimately smooth over
# (it stringifies ids, defaults page numbers, builds the body itself)
CORE_ONLY_KINDS = frozenset({"type", "required", "additionalProperties"})

Steps = tuple[Any, ...]


def field_name(location: str, steps: Steps) -> str:
    text = location
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) else f".{step}"
    return text


def in_subtree(name: str, root: str) -> bool:
    return name == root or name.startswith(root + ".") or name.startswith(root + "[")


# --------------------------------------------------------------------------- #
# reading schemas


def parts(schema: Any) -> Iterator[Mapping[str, Any]]:
    """The schema and, recursively, its ``allOf`` parts."""
    if isinstance(schema, Mapping):
        yield schema
        for part in schema.get("allOf") or []:
            yield from parts(part)


def non_null(schema: Any) -> Any:
    """``anyOf: [X, {type: null}]`` -> X; ``type: [string, null]`` -> ``type: string``."""
    if not isinstance(schema, Mapping):
        return schema
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if isinstance(branches, list):
            rest = [b for b in branches if not (isinstance(b, Mapping) and b.get("type") == "null")]
            if len(rest) == 1 and len(rest) < len(branches):
                merged = {k: v for k, v in schema.items() if k != key}
                return {"allOf": [merged, non_null(rest[0])]} if merged else non_null(rest[0])
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        kept = [t for t in types if t != "null"]
        return {**schema, "type": kept[0] if len(kept) == 1 else kept}
    return schema


def facet(schema: Any, key: str) -> Any:
    for part in parts(non_null(schema)):
        if key in part:
            return part[key]
    return None


def types_of(schema: Any) -> list[str]:
    declared = facet(schema, "type")
    if declared is None:
        enum = facet(schema, "enum")
        if isinstance(enum, list) and enum:
            return sorted({_json_type(v) for v in enum})
        return []
    found = [declared] if isinstance(declared, str) else list(declared)
    return [t for t in found if t != "null"]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array"


def properties(schema: Any) -> dict[str, Any]:
    found: dict[str, list[Any]] = {}
    for part in parts(non_null(schema)):
        for name, sub in (part.get("properties") or {}).items():
            found.setdefault(name, []).append(sub)
    return {name: subs[0] if len(subs) == 1 else {"allOf": subs} for name, subs in found.items()}


def required(schema: Any) -> list[str]:
    names: list[str] = []
    for part in parts(non_null(schema)):
        names += [n for n in part.get("required") or [] if n not in names]
    return names


def items(schema: Any) -> Any:
    subs = [p["items"] for p in parts(non_null(schema)) if "items" in p]
    if not subs:
        return {}
    return subs[0] if len(subs) == 1 else {"allOf": subs}


def _of_type(schema: Any, json_type: str) -> Any:
    return {"allOf": [non_null(schema), {"type": json_type}]}


def _required_groups(branches: Any) -> list[tuple[list[str], Mapping[str, Any]]] | None:
    """``[{required: [a], properties: {...}}, ...]`` -> ``[([a], narrowing), ...]``; None if not that shape."""
    if not isinstance(branches, list) or not branches:
        return None
    groups = []
    for branch in branches:
        if not isinstance(branch, Mapping) or not isinstance(branch.get("required"), list):
            return None
        if set(branch) - {"required", "properties", "type"}:
            return None
        groups.append((list(branch["required"]), branch.get("properties") or {}))
    return groups


_FORBIDDEN_CLASS = re.compile(r"^\^\[\^(?P<chars>(?:\\.|[^\]])+)\]\*\$$")


def forbidden_characters(pattern: str) -> list[str]:
    """``^[^;|`]*$`` -> ``[";", "|", "`"]``; [] for other patterns."""
    match = _FORBIDDEN_CLASS.match(pattern)
    if match is None:
        return []
    chars = re.sub(r"\\(.)", r"\1", match.group("chars"))
    return sorted(set(chars), key=chars.index)


# --------------------------------------------------------------------------- #
# mutations


Change = Callable[[Any, Any, st.DataObject], Any]  # (current value, schema, data) -> new value


@dataclass(frozen=True)
class Mutation:
    location: str  # path | query | body
    steps: Steps  # from the location's root to the value (value kinds) or object (object kinds)
    kind: str
    rule: str  # what is broken, in words
    target: str  # the field a validator must name
    schemas: tuple[Any, ...]  # schema of each prefix of steps (steps[:1], steps[:2], ...)
    change: Change = field(compare=False, repr=False)
    whole_object: bool = False  # change() receives the object at `steps`, not a member

    @property
    def id(self) -> str:
        return f"{self.target}: {self.rule}"

    @property
    def wrapper_applicable(self) -> bool:
        return self.kind not in CORE_ONLY_KINDS


def _value_mutations(location: str, steps: Steps, schemas: tuple[Any, ...]) -> Iterator[Mutation]:
    schema = schemas[-1]
    target = field_name(location, steps)
    kinds = types_of(schema)

    def make(kind: str, rule: str, change: Change) -> Mutation:
        return Mutation(location, steps, kind, rule, target, schemas, change)

    enum = facet(schema, "enum")
    const = facet(schema, "const")
    if isinstance(enum, list) and enum:
        yield make("enum", f"enum {enum}", lambda _cur, _s, _d, e=enum: _outside(e))
    elif const is not None:
        yield make("enum", f"const {const!r}", lambda _cur, _s, _d, c=const: _outside([c]))

    if "string" in kinds:
        min_len = facet(schema, "minLength") or 0
        max_len = facet(schema, "maxLength")
        pattern = facet(schema, "pattern")
        if max_len is not None:
            yield make("maxLength", f"maxLength {max_len}", lambda cur, s, d, m=max_len: _too_long(cur, s, d, m))
        if min_len > 0:
            yield make("minLength", f"minLength {min_len}", lambda cur, s, d, m=min_len: _string(cur, s, d)[: m - 1])
        if isinstance(pattern, str):
            chars = forbidden_characters(pattern)
            for char in chars:
                yield make(
                    "pattern",
                    f"pattern {pattern} (forbidden {char!r})",
                    lambda cur, s, d, c=char, mx=max_len: _with_char(_string(cur, s, d), c, mx),
                )
            if not chars:
                yield make(
                    "pattern",
                    f"pattern {pattern}",
                    lambda cur, s, d, p=pattern, lo=min_len, hi=max_len: _mismatch(_string(cur, s, d), p, lo, hi),
                )
    for numeric in ("integer", "number"):
        if numeric in kinds:
            step = 1 if numeric == "integer" else 0.5
            lo, hi = facet(schema, "minimum"), facet(schema, "maximum")
            xlo, xhi = facet(schema, "exclusiveMinimum"), facet(schema, "exclusiveMaximum")
            if lo is not None:
                yield make("minimum", f"minimum {lo}", lambda *_a, v=lo - step: v)
            if hi is not None:
                yield make("maximum", f"maximum {hi}", lambda *_a, v=hi + step: v)
            if xlo is not None and not isinstance(xlo, bool):
                yield make("minimum", f"exclusiveMinimum {xlo}", lambda *_a, v=xlo: v)
            if xhi is not None and not isinstance(xhi, bool):
                yield make("maximum", f"exclusiveMaximum {xhi}", lambda *_a, v=xhi: v)
            break
    if kinds and set(kinds) <= {"string", "integer", "number", "boolean"}:
        numeric = bool(set(kinds) & {"integer", "number"})
        if "string" in kinds:
            wrong: Any = True if numeric else 12345
        elif numeric:
            wrong = "not-a-number"
        else:
            wrong = "yes"
        yield make("type", f"type {kinds}", lambda *_a, w=wrong: w)

    if "array" in kinds:
        max_items = facet(schema, "maxItems")
        min_items = facet(schema, "minItems") or 0
        item_schema = items(schema)
        if max_items is not None:
            yield make("maxItems", f"maxItems {max_items}", lambda cur, s, d, m=max_items: _too_many(cur, s, d, m))
        if min_items > 0:
            yield make("minItems", f"minItems {min_items}", lambda cur, s, d, m=min_items: _list(cur, s, d)[: m - 1])
        if facet(schema, "uniqueItems"):
            yield make("uniqueItems", "uniqueItems", lambda cur, s, d: _duplicate(_list(cur, s, d)))
        contains, max_contains = facet(schema, "contains"), facet(schema, "maxContains")
        if contains is not None and max_contains is not None:
            yield make(
                "maxContains",
                f"maxContains {max_contains} of {json.dumps(contains)}",
                lambda cur, s, d, c=contains, m=max_contains, i=item_schema: _contains_too_many(cur, s, d, c, m, i),
            )


def _object_mutations(location: str, steps: Steps, schemas: tuple[Any, ...]) -> Iterator[Mutation]:
    schema = schemas[-1]
    where = field_name(location, steps)
    props = properties(schema)

    def make(kind: str, rule: str, target: str, change: Change) -> Mutation:
        return Mutation(location, steps, kind, rule, target, schemas, change, whole_object=True)

    for name in required(schema):
        yield make("required", f"required {name}", field_name(location, (*steps, name)), _remove(name))
    if facet(schema, "additionalProperties") is False:
        yield make(
            "additionalProperties",
            "additionalProperties false",
            field_name(location, (*steps, UNKNOWN_MEMBER)),
            lambda obj, _s, _d: {**obj, UNKNOWN_MEMBER: "x"},
        )
    for part in parts(non_null(schema)):
        for key in ("oneOf", "anyOf"):
            groups = _required_groups(part.get(key))
            if groups is None:
                continue
            names = [n for names, _ in groups for n in names]
            label = " | ".join("+".join(g) for g, _ in groups)
            if key == "oneOf":
                yield make("oneOf-both", f"oneOf ({label}): both", where, _add_groups(groups, props))
            yield make(f"{key}-neither", f"{key} ({label}): neither", where, _remove(*names))
        forbidden = part.get("not")
        if isinstance(forbidden, Mapping):
            groups = _required_groups(forbidden.get("anyOf")) or _required_groups([forbidden])
            for names, narrowing in groups or []:
                yield make(
                    "not",
                    f"not required {names}",
                    where,
                    _add_groups([(names, narrowing)], props),
                )
        for name, needed in (part.get("dependentRequired") or {}).items():
            yield make(
                "dependentRequired",
                f"dependentRequired {name} -> {needed}",
                where,
                _add_without(name, needed, props),
            )


def _walk(location: str, steps: Steps, schemas: tuple[Any, ...]) -> Iterator[Mutation]:
    schema = schemas[-1]
    kinds = types_of(schema)
    yield from _value_mutations(location, steps, schemas)
    if "object" in kinds or (not kinds and properties(schema)):
        yield from _object_mutations(location, steps, schemas)
        for name, sub in properties(schema).items():
            yield from _walk(location, (*steps, name), (*schemas, sub))
    if "array" in kinds:
        yield from _walk(location, (*steps, ITEM), (*schemas, items(schema)))


def mutations(op: Operation) -> list[Mutation]:
    found: list[Mutation] = []
    for location in ("path", "query"):
        params = op.params_in(location)
        root = {"type": "object", "properties": {p.name: p.schema for p in params}}
        for param in params:
            found.extend(_walk(location, (param.name,), (root, param.schema)))
            if param.required:
                found.append(
                    Mutation(
                        location,
                        (),
                        "required",
                        f"required parameter {param.name}",
                        field_name(location, (param.name,)),
                        (root,),
                        _remove(param.name),
                        whole_object=True,
                    )
                )
    if op.body_schema is not None:
        found.extend(_walk("body", (), (op.body_schema,)))
        if op.body_required:
            found.append(
                Mutation("body", (), "required", "required body", "body", (op.body_schema,), lambda *_a: MISSING, True)
            )
    # one per (target, rule): a schema repeated through allOf would otherwise repeat them
    unique: dict[str, Mutation] = {}
    for mutation in found:
        unique.setdefault(mutation.id, mutation)
    return list(unique.values())


# --------------------------------------------------------------------------- #
# the changes


def _outside(allowed: list[Any]) -> Any:
    if all(isinstance(v, str) for v in allowed):
        candidate = "NOT_" + "_".join(str(v) for v in allowed[:1]).upper() + "_X"
        while candidate in allowed:
            candidate += "X"
        return candidate
    numbers = [v for v in allowed if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if numbers:
        return max(numbers) + 1
    return "__not_allowed__"


def _string(current: Any, schema: Any, data: st.DataObject) -> str:
    if isinstance(current, str):
        return current
    return str(data.draw(values(_of_type(schema, "string")), label="a valid string"))


def _list(current: Any, schema: Any, data: st.DataObject) -> list[Any]:
    if isinstance(current, list):
        return list(current)
    return list(data.draw(values(_of_type(schema, "array")), label="a valid array"))


def _too_long(current: Any, schema: Any, data: st.DataObject, maximum: int) -> str:
    text = _string(current, schema, data) or "a"
    return (text + text[-1] * (maximum + 1))[: maximum + 1]


def _with_char(text: str, char: str, maximum: int | None) -> str:
    if maximum is not None and len(text) + 1 > maximum:
        return text[:-1] + char
    return text + char


_CANDIDATES = (" ", "/", "a", "0", "-", "Z", "\u00e9", ";", "!", ",")


def _mismatch(text: str, pattern: str, min_len: int, max_len: int | None) -> str:
    regex = re.compile(pattern)
    fits: Callable[[str], bool] = lambda s: len(s) >= min_len and (max_len is None or len(s) <= max_len)  # noqa: E731
    options = []
    for char in _CANDIDATES:
        options += [text + char, char + text, char * max(len(text), min_len, 1)]
        if text:
            options.append(text[:-1] + char)
    for option in options:
        if fits(option) and regex.search(option) is None:
            return option
    raise AssertionError(f"no string near {text!r} breaks pattern {pattern}")


def _too_many(current: Any, schema: Any, data: st.DataObject, maximum: int) -> list[Any]:
    base = _list(current, schema, data)
    if not base:
        base = [data.draw(values(items(schema)), label="an array item")]
    if facet(schema, "uniqueItems"):
        extra = data.draw(
            st.lists(values(items(schema)), min_size=maximum + 1, max_size=maximum + 1, unique_by=json.dumps),
            label="distinct items",
        )
        return extra
    return (base * (maximum + 1))[: maximum + 1]


def _duplicate(base: list[Any]) -> list[Any]:
    return [*base, base[0]] if base else base


def _contains_too_many(
    current: Any, schema: Any, data: st.DataObject, contains: Any, maximum: int, item_schema: Any
) -> list[Any]:
    base = _list(current, schema, data)
    matching = data.draw(
        st.lists(values({"allOf": [item_schema, contains]}), min_size=maximum + 1, max_size=maximum + 1),
        label="items matching contains",
    )
    return [*base, *matching]


def _remove(*names: str) -> Change:
    def change(obj: Any, _schema: Any, _data: st.DataObject) -> Any:
        return {k: v for k, v in obj.items() if k not in names}

    return change


def _draw_member(name: str, props: Mapping[str, Any], narrowing: Mapping[str, Any], data: st.DataObject) -> Any:
    schema = props.get(name, {})
    schema = {"allOf": [schema, narrowing[name]]} if name in narrowing else non_null(schema)
    return data.draw(values(schema), label=f"a value for {name}")


def _add_groups(groups: list[tuple[list[str], Mapping[str, Any]]], props: Mapping[str, Any]) -> Change:
    def change(obj: Any, _schema: Any, data: st.DataObject) -> Any:
        out = dict(obj)
        for names, narrowing in groups:
            for name in names:
                if out.get(name) is None:
                    out[name] = _draw_member(name, props, narrowing, data)
        return out

    return change


def _add_without(name: str, needed: list[str], props: Mapping[str, Any]) -> Change:
    def change(obj: Any, _schema: Any, data: st.DataObject) -> Any:
        out = {k: v for k, v in obj.items() if k not in needed}
        if out.get(name) is None:
            out[name] = _draw_member(name, props, {}, data)
        return out

    return change


# --------------------------------------------------------------------------- #
# applying


def apply(mutation: Mutation, inputs: Inputs, data: st.DataObject, body_schema: Any = None) -> Inputs:
    """A copy of ``inputs`` with ``mutation`` applied (missing containers drawn first).

    ``mutation.schemas[k]`` is the schema of the value at ``steps[:k]`` (index 0:
    the body, or the parameters of the location as one object).
    """
    out = inputs.copy()
    if mutation.location == "body":
        if mutation.target == "body" and mutation.kind == "required":
            out.body = MISSING
            return out
        if out.body is MISSING:
            out.body = data.draw(values(body_schema), label="a body")
        container: Any = out.body
    else:
        container = out.path if mutation.location == "path" else out.query
    walk = mutation.steps if mutation.whole_object else mutation.steps[:-1]
    for index, step in enumerate(walk):
        child_schema = non_null(mutation.schemas[index + 1])
        if isinstance(container, list):
            if not container or not isinstance(container[ITEM], (dict, list)):
                item = data.draw(values(child_schema), label="an array item")
                container[:1] = [item]
            container = container[ITEM]
        else:
            if not isinstance(container.get(step), (dict, list)):
                container[step] = data.draw(values(child_schema), label=f"a value for {step}")
            container = container[step]
    if mutation.whole_object:
        changed = mutation.change(container, mutation.schemas[-1], data)
        if mutation.location == "body" and not walk:
            out.body = changed
        else:
            container.clear()
            container.update(changed)
        return out
    schema = mutation.schemas[-1]
    if isinstance(container, list):
        current = container[ITEM] if container else None
        container[:1] = [mutation.change(current, schema, data)]
    else:
        container[mutation.steps[-1]] = mutation.change(container.get(mutation.steps[-1]), schema, data)
    return out


def oracle_fields(op: Operation, inputs: Inputs) -> list[str]:
    """The fields the spec's own schema finds invalid in ``inputs`` (named like the wrapper names them)."""
    found: list[str] = []
    for error in validator(op.inputs_schema()).iter_errors(inputs.as_instance()):
        path = list(error.absolute_path)
        location, steps = (str(path[0]), tuple(path[1:])) if path else ("request", ())
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    found.append(field_name(location, (*steps, name)) if path else name)
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = set((error.schema or {}).get("properties", {}))
            for name in error.instance:
                if name not in known:
                    found.append(field_name(location, (*steps, name)))
        else:
            found.append(field_name(location, steps) if path else "request")
    return found


def _members_near(instance: Any, field: str, protected: set[str]) -> list[tuple[dict[str, Any], str]]:
    """``(object, member)`` pairs that could be dropped to repair ``field``: members of the object at
    ``field`` and of its parent, except those named in ``protected`` and the top level."""
    tokens = re.findall(r"[^.\[\]]+", field)
    chain: list[Any] = []
    node: Any = instance
    for token in tokens:
        chain.append(node)
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            node = None
            break
    chain.append(node)
    pairs: list[tuple[dict[str, Any], str]] = []
    for depth in (len(chain) - 1, len(chain) - 2):
        if depth >= 2 and isinstance(chain[depth], dict):  # 0: {path, query, body}; 1: a location
            pairs += [(chain[depth], k) for k in list(chain[depth]) if k not in protected]
    return pairs


def _related(name: str, target: str) -> bool:
    """``name`` is the target, inside it, or an object holding it (an either-or the broken member fails)."""
    return in_subtree(name, target) or in_subtree(target, name)


def clean(op: Operation, mutation: Mutation, inputs: Inputs) -> tuple[bool, list[str]]:
    """Does ``inputs`` break the mutation's constraint and nothing else?

    Optional members that clash with one the mutation created (``imageQuery``
    next to an added ``textQuery``) are dropped when that removes the clash.
    """
    protected = set(re.findall(r"[^.\[\]]+", mutation.target))
    instance = inputs.as_instance()
    fields = oracle_fields(op, inputs)
    collateral = [f for f in fields if not _related(f, mutation.target)]
    for _ in range(4):
        if not collateral:
            break
        repaired = False
        for obj, member in _members_near(instance, collateral[0], protected):
            saved = obj.pop(member)
            after = oracle_fields(op, inputs)
            rest = [f for f in after if not _related(f, mutation.target)]
            if after and len(rest) < len(collateral):
                fields, collateral, repaired = after, rest, True
                break
            obj[member] = saved
        if not repaired:
            break
    return any(in_subtree(f, mutation.target) for f in fields) and not collateral, fields
