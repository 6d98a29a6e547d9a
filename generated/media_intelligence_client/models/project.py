from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project of a workspace. Every workspace has exactly one base project (`isBaseProject`).

    Attributes:
        project_id (int): Project id (used as the `project_id` path parameter, as a string).
        name (str): Project name.
        is_base_project (bool): True for the workspace's default (base) project, which can't be renamed or deleted.
        created_user_name (str): Name of the user who created the project.
        created_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        updated_user_name (str): Name of the user who last modified the project.
        updated_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
    """

    project_id: int
    name: str
    is_base_project: bool
    created_user_name: str
    created_time: str
    updated_user_name: str
    updated_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        is_base_project = self.is_base_project

        created_user_name = self.created_user_name

        created_time = self.created_time

        updated_user_name = self.updated_user_name

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "isBaseProject": is_base_project,
                "createdUserName": created_user_name,
                "createdTime": created_time,
                "updatedUserName": updated_user_name,
                "updatedTime": updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name")

        is_base_project = d.pop("isBaseProject")

        created_user_name = d.pop("createdUserName")

        created_time = d.pop("createdTime")

        updated_user_name = d.pop("updatedUserName")

        updated_time = d.pop("updatedTime")

        project = cls(
            project_id=project_id,
            name=name,
            is_base_project=is_base_project,
            created_user_name=created_user_name,
            created_time=created_time,
            updated_user_name=updated_user_name,
            updated_time=updated_time,
        )

        project.additional_properties = d
        return project

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
