from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_asset_upload_message import QueryAssetUploadMessage
from ..models.query_asset_upload_status import QueryAssetUploadStatus

T = TypeVar("T", bound="SearchImageUploadStatus")


@_attrs_define
class SearchImageUploadStatus:
    """Upload status of a query image.

    Attributes:
        asset_key (str): Key of the stored image; use it as `query.imageQuery` of `searchAssets`. For a HEIC upload this
            is the
            key of the server-side JPG conversion, which differs from the key that was sent.
        upload_status (QueryAssetUploadStatus): Upload status of a query image. Both values are terminal: `COMPLETED` -
            the image was stored and can be
            used as `imageQuery`; `FAILED` - the image is missing or unusable, see `uploadMessage`.
        upload_message (QueryAssetUploadMessage | None): Reason of a failed query-image upload: `FILE_NOT_EXIST` - no
            file at the key (not uploaded, or not yet);
            `OVER_SIZE_LIMIT` - larger than 5 MB; `RESOLUTION_NOT_SUPPORT` - smaller than 224 px.
    """

    asset_key: str
    upload_status: QueryAssetUploadStatus
    upload_message: QueryAssetUploadMessage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_key = self.asset_key

        upload_status = self.upload_status.value

        upload_message: str | None = None
        if self.upload_message is not None:
            upload_message = self.upload_message.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetKey": asset_key,
                "uploadStatus": upload_status,
            }
        )
        if upload_message is not None:
            field_dict["uploadMessage"] = upload_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_key = d.pop("assetKey")

        upload_status = QueryAssetUploadStatus(d.pop("uploadStatus"))

        _upload_message = d.pop("uploadMessage", None)
        upload_message: QueryAssetUploadMessage | None
        if _upload_message is None:
            upload_message = None
        else:
            upload_message = QueryAssetUploadMessage(_upload_message)

        search_image_upload_status = cls(
            asset_key=asset_key,
            upload_status=upload_status,
            upload_message=upload_message,
        )

        search_image_upload_status.additional_properties = d
        return search_image_upload_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
