from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateWorkspaceRequest")


@_attrs_define
class CreateWorkspaceRequest:
    """Body of createWorkspace.

    Attributes:
        workspace_name (str): Workspace name: 3-63 lower-case ASCII letters, digits and `-`; unique (duplicate → 20012).
            No rule
            on a leading or trailing `-` is documented.
        bucket_name (str | None): Name of the Object Storage bucket to link to the workspace (no format rules
            documented).
    """

    workspace_name: str
    bucket_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        workspace_name = self.workspace_name

        bucket_name = self.bucket_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workspaceName": workspace_name,
            }
        )
        if bucket_name is not None:
            field_dict["bucketName"] = bucket_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_name = d.pop("workspaceName")

        bucket_name = d.pop("bucketName", None)

        create_workspace_request = cls(
            workspace_name=workspace_name,
            bucket_name=bucket_name,
        )

        return create_workspace_request
