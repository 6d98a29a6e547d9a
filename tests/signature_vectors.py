"""NCP signature v2 known-answer vectors (tests/data), shared by the SDK's and the emulator's tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "ncp_signature_v2_vectors.json").read_text(encoding="utf-8")
)["vectors"]
IDS = [f"{v['method']} {v['target']}" for v in VECTORS]


def signing_args(vector: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """``(method, target, timestamp, access key, secret key)`` of a vector."""
    return (vector["method"], vector["target"], vector["timestamp"], vector["access_key"], vector["secret_key"])
