from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreatePersonThumbnailUploadUrlRequest")


@_attrs_define
class CreatePersonThumbnailUploadUrlRequest:
    """
    Attributes:
        thumbnail_file_name (str): Name of the image file to upload, ending in `.jpg`, `.png` or `.webp` after a non-
            empty base name
            (10072 otherwise).
    """

    thumbnail_file_name: str

    def to_dict(self) -> dict[str, Any]:
        thumbnail_file_name = self.thumbnail_file_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnailFileName": thumbnail_file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail_file_name = d.pop("thumbnailFileName")

        create_person_thumbnail_upload_url_request = cls(
            thumbnail_file_name=thumbnail_file_name,
        )

        return create_person_thumbnail_upload_url_request
