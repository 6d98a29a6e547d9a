from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalysisRequestResult")


@_attrs_define
class AnalysisRequestResult:
    """The analysis just requested. `id` is described as the media asset id on the current page and as the
    index id on the older video page; it is returned with the index creation time and is modelled as the
    id of the new index.

        Attributes:
            id (int): Id of the index being created.
            created_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            created_user_name (str): Name of the user who requested the analysis.
    """

    id: int
    created_time: str
    created_user_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        created_user_name = self.created_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdTime": created_time,
                "createdUserName": created_user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created_time = d.pop("createdTime")

        created_user_name = d.pop("createdUserName")

        analysis_request_result = cls(
            id=id,
            created_time=created_time,
            created_user_name=created_user_name,
        )

        analysis_request_result.additional_properties = d
        return analysis_request_result

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
