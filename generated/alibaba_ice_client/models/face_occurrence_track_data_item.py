from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_position import BoxPosition


T = TypeVar("T", bound="FaceOccurrenceTrackDataItem")


@_attrs_define
class FaceOccurrenceTrackDataItem:
    """
    Attributes:
        timestamp (float | Unset):
        box_position (BoxPosition | Unset):
    """

    timestamp: float | Unset = UNSET
    box_position: BoxPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        box_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.box_position, Unset):
            box_position = self.box_position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if box_position is not UNSET:
            field_dict["BoxPosition"] = box_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.box_position import BoxPosition

        d = dict(src_dict)
        timestamp = d.pop("Timestamp", UNSET)

        _box_position = d.pop("BoxPosition", UNSET)
        box_position: BoxPosition | Unset
        if isinstance(_box_position, Unset):
            box_position = UNSET
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
