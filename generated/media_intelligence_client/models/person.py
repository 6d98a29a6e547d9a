from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_tag_ref import PersonTagRef
    from ..models.person_thumbnail import PersonThumbnail


T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A registered person. Older pages (fully read) list `id`, `name`, `description`, `tags`, `thumbnails`
    and mark all but `description` required. The newest pages mark no field as required, allow anonymous
    persons (`name` absent or null) and, per the 2026-09-17 release note, add `personId` and the numbers
    of assets and scenes the person appears in; the count fields' names are not visible and arrive as
    unknown fields. All fields are therefore optional (inferred). The same object is assumed for the
    createPerson and deletePerson results, whose tables are not visible.

        Attributes:
            id (int | None): Person id.
            person_id (int | None): Person id (newer responses, per the release note).
            name (None | str): Person name; absent or null for an anonymous person.
            description (None | str): Person description.
            tags (list[PersonTagRef] | None): Tags of the person (0 or more).
            thumbnails (list[PersonThumbnail] | None): Thumbnails of the person.
            explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
                (both read as None). from_dict fills it; to_dict sends null for them.
    """

    id: int | None = None
    person_id: int | None = None
    name: None | str = None
    description: None | str = None
    tags: list[PersonTagRef] | None = None
    thumbnails: list[PersonThumbnail] | None = None
    explicit_nulls: set[str] = _attrs_field(factory=set, kw_only=True)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        person_id = self.person_id

        name: None | str
        if self.name is None:
            name = None
        else:
            name = self.name

        description: None | str
        if self.description is None:
            description = None
        else:
            description = self.description

        tags: list[dict[str, Any]] | None = None
        if self.tags is not None:
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        thumbnails: list[dict[str, Any]] | None = None
        if self.thumbnails is not None:
            thumbnails = []
            for thumbnails_item_data in self.thumbnails:
                thumbnails_item = thumbnails_item_data.to_dict()
                thumbnails.append(thumbnails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if person_id is not None:
            field_dict["personId"] = person_id
        if name is not None:
            field_dict["name"] = name
        elif "name" in self.explicit_nulls:
            field_dict["name"] = None
        if description is not None:
            field_dict["description"] = description
        elif "description" in self.explicit_nulls:
            field_dict["description"] = None
        if tags is not None:
            field_dict["tags"] = tags
        if thumbnails is not None:
            field_dict["thumbnails"] = thumbnails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_tag_ref import PersonTagRef
        from ..models.person_thumbnail import PersonThumbnail

        d = dict(src_dict)
        explicit_nulls = {
            name
            for key, name in (
                ("name", "name"),
                ("description", "description"),
            )
            if key in d and d[key] is None
        }
        id = d.pop("id", None)

        person_id = d.pop("personId", None)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        _tags = d.pop("tags", None)
        tags: list[PersonTagRef] | None = None
        if _tags is not None:
            tags = []
            for tags_item_data in _tags:
                tags_item = PersonTagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _thumbnails = d.pop("thumbnails", None)
        thumbnails: list[PersonThumbnail] | None = None
        if _thumbnails is not None:
            thumbnails = []
            for thumbnails_item_data in _thumbnails:
                thumbnails_item = PersonThumbnail.from_dict(thumbnails_item_data)

                thumbnails.append(thumbnails_item)

        person = cls(
            id=id,
            person_id=person_id,
            name=name,
            description=description,
            tags=tags,
            thumbnails=thumbnails,
            explicit_nulls=explicit_nulls,
        )

        person.additional_properties = d
        return person

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
