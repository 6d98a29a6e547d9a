from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SimilarPerson")


@_attrs_define
class SimilarPerson:
    """A person similar to the base person. The item table was cut off after `personId`; a score and other
    fields likely follow and arrive as unknown fields (inferred).

        Attributes:
            person_id (int): Id of the similar person.
            name (None | str): Name of the similar person (inferred; null for an anonymous person).
            score (float | None): Similarity score, higher is more similar. Name and scale are inferred: the documented
                `scoreThreshold` of recommendPersonsByThumbnail runs from 80 to 100, so a score on that 0-100
                scale is likely, but no page shows one; no upper bound is enforced here.
            explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
                (both read as None). from_dict fills it; to_dict sends null for them.
    """

    person_id: int
    name: None | str = None
    score: float | None = None
    explicit_nulls: set[str] = _attrs_field(factory=set, kw_only=True)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        name: None | str
        if self.name is None:
            name = None
        else:
            name = self.name

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personId": person_id,
            }
        )
        if name is not None:
            field_dict["name"] = name
        elif "name" in self.explicit_nulls:
            field_dict["name"] = None
        if score is not None:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        explicit_nulls = {name for key, name in (("name", "name"),) if key in d and d[key] is None}
        person_id = d.pop("personId")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        score = d.pop("score", None)

        similar_person = cls(
            person_id=person_id,
            name=name,
            score=score,
            explicit_nulls=explicit_nulls,
        )

        similar_person.additional_properties = d
        return similar_person

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
