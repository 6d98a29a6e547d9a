from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchIndexJobRerunResponseData")


@_attrs_define
class SearchIndexJobRerunResponseData:
    """
    Attributes:
        media_ids_no_exist (list[str] | None):
    """

    media_ids_no_exist: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_ids_no_exist: list[str] | None = None
        if self.media_ids_no_exist is not None:
            media_ids_no_exist = self.media_ids_no_exist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_ids_no_exist is not None:
            field_dict["MediaIdsNoExist"] = media_ids_no_exist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_ids_no_exist = cast(list[str], d.pop("MediaIdsNoExist", None))

        search_index_job_rerun_response_data = cls(
            media_ids_no_exist=media_ids_no_exist,
        )

        search_index_job_rerun_response_data.additional_properties = d
        return search_index_job_rerun_response_data

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
