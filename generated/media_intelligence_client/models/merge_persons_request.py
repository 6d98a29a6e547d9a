from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MergePersonsRequest")


@_attrs_define
class MergePersonsRequest:
    """
    Attributes:
        person_ids (list[int]): Ids of the persons to absorb into the path's person; at most 10, not containing the
            path's person
            or an already merged person.
    """

    person_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        person_ids = self.person_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personIds": person_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_ids = cast(list[int], d.pop("personIds"))

        merge_persons_request = cls(
            person_ids=person_ids,
        )

        return merge_persons_request
