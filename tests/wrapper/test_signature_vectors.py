"""The SDK's signer against the known-answer vectors shared with the emulator's tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from media_intelligence.core import sign

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "ncp_signature_v2_vectors.json").read_text(encoding="utf-8")
)["vectors"]


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{v['method']} {v['target']}" for v in VECTORS])
def test_known_answer_vectors(vector: dict[str, Any]) -> None:
    args = (vector["method"], vector["target"], vector["timestamp"], vector["access_key"], vector["secret_key"])
    assert sign(*args) == vector["signature"]
