from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiRoughData")


@_attrs_define
class AiRoughData:
    """
    Attributes:
        save_type (str | None):
        status (str | None):
        ai_job_id (str | None):
        result (str | None):
        ai_category (str | None):
    """

    save_type: str | None = None
    status: str | None = None
    ai_job_id: str | None = None
    result: str | None = None
    ai_category: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        save_type = self.save_type

        status = self.status

        ai_job_id = self.ai_job_id

        result = self.result

        ai_category = self.ai_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if save_type is not None:
            field_dict["SaveType"] = save_type
        if status is not None:
            field_dict["Status"] = status
        if ai_job_id is not None:
            field_dict["AiJobId"] = ai_job_id
        if result is not None:
            field_dict["Result"] = result
        if ai_category is not None:
            field_dict["AiCategory"] = ai_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        save_type = d.pop("SaveType", None)

        status = d.pop("Status", None)

        ai_job_id = d.pop("AiJobId", None)

        result = d.pop("Result", None)

        ai_category = d.pop("AiCategory", None)

        ai_rough_data = cls(
            save_type=save_type,
            status=status,
            ai_job_id=ai_job_id,
            result=result,
            ai_category=ai_category,
        )

        ai_rough_data.additional_properties = d
        return ai_rough_data

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
