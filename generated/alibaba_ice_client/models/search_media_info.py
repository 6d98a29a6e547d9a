from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_rough_data import AiRoughData
    from ..models.index_status_entry import IndexStatusEntry
    from ..models.media_basic_info import MediaBasicInfo
    from ..models.search_media_ai_data import SearchMediaAiData
    from ..models.search_media_info_file_info_list_item import SearchMediaInfoFileInfoListItem


T = TypeVar("T", bound="SearchMediaInfo")


@_attrs_define
class SearchMediaInfo:
    """
    Attributes:
        media_id (str | Unset):
        media_basic_info (MediaBasicInfo | Unset):
        file_info_list (list[SearchMediaInfoFileInfoListItem] | Unset):
        ai_data (SearchMediaAiData | Unset):
        ai_rough_data (AiRoughData | Unset):
        index_status_list (list[IndexStatusEntry] | Unset):
        custom_fields (str | Unset): The media's custom fields, a JSON object as a string.
    """

    media_id: str | Unset = UNSET
    media_basic_info: MediaBasicInfo | Unset = UNSET
    file_info_list: list[SearchMediaInfoFileInfoListItem] | Unset = UNSET
    ai_data: SearchMediaAiData | Unset = UNSET
    ai_rough_data: AiRoughData | Unset = UNSET
    index_status_list: list[IndexStatusEntry] | Unset = UNSET
    custom_fields: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_basic_info, Unset):
            media_basic_info = self.media_basic_info.to_dict()

        file_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_info_list, Unset):
            file_info_list = []
            for file_info_list_item_data in self.file_info_list:
                file_info_list_item = file_info_list_item_data.to_dict()
                file_info_list.append(file_info_list_item)

        ai_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_data, Unset):
            ai_data = self.ai_data.to_dict()

        ai_rough_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_rough_data, Unset):
            ai_rough_data = self.ai_rough_data.to_dict()

        index_status_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.index_status_list, Unset):
            index_status_list = []
            for index_status_list_item_data in self.index_status_list:
                index_status_list_item = index_status_list_item_data.to_dict()
                index_status_list.append(index_status_list_item)

        custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["MediaId"] = media_id
        if media_basic_info is not UNSET:
            field_dict["MediaBasicInfo"] = media_basic_info
        if file_info_list is not UNSET:
            field_dict["FileInfoList"] = file_info_list
        if ai_data is not UNSET:
            field_dict["AiData"] = ai_data
        if ai_rough_data is not UNSET:
            field_dict["AiRoughData"] = ai_rough_data
        if index_status_list is not UNSET:
            field_dict["IndexStatusList"] = index_status_list
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_rough_data import AiRoughData
        from ..models.index_status_entry import IndexStatusEntry
        from ..models.media_basic_info import MediaBasicInfo
        from ..models.search_media_ai_data import SearchMediaAiData
        from ..models.search_media_info_file_info_list_item import SearchMediaInfoFileInfoListItem

        d = dict(src_dict)
        media_id = d.pop("MediaId", UNSET)

        _media_basic_info = d.pop("MediaBasicInfo", UNSET)
        media_basic_info: MediaBasicInfo | Unset
        if isinstance(_media_basic_info, Unset):
            media_basic_info = UNSET
        else:
            media_basic_info = MediaBasicInfo.from_dict(_media_basic_info)

        _file_info_list = d.pop("FileInfoList", UNSET)
        file_info_list: list[SearchMediaInfoFileInfoListItem] | Unset = UNSET
        if _file_info_list is not UNSET:
            file_info_list = []
            for file_info_list_item_data in _file_info_list:
                file_info_list_item = SearchMediaInfoFileInfoListItem.from_dict(file_info_list_item_data)

                file_info_list.append(file_info_list_item)

        _ai_data = d.pop("AiData", UNSET)
        ai_data: SearchMediaAiData | Unset
        if isinstance(_ai_data, Unset):
            ai_data = UNSET
        else:
            ai_data = SearchMediaAiData.from_dict(_ai_data)

        _ai_rough_data = d.pop("AiRoughData", UNSET)
        ai_rough_data: AiRoughData | Unset
        if isinstance(_ai_rough_data, Unset):
            ai_rough_data = UNSET
        else:
            ai_rough_data = AiRoughData.from_dict(_ai_rough_data)

        _index_status_list = d.pop("IndexStatusList", UNSET)
        index_status_list: list[IndexStatusEntry] | Unset = UNSET
        if _index_status_list is not UNSET:
            index_status_list = []
            for index_status_list_item_data in _index_status_list:
                index_status_list_item = IndexStatusEntry.from_dict(index_status_list_item_data)

                index_status_list.append(index_status_list_item)

        custom_fields = d.pop("CustomFields", UNSET)

        search_media_info = cls(
            media_id=media_id,
            media_basic_info=media_basic_info,
            file_info_list=file_info_list,
            ai_data=ai_data,
            ai_rough_data=ai_rough_data,
            index_status_list=index_status_list,
            custom_fields=custom_fields,
        )

        search_media_info.additional_properties = d
        return search_media_info

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
