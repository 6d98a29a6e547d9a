"""Pieces of the multi-call workflows shared by the sync and async resources.

* `search_request`: the flat arguments of ``search.submit``/``search.run``
  -> the generated ``SearchAssetsRequest`` (the spec's validator then checks
  it: one of text/image, at most 100 ids per list, forbidden characters,
  projects xor assets...).
* `import_batch_limit` / `check_import_keys`: the documented number of assets
  per import request (``x-media-limits.maxAssetsPerRequest`` of
  ``importAssets``, error 10023).
* `S3Uploader`: puts local files (and their ``<name>.mi.json`` sidecars) into
  any S3-compatible store with boto3 (the optional extra ``s3``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from media_intelligence_client.models import (
    Confidence,
    SearchAssetsRequest,
    SearchAssetType,
    SearchDialogQuery,
    SearchFilter,
    SearchPersonQuery,
    SearchQuery,
    SearchQueryOption,
)

from ._errors import RequestValidationError
from ._redact import register_secret
from .resources._base import given, to_enum, to_enum_list

if TYPE_CHECKING:
    from ._base_client import BaseAPIClient

__all__ = [
    "SIDECAR_SUFFIX",
    "S3Uploader",
    "Timestamp",
    "check_import_keys",
    "import_batch_limit",
    "search_request",
]

SIDECAR_SUFFIX = ".mi.json"
SEARCH_OP = "searchAssets"
IMPORT_OP = "importAssets"

Timestamp = str | datetime | date
IdList = Sequence[int | str]


def _timestamp(value: Timestamp | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return f"{value.isoformat()}T00:00:00"
    return value


def _ids(values: IdList | None, field: str) -> list[int] | None:
    if values is None:
        return None
    if isinstance(values, (str, bytes)):
        raise RequestValidationError.single(SEARCH_OP, field, "type array", "pass a list of ids, not one string")
    out: list[int] = []
    for i, value in enumerate(values):
        try:
            out.append(int(value))
        except (TypeError, ValueError):
            raise RequestValidationError.single(
                SEARCH_OP, f"{field}[{i}]", "type integer", f"{value!r} is not an id"
            ) from None
    return out


def _lines(values: Sequence[str] | None, field: str) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return [values]
    return list(values)


def search_request(
    *,
    text: str | None = None,
    image_key: str | None = None,
    person_ids: IdList | None = None,
    any_person_ids: IdList | None = None,
    not_person_ids: IdList | None = None,
    dialogues: Sequence[str] | str | None = None,
    any_dialogues: Sequence[str] | str | None = None,
    not_dialogues: Sequence[str] | str | None = None,
    project_ids: IdList | None = None,
    asset_ids: IdList | None = None,
    asset_types: Sequence[str | SearchAssetType] | None = None,
    modified_from: Timestamp | None = None,
    modified_to: Timestamp | None = None,
    confidence: str | Confidence | None = None,
) -> SearchAssetsRequest:
    """The ``searchAssets`` body for these flat arguments (``None`` = not given)."""
    person_query: SearchPersonQuery | None = None
    if person_ids is not None or any_person_ids is not None or not_person_ids is not None:
        person_query = SearchPersonQuery(
            must=_ids(person_ids, "body.query.personQuery.must"),
            any_=_ids(any_person_ids, "body.query.personQuery.any"),
            not_=_ids(not_person_ids, "body.query.personQuery.not"),
        )
    dialog_query: SearchDialogQuery | None = None
    if dialogues is not None or any_dialogues is not None or not_dialogues is not None:
        dialog_query = SearchDialogQuery(
            must=_lines(dialogues, "must"), any_=_lines(any_dialogues, "any"), not_=_lines(not_dialogues, "not")
        )
    query = SearchQuery(
        text_query=text,
        image_query=image_key,
        person_query=person_query,
        dialog_query=dialog_query,
    )
    # filter is required (one of projectIds and assetIds): validation names the field when neither is given
    filter_ = SearchFilter(
        project_ids=_ids(project_ids, "body.filter.projectIds"),
        asset_ids=_ids(asset_ids, "body.filter.assetIds"),
        asset_types=to_enum_list(SearchAssetType, asset_types, SEARCH_OP, "body.filter.assetTypes"),
        index_modified_from=_timestamp(modified_from),
        index_modified_to=_timestamp(modified_to),
    )
    option: SearchQueryOption | None = None
    if confidence is not None:
        option = SearchQueryOption(
            confidence_level=to_enum(Confidence, confidence, SEARCH_OP, "body.queryOption.confidenceLevel")
        )
    return SearchAssetsRequest(query=query, query_option=option, filter_=filter_)


# --------------------------------------------------------------------------- #
# imports


def import_batch_limit(client: BaseAPIClient[Any]) -> int:
    """Assets per import request, from ``importAssets``' ``x-media-limits.maxAssetsPerRequest`` (10)."""
    limits = client.operation(IMPORT_OP).media_limits or {}
    return int(limits["maxAssetsPerRequest"])


