"""The SDK's signer against the known-answer vectors shared with the emulator's tests."""

from __future__ import annotations

from typing import Any

import pytest

from media_intelligence.core import sign
from tests.signature_vectors import IDS, VECTORS, signing_args


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_known_answer_vectors(vector: dict[str, Any]) -> None:
    args = signing_args(vector)
    assert sign(*args) == vector["signature"]
