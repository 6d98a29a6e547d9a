"""Presigned uploads: file rules from the spec, checked with Pillow before anything is sent.

The operations that hand out an upload URL (``createSearchImageUploadUrl``,
``createPersonThumbnailUploadUrl``) carry ``x-upload-rules: {formats: [jpg,
png, webp, heic], maxBytes: 5242880, minPixels: 224}``. `check_upload`
reads the file, identifies its format with Pillow, and raises
`RequestValidationError` (field ``file``, rule ``x-upload-rules.maxBytes
5242880`` etc.) when a rule is broken; the upload helpers call it before the
first request, so a refused file costs no request.

``minPixels`` applies to the shorter side. HEIC files are recognised from
their ``ftyp`` brand; their size is checked only when a Pillow HEIF plugin
(``pillow-heif``) is registered.

The bytes are then sent with a plain HTTP ``PUT`` to the presigned URL
through the client's own httpx client, without the NCP signature headers
(the URL authorises the upload). The PUT and its answer are logged at DEBUG
on the ``media_intelligence`` logger like every API request, with the URL's
signature, credential and token parameters (and the emulator's path token)
masked.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._errors import RequestValidationError, error_from_response
from ._logging import log_request, log_response

if TYPE_CHECKING:
    from ._base_client import BaseAPIClient

__all__ = ["FileSource", "PreparedUpload", "UploadRules", "check_upload", "put_presigned", "put_presigned_async"]

#: What the upload helpers accept: a path, raw bytes, or a binary file object.
FileSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

_PIL_FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp", "HEIF": "heic", "GIF": "gif", "BMP": "bmp"}
_ALIASES = {"jpeg": "jpg", "heif": "heic", "tif": "tiff"}
_CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp", "heic": "image/heic"}
#: A no-op auth: presigned URLs carry their own authorisation, the NCP signature headers must not be added.
_NO_AUTH = httpx.Auth()
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


def _norm(fmt: str) -> str:
    fmt = fmt.strip().lower().lstrip(".")
    return _ALIASES.get(fmt, fmt)


@dataclass(frozen=True)
class UploadRules:
    """An operation's ``x-upload-rules``."""

    operation_id: str
    formats: tuple[str, ...] = ()
    max_bytes: int | None = None
    min_pixels: int | None = None

    @classmethod
    def of(cls, client: BaseAPIClient[Any], operation_id: str) -> UploadRules:
        rules = client.operation(operation_id).upload_rules
        if rules is None:
            return cls(operation_id)
        return cls(operation_id, tuple(_norm(f) for f in rules.formats), rules.max_bytes, rules.min_pixels)


@dataclass(frozen=True)
class PreparedUpload:
    """A file that passed the rules, ready to be PUT."""

    data: bytes
    file_name: str
    format: str  # jpg, png, webp, heic...
    width: int | None
    height: int | None

    @property
    def content_type(self) -> str:
        return _CONTENT_TYPES.get(self.format, "application/octet-stream")

    def __repr__(self) -> str:
        return (
            f"PreparedUpload(file_name={self.file_name!r}, format={self.format!r}, bytes={len(self.data)}, "
            f"size={self.width}x{self.height})"
        )


def _read(source: FileSource, file_name: str | None) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), file_name
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        return path.read_bytes(), file_name or path.name
    data = source.read()
    if not isinstance(data, bytes):
        raise TypeError("file objects must be opened in binary mode")
    name = file_name or getattr(source, "name", None)
    return data, Path(name).name if isinstance(name, str) and name else None


def _identify(data: bytes) -> tuple[str | None, int | None, int | None]:
    """(format, width, height) as Pillow sees them; (None, None, None) if it cannot read the file."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt = _PIL_FORMATS.get(str(image.format), _norm(str(image.format or "")))
            width, height = image.size
            return fmt, int(width), int(height)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        pass
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS:
        return "heic", None, None
    return None, None, None


def check_upload(rules: UploadRules, source: FileSource, *, file_name: str | None = None) -> PreparedUpload:
    """Read ``source`` and check it against ``rules``; `RequestValidationError` (nothing sent) if it breaks one."""
    op = rules.operation_id
    data, name = _read(source, file_name)
    if rules.max_bytes is not None and len(data) > rules.max_bytes:
        raise RequestValidationError.single(
            op, "file", f"x-upload-rules.maxBytes {rules.max_bytes}", f"the file has {len(data)} bytes"
        )
    if not data:
        raise RequestValidationError.single(op, "file", "not empty", "the file is empty")
    fmt, width, height = _identify(data)
    allowed = ", ".join(rules.formats) or "an image"
    if fmt is None:
        raise RequestValidationError.single(
            op, "file", f"x-upload-rules.formats [{allowed}]", "Pillow cannot identify the file as an image"
        )
    if rules.formats and fmt not in rules.formats:
        raise RequestValidationError.single(op, "file", f"x-upload-rules.formats [{allowed}]", f"the file is {fmt}")
    too_small = rules.min_pixels is not None and width is not None and height is not None
    if too_small and min(width or 0, height or 0) < (rules.min_pixels or 0):
        raise RequestValidationError.single(
            op,
            "file",
            f"x-upload-rules.minPixels {rules.min_pixels}",
            f"the image is {width}x{height} px; its shorter side must be at least {rules.min_pixels} px",
        )
    if not name:
        name = f"image.{fmt}"
    return PreparedUpload(data, name, fmt, width, height)


def _put_kwargs(url: str, upload: PreparedUpload, timeout: float | httpx.Timeout | None) -> dict[str, Any]:
    """The arguments of the PUT to ``url``, logged at DEBUG (its signature or token redacted)."""
    headers = {"Content-Type": upload.content_type}
    log_request("PUT", url, headers)
    kwargs: dict[str, Any] = {"content": upload.data, "headers": headers, "auth": _NO_AUTH}
    if timeout is not None:
        kwargs["timeout"] = timeout
    return kwargs


def _answered(url: str, response: httpx.Response) -> None:
    log_response("PUT", url, response.status_code, response.headers)
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)


def put_presigned(
    http_client: httpx.Client, url: str, upload: PreparedUpload, *, timeout: float | httpx.Timeout | None = None
) -> None:
    """PUT the bytes to a presigned URL, without the client's signature auth (``timeout``: the client's if None)."""
    from ._base_client import _map_httpx_error

    try:
        response = http_client.put(url, **_put_kwargs(url, upload, timeout))
    except httpx.RequestError as exc:
        raise _map_httpx_error(exc) from exc
    _answered(url, response)


async def put_presigned_async(
    http_client: httpx.AsyncClient, url: str, upload: PreparedUpload, *, timeout: float | httpx.Timeout | None = None
) -> None:
    """Async twin of `put_presigned`."""
    from ._base_client import _map_httpx_error

    try:
        response = await http_client.put(url, **_put_kwargs(url, upload, timeout))
    except httpx.RequestError as exc:
        raise _map_httpx_error(exc) from exc
    _answered(url, response)
