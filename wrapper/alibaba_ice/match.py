"""``Match`` filter expressions of SearchMedia: a parser and a builder.

The grammar, the fields and the match kinds each field allows are the spec's
(the ``Match`` schema's ``x-match-grammar``, compiled into ``ice_spec.inputs``). ``parse`` rejects a
malformed or disallowed filter with ``MatchSyntaxError`` giving the position
(0-based offset, line, column) of the error; the builder writes filters that
always parse, quoting values::

    from alibaba_ice.match import field, parse, render

    expr = (field("title").contains("beach") & field("utcCreate").between("1693367158561", "1693367158562")) & (
        field("mediaType").equals("video") | field("status").is_in(["3", "12"])
    )
    render(expr)  # "title = 'beach' and utcCreate = ['1693367158561','1693367158562'] and (...)"
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from lark import Lark, Token, Transformer, Tree, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ice_spec.inputs import SCHEMA_EXTENSIONS

__all__ = [
    "All",
    "Any_",
    "Condition",
    "Expression",
    "FieldRef",
    "MatchSyntaxError",
    "field",
    "grammar",
    "parse",
    "render",
]

Kind = Literal["exact", "fuzzy", "in", "range"]


class MatchSyntaxError(ValueError):
    """A malformed or disallowed ``Match`` expression; ``position`` is the 0-based offset of the error."""

    def __init__(self, message: str, text: str, position: int) -> None:
        self.text = text
        self.position = position
        self.line = text.count("\n", 0, position) + 1
        self.column = position - (text.rfind("\n", 0, position) + 1) + 1
        self.reason = message
        caret = " " * (self.column - 1) + "^"
        line_text = text.splitlines()[self.line - 1] if text.strip() else text
        super().__init__(f"Match: {message} at position {position} (column {self.column})\n  {line_text}\n  {caret}")


class Expression:
    """A ``Match`` expression: a ``Condition``, or ``All`` / ``Any_`` of expressions; join them with ``&`` / ``|``."""

    def __and__(self, other: Expression) -> All:
        return _all(self, other)

    def __or__(self, other: Expression) -> Any_:
        return _any(self, other)


@dataclass(frozen=True)
class Condition(Expression):
    """``field <kind> values``; a range has two values and its bound inclusivity."""

    field: str
    kind: Kind
    values: tuple[str, ...]
    low_inclusive: bool = True
    high_inclusive: bool = True


@dataclass(frozen=True)
class All(Expression):
    """Every part must hold (``and``)."""

    parts: tuple[Expression, ...]


@dataclass(frozen=True)
class Any_(Expression):
    """At least one part holds (``or``)."""

    parts: tuple[Expression, ...]


def _all(left: Expression, right: Expression) -> All:
    """``left and right``, nested conjunctions flattened."""
    return All(tuple(p for side in (left, right) for p in (side.parts if isinstance(side, All) else (side,))))


def _any(left: Expression, right: Expression) -> Any_:
    """``left or right``, nested disjunctions flattened."""
    return Any_(tuple(p for side in (left, right) for p in (side.parts if isinstance(side, Any_) else (side,))))


# -- the grammar, from the spec ------------------------------------------------------------------


@cache
def grammar() -> Mapping[str, Any]:
    """``x-match-grammar`` of the spec (fields and kinds, fuzzy value limit, Lark grammar)."""
    found: Mapping[str, Any] = SCHEMA_EXTENSIONS["Match"]["x-match-grammar"]
    return found


@cache
def _parser() -> Lark:
    return Lark(str(grammar()["lark"]), parser="lalr", propagate_positions=True)


def _kinds(name: str) -> tuple[str, ...]:
    fields: Mapping[str, list[str]] = grammar()["fields"]
    return tuple(fields.get(name, ()))


def _unquote(token: str) -> str:
    body = token[1:-1]
    out: list[str] = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class _ToExpression(Transformer[Token, Expression]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def value(self, children: list[Token]) -> tuple[str, int]:
        token = children[0]
        return _unquote(str(token)), int(token.start_pos or 0)

    def lower(self, children: list[Token]) -> bool:
        return str(children[0]) == "["

    def upper(self, children: list[Token]) -> bool:
        return str(children[0]) == "]"

    def _condition(self, name: Token, kind: Kind, values: list[tuple[str, int]]) -> Condition:
        position = int(name.start_pos or 0)
        allowed = _kinds(str(name))
        if not allowed:
            known = ", ".join(sorted(grammar()["fields"]))
            raise MatchSyntaxError(f"unknown field {str(name)!r} (fields: {known})", self._text, position)
        if kind not in allowed:
            raise MatchSyntaxError(
                f"field {str(name)!r} allows {' / '.join(allowed)} matches, not {kind}", self._text, position
            )
        limit = int(grammar()["fuzzyMaxLength"])
        for text, at in values:
            if kind == "fuzzy" and len(text) > limit:
                raise MatchSyntaxError(f"a fuzzy value is at most {limit} characters", self._text, at)
        return Condition(str(name), kind, tuple(text for text, _ in values))

    def exact(self, children: list[Any]) -> Condition:
        return self._condition(children[0], "exact", [children[2]])

    def fuzzy(self, children: list[Any]) -> Condition:
        return self._condition(children[0], "fuzzy", [children[2]])

    def range(self, children: list[Any]) -> Condition:
        name, _, low_inclusive, low, high, high_inclusive = children
        cond = self._condition(name, "range", [low, high])
        return Condition(cond.field, "range", cond.values, bool(low_inclusive), bool(high_inclusive))

    def any_of(self, children: list[Any]) -> Condition:
        return self._condition(children[0], "in", list(children[1:]))

    def conjunction(self, children: list[Expression]) -> All:
        result = _all(children[0], children[1])
        for child in children[2:]:
            result = _all(result, child)
        return result

    def disjunction(self, children: list[Expression]) -> Any_:
        result = _any(children[0], children[1])
        for child in children[2:]:
            result = _any(result, child)
        return result


def parse(text: str) -> Expression:
    """Parse a ``Match`` expression; raise ``MatchSyntaxError`` with the position of the first error."""
    if not text.strip():
        raise MatchSyntaxError("the expression is empty", text, 0)
    try:
        tree: Tree[Token] = _parser().parse(text)
    except UnexpectedCharacters as exc:
        at = int(exc.pos_in_stream or 0)
        raise MatchSyntaxError(f"unexpected character {text[at]!r}", text, at) from None
    except UnexpectedEOF:
        raise MatchSyntaxError("the expression ends too early", text, len(text)) from None
    except UnexpectedToken as exc:
        if exc.token.type == "$END":
            raise MatchSyntaxError("the expression ends too early", text, len(text)) from None
        expected = ", ".join(sorted(_describe(t) for t in exc.expected))
        position = int(exc.token.start_pos or 0)
        raise MatchSyntaxError(f"unexpected {str(exc.token)!r}, expected {expected}", text, position) from None
    except UnexpectedInput as exc:  # any other lark input error
        raise MatchSyntaxError(str(exc).splitlines()[0], text, int(getattr(exc, "pos_in_stream", 0) or 0)) from None
    try:
        return _ToExpression(text).transform(tree)
    except Exception as exc:  # lark wraps transformer errors
        cause = getattr(exc, "orig_exc", exc)
        if isinstance(cause, MatchSyntaxError):
            raise cause from None
        raise


_TERMINALS = {
    "FIELD": "a field name",
    "STRING": "a quoted value",
    "EXACT": "'=='",
    "EQUALS": "'='",
    "LPAR": "'('",
    "RPAR": "')'",
    "LSQB": "'['",
    "RSQB": "']'",
    "COMMA": "','",
    "_AND": "'and'",
    "_OR": "'or'",
    "_IN": "'in'",
}


def _describe(terminal: str) -> str:
    return _TERMINALS.get(terminal, terminal)


# -- rendering and the builder --------------------------------------------------------------------


def render(expr: Expression) -> str:
    """The expression as ICE reads it (``or`` groups parenthesised, values single-quoted)."""
    if isinstance(expr, Condition):
        values = [_quote(v) for v in expr.values]
        if expr.kind == "exact":
            return f"{expr.field} == {values[0]}"
        if expr.kind == "fuzzy":
            return f"{expr.field} = {values[0]}"
        if expr.kind == "in":
            return f"{expr.field} in ({','.join(values)})"
        low, high = ("[" if expr.low_inclusive else "("), ("]" if expr.high_inclusive else ")")
        return f"{expr.field} = {low}{values[0]},{values[1]}{high}"
    if isinstance(expr, All):
        return " and ".join(render(part) for part in expr.parts)
    if isinstance(expr, Any_):
        return "(" + " or ".join(render(part) for part in expr.parts) + ")"
    raise TypeError(f"not a Match expression: {expr!r}")


@dataclass(frozen=True)
class FieldRef:
    """A field to build conditions on; the kinds it allows are checked against the spec."""

    name: str

    def _make(self, kind: Kind, values: Iterable[str | int], **bounds: bool) -> Condition:
        allowed = _kinds(self.name)
        if not allowed:
            raise ValueError(f"Match: unknown field {self.name!r} (fields: {', '.join(sorted(grammar()['fields']))})")
        if kind not in allowed:
            raise ValueError(f"Match: field {self.name!r} allows {' / '.join(allowed)} matches, not {kind}")
        texts = tuple(str(v) for v in values)
        limit = int(grammar()["fuzzyMaxLength"])
        if kind == "fuzzy" and len(texts[0]) > limit:
            raise ValueError(f"Match: a fuzzy value of {self.name!r} is at most {limit} characters")
        if kind == "in" and not texts:
            raise ValueError(f"Match: {self.name!r} in (...) needs at least one value")
        return Condition(self.name, kind, texts, **bounds)

    def equals(self, value: str | int) -> Condition:
        """``field == 'value'`` (exact)."""
        return self._make("exact", [value])

    def contains(self, value: str) -> Condition:
        """``field = 'value'`` (fuzzy)."""
        return self._make("fuzzy", [value])

    def is_in(self, values: Iterable[str | int]) -> Condition:
        """``field in ('a','b')``."""
        return self._make("in", values)

    def between(self, low: str | int, high: str | int, *, inclusive: bool = True) -> Condition:
        """``field = ['lo','hi']`` (inclusive) or ``field = ('lo','hi')`` (exclusive)."""
        return self._make("range", [low, high], low_inclusive=inclusive, high_inclusive=inclusive)


def field(name: str) -> FieldRef:
    """Start a condition on ``name`` (e.g. ``field("title").contains("beach")``)."""
    return FieldRef(name)
