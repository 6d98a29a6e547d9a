from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexRequestResult")


@_attrs_define
class IndexRequestResult:
    """Inferred. The provider's response table of `requestIndex` could not be read; assumed to match
    `requestAnalysis` (`id`, `createdTime`, `createdUserName`), all optional.

        Attributes:
            id (int | None): Id of the index being created (inferred).
            created_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            created_user_name (str | None):
    """

    id: int | None = None
    created_time: str | None = None
    created_user_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        created_user_name = self.created_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if created_time is not None:
            field_dict["createdTime"] = created_time
        if created_user_name is not None:
            field_dict["createdUserName"] = created_user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", None)

        created_time = d.pop("createdTime", None)

        created_user_name = d.pop("createdUserName", None)

        index_request_result = cls(
            id=id,
            created_time=created_time,
            created_user_name=created_user_name,
        )

        index_request_result.additional_properties = d
        return index_request_result

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
