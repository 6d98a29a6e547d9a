from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonMergeResult")


@_attrs_define
class PersonMergeResult:
    """Result of merging persons.

    Attributes:
        person_id (int): Id of the surviving (representative) person.
        transferred_asset_count (int | None): Number of asset links moved to it.
        transferred_thumbnail_count (int | None): Number of thumbnails moved to it.
        merged_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
    """

    person_id: int
    transferred_asset_count: int | None = None
    transferred_thumbnail_count: int | None = None
    merged_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        transferred_asset_count = self.transferred_asset_count

        transferred_thumbnail_count = self.transferred_thumbnail_count

        merged_time = self.merged_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personId": person_id,
            }
        )
        if transferred_asset_count is not None:
            field_dict["transferredAssetCount"] = transferred_asset_count
        if transferred_thumbnail_count is not None:
            field_dict["transferredThumbnailCount"] = transferred_thumbnail_count
        if merged_time is not None:
            field_dict["mergedTime"] = merged_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_id = d.pop("personId")

        transferred_asset_count = d.pop("transferredAssetCount", None)

        transferred_thumbnail_count = d.pop("transferredThumbnailCount", None)

        merged_time = d.pop("mergedTime", None)

        person_merge_result = cls(
            person_id=person_id,
            transferred_asset_count=transferred_asset_count,
            transferred_thumbnail_count=transferred_thumbnail_count,
            merged_time=merged_time,
        )

        person_merge_result.additional_properties = d
        return person_merge_result

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
