from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Track")


@_attrs_define
class Track:
    """
    Attributes:
        size (float | None):
        position (str | None): Bounding box `x1;y1;x2;y2`.
        timestamp (float | None):
    """

    size: float | None = None
    position: str | None = None
    timestamp: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        position = self.position

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not None:
            field_dict["Size"] = size
        if position is not None:
            field_dict["Position"] = position
        if timestamp is not None:
            field_dict["Timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        size = d.pop("Size", None)

        position = d.pop("Position", None)

        timestamp = d.pop("Timestamp", None)

        track = cls(
            size=size,
            position=position,
            timestamp=timestamp,
        )

        track.additional_properties = d
        return track

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
