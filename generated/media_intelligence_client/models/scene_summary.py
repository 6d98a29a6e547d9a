from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SceneSummary")


@_attrs_define
class SceneSummary:
    """Inferred. The summary of one scene. The provider's item table could not be read; `sceneId`, the time
    range and `summary` are assumed names, all optional.

        Attributes:
            scene_id (int | None): Scene number (as in the index and in `sceneIds`).
            start_time_ms (int | None): Start of the scene, milliseconds from the beginning of the media.
            end_time_ms (int | None): End of the scene, milliseconds from the beginning of the media.
            summary (str | None): Natural-language summary of the scene (in the run's `locale`).
    """

    scene_id: int | None = None
    start_time_ms: int | None = None
    end_time_ms: int | None = None
    summary: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_id = self.scene_id

        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scene_id is not None:
            field_dict["sceneId"] = scene_id
        if start_time_ms is not None:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not None:
            field_dict["endTimeMs"] = end_time_ms
        if summary is not None:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scene_id = d.pop("sceneId", None)

        start_time_ms = d.pop("startTimeMs", None)

        end_time_ms = d.pop("endTimeMs", None)

        summary = d.pop("summary", None)

        scene_summary = cls(
            scene_id=scene_id,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            summary=summary,
        )

        scene_summary.additional_properties = d
        return scene_summary

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
