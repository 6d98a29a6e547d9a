from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.person_thumbnail_input import PersonThumbnailInput


T = TypeVar("T", bound="AddPersonThumbnailsRequest")


@_attrs_define
class AddPersonThumbnailsRequest:
    """
    Attributes:
        thumbnails (list[PersonThumbnailInput]): Thumbnails to register; at most one of them may be primary (10076).
    """

    thumbnails: list[PersonThumbnailInput]

    def to_dict(self) -> dict[str, Any]:
        thumbnails = []
        for componentsschemas_person_thumbnail_input_list_item_data in self.thumbnails:
            componentsschemas_person_thumbnail_input_list_item = (
                componentsschemas_person_thumbnail_input_list_item_data.to_dict()
            )
            thumbnails.append(componentsschemas_person_thumbnail_input_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnails": thumbnails,
            }
        )

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

        add_person_thumbnails_request = cls(
            thumbnails=thumbnails,
        )

        return add_person_thumbnails_request
