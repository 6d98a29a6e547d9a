from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_job_status import IndexJobStatus, check_index_job_status
from ..models.index_type import IndexType, check_index_type

T = TypeVar("T", bound="IndexStatusEntry")


@_attrs_define
class IndexStatusEntry:
    """
    Attributes:
        index_type (IndexType | None): `mm` (large model), `face`, `aiLabel` (smart tagging).
        index_status (IndexJobStatus | None): The state of a media's index job (`Running`, `Fail`, `Success`).
    """

    index_type: IndexType | None = None
    index_status: IndexJobStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_type: str | None = None
        if self.index_type is not None:
            index_type = self.index_type

        index_status: str | None = None
        if self.index_status is not None:
            index_status = self.index_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_type is not None:
            field_dict["IndexType"] = index_type
        if index_status is not None:
            field_dict["IndexStatus"] = index_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _index_type = d.pop("IndexType", None)
        index_type: IndexType | None
        if _index_type is None:
            index_type = None
        else:
            index_type = check_index_type(_index_type)

        _index_status = d.pop("IndexStatus", None)
        index_status: IndexJobStatus | None
        if _index_status is None:
            index_status = None
        else:
            index_status = check_index_job_status(_index_status)

        index_status_entry = cls(
            index_type=index_type,
            index_status=index_status,
        )

        index_status_entry.additional_properties = d
        return index_status_entry

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
