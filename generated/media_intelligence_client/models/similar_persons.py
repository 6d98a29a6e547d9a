from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.similar_person import SimilarPerson


T = TypeVar("T", bound="SimilarPersons")


@_attrs_define
class SimilarPersons:
    """Persons similar to a base person, most similar first; empty when none reaches the threshold.

    Attributes:
        similar_persons (list[SimilarPerson]):
        person_id (int | None): Id of the base person.
    """

    similar_persons: list[SimilarPerson]
    person_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        similar_persons = []
        for similar_persons_item_data in self.similar_persons:
            similar_persons_item = similar_persons_item_data.to_dict()
            similar_persons.append(similar_persons_item)

        person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "similarPersons": similar_persons,
            }
        )
        if person_id is not None:
            field_dict["personId"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.similar_person import SimilarPerson

        d = dict(src_dict)
        similar_persons = []
        _similar_persons = d.pop("similarPersons")
        for similar_persons_item_data in _similar_persons:
            similar_persons_item = SimilarPerson.from_dict(similar_persons_item_data)

            similar_persons.append(similar_persons_item)

        person_id = d.pop("personId", None)

        similar_persons = cls(
            similar_persons=similar_persons,
            person_id=person_id,
        )

        similar_persons.additional_properties = d
        return similar_persons

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
