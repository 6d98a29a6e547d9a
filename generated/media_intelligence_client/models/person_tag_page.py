from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_tag_summary import PersonTagSummary


T = TypeVar("T", bound="PersonTagPage")


@_attrs_define
class PersonTagPage:
    """One page of person tags.

    Attributes:
        content (list[PersonTagSummary]):
        total_count (int | None): Number of tags in total.
        total_page (int | None): Number of pages in total.
        page_no (int | None): This page's number (the request's `pageNum`).
        page_size (int | None): Items per page.
    """

    content: list[PersonTagSummary]
    total_count: int | None = None
    total_page: int | None = None
    page_no: int | None = None
    page_size: int | None = None
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
        if total_count is not None:
            field_dict["totalCount"] = total_count
        if total_page is not None:
            field_dict["totalPage"] = total_page
        if page_no is not None:
            field_dict["pageNo"] = page_no
        if page_size is not None:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_tag_summary import PersonTagSummary

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = PersonTagSummary.from_dict(content_item_data)

            content.append(content_item)

        total_count = d.pop("totalCount", None)

        total_page = d.pop("totalPage", None)

        page_no = d.pop("pageNo", None)

        page_size = d.pop("pageSize", None)

        person_tag_page = cls(
            content=content,
            total_count=total_count,
            total_page=total_page,
            page_no=page_no,
            page_size=page_size,
        )

        person_tag_page.additional_properties = d
        return person_tag_page

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
