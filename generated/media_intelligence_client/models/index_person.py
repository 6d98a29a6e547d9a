from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.index_time_range import IndexTimeRange


T = TypeVar("T", bound="IndexPerson")


@_attrs_define
class IndexPerson:
    """Inferred. A person recognised in the media, with the time ranges where they appear.

    Attributes:
        person_id (int | None):
        name (str | None):
        appearances (list[IndexTimeRange] | None):
    """

    person_id: int | None = None
    name: str | None = None
    appearances: list[IndexTimeRange] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        name = self.name

        appearances: list[dict[str, Any]] | None = None
        if self.appearances is not None:
            appearances = []
            for appearances_item_data in self.appearances:
                appearances_item = appearances_item_data.to_dict()
                appearances.append(appearances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not None:
            field_dict["personId"] = person_id
        if name is not None:
            field_dict["name"] = name
        if appearances is not None:
            field_dict["appearances"] = appearances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_time_range import IndexTimeRange

        d = dict(src_dict)
        person_id = d.pop("personId", None)

        name = d.pop("name", None)

        _appearances = d.pop("appearances", None)
        appearances: list[IndexTimeRange] | None = None
        if _appearances is not None:
            appearances = []
            for appearances_item_data in _appearances:
                appearances_item = IndexTimeRange.from_dict(appearances_item_data)

                appearances.append(appearances_item)

        index_person = cls(
            person_id=person_id,
            name=name,
            appearances=appearances,
        )

        index_person.additional_properties = d
        return index_person

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
