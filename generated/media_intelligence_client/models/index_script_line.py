from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexScriptLine")


@_attrs_define
class IndexScriptLine:
    """Inferred. One line of dialogue (speech-to-text) with its speaker and time range.

    Attributes:
        speaker (str | None):
        text (str | None):
        start_time_ms (int | None):
        end_time_ms (int | None):
    """

    speaker: str | None = None
    text: str | None = None
    start_time_ms: int | None = None
    end_time_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker = self.speaker

        text = self.text

        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speaker is not None:
            field_dict["speaker"] = speaker
        if text is not None:
            field_dict["text"] = text
        if start_time_ms is not None:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not None:
            field_dict["endTimeMs"] = end_time_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        speaker = d.pop("speaker", None)

        text = d.pop("text", None)

        start_time_ms = d.pop("startTimeMs", None)

        end_time_ms = d.pop("endTimeMs", None)

        index_script_line = cls(
            speaker=speaker,
            text=text,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
        )

        index_script_line.additional_properties = d
        return index_script_line

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
