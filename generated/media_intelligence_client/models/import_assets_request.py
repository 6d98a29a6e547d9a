from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ImportAssetsRequest")


@_attrs_define
class ImportAssetsRequest:
    """Body of importAssets: one object of the workspace's linked bucket. The provider documents a single
    `key`/`bucketName` pair (no array), although error 10023 mentions a limit of 10 assets per request.

        Attributes:
            key (str): Full object key of the uploaded media file in Object Storage (e.g. `sample-video.mp4`,
                `videos/2026/image.png`). Must name a file, not a folder (a key ending in `/` → 10016).
                Supported media: video MP4/MKV/MOV/WebM, 360p-1080p, up to 6 h and 10 GB; image JPG/PNG/HEIC,
                360p-1080p, up to 10 MB (see the operation's `x-media-limits`). The file extension is not
                checked here because the provider does not say whether it matches case-insensitively.
            bucket_name (str): Name of the Object Storage bucket holding the file (the one linked to the workspace).
    """

    key: str
    bucket_name: str

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        bucket_name = self.bucket_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "bucketName": bucket_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        bucket_name = d.pop("bucketName")

        import_assets_request = cls(
            key=key,
            bucket_name=bucket_name,
        )

        return import_assets_request
