from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.index_job_info import IndexJobInfo


T = TypeVar("T", bound="QueryMediaIndexJobResponse")


@_attrs_define
class QueryMediaIndexJobResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | None): `true`/`True` on success (a string).
        code (str | None): `200` on success (a string).
        index_job_info_list (list[IndexJobInfo] | None):
    """

    request_id: str
    success: str | None = None
    code: str | None = None
    index_job_info_list: list[IndexJobInfo] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        index_job_info_list: list[dict[str, Any]] | None = None
        if self.index_job_info_list is not None:
            index_job_info_list = []
            for index_job_info_list_item_data in self.index_job_info_list:
                index_job_info_list_item = index_job_info_list_item_data.to_dict()
                index_job_info_list.append(index_job_info_list_item)

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
        if index_job_info_list is not None:
            field_dict["IndexJobInfoList"] = index_job_info_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_job_info import IndexJobInfo

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", None)

        code = d.pop("Code", None)

        _index_job_info_list = d.pop("IndexJobInfoList", None)
        index_job_info_list: list[IndexJobInfo] | None = None
        if _index_job_info_list is not None:
            index_job_info_list = []
            for index_job_info_list_item_data in _index_job_info_list:
                index_job_info_list_item = IndexJobInfo.from_dict(index_job_info_list_item_data)

                index_job_info_list.append(index_job_info_list_item)

        query_media_index_job_response = cls(
            request_id=request_id,
            success=success,
            code=code,
            index_job_info_list=index_job_info_list,
        )

        query_media_index_job_response.additional_properties = d
        return query_media_index_job_response

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
