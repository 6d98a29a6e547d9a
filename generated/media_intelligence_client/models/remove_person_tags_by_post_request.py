from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemovePersonTagsByPostRequest")


@_attrs_define
class RemovePersonTagsByPostRequest:
    """Same body as removePersonTags.

    Attributes:
        tag_ids (list[int]): Ids of the tags to detach; unknown or already detached ids are ignored.
    """

    tag_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tagIds": tag_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tag_ids = cast(list[int], d.pop("tagIds"))

        remove_person_tags_by_post_request = cls(
            tag_ids=tag_ids,
        )

        return remove_person_tags_by_post_request
