from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemovePersonThumbnailsByPostRequest")


@_attrs_define
class RemovePersonThumbnailsByPostRequest:
    """Same body as removePersonThumbnails.

    Attributes:
        thumbnail_ids (list[int]): Ids of the thumbnails to remove; unknown or already removed ids are ignored. Removing
            every
            thumbnail of the person is rejected (10077).
    """

    thumbnail_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        thumbnail_ids = self.thumbnail_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnailIds": thumbnail_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thumbnail_ids = cast(list[int], d.pop("thumbnailIds"))

        remove_person_thumbnails_by_post_request = cls(
            thumbnail_ids=thumbnail_ids,
        )

        return remove_person_thumbnails_by_post_request
