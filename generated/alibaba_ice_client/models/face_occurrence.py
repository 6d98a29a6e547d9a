from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.face_occurrence_track_data_item import FaceOccurrenceTrackDataItem


T = TypeVar("T", bound="FaceOccurrence")


@_attrs_define
class FaceOccurrence:
    """
    Attributes:
        start_time (float | None): Seconds.
        end_time (float | None): Seconds.
        expression (str | None):
        track_data (list[FaceOccurrenceTrackDataItem] | None):
    """

    start_time: float | None = None
    end_time: float | None = None
    expression: str | None = None
    track_data: list[FaceOccurrenceTrackDataItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        expression = self.expression

        track_data: list[dict[str, Any]] | None = None
        if self.track_data is not None:
            track_data = []
            for track_data_item_data in self.track_data:
                track_data_item = track_data_item_data.to_dict()
                track_data.append(track_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not None:
            field_dict["StartTime"] = start_time
        if end_time is not None:
            field_dict["EndTime"] = end_time
        if expression is not None:
            field_dict["Expression"] = expression
        if track_data is not None:
            field_dict["TrackData"] = track_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_occurrence_track_data_item import FaceOccurrenceTrackDataItem

        d = dict(src_dict)
        start_time = d.pop("StartTime", None)

        end_time = d.pop("EndTime", None)

        expression = d.pop("Expression", None)

        _track_data = d.pop("TrackData", None)
        track_data: list[FaceOccurrenceTrackDataItem] | None = None
        if _track_data is not None:
            track_data = []
            for track_data_item_data in _track_data:
                track_data_item = FaceOccurrenceTrackDataItem.from_dict(track_data_item_data)

                track_data.append(track_data_item)

        face_occurrence = cls(
            start_time=start_time,
            end_time=end_time,
            expression=expression,
            track_data=track_data,
        )

        face_occurrence.additional_properties = d
        return face_occurrence

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
