from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_thumbnail_input import PersonThumbnailInput


T = TypeVar("T", bound="CreatePersonRequest")


@_attrs_define
class CreatePersonRequest:
    """
    Attributes:
        thumbnails (list[PersonThumbnailInput]): Thumbnails to register; at most one of them may be primary (10076).
        name (None | str): Person name (1-50 characters, unique in the workspace, not blank). Omit it or send null to
            register an anonymous person (newest pages; older pages mark it required).
        description (str | None): Person description, 1-700 characters.
        explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
            (both read as None). from_dict fills it; to_dict sends null for them.
    """

    thumbnails: list[PersonThumbnailInput]
    name: None | str = None
    description: str | None = None
    explicit_nulls: set[str] = _attrs_field(factory=set, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        thumbnails = []
        for componentsschemas_person_thumbnail_input_list_item_data in self.thumbnails:
            componentsschemas_person_thumbnail_input_list_item = (
                componentsschemas_person_thumbnail_input_list_item_data.to_dict()
            )
            thumbnails.append(componentsschemas_person_thumbnail_input_list_item)

        name: None | str
        if self.name is None:
            name = None
        else:
            name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thumbnails": thumbnails,
            }
        )
        if name is not None:
            field_dict["name"] = name
        elif "name" in self.explicit_nulls:
            field_dict["name"] = None
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_thumbnail_input import PersonThumbnailInput

        d = dict(src_dict)
        explicit_nulls = {name for key, name in (("name", "name"),) if key in d and d[key] is None}
        thumbnails = []
        _thumbnails = d.pop("thumbnails")
        for componentsschemas_person_thumbnail_input_list_item_data in _thumbnails:
            componentsschemas_person_thumbnail_input_list_item = PersonThumbnailInput.from_dict(
                componentsschemas_person_thumbnail_input_list_item_data
            )

            thumbnails.append(componentsschemas_person_thumbnail_input_list_item)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        description = d.pop("description", None)

        create_person_request = cls(
            thumbnails=thumbnails,
            name=name,
            description=description,
            explicit_nulls=explicit_nulls,
        )

        return create_person_request
