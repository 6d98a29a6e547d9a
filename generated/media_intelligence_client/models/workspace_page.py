from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_list_item import WorkspaceListItem


T = TypeVar("T", bound="WorkspacePage")


@_attrs_define
class WorkspacePage:
    """One page of workspaces. The request's `pageNum` is echoed as `pageNo`.

    Attributes:
        total_count (int): Total number of workspaces.
        total_page (int): Total number of pages.
        page_no (int): The page returned (echo of `pageNum`).
        page_size (int): The page size used (echo of `pageSize`).
        content (list[WorkspaceListItem]): The workspaces of this page.
    """

    total_count: int
    total_page: int
    page_no: int
    page_size: int
    content: list[WorkspaceListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        total_page = self.total_page

        page_no = self.page_no

        page_size = self.page_size

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "totalPage": total_page,
                "pageNo": page_no,
                "pageSize": page_size,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_list_item import WorkspaceListItem

        d = dict(src_dict)
        total_count = d.pop("totalCount")

        total_page = d.pop("totalPage")

        page_no = d.pop("pageNo")

        page_size = d.pop("pageSize")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = WorkspaceListItem.from_dict(content_item_data)

            content.append(content_item)

        workspace_page = cls(
            total_count=total_count,
            total_page=total_page,
            page_no=page_no,
            page_size=page_size,
            content=content,
        )

        workspace_page.additional_properties = d
        return workspace_page

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
