from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_rough_data import AiRoughData
    from ..models.media_basic_info import MediaBasicInfo
    from ..models.media_file_info import MediaFileInfo


T = TypeVar("T", bound="GetMediaInfoResponseMediaInfo")


@_attrs_define
class GetMediaInfoResponseMediaInfo:
    """
    Attributes:
        media_id (str | None):
        media_basic_info (MediaBasicInfo | None):
        file_info_list (list[MediaFileInfo] | None):
        ai_rough_data (AiRoughData | None):
    """

    media_id: str | None = None
    media_basic_info: MediaBasicInfo | None = None
    file_info_list: list[MediaFileInfo] | None = None
    ai_rough_data: AiRoughData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_basic_info: dict[str, Any] | None = None
        if self.media_basic_info is not None:
            media_basic_info = self.media_basic_info.to_dict()

        file_info_list: list[dict[str, Any]] | None = None
        if self.file_info_list is not None:
            file_info_list = []
            for file_info_list_item_data in self.file_info_list:
                file_info_list_item = file_info_list_item_data.to_dict()
                file_info_list.append(file_info_list_item)

        ai_rough_data: dict[str, Any] | None = None
        if self.ai_rough_data is not None:
            ai_rough_data = self.ai_rough_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not None:
            field_dict["MediaId"] = media_id
        if media_basic_info is not None:
            field_dict["MediaBasicInfo"] = media_basic_info
        if file_info_list is not None:
            field_dict["FileInfoList"] = file_info_list
        if ai_rough_data is not None:
            field_dict["AiRoughData"] = ai_rough_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_rough_data import AiRoughData
        from ..models.media_basic_info import MediaBasicInfo
        from ..models.media_file_info import MediaFileInfo

        d = dict(src_dict)
        media_id = d.pop("MediaId", None)

        _media_basic_info = d.pop("MediaBasicInfo", None)
        media_basic_info: MediaBasicInfo | None
        if _media_basic_info is None:
            media_basic_info = None
        else:
            media_basic_info = MediaBasicInfo.from_dict(_media_basic_info)

        _file_info_list = d.pop("FileInfoList", None)
        file_info_list: list[MediaFileInfo] | None = None
        if _file_info_list is not None:
            file_info_list = []
            for file_info_list_item_data in _file_info_list:
                file_info_list_item = MediaFileInfo.from_dict(file_info_list_item_data)

                file_info_list.append(file_info_list_item)

        _ai_rough_data = d.pop("AiRoughData", None)
        ai_rough_data: AiRoughData | None
        if _ai_rough_data is None:
            ai_rough_data = None
        else:
            ai_rough_data = AiRoughData.from_dict(_ai_rough_data)

        get_media_info_response_media_info = cls(
            media_id=media_id,
            media_basic_info=media_basic_info,
            file_info_list=file_info_list,
            ai_rough_data=ai_rough_data,
        )

        get_media_info_response_media_info.additional_properties = d
        return get_media_info_response_media_info

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
