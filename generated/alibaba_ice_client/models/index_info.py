from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexInfo")


@_attrs_define
class IndexInfo:
    """
    Attributes:
        index_type (str | None):
        index_status (str | None):
        index_readiness (str | None):
    """

    index_type: str | None = None
    index_status: str | None = None
    index_readiness: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_type = self.index_type

        index_status = self.index_status

        index_readiness = self.index_readiness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_type is not None:
            field_dict["IndexType"] = index_type
        if index_status is not None:
            field_dict["IndexStatus"] = index_status
        if index_readiness is not None:
            field_dict["IndexReadiness"] = index_readiness

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index_type = d.pop("IndexType", None)

        index_status = d.pop("IndexStatus", None)

        index_readiness = d.pop("IndexReadiness", None)

        index_info = cls(
            index_type=index_type,
            index_status=index_status,
            index_readiness=index_readiness,
        )

        index_info.additional_properties = d
        return index_info

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
