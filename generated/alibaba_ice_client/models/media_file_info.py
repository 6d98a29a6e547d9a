from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_basic_info import FileBasicInfo
    from ..models.stream_info import StreamInfo


T = TypeVar("T", bound="MediaFileInfo")


@_attrs_define
class MediaFileInfo:
    """
    Attributes:
        file_basic_info (FileBasicInfo | None):
        video_stream_info_list (list[StreamInfo] | None):
        audio_stream_info_list (list[StreamInfo] | None):
        subtitle_stream_info_list (list[StreamInfo] | None):
    """

    file_basic_info: FileBasicInfo | None = None
    video_stream_info_list: list[StreamInfo] | None = None
    audio_stream_info_list: list[StreamInfo] | None = None
    subtitle_stream_info_list: list[StreamInfo] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_basic_info: dict[str, Any] | None = None
        if self.file_basic_info is not None:
            file_basic_info = self.file_basic_info.to_dict()

        video_stream_info_list: list[dict[str, Any]] | None = None
        if self.video_stream_info_list is not None:
            video_stream_info_list = []
            for video_stream_info_list_item_data in self.video_stream_info_list:
                video_stream_info_list_item = video_stream_info_list_item_data.to_dict()
                video_stream_info_list.append(video_stream_info_list_item)

        audio_stream_info_list: list[dict[str, Any]] | None = None
        if self.audio_stream_info_list is not None:
            audio_stream_info_list = []
            for audio_stream_info_list_item_data in self.audio_stream_info_list:
                audio_stream_info_list_item = audio_stream_info_list_item_data.to_dict()
                audio_stream_info_list.append(audio_stream_info_list_item)

        subtitle_stream_info_list: list[dict[str, Any]] | None = None
        if self.subtitle_stream_info_list is not None:
            subtitle_stream_info_list = []
            for subtitle_stream_info_list_item_data in self.subtitle_stream_info_list:
                subtitle_stream_info_list_item = subtitle_stream_info_list_item_data.to_dict()
                subtitle_stream_info_list.append(subtitle_stream_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_basic_info is not None:
            field_dict["FileBasicInfo"] = file_basic_info
        if video_stream_info_list is not None:
            field_dict["VideoStreamInfoList"] = video_stream_info_list
        if audio_stream_info_list is not None:
            field_dict["AudioStreamInfoList"] = audio_stream_info_list
        if subtitle_stream_info_list is not None:
            field_dict["SubtitleStreamInfoList"] = subtitle_stream_info_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_basic_info import FileBasicInfo
        from ..models.stream_info import StreamInfo

        d = dict(src_dict)
        _file_basic_info = d.pop("FileBasicInfo", None)
        file_basic_info: FileBasicInfo | None
        if _file_basic_info is None:
            file_basic_info = None
        else:
            file_basic_info = FileBasicInfo.from_dict(_file_basic_info)

        _video_stream_info_list = d.pop("VideoStreamInfoList", None)
        video_stream_info_list: list[StreamInfo] | None = None
        if _video_stream_info_list is not None:
            video_stream_info_list = []
            for video_stream_info_list_item_data in _video_stream_info_list:
                video_stream_info_list_item = StreamInfo.from_dict(video_stream_info_list_item_data)

                video_stream_info_list.append(video_stream_info_list_item)

        _audio_stream_info_list = d.pop("AudioStreamInfoList", None)
        audio_stream_info_list: list[StreamInfo] | None = None
        if _audio_stream_info_list is not None:
            audio_stream_info_list = []
            for audio_stream_info_list_item_data in _audio_stream_info_list:
                audio_stream_info_list_item = StreamInfo.from_dict(audio_stream_info_list_item_data)

                audio_stream_info_list.append(audio_stream_info_list_item)

        _subtitle_stream_info_list = d.pop("SubtitleStreamInfoList", None)
        subtitle_stream_info_list: list[StreamInfo] | None = None
        if _subtitle_stream_info_list is not None:
            subtitle_stream_info_list = []
            for subtitle_stream_info_list_item_data in _subtitle_stream_info_list:
                subtitle_stream_info_list_item = StreamInfo.from_dict(subtitle_stream_info_list_item_data)

                subtitle_stream_info_list.append(subtitle_stream_info_list_item)

        media_file_info = cls(
            file_basic_info=file_basic_info,
            video_stream_info_list=video_stream_info_list,
            audio_stream_info_list=audio_stream_info_list,
            subtitle_stream_info_list=subtitle_stream_info_list,
        )

        media_file_info.additional_properties = d
        return media_file_info

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
