from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.label_occurrence import LabelOccurrence


T = TypeVar("T", bound="AiLabel")


@_attrs_define
class AiLabel:
    """
    Attributes:
        face_id (str | None):
        label_type (str | None):
        source (str | None):
        category (str | None):
        label_name (str | None):
        label_id (str | None):
        occurrences (list[LabelOccurrence] | None):
    """

    face_id: str | None = None
    label_type: str | None = None
    source: str | None = None
    category: str | None = None
    label_name: str | None = None
    label_id: str | None = None
    occurrences: list[LabelOccurrence] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        label_type = self.label_type

        source = self.source

        category = self.category

        label_name = self.label_name

        label_id = self.label_id

        occurrences: list[dict[str, Any]] | None = None
        if self.occurrences is not None:
            occurrences = []
            for occurrences_item_data in self.occurrences:
                occurrences_item = occurrences_item_data.to_dict()
                occurrences.append(occurrences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if face_id is not None:
            field_dict["FaceId"] = face_id
        if label_type is not None:
            field_dict["LabelType"] = label_type
        if source is not None:
            field_dict["Source"] = source
        if category is not None:
            field_dict["Category"] = category
        if label_name is not None:
            field_dict["LabelName"] = label_name
        if label_id is not None:
            field_dict["LabelId"] = label_id
        if occurrences is not None:
            field_dict["Occurrences"] = occurrences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_occurrence import LabelOccurrence

        d = dict(src_dict)
        face_id = d.pop("FaceId", None)

        label_type = d.pop("LabelType", None)

        source = d.pop("Source", None)

        category = d.pop("Category", None)

        label_name = d.pop("LabelName", None)

        label_id = d.pop("LabelId", None)

        _occurrences = d.pop("Occurrences", None)
        occurrences: list[LabelOccurrence] | None = None
        if _occurrences is not None:
            occurrences = []
            for occurrences_item_data in _occurrences:
                occurrences_item = LabelOccurrence.from_dict(occurrences_item_data)

                occurrences.append(occurrences_item)

        ai_label = cls(
            face_id=face_id,
            label_type=label_type,
            source=source,
            category=category,
            label_name=label_name,
            label_id=label_id,
            occurrences=occurrences,
        )

        ai_label.additional_properties = d
        return ai_label

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
