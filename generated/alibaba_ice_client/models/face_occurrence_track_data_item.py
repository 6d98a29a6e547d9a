from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.box_position import BoxPosition


T = TypeVar("T", bound="FaceOccurrenceTrackDataItem")


@_attrs_define
class FaceOccurrenceTrackDataItem:
    """
    Attributes:
        timestamp (float | None):
        box_position (BoxPosition | None):
    """

    timestamp: float | None = None
    box_position: BoxPosition | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        box_position: dict[str, Any] | None = None
        if self.box_position is not None:
            box_position = self.box_position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not None:
            field_dict["Timestamp"] = timestamp
        if box_position is not None:
            field_dict["BoxPosition"] = box_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.box_position import BoxPosition

        d = dict(src_dict)
        timestamp = d.pop("Timestamp", None)

        _box_position = d.pop("BoxPosition", None)
        box_position: BoxPosition | None
        if _box_position is None:
            box_position = None
        else:
            box_position = BoxPosition.from_dict(_box_position)

        face_occurrence_track_data_item = cls(
            timestamp=timestamp,
            box_position=box_position,
        )

        face_occurrence_track_data_item.additional_properties = d
        return face_occurrence_track_data_item

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
