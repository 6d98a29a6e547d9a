from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexScenePerson")


@_attrs_define
class IndexScenePerson:
    """Inferred. A person appearing in a scene.

    Attributes:
        person_id (int | None): Id of the registered person, when recognised.
        name (str | None):
    """

    person_id: int | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not None:
            field_dict["personId"] = person_id
        if name is not None:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_id = d.pop("personId", None)

        name = d.pop("name", None)

        index_scene_person = cls(
            person_id=person_id,
            name=name,
        )

        index_scene_person.additional_properties = d
        return index_scene_person

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
