from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_status import SearchStatus

if TYPE_CHECKING:
    from ..models.search_result_item import SearchResultItem


T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    """Status of a search and, only when `status` is `COMPLETED`, one page of its matches (`totalCount`,
    `totalPage`, `results`; `pageNo` presumably too - its row could not be read to the end). Matches are
    ordered by query score, then by index creation order. `totalCount` counts the matched assets (the legacy
    scene-search page said matched scenes).

        Attributes:
            search_id (str): Identifier of the search.
            status (SearchStatus): State of an asset search. `RUNNING` - in progress (poll again); `COMPLETED` - terminal,
                the matches can
                be read page by page; `FAILED` - terminal, the search failed.
            total_count (int | None): Total number of matches (only when `COMPLETED`).
            total_page (int | None): Total number of pages (only when `COMPLETED`).
            page_no (int | None): Number of the returned page (the request's `pageNum`).
            results (list[SearchResultItem] | None): The matches of this page (only when `COMPLETED`).
    """

    search_id: str
    status: SearchStatus
    total_count: int | None = None
    total_page: int | None = None
    page_no: int | None = None
    results: list[SearchResultItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_id = self.search_id

        status = self.status.value

        total_count = self.total_count

        total_page = self.total_page

        page_no = self.page_no

        results: list[dict[str, Any]] | None = None
        if self.results is not None:
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "searchId": search_id,
                "status": status,
            }
        )
        if total_count is not None:
            field_dict["totalCount"] = total_count
        if total_page is not None:
            field_dict["totalPage"] = total_page
        if page_no is not None:
            field_dict["pageNo"] = page_no
        if results is not None:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_result_item import SearchResultItem

        d = dict(src_dict)
        search_id = d.pop("searchId")

        status = SearchStatus(d.pop("status"))

        total_count = d.pop("totalCount", None)

        total_page = d.pop("totalPage", None)

        page_no = d.pop("pageNo", None)

        _results = d.pop("results", None)
        results: list[SearchResultItem] | None = None
        if _results is not None:
            results = []
            for results_item_data in _results:
                results_item = SearchResultItem.from_dict(results_item_data)

                results.append(results_item)

        search_result = cls(
            search_id=search_id,
            status=status,
            total_count=total_count,
            total_page=total_page,
            page_no=page_no,
            results=results,
        )

        search_result.additional_properties = d
        return search_result

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
