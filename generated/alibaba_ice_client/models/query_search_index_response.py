from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuerySearchIndexResponse")


@_attrs_define
class QuerySearchIndexResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | None): `true`/`True` on success (a string).
        code (str | None): `200` on success (a string).
        search_lib_name (str | None):
        index_type (str | None):
        index_status (str | None):
        media_total (str | None): Number of media in the index (a decimal string).
    """

    request_id: str
    success: str | None = None
    code: str | None = None
    search_lib_name: str | None = None
    index_type: str | None = None
    index_status: str | None = None
    media_total: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        search_lib_name = self.search_lib_name

        index_type = self.index_type

        index_status = self.index_status

        media_total = self.media_total

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
        if search_lib_name is not None:
            field_dict["SearchLibName"] = search_lib_name
        if index_type is not None:
            field_dict["IndexType"] = index_type
        if index_status is not None:
            field_dict["IndexStatus"] = index_status
        if media_total is not None:
            field_dict["MediaTotal"] = media_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", None)

        code = d.pop("Code", None)

        search_lib_name = d.pop("SearchLibName", None)

        index_type = d.pop("IndexType", None)

        index_status = d.pop("IndexStatus", None)

        media_total = d.pop("MediaTotal", None)

        query_search_index_response = cls(
            request_id=request_id,
            success=success,
            code=code,
            search_lib_name=search_lib_name,
            index_type=index_type,
            index_status=index_status,
            media_total=media_total,
        )

        query_search_index_response.additional_properties = d
        return query_search_index_response

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
