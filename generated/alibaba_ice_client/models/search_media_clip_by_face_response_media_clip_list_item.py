from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.face_occurrence import FaceOccurrence


T = TypeVar("T", bound="SearchMediaClipByFaceResponseMediaClipListItem")


@_attrs_define
class SearchMediaClipByFaceResponseMediaClipListItem:
    """
    Attributes:
        score (float | None):
        entity_id (str | None):
        label_name (str | None):
        category (str | None):
        occurrences_infos (list[FaceOccurrence] | None):
    """

    score: float | None = None
    entity_id: str | None = None
    label_name: str | None = None
    category: str | None = None
    occurrences_infos: list[FaceOccurrence] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        entity_id = self.entity_id

        label_name = self.label_name

        category = self.category

        occurrences_infos: list[dict[str, Any]] | None = None
        if self.occurrences_infos is not None:
            occurrences_infos = []
            for occurrences_infos_item_data in self.occurrences_infos:
                occurrences_infos_item = occurrences_infos_item_data.to_dict()
                occurrences_infos.append(occurrences_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not None:
            field_dict["Score"] = score
        if entity_id is not None:
            field_dict["EntityId"] = entity_id
        if label_name is not None:
            field_dict["LabelName"] = label_name
        if category is not None:
            field_dict["Category"] = category
        if occurrences_infos is not None:
            field_dict["OccurrencesInfos"] = occurrences_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_occurrence import FaceOccurrence

        d = dict(src_dict)
        score = d.pop("Score", None)

        entity_id = d.pop("EntityId", None)

        label_name = d.pop("LabelName", None)

        category = d.pop("Category", None)

        _occurrences_infos = d.pop("OccurrencesInfos", None)
        occurrences_infos: list[FaceOccurrence] | None = None
        if _occurrences_infos is not None:
            occurrences_infos = []
            for occurrences_infos_item_data in _occurrences_infos:
                occurrences_infos_item = FaceOccurrence.from_dict(occurrences_infos_item_data)

                occurrences_infos.append(occurrences_infos_item)

        search_media_clip_by_face_response_media_clip_list_item = cls(
            score=score,
            entity_id=entity_id,
            label_name=label_name,
            category=category,
            occurrences_infos=occurrences_infos,
        )

        search_media_clip_by_face_response_media_clip_list_item.additional_properties = d
        return search_media_clip_by_face_response_media_clip_list_item

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
