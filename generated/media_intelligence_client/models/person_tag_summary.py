from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonTagSummary")


@_attrs_define
class PersonTagSummary:
    """A person tag in listPersonTags. The item table was cut off after `updatedTime`; further fields may
    exist (inferred). The format of `updatedTime` was cut off too; assumed ISO 8601 like `createdTime`.

        Attributes:
            id (int): Person tag id.
            name (str): Person tag name.
            updated_user_name (str | None): User name of the last editor.
            updated_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
    """

    id: int
    name: str
    updated_user_name: str | None = None
    updated_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        updated_user_name = self.updated_user_name

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if updated_user_name is not None:
            field_dict["updatedUserName"] = updated_user_name
        if updated_time is not None:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        updated_user_name = d.pop("updatedUserName", None)

        updated_time = d.pop("updatedTime", None)

        person_tag_summary = cls(
            id=id,
            name=name,
            updated_user_name=updated_user_name,
            updated_time=updated_time,
        )

        person_tag_summary.additional_properties = d
        return person_tag_summary

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
