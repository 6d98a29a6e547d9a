from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_list import ProjectList


T = TypeVar("T", bound="ListProjectsResponse")


@_attrs_define
class ListProjectsResponse:
    """The project list. `totalCount` may sit in `result` (modelled in ProjectList, most likely) or at the
    top level of the body; the provider's page is ambiguous, so both optional places are accepted.

        Attributes:
            code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
            message (str): `"success"` on success, otherwise the error message.
            result (ProjectList): All projects of a workspace (not paged). `totalCount` is printed without the `result.`
                prefix on
                every edition and the example is cut off; it is modelled here (most likely placement) and kept
                optional. See also the top-level `totalCount` of ListProjectsResponse.
            total_count (int | None): Total number of projects, if the API puts it at the top level (alternative placement,
                inferred).
    """

    code: str
    message: str
    result: ProjectList
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        result = self.result.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "result": result,
            }
        )
        if total_count is not None:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_list import ProjectList

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        result = ProjectList.from_dict(d.pop("result"))

        total_count = d.pop("totalCount", None)

        list_projects_response = cls(
            code=code,
            message=message,
            result=result,
            total_count=total_count,
        )

        list_projects_response.additional_properties = d
        return list_projects_response

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
