from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileBasicInfo")


@_attrs_define
class FileBasicInfo:
    """
    Attributes:
        file_name (str | Unset):
        file_status (str | Unset):
        file_type (str | Unset):
        file_size (str | Unset): Bytes, a decimal string.
        file_url (str | Unset):
        region (str | Unset):
        format_name (str | Unset):
        duration (str | Unset): Seconds, a decimal string.
        bitrate (str | Unset):
        width (str | Unset):
        height (str | Unset):
        create_time (str | Unset):
        modified_time (str | Unset):
        images_input (str | Unset):
    """

    file_name: str | Unset = UNSET
    file_status: str | Unset = UNSET
    file_type: str | Unset = UNSET
    file_size: str | Unset = UNSET
    file_url: str | Unset = UNSET
    region: str | Unset = UNSET
    format_name: str | Unset = UNSET
    duration: str | Unset = UNSET
    bitrate: str | Unset = UNSET
    width: str | Unset = UNSET
    height: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modified_time: str | Unset = UNSET
    images_input: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_status = self.file_status

        file_type = self.file_type

        file_size = self.file_size

        file_url = self.file_url

        region = self.region

        format_name = self.format_name

        duration = self.duration

        bitrate = self.bitrate

        width = self.width

        height = self.height

        create_time = self.create_time

        modified_time = self.modified_time

        images_input = self.images_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["FileName"] = file_name
        if file_status is not UNSET:
            field_dict["FileStatus"] = file_status
        if file_type is not UNSET:
            field_dict["FileType"] = file_type
        if file_size is not UNSET:
            field_dict["FileSize"] = file_size
        if file_url is not UNSET:
            field_dict["FileUrl"] = file_url
        if region is not UNSET:
            field_dict["Region"] = region
        if format_name is not UNSET:
            field_dict["FormatName"] = format_name
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if bitrate is not UNSET:
            field_dict["Bitrate"] = bitrate
        if width is not UNSET:
            field_dict["Width"] = width
        if height is not UNSET:
            field_dict["Height"] = height
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if modified_time is not UNSET:
            field_dict["ModifiedTime"] = modified_time
        if images_input is not UNSET:
            field_dict["ImagesInput"] = images_input

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("FileName", UNSET)

        file_status = d.pop("FileStatus", UNSET)

        file_type = d.pop("FileType", UNSET)

        file_size = d.pop("FileSize", UNSET)

        file_url = d.pop("FileUrl", UNSET)

        region = d.pop("Region", UNSET)

        format_name = d.pop("FormatName", UNSET)

        duration = d.pop("Duration", UNSET)

        bitrate = d.pop("Bitrate", UNSET)

        width = d.pop("Width", UNSET)

        height = d.pop("Height", UNSET)

        create_time = d.pop("CreateTime", UNSET)

        modified_time = d.pop("ModifiedTime", UNSET)

        images_input = d.pop("ImagesInput", UNSET)

        file_basic_info = cls(
            file_name=file_name,
            file_status=file_status,
            file_type=file_type,
            file_size=file_size,
            file_url=file_url,
            region=region,
            format_name=format_name,
            duration=duration,
            bitrate=bitrate,
            width=width,
            height=height,
            create_time=create_time,
            modified_time=modified_time,
            images_input=images_input,
        )

        file_basic_info.additional_properties = d
        return file_basic_info

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
