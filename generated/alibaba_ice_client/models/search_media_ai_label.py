from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_media_occurrence import SearchMediaOccurrence


T = TypeVar("T", bound="SearchMediaAiLabel")


@_attrs_define
class SearchMediaAiLabel:
    """
    Attributes:
        face_id (str | Unset):
        label_type (str | Unset):
        source (str | Unset):
        category (str | Unset):
        label_name (str | Unset):
        label_id (str | Unset):
        occurrences (list[SearchMediaOccurrence] | Unset):
    """

    face_id: str | Unset = UNSET
    label_type: str | Unset = UNSET
    source: str | Unset = UNSET
    category: str | Unset = UNSET
    label_name: str | Unset = UNSET
    label_id: str | Unset = UNSET
    occurrences: list[SearchMediaOccurrence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        label_type = self.label_type

        source = self.source

        category = self.category

        label_name = self.label_name

        label_id = self.label_id

        occurrences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.occurrences, Unset):
            occurrences = []
            for occurrences_item_data in self.occurrences:
                occurrences_item = occurrences_item_data.to_dict()
                occurrences.append(occurrences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if face_id is not UNSET:
            field_dict["FaceId"] = face_id
        if label_type is not UNSET:
            field_dict["LabelType"] = label_type
        if source is not UNSET:
            field_dict["Source"] = source
        if category is not UNSET:
            field_dict["Category"] = category
        if label_name is not UNSET:
            field_dict["LabelName"] = label_name
        if label_id is not UNSET:
            field_dict["LabelId"] = label_id
        if occurrences is not UNSET:
            field_dict["Occurrences"] = occurrences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_media_occurrence import SearchMediaOccurrence

        d = dict(src_dict)
        face_id = d.pop("FaceId", UNSET)

        label_type = d.pop("LabelType", UNSET)

        source = d.pop("Source", UNSET)

        category = d.pop("Category", UNSET)

        label_name = d.pop("LabelName", UNSET)

        label_id = d.pop("LabelId", UNSET)

        _occurrences = d.pop("Occurrences", UNSET)
        occurrences: list[SearchMediaOccurrence] | Unset = UNSET
        if _occurrences is not UNSET:
            occurrences = []
            for occurrences_item_data in _occurrences:
                occurrences_item = SearchMediaOccurrence.from_dict(occurrences_item_data)

                occurrences.append(occurrences_item)

        search_media_ai_label = cls(
            face_id=face_id,
            label_type=label_type,
            source=source,
            category=category,
            label_name=label_name,
            label_id=label_id,
            occurrences=occurrences,
        )

        search_media_ai_label.additional_properties = d
        return search_media_ai_label

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
