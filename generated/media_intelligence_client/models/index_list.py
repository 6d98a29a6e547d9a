from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.index_list_item import IndexListItem


T = TypeVar("T", bound="IndexList")


@_attrs_define
class IndexList:
    """The indexes of an asset (not paged).

    Attributes:
        total_count (int):
        indexes (list[IndexListItem]):
    """

    total_count: int
    indexes: list[IndexListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        indexes = []
        for indexes_item_data in self.indexes:
            indexes_item = indexes_item_data.to_dict()
            indexes.append(indexes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "indexes": indexes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_list_item import IndexListItem

        d = dict(src_dict)
        total_count = d.pop("totalCount")

        indexes = []
        _indexes = d.pop("indexes")
        for indexes_item_data in _indexes:
            indexes_item = IndexListItem.from_dict(indexes_item_data)

            indexes.append(indexes_item)

        index_list = cls(
            total_count=total_count,
            indexes=indexes,
        )

        index_list.additional_properties = d
        return index_list

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
