from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchImageUploadUrl")


@_attrs_define
class SearchImageUploadUrl:
    """A presigned URL for uploading one query image, valid for `expirationSeconds` (900 s) and usable once.

    Attributes:
        asset_file_key (str): Object Storage key under which the image will be stored. Pass it as `assetKey` to
            `getSearchImageUploadStatus`.
        presigned_upload_url (str): Presigned Object Storage URL to upload the image to (no NCP signature headers; the
            authorisation is in
            the query string). Valid for 15 minutes, single use, one file.
        expiration_seconds (int): Validity of the URL in seconds (900).
    """

    asset_file_key: str
    presigned_upload_url: str
    expiration_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_file_key = self.asset_file_key

        presigned_upload_url = self.presigned_upload_url

        expiration_seconds = self.expiration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetFileKey": asset_file_key,
                "presignedUploadUrl": presigned_upload_url,
                "expirationSeconds": expiration_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_file_key = d.pop("assetFileKey")

        presigned_upload_url = d.pop("presignedUploadUrl")

        expiration_seconds = d.pop("expirationSeconds")

        search_image_upload_url = cls(
            asset_file_key=asset_file_key,
            presigned_upload_url=presigned_upload_url,
            expiration_seconds=expiration_seconds,
        )

        search_image_upload_url.additional_properties = d
        return search_image_upload_url

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
