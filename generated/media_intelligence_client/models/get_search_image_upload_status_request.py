from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetSearchImageUploadStatusRequest")


@_attrs_define
class GetSearchImageUploadStatusRequest:
    """Body of `getSearchImageUploadStatus`.

    Attributes:
        asset_key (str): Key of the uploaded image, the `assetFileKey` returned by `createSearchImageUploadUrl`.
    """

    asset_key: str

    def to_dict(self) -> dict[str, Any]:
        asset_key = self.asset_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetKey": asset_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_key = d.pop("assetKey")

        get_search_image_upload_status_request = cls(
            asset_key=asset_key,
        )

        return get_search_image_upload_status_request
