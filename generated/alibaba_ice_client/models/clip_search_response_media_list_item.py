from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clip_score import ClipScore


T = TypeVar("T", bound="ClipSearchResponseMediaListItem")


@_attrs_define
class ClipSearchResponseMediaListItem:
    """
    Attributes:
        media_id (str | None):
        clip_info (list[ClipScore] | None):
    """

    media_id: str | None = None
    clip_info: list[ClipScore] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        clip_info: list[dict[str, Any]] | None = None
        if self.clip_info is not None:
            clip_info = []
            for clip_info_item_data in self.clip_info:
                clip_info_item = clip_info_item_data.to_dict()
                clip_info.append(clip_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not None:
            field_dict["MediaId"] = media_id
        if clip_info is not None:
            field_dict["ClipInfo"] = clip_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clip_score import ClipScore

        d = dict(src_dict)
        media_id = d.pop("MediaId", None)

        _clip_info = d.pop("ClipInfo", None)
        clip_info: list[ClipScore] | None = None
        if _clip_info is not None:
            clip_info = []
            for clip_info_item_data in _clip_info:
                clip_info_item = ClipScore.from_dict(clip_info_item_data)

                clip_info.append(clip_info_item)

        clip_search_response_media_list_item = cls(
            media_id=media_id,
            clip_info=clip_info,
        )

        clip_search_response_media_list_item.additional_properties = d
        return clip_search_response_media_list_item

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
