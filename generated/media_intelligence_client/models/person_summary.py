from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_tag_ref import PersonTagRef
    from ..models.person_thumbnail import PersonThumbnail


T = TypeVar("T", bound="PersonSummary")


@_attrs_define
class PersonSummary:
    """A person in listPersons and searchPersons. The item fields are not visible on either page; they are
    assumed to be those of Person (the console shows face thumbnail, person id, name and the number of
    assets). All optional; unknown fields must be accepted.

        Attributes:
            id (int | Unset): Person id.
            person_id (int | Unset): Person id (newer responses).
            name (None | str | Unset): Person name; absent or null for an anonymous person.
            description (None | str | Unset): Person description.
            tags (list[PersonTagRef] | Unset):
            thumbnails (list[PersonThumbnail] | Unset):
    """

    id: int | Unset = UNSET
    person_id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: list[PersonTagRef] | Unset = UNSET
    thumbnails: list[PersonThumbnail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        person_id = self.person_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        thumbnails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thumbnails, Unset):
            thumbnails = []
            for thumbnails_item_data in self.thumbnails:
                thumbnails_item = thumbnails_item_data.to_dict()
                thumbnails.append(thumbnails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_tag_ref import PersonTagRef
        from ..models.person_thumbnail import PersonThumbnail

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        person_id = d.pop("personId", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[PersonTagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = PersonTagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _thumbnails = d.pop("thumbnails", UNSET)
        thumbnails: list[PersonThumbnail] | Unset = UNSET
        if _thumbnails is not UNSET:
            thumbnails = []
            for thumbnails_item_data in _thumbnails:
                thumbnails_item = PersonThumbnail.from_dict(thumbnails_item_data)

                thumbnails.append(thumbnails_item)

        person_summary = cls(
            id=id,
            person_id=person_id,
            name=name,
            description=description,
            tags=tags,
            thumbnails=thumbnails,
        )

        person_summary.additional_properties = d
        return person_summary

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
