from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.query_asset_type import QueryAssetType

T = TypeVar("T", bound="CreateSearchImageUploadUrlRequest")


@_attrs_define
class CreateSearchImageUploadUrlRequest:
    """Body of `createSearchImageUploadUrl`.

    Attributes:
        asset_type (QueryAssetType): Type of a search query asset. Only `IMAGE` is accepted.
        asset_file_name (str): File name of the image to upload, e.g. `search_image.jpg`, ending in `.jpg`, `.png`,
            `.webp` or
            `.heic` after a non-empty base name (10072 otherwise).
    """

    asset_type: QueryAssetType
    asset_file_name: str

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        asset_file_name = self.asset_file_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetType": asset_type,
                "assetFileName": asset_file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_type = QueryAssetType(d.pop("assetType"))

        asset_file_name = d.pop("assetFileName")

        create_search_image_upload_url_request = cls(
            asset_type=asset_type,
            asset_file_name=asset_file_name,
        )

        return create_search_image_upload_url_request
