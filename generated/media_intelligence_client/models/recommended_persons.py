from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.similar_person import SimilarPerson


T = TypeVar("T", bound="RecommendedPersons")


@_attrs_define
class RecommendedPersons:
    """Registered persons matching an uploaded face image, at or above the score threshold. The response
    table is not visible on the page, so the fields are unknown; the list is expected to hold items like
    SimilarPerson (an empty list means no match). The list's name follows the example of the page
    (`similarPersons`, inferred) and it is optional; unknown fields are accepted.

        Attributes:
            similar_persons (list[SimilarPerson] | None): Matching registered persons, best match first (inferred).
    """

    similar_persons: list[SimilarPerson] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        similar_persons: list[dict[str, Any]] | None = None
        if self.similar_persons is not None:
            similar_persons = []
            for similar_persons_item_data in self.similar_persons:
                similar_persons_item = similar_persons_item_data.to_dict()
                similar_persons.append(similar_persons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if similar_persons is not None:
            field_dict["similarPersons"] = similar_persons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.similar_person import SimilarPerson

        d = dict(src_dict)
        _similar_persons = d.pop("similarPersons", None)
        similar_persons: list[SimilarPerson] | None = None
        if _similar_persons is not None:
            similar_persons = []
            for similar_persons_item_data in _similar_persons:
                similar_persons_item = SimilarPerson.from_dict(similar_persons_item_data)

                similar_persons.append(similar_persons_item)

        recommended_persons = cls(
            similar_persons=similar_persons,
        )

        recommended_persons.additional_properties = d
        return recommended_persons

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
