from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetPersonThumbnailUploadStatusRequest")


@_attrs_define
class GetPersonThumbnailUploadStatusRequest:
    """
    Attributes:
        thumbnail_key (str): The `thumbnailKey` returned by createPersonThumbnailUploadUrl.
    """

    thumbnail_key: str

    def to_dict(self) -> dict[str, Any]:
        thumbnail_key = self.thumbnail_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnailKey": thumbnail_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail_key = d.pop("thumbnailKey")

        get_person_thumbnail_upload_status_request = cls(
            thumbnail_key=thumbnail_key,
        )

        return get_person_thumbnail_upload_status_request
