from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreatePersonTagRequest")


@_attrs_define
class CreatePersonTagRequest:
    """
    Attributes:
        name (str): Tag name, 1-30 characters, unique in the workspace (10062).
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

        create_person_tag_request = cls(
            name=name,
        )

        return create_person_tag_request
