from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileBasicInfo")


@_attrs_define
class FileBasicInfo:
    """
    Attributes:
        file_name (str | None):
        file_status (str | None):
        file_type (str | None):
        file_size (str | None): Bytes, a decimal string.
        file_url (str | None):
        region (str | None):
        format_name (str | None):
        duration (str | None): Seconds, a decimal string.
        bitrate (str | None):
        width (str | None):
        height (str | None):
        create_time (str | None):
        modified_time (str | None):
        images_input (str | None):
    """

    file_name: str | None = None
    file_status: str | None = None
    file_type: str | None = None
    file_size: str | None = None
    file_url: str | None = None
    region: str | None = None
    format_name: str | None = None
    duration: str | None = None
    bitrate: str | None = None
    width: str | None = None
    height: str | None = None
    create_time: str | None = None
    modified_time: str | None = None
    images_input: str | None = None
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
        if file_name is not None:
            field_dict["FileName"] = file_name
        if file_status is not None:
            field_dict["FileStatus"] = file_status
        if file_type is not None:
            field_dict["FileType"] = file_type
        if file_size is not None:
            field_dict["FileSize"] = file_size
        if file_url is not None:
            field_dict["FileUrl"] = file_url
        if region is not None:
            field_dict["Region"] = region
        if format_name is not None:
            field_dict["FormatName"] = format_name
        if duration is not None:
            field_dict["Duration"] = duration
        if bitrate is not None:
            field_dict["Bitrate"] = bitrate
        if width is not None:
            field_dict["Width"] = width
        if height is not None:
            field_dict["Height"] = height
        if create_time is not None:
            field_dict["CreateTime"] = create_time
        if modified_time is not None:
            field_dict["ModifiedTime"] = modified_time
        if images_input is not None:
            field_dict["ImagesInput"] = images_input

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("FileName", None)

        file_status = d.pop("FileStatus", None)

        file_type = d.pop("FileType", None)

        file_size = d.pop("FileSize", None)

        file_url = d.pop("FileUrl", None)

        region = d.pop("Region", None)

        format_name = d.pop("FormatName", None)

        duration = d.pop("Duration", None)

        bitrate = d.pop("Bitrate", None)

        width = d.pop("Width", None)

        height = d.pop("Height", None)

        create_time = d.pop("CreateTime", None)

        modified_time = d.pop("ModifiedTime", None)

        images_input = d.pop("ImagesInput", None)

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
