from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.confidence import Confidence

T = TypeVar("T", bound="SearchQueryOption")


@_attrs_define
class SearchQueryOption:
    """Options of the search.

    Attributes:
        confidence_level (Confidence | None): Similarity confidence level (threshold) of a search match. `MEDIUM` when
            omitted.
    """

    confidence_level: Confidence | None = None

    def to_dict(self) -> dict[str, Any]:
        confidence_level: str | None = None
        if self.confidence_level is not None:
            confidence_level = self.confidence_level.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if confidence_level is not None:
            field_dict["confidenceLevel"] = confidence_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _confidence_level = d.pop("confidenceLevel", None)
        confidence_level: Confidence | None
        if _confidence_level is None:
            confidence_level = None
        else:
            confidence_level = Confidence(_confidence_level)

        search_query_option = cls(
            confidence_level=confidence_level,
        )

        return search_query_option
