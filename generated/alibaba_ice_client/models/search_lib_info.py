from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.index_info import IndexInfo


T = TypeVar("T", bound="SearchLibInfo")


@_attrs_define
class SearchLibInfo:
    """
    Attributes:
        search_lib_name (str | None):
        status (str | None):
        search_lib_config (str | None):
        index_info (list[IndexInfo] | None):
    """

    search_lib_name: str | None = None
    status: str | None = None
    search_lib_config: str | None = None
    index_info: list[IndexInfo] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_lib_name = self.search_lib_name

        status = self.status

        search_lib_config = self.search_lib_config

        index_info: list[dict[str, Any]] | None = None
        if self.index_info is not None:
            index_info = []
            for index_info_item_data in self.index_info:
                index_info_item = index_info_item_data.to_dict()
                index_info.append(index_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_lib_name is not None:
            field_dict["SearchLibName"] = search_lib_name
        if status is not None:
            field_dict["Status"] = status
        if search_lib_config is not None:
            field_dict["SearchLibConfig"] = search_lib_config
        if index_info is not None:
            field_dict["IndexInfo"] = index_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_info import IndexInfo

        d = dict(src_dict)
        search_lib_name = d.pop("SearchLibName", None)

        status = d.pop("Status", None)

        search_lib_config = d.pop("SearchLibConfig", None)

        _index_info = d.pop("IndexInfo", None)
        index_info: list[IndexInfo] | None = None
        if _index_info is not None:
            index_info = []
            for index_info_item_data in _index_info:
                index_info_item = IndexInfo.from_dict(index_info_item_data)

                index_info.append(index_info_item)

        search_lib_info = cls(
            search_lib_name=search_lib_name,
            status=status,
            search_lib_config=search_lib_config,
            index_info=index_info,
        )

        search_lib_info.additional_properties = d
        return search_lib_info

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
