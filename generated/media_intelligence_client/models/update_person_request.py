from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdatePersonRequest")


@_attrs_define
class UpdatePersonRequest:
    """Partial update; only the fields sent change.

    Attributes:
        name (str | None): Person name: 1-50 characters, unique in the workspace (50005), not empty or only whitespace.
        description (str | None): Person description, 1-700 characters.
        primary_thumbnail_id (int | None): Id of an existing thumbnail of this person to make primary (see getPerson).
    """

    name: str | None = None
    description: str | None = None
    primary_thumbnail_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        primary_thumbnail_id = self.primary_thumbnail_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if primary_thumbnail_id is not None:
            field_dict["primaryThumbnailId"] = primary_thumbnail_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", None)

        description = d.pop("description", None)

        primary_thumbnail_id = d.pop("primaryThumbnailId", None)

        update_person_request = cls(
            name=name,
            description=description,
            primary_thumbnail_id=primary_thumbnail_id,
        )

        return update_person_request
