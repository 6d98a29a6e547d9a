from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_basic_info import FileBasicInfo


T = TypeVar("T", bound="SearchMediaInfoFileInfoListItem")


@_attrs_define
class SearchMediaInfoFileInfoListItem:
    """
    Attributes:
        file_basic_info (FileBasicInfo | None):
    """

    file_basic_info: FileBasicInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_basic_info: dict[str, Any] | None = None
        if self.file_basic_info is not None:
            file_basic_info = self.file_basic_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_basic_info is not None:
            field_dict["FileBasicInfo"] = file_basic_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_basic_info import FileBasicInfo

        d = dict(src_dict)
        _file_basic_info = d.pop("FileBasicInfo", None)
        file_basic_info: FileBasicInfo | None
        if _file_basic_info is None:
            file_basic_info = None
        else:
            file_basic_info = FileBasicInfo.from_dict(_file_basic_info)

        search_media_info_file_info_list_item = cls(
            file_basic_info=file_basic_info,
        )

        search_media_info_file_info_list_item.additional_properties = d
        return search_media_info_file_info_list_item

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
