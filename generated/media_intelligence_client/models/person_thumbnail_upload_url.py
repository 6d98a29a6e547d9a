from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonThumbnailUploadUrl")


@_attrs_define
class PersonThumbnailUploadUrl:
    """A presigned upload URL. The third field is cut off on the page (`expir…`); `expirationSeconds` is
    taken from the sister API for search images (inferred, optional).

        Attributes:
            thumbnail_key (str): Object Storage key of the file; pass it to getPersonThumbnailUploadStatus and as
                `thumbnailKey` later.
            url (str): Presigned URL to upload the file to (valid 15 minutes, single use).
            expiration_seconds (int | None): Validity of the URL in seconds (900; name inferred).
    """

    thumbnail_key: str
    url: str
    expiration_seconds: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnail_key = self.thumbnail_key

        url = self.url

        expiration_seconds = self.expiration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thumbnailKey": thumbnail_key,
                "url": url,
            }
        )
        if expiration_seconds is not None:
            field_dict["expirationSeconds"] = expiration_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail_key = d.pop("thumbnailKey")

        url = d.pop("url")

        expiration_seconds = d.pop("expirationSeconds", None)

        person_thumbnail_upload_url = cls(
            thumbnail_key=thumbnail_key,
            url=url,
            expiration_seconds=expiration_seconds,
        )

        person_thumbnail_upload_url.additional_properties = d
        return person_thumbnail_upload_url

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