def check_import_keys(client: BaseAPIClient[Any], keys: str | Iterable[str]) -> list[str]:
    """``keys`` as a list, checked against the per-request limit (`RequestValidationError` above it)."""
    key_list = [keys] if isinstance(keys, str) else list(keys)
    if not key_list:
        raise RequestValidationError.single(IMPORT_OP, "keys", "minItems 1", "no object key given")
    limit = import_batch_limit(client)
    if len(key_list) > limit:
        raise RequestValidationError.single(
            IMPORT_OP,
            "keys",
            f"x-media-limits.maxAssetsPerRequest {limit}",
            f"{len(key_list)} keys given; the API imports at most {limit} assets per request (error 10023)",
        )
    return key_list


# --------------------------------------------------------------------------- #
# S3-compatible object storage (boto3, optional)


def _boto3() -> Any:
    try:
        import boto3
    except ImportError:
        raise ImportError(
            "uploading to object storage needs boto3: pip install 'ncloud-media-intelligence[s3]'"
        ) from None
    return boto3


@dataclass
class S3Uploader:
    """Puts files into a bucket of an S3-compatible store (NCP Object Storage, moto, MinIO...).

    Give ``s3_client`` (a boto3 S3 client) or the connection arguments; a
    missing credential falls back to boto3's own chain. Secrets are not kept
    in the repr.
    """

    endpoint_url: str | None = None
    aws_access_key_id: str | None = None
    aws_secret_access_key: str | None = None
    aws_session_token: str | None = None
    region_name: str | None = None
    s3_client: Any = None

    def __post_init__(self) -> None:
        # masked in this SDK's logs and exception messages; short placeholder secrets
        # ("test" for moto) are left alone, they would mask ordinary words
        for secret in (self.aws_secret_access_key, self.aws_session_token):
            if secret and len(secret) >= 16:
                register_secret(secret)

    def __repr__(self) -> str:
        return f"S3Uploader(endpoint_url={self.endpoint_url!r}, region_name={self.region_name!r})"

    def client(self) -> Any:
        if self.s3_client is None:
            self.s3_client = _boto3().client(
                "s3",
                **given(
                    endpoint_url=self.endpoint_url,
                    aws_access_key_id=self.aws_access_key_id,
                    aws_secret_access_key=self.aws_secret_access_key,
                    aws_session_token=self.aws_session_token,
                    region_name=self.region_name,
                ),
            )
        return self.s3_client

    @staticmethod
    def key_for(path: Path, key_prefix: str) -> str:
        prefix = key_prefix.strip("/")
        return f"{prefix}/{path.name}" if prefix else path.name

    def upload(self, paths: Iterable[str | os.PathLike[str]], bucket: str, *, key_prefix: str = "") -> list[str]:
        """Upload each file (and ``<file>.mi.json`` when present) to ``bucket``; returns the object keys."""
        files = [Path(p) for p in paths]
        for path in files:
            if not path.is_file():
                raise FileNotFoundError(f"no such file: {path}")
        s3 = self.client()
        keys: list[str] = []
        for path in files:
            key = self.key_for(path, key_prefix)
            s3.upload_file(str(path), bucket, key)
            sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
            if sidecar.is_file():
                s3.upload_file(str(sidecar), bucket, key + SIDECAR_SUFFIX)
            keys.append(key)
        return keys
