from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceListItem")


@_attrs_define
class WorkspaceListItem:
    """A workspace as listed by listWorkspaces (no `monthlyAnalysisCount`; `bucketName` may be absent).

    Attributes:
        workspace_name (str): Name of the workspace.
        workspace_url (str): The workspace's API resource URL on the MI host.
        created_user_name (str): Name of the user who created the workspace.
        created_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        updated_user_name (str): Name of the user who last modified the workspace.
        updated_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        bucket_name (str | None): Linked Object Storage bucket, when one is linked.
    """

    workspace_name: str
    workspace_url: str
    created_user_name: str
    created_time: str
    updated_user_name: str
    updated_time: str
    bucket_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_name = self.workspace_name

        workspace_url = self.workspace_url

        created_user_name = self.created_user_name

        created_time = self.created_time

        updated_user_name = self.updated_user_name

        updated_time = self.updated_time

        bucket_name = self.bucket_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceName": workspace_name,
                "workspaceUrl": workspace_url,
                "createdUserName": created_user_name,
                "createdTime": created_time,
                "updatedUserName": updated_user_name,
                "updatedTime": updated_time,
            }
        )
        if bucket_name is not None:
            field_dict["bucketName"] = bucket_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_name = d.pop("workspaceName")

        workspace_url = d.pop("workspaceUrl")

        created_user_name = d.pop("createdUserName")

        created_time = d.pop("createdTime")

        updated_user_name = d.pop("updatedUserName")

        updated_time = d.pop("updatedTime")

        bucket_name = d.pop("bucketName", None)

        workspace_list_item = cls(
            workspace_name=workspace_name,
            workspace_url=workspace_url,
            created_user_name=created_user_name,
            created_time=created_time,
            updated_user_name=updated_user_name,
            updated_time=updated_time,
            bucket_name=bucket_name,
        )

        workspace_list_item.additional_properties = d
        return workspace_list_item

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
