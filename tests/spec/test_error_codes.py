"""Every error code of the provider's table is in the spec and used.

The table is the one of the Media Intelligence overview page (the error
section of the API's common settings), copied here so the test needs no
outside file. Code 10072 is listed twice there, under 400 and under 422.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .helpers import Operation, resolve

# HTTP status -> codes, in the order of the provider's table.
TABLE_ROWS: dict[int, list[str]] = {
    400: ["10001", "10014", "10016", "10023", "10027", "10033", "10041", "10046", "10048", "50003", "50010",
          "50011", "50012", "50013", "10069", "10072", "10073", "10074", "10075", "10077"],
    401: ["10003"],
    404: ["10010", "10025", "10030", "10038", "40002"],
    409: ["10026", "10045", "10049", "20012", "10062", "10068", "10076", "50005"],
    422: ["10017", "10072"],
    500: ["99999"],
}  # fmt: skip
# code -> every HTTP status the table gives it.
ERROR_TABLE: dict[str, set[int]] = {}
for _status, _codes in TABLE_ROWS.items():
    for _code in _codes:
        ERROR_TABLE.setdefault(_code, set()).add(_status)

EXAMPLE_REF = re.compile(r"^#/components/examples/E(\d+)$")


def declared_codes(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    entries = spec.get("x-error-codes", [])
    codes = [str(entry.get("code")) for entry in entries]
    assert len(codes) == len(set(codes)), (
        f"codes listed twice in x-error-codes: {sorted({c for c in codes if codes.count(c) > 1})}"
    )
    return {str(entry.get("code")): entry for entry in entries}


def statuses_of(entry: dict[str, Any]) -> set[int]:
    return {entry["status"], *entry.get("also_status", [])} if "status" in entry else set()


def example_refs(spec: dict[str, Any], operations: list[Operation]) -> dict[str, set[tuple[str, int]]]:
    """code -> {(operationId, HTTP status)} for every response example that $refs E<code>."""
    used: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for _, _, op in operations:
        for status, response in op.get("responses", {}).items():
            for media in resolve(spec, response).get("content", {}).values():
                for example in media.get("examples", {}).values():
                    match = EXAMPLE_REF.match(example.get("$ref", "")) if isinstance(example, dict) else None
                    if match and str(status).isdigit():
                        used[match.group(1)].add((op.get("operationId", "?"), int(status)))
    return used


def test_every_table_code_is_in_x_error_codes_with_its_status(spec: dict[str, Any]) -> None:
    declared = declared_codes(spec)
    missing = sorted(set(ERROR_TABLE) - set(declared))
    assert not missing, f"codes missing from x-error-codes: {missing}"
    wrong = {}
    for code, statuses in ERROR_TABLE.items():
        have = statuses_of(declared[code])
        if have != statuses:
            wrong[code] = (sorted(have), sorted(statuses))
    assert not wrong, f"code: (statuses in spec, statuses in the table): {wrong}"


def test_x_error_codes_entries_are_complete(spec: dict[str, Any]) -> None:
    incomplete = [
        entry.get("code")
        for entry in spec.get("x-error-codes", [])
        if not all(entry.get(key) for key in ("code", "status", "name", "message"))
    ]
    assert not incomplete, f"x-error-codes entries without code, status, name or message: {incomplete}"


def test_every_declared_code_has_its_example(spec: dict[str, Any]) -> None:
    examples = spec.get("components", {}).get("examples", {})
    wrong = [
        code for code in declared_codes(spec) if str(examples.get(f"E{code}", {}).get("value", {}).get("code")) != code
    ]
    assert not wrong, f"components/examples/E<code> missing, or its value.code differs, for: {wrong}"


def test_every_table_code_is_referenced_by_an_operation(spec: dict[str, Any], operations: list[Operation]) -> None:
    used = example_refs(spec, operations)
    unused = sorted(set(ERROR_TABLE) - set(used))
    assert not unused, f"codes no operation response references (#/components/examples/E<code>): {unused}"


def test_codes_are_referenced_under_their_own_status(spec: dict[str, Any], operations: list[Operation]) -> None:
    declared = declared_codes(spec)
    wrong = sorted(
        (operation_id, status, code)
        for code, uses in example_refs(spec, operations).items()
        for operation_id, status in uses
        if status not in statuses_of(declared.get(code, {}))
    )
    assert not wrong, (
        f"(operationId, response status, error code) not declared with that status in x-error-codes: {wrong}"
    )
