"""Every operation requires the three NCP signature headers together."""

from __future__ import annotations

from typing import Any

from .helpers import Operation

SIGNATURE_HEADERS = {"x-ncp-apigw-timestamp", "x-ncp-iam-access-key", "x-ncp-apigw-signature-v2"}


def test_every_operation_requires_all_three_signature_headers(
    spec: dict[str, Any], operations: list[Operation]
) -> None:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    by_header = {
        scheme.get("name"): name
        for name, scheme in schemes.items()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }
    assert set(by_header) >= SIGNATURE_HEADERS, (
        f"apiKey header schemes missing for {SIGNATURE_HEADERS - set(by_header)}"
    )
    needed = {by_header[header] for header in SIGNATURE_HEADERS}
    uncovered = [
        op.get("operationId")
        for _, _, op in operations
        # An operation's own `security` replaces the top-level one; each listed
        # requirement is an alternative, so every one of them must hold all three.
        if not (requirements := op.get("security", spec.get("security", [])))
        or not all(needed <= set(requirement) for requirement in requirements)
    ]
    assert not uncovered, f"operations not requiring {sorted(needed)} together: {uncovered}"
