from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_tag_ref import PersonTagRef


T = TypeVar("T", bound="PersonTagList")


@_attrs_define
class PersonTagList:
    """The tags of a person after adding or removing tags. `personId` is documented on the POST removal
    (removePersonTagsByPost) and said to be identical on the DELETE; on addPersonTags it is not shown.

        Attributes:
            tag_list (list[PersonTagRef]): All tags of the person after the call.
            person_id (int | None): Person id.
    """

    tag_list: list[PersonTagRef]
    person_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_list = []
        for tag_list_item_data in self.tag_list:
            tag_list_item = tag_list_item_data.to_dict()
            tag_list.append(tag_list_item)

        person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tagList": tag_list,
            }
        )
        if person_id is not None:
            field_dict["personId"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_tag_ref import PersonTagRef

        d = dict(src_dict)
        tag_list = []
        _tag_list = d.pop("tagList")
        for tag_list_item_data in _tag_list:
            tag_list_item = PersonTagRef.from_dict(tag_list_item_data)

            tag_list.append(tag_list_item)

        person_id = d.pop("personId", None)

        person_tag_list = cls(
            tag_list=tag_list,
            person_id=person_id,
        )

        person_tag_list.additional_properties = d
        return person_tag_list

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
