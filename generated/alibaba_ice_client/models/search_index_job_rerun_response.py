from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_index_job_rerun_response_data import SearchIndexJobRerunResponseData


T = TypeVar("T", bound="SearchIndexJobRerunResponse")


@_attrs_define
class SearchIndexJobRerunResponse:
    """
    Attributes:
        request_id (str): The request ID.
        success (str | None): `true`/`True` on success (a string).
        code (str | None): `200` on success (a string).
        data (SearchIndexJobRerunResponseData | None):
    """

    request_id: str
    success: str | None = None
    code: str | None = None
    data: SearchIndexJobRerunResponseData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        success = self.success

        code = self.code

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

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
        if data is not None:
            field_dict["Data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_index_job_rerun_response_data import SearchIndexJobRerunResponseData

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        success = d.pop("Success", None)

        code = d.pop("Code", None)

        _data = d.pop("Data", None)
        data: SearchIndexJobRerunResponseData | None
        if _data is None:
            data = None
        else:
            data = SearchIndexJobRerunResponseData.from_dict(_data)

        search_index_job_rerun_response = cls(
            request_id=request_id,
            success=success,
            code=code,
            data=data,
        )

        search_index_job_rerun_response.additional_properties = d
        return search_index_job_rerun_response

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
