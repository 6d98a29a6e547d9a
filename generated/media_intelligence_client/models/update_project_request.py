from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateProjectRequest")


@_attrs_define
class UpdateProjectRequest:
    """Body of updateProject. Only the name can be changed.

    Attributes:
        name (str): Project name: at most 100 characters (longer → 10049, HTTP 409), without `;`, `|` or a backtick,
            unique within the workspace (→ 10026). The docs allow "English letters, numbers and special
            characters"; whether spaces or non-ASCII letters are accepted is not stated, so they are not
            excluded here. The minimum length of 1 is implied, not documented.
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        update_project_request = cls(
            name=name,
        )

        return update_project_request
