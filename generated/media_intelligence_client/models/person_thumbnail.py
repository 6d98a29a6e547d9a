from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonThumbnail")


@_attrs_define
class PersonThumbnail:
    """A face thumbnail of a person.

    Attributes:
        id (int): Thumbnail id.
        url (str): Presigned URL of the image.
        is_primary_thumbnail (bool): Whether this is the person's primary (representative) thumbnail.
    """

    id: int
    url: str
    is_primary_thumbnail: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        is_primary_thumbnail = self.is_primary_thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "isPrimaryThumbnail": is_primary_thumbnail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        is_primary_thumbnail = d.pop("isPrimaryThumbnail")

        person_thumbnail = cls(
            id=id,
            url=url,
            is_primary_thumbnail=is_primary_thumbnail,
        )

        person_thumbnail.additional_properties = d
        return person_thumbnail

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
