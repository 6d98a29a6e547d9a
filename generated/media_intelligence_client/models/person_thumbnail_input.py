from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PersonThumbnailInput")


@_attrs_define
class PersonThumbnailInput:
    """An uploaded image to register as a thumbnail.

    Attributes:
        thumbnail_key (str): Key of the uploaded image (`thumbnailKey` of createPersonThumbnailUploadUrl).
        is_primary_thumbnail (bool): Whether this is the primary thumbnail. Required (older renders also say "default
            true", which
            contradicts "required"; the newest pages mark it required without default).
    """

    thumbnail_key: str
    is_primary_thumbnail: bool

    def to_dict(self) -> dict[str, Any]:
        thumbnail_key = self.thumbnail_key

        is_primary_thumbnail = self.is_primary_thumbnail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnailKey": thumbnail_key,
                "isPrimaryThumbnail": is_primary_thumbnail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail_key = d.pop("thumbnailKey")

        is_primary_thumbnail = d.pop("isPrimaryThumbnail")

        person_thumbnail_input = cls(
            thumbnail_key=thumbnail_key,
            is_primary_thumbnail=is_primary_thumbnail,
        )

        return person_thumbnail_input
