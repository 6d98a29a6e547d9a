"""Who may read a file the emulator serves (scene and person thumbnails).

Such files are private to the tenant whose workspace holds them. A request
for one is answered only when it carries either the owner's signed URL
(``_auth.sign_url``: the URLs the API hands out in ``thumbnailUrl`` and a
thumbnail's ``url``, valid ``file_url_expires_in`` seconds) or the owner's
NCP signature v2 headers. Without either: 403 ``AccessDenied`` (the S3 error
shape of the upload route). Valid for another tenant, or for a file that does
not exist: the same 404 ``NoSuchKey``, so ids can't be probed.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._auth import path_with_query, sign_url, verify_signature, verify_url
from ._config import EmulatorConfig
from ._errors import GatewayError

__all__ = ["ANYONE", "file_caller", "file_url", "forbidden", "no_such_file", "owns"]

#: ``file_caller`` when signatures are not verified: every file may be read.
ANYONE = ""


def owns(caller: str, owner: object) -> bool:
    """True when ``caller`` (from ``file_caller``) may read a file of ``owner``."""
    return caller in (ANYONE, owner)


def file_url(config: EmulatorConfig, base_url: str, path: str, owner: str) -> str:
    """The signed URL of a file served at ``path``, for its owner."""
    return sign_url(config, base_url, path, owner, config.file_url_expires_in)


def file_caller(config: EmulatorConfig, request: Request) -> str | None:
    """The access key a file request proves it holds (signed URL or signature headers), or None.

    With ``verify_signatures`` off, the empty string: anyone, no owner check (``owns``).
    """
    if not config.verify_signatures:
        return ANYONE
    signed = verify_url(config, request.url.path, request.query_params)
    if signed is not None:
        return signed
    try:
        return verify_signature(config, request.method, path_with_query(request.scope), request.headers)
    except GatewayError:
        return None


def forbidden() -> Response:
    return JSONResponse(
        {"error": {"code": "AccessDenied", "message": "A signed URL or the owner's signature is required."}},
        status_code=403,
    )


def no_such_file() -> Response:
    return JSONResponse({"error": {"code": "NoSuchKey", "message": "The file does not exist."}}, status_code=404)
