from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonTag")


@_attrs_define
class PersonTag:
    """A registered person tag, as returned by createPersonTag. `createdTime` is documented as ISO 8601, but
    the provider's example has no UTC offset (`2025-08-15T17:13:48`); clients should accept both forms.

        Attributes:
            id (int): Person tag id.
            name (str): Person tag name.
            created_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            created_user_name (str | None): User name of the creator.
    """

    id: int
    name: str
    created_time: str | None = None
    created_user_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_time = self.created_time

        created_user_name = self.created_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created_time is not None:
            field_dict["createdTime"] = created_time
        if created_user_name is not None:
            field_dict["createdUserName"] = created_user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_time = d.pop("createdTime", None)

        created_user_name = d.pop("createdUserName", None)

        person_tag = cls(
            id=id,
            name=name,
            created_time=created_time,
            created_user_name=created_user_name,
        )

        person_tag.additional_properties = d
        return person_tag

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
