"""openapi.yaml describes exactly the operations of operations.tsv.

operations.tsv is a copy of the reference list: operationId, method, path,
group (the tag) and whether the provider marks the operation deprecated.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .helpers import Operation

TSV = Path(__file__).with_name("operations.tsv")


def expected() -> dict[str, dict[str, str]]:
    with TSV.open(encoding="utf-8", newline="") as stream:
        return {row["operationId"]: row for row in csv.DictReader(stream, delimiter="\t")}


def test_fixture_has_the_54_operations() -> None:
    assert len(expected()) == 54


def test_operation_ids_methods_and_paths_match(operations: list[Operation]) -> None:
    found = [(op.get("operationId"), method.upper(), path) for path, method, op in operations]
    ids = [operation_id for operation_id, _, _ in found]
    assert len(ids) == len(set(ids)), f"duplicate operationIds: {sorted({i for i in ids if ids.count(i) > 1})}"
    want = {(row["operationId"], row["method"], row["path"]) for row in expected().values()}
    have = set(found)
    assert not want - have and not have - want, (
        f"missing from the spec: {sorted(want - have, key=str)}\nnot in operations.tsv: {sorted(have - want, key=str)}"
    )


def test_each_operation_is_tagged_with_its_group(operations: list[Operation]) -> None:
    rows = expected()
    wrong = [
        (op["operationId"], op.get("tags"), rows[op["operationId"]]["group"])
        for _, _, op in operations
        if op.get("operationId") in rows and rows[op["operationId"]]["group"] not in op.get("tags", [])
    ]
    assert not wrong, f"(operationId, tags, expected group): {wrong}"


def test_deprecated_exactly_where_the_provider_says(operations: list[Operation]) -> None:
    rows = expected()
    wrong = [
        (op["operationId"], bool(op.get("deprecated", False)))
        for _, _, op in operations
        if op.get("operationId") in rows
        and bool(op.get("deprecated", False)) != (rows[op["operationId"]]["status"] == "deprecated")
    ]
    assert not wrong, f"(operationId, deprecated in spec) disagreeing with operations.tsv: {wrong}"
