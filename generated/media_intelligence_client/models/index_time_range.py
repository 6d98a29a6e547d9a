from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexTimeRange")


@_attrs_define
class IndexTimeRange:
    """Inferred. A time range in the media, in milliseconds.

    Attributes:
        start_time_ms (int | None):
        end_time_ms (int | None):
    """

    start_time_ms: int | None = None
    end_time_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time_ms is not None:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not None:
            field_dict["endTimeMs"] = end_time_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time_ms = d.pop("startTimeMs", None)

        end_time_ms = d.pop("endTimeMs", None)

        index_time_range = cls(
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
        )

        index_time_range.additional_properties = d
        return index_time_range

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
