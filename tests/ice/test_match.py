"""Match expressions: the parser reports where a filter is wrong; the builder's output always parses back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alibaba_ice.match import All, Any_, Condition, Expression, MatchSyntaxError, field, grammar, parse, render


@pytest.mark.parametrize(
    "text",
    [
        "title = 'China' and utcCreate = ['1693367158561','1693367158562']",
        "utcCreate = ('1693367158561','1693367158562')",
        "mediaType in ('video','audio') and (status == '3' or tagList in ('a'))",
        "aiLabelInfo.label_id == '10310250338' AND ocrInfo.tracks.content = 'I am'",
    ],
)
def test_documented_examples_parse(text: str) -> None:
    parse(text)


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ("title = 'a' and", 15, "ends too early"),
        ("title = 'a' & mediaId == 'x'", 12, "unexpected character '&'"),
        ("title = 'a' and foo == 'x'", 16, "unknown field 'foo'"),
        ("title == 'a'", 0, "allows fuzzy matches, not exact"),
        ("mediaId = 'a'", 0, "allows exact matches, not fuzzy"),
        ("title = 'unterminated", 8, "unexpected character"),
        ("(title = 'a'", 12, "ends too early"),
        ("title = 'a' title = 'b'", 12, "unexpected 'title'"),
        ("", 0, "empty"),
        ("title = '" + "x" * 61 + "'", 8, "at most 60 characters"),
    ],
)
def test_malformed_filters_are_rejected_with_their_position(text: str, position: int, reason: str) -> None:
    with pytest.raises(MatchSyntaxError) as caught:
        parse(text)
    assert caught.value.position == position
    assert reason in caught.value.reason
    assert f"position {position}" in str(caught.value)


def test_builder_checks_fields_and_kinds_from_the_spec() -> None:
    with pytest.raises(ValueError, match="unknown field 'nope'"):
        field("nope").equals("x")
    with pytest.raises(ValueError, match="allows range matches, not exact"):
        field("utcCreate").equals("1")
    with pytest.raises(ValueError, match="at least one value"):
        field("tagList").is_in([])


def test_builder_quotes_values() -> None:
    expr = field("title").contains("it's a \\ test") & field("mediaId").equals("x' or title = 'y")
    text = render(expr)
    assert text == "title = 'it\\'s a \\\\ test' and mediaId == 'x\\' or title = \\'y'"
    assert parse(text) == expr


# -- property: any builder output parses, and parse(render(x)) == x ----------------------------------

FIELDS: dict[str, list[str]] = dict(grammar()["fields"])
values = st.text(max_size=12)


@st.composite
def conditions(draw: st.DrawFn) -> Condition:
    name = draw(st.sampled_from(sorted(FIELDS)))
    kind = draw(st.sampled_from(FIELDS[name]))
    ref = field(name)
    if kind == "exact":
        return ref.equals(draw(values))
    if kind == "fuzzy":
        return ref.contains(draw(st.text(max_size=int(grammar()["fuzzyMaxLength"]))))
    if kind == "in":
        return ref.is_in(draw(st.lists(values, min_size=1, max_size=4)))
    return ref.between(draw(values), draw(values), inclusive=draw(st.booleans()))


expressions: st.SearchStrategy[Expression] = st.recursive(
    conditions(),
    lambda inner: st.one_of(
        st.tuples(inner, inner).map(lambda pair: pair[0] & pair[1]),
        st.tuples(inner, inner).map(lambda pair: pair[0] | pair[1]),
    ),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(expressions)
def test_builder_output_always_parses_and_round_trips(expr: Expression) -> None:
    assert parse(render(expr)) == expr


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="titleandor ='()[],\\x", max_size=30))
def test_parser_never_fails_other_than_with_a_positioned_error(text: str) -> None:
    try:
        result = parse(text)
    except MatchSyntaxError as exc:
        assert 0 <= exc.position <= len(text)
    else:
        assert isinstance(result, Condition | All | Any_)
