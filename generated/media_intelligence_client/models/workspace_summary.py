from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceSummary")


@_attrs_define
class WorkspaceSummary:
    """The short form of a workspace returned by createWorkspace. Every field is marked optional (`-`) in
    all editions; only the name is treated as always present.

        Attributes:
            workspace_name (str): Name of the workspace.
            created_user_name (str | None): Name of the user who created the workspace.
            created_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            updated_user_name (str | None): Name of the user who last modified the workspace.
            updated_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
    """

    workspace_name: str
    created_user_name: str | None = None
    created_time: str | None = None
    updated_user_name: str | None = None
    updated_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_name = self.workspace_name

        created_user_name = self.created_user_name

        created_time = self.created_time

        updated_user_name = self.updated_user_name

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceName": workspace_name,
            }
        )
        if created_user_name is not None:
            field_dict["createdUserName"] = created_user_name
        if created_time is not None:
            field_dict["createdTime"] = created_time
        if updated_user_name is not None:
            field_dict["updatedUserName"] = updated_user_name
        if updated_time is not None:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_name = d.pop("workspaceName")

        created_user_name = d.pop("createdUserName", None)

        created_time = d.pop("createdTime", None)

        updated_user_name = d.pop("updatedUserName", None)

        updated_time = d.pop("updatedTime", None)

        workspace_summary = cls(
            workspace_name=workspace_name,
            created_user_name=created_user_name,
            created_time=created_time,
            updated_user_name=updated_user_name,
            updated_time=updated_time,
        )

        workspace_summary.additional_properties = d
        return workspace_summary

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
