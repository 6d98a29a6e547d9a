from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_thumbnail import PersonThumbnail


T = TypeVar("T", bound="PersonThumbnailList")


@_attrs_define
class PersonThumbnailList:
    """The thumbnails of a person after adding or removing thumbnails. `personId` is documented on the POST
    removal (removePersonThumbnailsByPost) and said to be identical on the DELETE; not shown on add.

        Attributes:
            thumbnail_list (list[PersonThumbnail]): All thumbnails of the person after the call.
            person_id (int | None): Person id.
    """

    thumbnail_list: list[PersonThumbnail]
    person_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnail_list = []
        for thumbnail_list_item_data in self.thumbnail_list:
            thumbnail_list_item = thumbnail_list_item_data.to_dict()
            thumbnail_list.append(thumbnail_list_item)

        person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thumbnailList": thumbnail_list,
            }
        )
        if person_id is not None:
            field_dict["personId"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_thumbnail import PersonThumbnail

        d = dict(src_dict)
        thumbnail_list = []
        _thumbnail_list = d.pop("thumbnailList")
        for thumbnail_list_item_data in _thumbnail_list:
            thumbnail_list_item = PersonThumbnail.from_dict(thumbnail_list_item_data)

            thumbnail_list.append(thumbnail_list_item)

        person_id = d.pop("personId", None)

        person_thumbnail_list = cls(
            thumbnail_list=thumbnail_list,
            person_id=person_id,
        )

        person_thumbnail_list.additional_properties = d
        return person_thumbnail_list

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
