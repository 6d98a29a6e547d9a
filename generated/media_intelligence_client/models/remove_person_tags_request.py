from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemovePersonTagsRequest")


@_attrs_define
class RemovePersonTagsRequest:
    """
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

        remove_person_tags_request = cls(
            tag_ids=tag_ids,
        )

        return remove_person_tags_request
