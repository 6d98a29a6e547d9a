from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_thumbnail_input import PersonThumbnailInput


T = TypeVar("T", bound="CreatePersonRequest")


@_attrs_define
class CreatePersonRequest:
    """
    Attributes:
        thumbnails (list[PersonThumbnailInput]): Thumbnails to register; at most one of them may be primary (10076).
        name (None | str | Unset): Person name (1-50 characters, unique in the workspace, not blank). Omit it or send
            null to
            register an anonymous person (newest pages; older pages mark it required).
        description (str | Unset): Person description, 1-700 characters.
    """

    thumbnails: list[PersonThumbnailInput]
    name: None | str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        thumbnails = []
        for componentsschemas_person_thumbnail_input_list_item_data in self.thumbnails:
            componentsschemas_person_thumbnail_input_list_item = (
                componentsschemas_person_thumbnail_input_list_item_data.to_dict()
            )
            thumbnails.append(componentsschemas_person_thumbnail_input_list_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnails": thumbnails,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_thumbnail_input import PersonThumbnailInput

        d = dict(src_dict)
        thumbnails = []
        _thumbnails = d.pop("thumbnails")
        for componentsschemas_person_thumbnail_input_list_item_data in _thumbnails:
            componentsschemas_person_thumbnail_input_list_item = PersonThumbnailInput.from_dict(
                componentsschemas_person_thumbnail_input_list_item_data
            )

            thumbnails.append(componentsschemas_person_thumbnail_input_list_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        description = d.pop("description", UNSET)

        create_person_request = cls(
            thumbnails=thumbnails,
            name=name,
            description=description,
        )

        return create_person_request
