from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_job_status import IndexJobStatus, check_index_job_status

T = TypeVar("T", bound="IndexJobInfo")


@_attrs_define
class IndexJobInfo:
    """
    Attributes:
        index_type (str | None):
        status (IndexJobStatus | None): The state of a media's index job (`Running`, `Fail`, `Success`).
        gmt_submit (str | None):
        gmt_finish (str | None):
    """

    index_type: str | None = None
    status: IndexJobStatus | None = None
    gmt_submit: str | None = None
    gmt_finish: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_type = self.index_type

        status: str | None = None
        if self.status is not None:
            status = self.status

        gmt_submit = self.gmt_submit

        gmt_finish = self.gmt_finish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_type is not None:
            field_dict["IndexType"] = index_type
        if status is not None:
            field_dict["Status"] = status
        if gmt_submit is not None:
            field_dict["GmtSubmit"] = gmt_submit
        if gmt_finish is not None:
            field_dict["GmtFinish"] = gmt_finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index_type = d.pop("IndexType", None)

        _status = d.pop("Status", None)
        status: IndexJobStatus | None
        if _status is None:
            status = None
        else:
            status = check_index_job_status(_status)

        gmt_submit = d.pop("GmtSubmit", None)

        gmt_finish = d.pop("GmtFinish", None)

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
