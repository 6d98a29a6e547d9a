from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_lib_info import SearchLibInfo


T = TypeVar("T", bound="ListSearchLibResponse")


@_attrs_define
class ListSearchLibResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | None): `true`/`True` on success (a string).
        code (str | None): `200` on success (a string).
        search_lib_info_list (list[SearchLibInfo] | None):
        total (int | None):
    """

    request_id: str
    success: str | None = None
    code: str | None = None
    search_lib_info_list: list[SearchLibInfo] | None = None
    total: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        search_lib_info_list: list[dict[str, Any]] | None = None
        if self.search_lib_info_list is not None:
            search_lib_info_list = []
            for search_lib_info_list_item_data in self.search_lib_info_list:
                search_lib_info_list_item = search_lib_info_list_item_data.to_dict()
                search_lib_info_list.append(search_lib_info_list_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if success is not None:
            field_dict["Success"] = success
        if code is not None:
            field_dict["Code"] = code
        if search_lib_info_list is not None:
            field_dict["SearchLibInfoList"] = search_lib_info_list
        if total is not None:
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_lib_info import SearchLibInfo

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", None)

        code = d.pop("Code", None)

        _search_lib_info_list = d.pop("SearchLibInfoList", None)
        search_lib_info_list: list[SearchLibInfo] | None = None
        if _search_lib_info_list is not None:
            search_lib_info_list = []
            for search_lib_info_list_item_data in _search_lib_info_list:
                search_lib_info_list_item = SearchLibInfo.from_dict(search_lib_info_list_item_data)

                search_lib_info_list.append(search_lib_info_list_item)

        total = d.pop("Total", None)

        list_search_lib_response = cls(
            request_id=request_id,
            success=success,
            code=code,
            search_lib_info_list=search_lib_info_list,
            total=total,
        )

        list_search_lib_response.additional_properties = d
        return list_search_lib_response

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
