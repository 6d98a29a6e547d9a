from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexKeyword")


@_attrs_define
class IndexKeyword:
    """Inferred. A keyword (label) detected in a scene; filtered by `confidence_level`.

    Attributes:
        keyword (str | None):
        category (str | None): Kind of keyword, e.g. OBJECT, ACTION or PLACE (values not confirmed).
        confidence (float | None): Detection confidence.
    """

    keyword: str | None = None
    category: str | None = None
    confidence: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        category = self.category

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not None:
            field_dict["keyword"] = keyword
        if category is not None:
            field_dict["category"] = category
        if confidence is not None:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        keyword = d.pop("keyword", None)

        category = d.pop("category", None)

        confidence = d.pop("confidence", None)

        index_keyword = cls(
            keyword=keyword,
            category=category,
            confidence=confidence,
        )

        index_keyword.additional_properties = d
        return index_keyword

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
