"""The baseline every client figure is measured against: raw httpx, headers signed by hand.

The HMAC is written out here on purpose (not imported from the wrapper): the
baseline is what a user would write with nothing but httpx and the stdlib.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

__all__ = ["ACCESS_KEY", "PROJECT_ID", "SECRET_KEY", "WORKSPACE", "get_project_path", "signed_headers"]

ACCESS_KEY = "bench-access-key"
SECRET_KEY = "bench-secret-key"
WORKSPACE = "bench-workspace"
PROJECT_ID = 1234


def get_project_path(workspace: str = WORKSPACE, project_id: int | str = PROJECT_ID) -> str:
    return f"/api/v1/workspaces/{workspace}/projects/{project_id}"


def signed_headers(method: str, path: str, access_key: str, secret: bytes) -> dict[str, str]:
    """The three NCP signature v2 headers (and the JSON content type the SDK sends too)."""
    timestamp = str(time.time_ns() // 1_000_000)
    message = f"{method} {path}\n{timestamp}\n{access_key}".encode()
    signature = base64.b64encode(hmac.new(secret, message, hashlib.sha256).digest()).decode("ascii")
    return {
        "x-ncp-apigw-timestamp": timestamp,
        "x-ncp-iam-access-key": access_key,
        "x-ncp-apigw-signature-v2": signature,
        "content-type": "application/json",
    }
