from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_summary import PersonSummary


T = TypeVar("T", bound="PersonPage")


@_attrs_define
class PersonPage:
    """One page of persons. The wrapper fields are documented for listPersons; for searchPersons the whole
    structure is inferred from listPersons.

        Attributes:
            content (list[PersonSummary]):
            total_count (int | Unset): Number of persons in total.
            total_page (int | Unset): Number of pages in total.
            page_no (int | Unset): This page's number (the request's `pageNum`).
            page_size (int | Unset): Items per page.
    """

    content: list[PersonSummary]
    total_count: int | Unset = UNSET
    total_page: int | Unset = UNSET
    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        total_count = self.total_count

        total_page = self.total_page

        page_no = self.page_no

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if total_page is not UNSET:
            field_dict["totalPage"] = total_page
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_summary import PersonSummary

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = PersonSummary.from_dict(content_item_data)

            content.append(content_item)

        total_count = d.pop("totalCount", UNSET)

        total_page = d.pop("totalPage", UNSET)

        page_no = d.pop("pageNo", UNSET)

        page_size = d.pop("pageSize", UNSET)

        person_page = cls(
            content=content,
            total_count=total_count,
            total_page=total_page,
            page_no=page_no,
            page_size=page_size,
        )

        person_page.additional_properties = d
        return person_page

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
