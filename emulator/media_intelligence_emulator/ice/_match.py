"""SearchMedia's ``Match``, ``SortBy`` and ``CustomFilters``, evaluated over media records.

The parser is built from the Lark grammar in the spec's ``x-match-grammar``;
the fields and the match kinds each allows come from there too. A media
record is a dict of the Match field names to values (lists for multi-valued
fields such as ``tagList`` or ``aiLabelInfo.category``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from lark import Lark, Token, Tree, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ice_spec import Errors

from ._errors import IceError
from ._spec import ice_spec

__all__ = ["Predicate", "compile_match", "custom_filter", "sort_key"]

Record = Mapping[str, Any]
Predicate = Callable[[Record], bool]


def _grammar() -> Mapping[str, Any]:
    return ice_spec().match_grammar


@cache
def _parser() -> Lark:
    return Lark(str(_grammar()["lark"]), parser="lalr")


def _unquote(token: str) -> str:
    body, out, i = token[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _values(record: Record, name: str) -> list[str]:
    value = record.get(name)
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _condition(tree: Tree[Any]) -> Predicate:
    kind = {"exact": "exact", "fuzzy": "fuzzy", "range": "range", "any_of": "in"}[str(tree.data)]
    name = str(tree.children[0])
    allowed = _grammar()["fields"].get(name)
    if not allowed:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, f"Match: unknown field {name!r}")
    if kind not in allowed:
        raise IceError(
            Errors.INVALID_PARAMETER_ERROR, f"Match: field {name!r} allows {'/'.join(allowed)} matches, not {kind}"
        )
    texts = [_unquote(str(c.children[0])) for c in tree.children if isinstance(c, Tree) and c.data == "value"]
    if kind == "fuzzy":
        needle = texts[0].lower()
        if len(texts[0]) > int(_grammar()["fuzzyMaxLength"]):
            raise IceError(
                Errors.INVALID_PARAMETER_ERROR,
                f"Match: a fuzzy value is at most {_grammar()['fuzzyMaxLength']} characters",
            )
        return lambda r: any(needle in v.lower() for v in _values(r, name))
    if kind == "exact":
        return lambda r: texts[0] in _values(r, name)
    if kind == "in":
        wanted = set(texts)
        return lambda r: any(v in wanted for v in _values(r, name))
    bounds = [c for c in tree.children if isinstance(c, Tree) and c.data in {"lower", "upper"}]
    low_inclusive = str(bounds[0].children[0]) == "["
    high_inclusive = str(bounds[1].children[0]) == "]"
    low, high = _number(texts[0]), _number(texts[1])
    if low is None or high is None:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, f"Match: the bounds of {name} must be numbers")

    def in_range(record: Record) -> bool:
        for v in _values(record, name):
            n = _number(v)
            if n is None:
                continue
            if (n > low or (low_inclusive and n == low)) and (n < high or (high_inclusive and n == high)):
                return True
        return False

    return in_range


def _compile(tree: Tree[Any] | Token) -> Predicate:
    assert isinstance(tree, Tree)
    if tree.data == "conjunction":
        parts = [_compile(c) for c in tree.children]
        return lambda r: all(p(r) for p in parts)
    if tree.data == "disjunction":
        parts = [_compile(c) for c in tree.children]
        return lambda r: any(p(r) for p in parts)
    return _condition(tree)


def mentioned_fields(text: str) -> set[str]:
    """The field names a Match expression uses (to apply the default mediaType)."""
    try:
        tree = _parser().parse(text)
    except UnexpectedInput:
        return set()
    return {str(t) for t in tree.scan_values(lambda v: isinstance(v, Token) and v.type == "FIELD")}


def _position(exc: UnexpectedInput, text: str) -> int:
    """0-based offset of the error (the end of the text when it ends too early)."""
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        return len(text)
    if isinstance(exc, UnexpectedToken):
        return int(exc.token.start_pos or 0)
    return int(getattr(exc, "pos_in_stream", None) or 0)


def compile_match(text: str) -> Predicate:
    """A predicate for ``Match``; ``InvalidParameter`` naming the position for a malformed one."""
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        raise IceError(
            Errors.INVALID_PARAMETER_ERROR, f"Match: syntax error at position {_position(exc, text)}"
        ) from None
    return _compile(tree)


def sort_key(sort_by: str | None, allowed: Mapping[str, str]) -> list[tuple[str, bool]]:
    """``[(record field, descending)]`` from ``SortBy``; ``allowed`` maps sortable names to record fields."""
    if not sort_by:
        return []
    keys: list[tuple[str, bool]] = []
    for part in sort_by.split(","):
        name, _, order = part.strip().partition(":")
        if name not in allowed:
            raise IceError(
                Errors.INVALID_PARAMETER_ERROR, f"SortBy: cannot sort by {name!r} (sortable: {', '.join(allowed)})"
            )
        keys.append((allowed[name], order == "Desc"))
    return keys


def custom_filter(filters: Mapping[str, Any]) -> Predicate:
    """``CustomFilters``: exact, multi-value or range per field, fields ANDed (over ``customFields``)."""

    def check(record: Record) -> bool:
        fields: Mapping[str, Any] = record.get("customFields") or {}
        for name, rule in filters.items():
            value = fields.get(name)
            if isinstance(rule, list):
                if value not in rule:
                    return False
            elif isinstance(rule, dict):
                if not isinstance(value, int | float) or isinstance(value, bool):
                    return False
                for op, bound in rule.items():
                    ok = {"gte": value >= bound, "gt": value > bound, "lte": value <= bound, "lt": value < bound}[op]
                    if not ok:
                        return False
            elif value != rule:
                return False
        return True

    return check
