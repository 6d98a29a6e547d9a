from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TextClip")


@_attrs_define
class TextClip:
    """An ASR or OCR result.

    Attributes:
        from_ (float | None):
        to (float | None):
        clip_id (str | None):
        content (str | None):
        timestamp (float | None):
    """

    from_: float | None = None
    to: float | None = None
    clip_id: str | None = None
    content: str | None = None
    timestamp: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        clip_id = self.clip_id

        content = self.content

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not None:
            field_dict["From"] = from_
        if to is not None:
            field_dict["To"] = to
        if clip_id is not None:
            field_dict["ClipId"] = clip_id
        if content is not None:
            field_dict["Content"] = content
        if timestamp is not None:
            field_dict["Timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("From", None)

        to = d.pop("To", None)

        clip_id = d.pop("ClipId", None)

        content = d.pop("Content", None)

        timestamp = d.pop("Timestamp", None)

        text_clip = cls(
            from_=from_,
            to=to,
            clip_id=clip_id,
            content=content,
            timestamp=timestamp,
        )

        text_clip.additional_properties = d
        return text_clip

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
