from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_job_status import IndexJobStatus, check_index_job_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexJobInfo")


@_attrs_define
class IndexJobInfo:
    """
    Attributes:
        index_type (str | Unset):
        status (IndexJobStatus | Unset): The state of a media's index job (`Running`, `Fail`, `Success`).
        gmt_submit (str | Unset):
        gmt_finish (str | Unset):
    """

    index_type: str | Unset = UNSET
    status: IndexJobStatus | Unset = UNSET
    gmt_submit: str | Unset = UNSET
    gmt_finish: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_type = self.index_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        gmt_submit = self.gmt_submit

        gmt_finish = self.gmt_finish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_type is not UNSET:
            field_dict["IndexType"] = index_type
        if status is not UNSET:
            field_dict["Status"] = status
        if gmt_submit is not UNSET:
            field_dict["GmtSubmit"] = gmt_submit
        if gmt_finish is not UNSET:
            field_dict["GmtFinish"] = gmt_finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index_type = d.pop("IndexType", UNSET)

        _status = d.pop("Status", UNSET)
        status: IndexJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_index_job_status(_status)

        gmt_submit = d.pop("GmtSubmit", UNSET)

        gmt_finish = d.pop("GmtFinish", UNSET)

        index_job_info = cls(
            index_type=index_type,
            status=status,
            gmt_submit=gmt_submit,
            gmt_finish=gmt_finish,
        )

        index_job_info.additional_properties = d
        return index_job_info

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
