from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.search_filter import SearchFilter
    from ..models.search_query import SearchQuery
    from ..models.search_query_option import SearchQueryOption


T = TypeVar("T", bound="SearchAssetsRequest")


@_attrs_define
class SearchAssetsRequest:
    """Body of `searchAssets`. `filter` is required here: the page marks it optional but requires one of
    its `projectIds` and `assetIds`, which cannot be sent without it.

        Attributes:
            query (SearchQuery): Search condition. Exactly one of `textQuery` and `imageQuery` must be a string (50011 when
                both are
                given); the other may be omitted or `null` (the provider's own example sends `"imageQuery": null`).
                No maximum length of `textQuery` is documented.
            filter_ (SearchFilter): Search scope. Exactly one of `projectIds` and `assetIds` is required (50010 when both
                are given);
                `assetTypes` omitted means all types; `indexModifiedFrom`/`indexModifiedTo` bound the modification time
                of the assets' indexes. The provider marks `filter` itself optional although one of the id lists is
                required; it is therefore required in `SearchAssetsRequest`.
            query_option (SearchQueryOption | None): Options of the search.
    """

    query: SearchQuery
    filter_: SearchFilter
    query_option: SearchQueryOption | None = None

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        filter_ = self.filter_.to_dict()

        query_option: dict[str, Any] | None = None
        if self.query_option is not None:
            query_option = self.query_option.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
                "filter": filter_,
            }
        )
        if query_option is not None:
            field_dict["queryOption"] = query_option

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_filter import SearchFilter
        from ..models.search_query import SearchQuery
        from ..models.search_query_option import SearchQueryOption

        d = dict(src_dict)
        query = SearchQuery.from_dict(d.pop("query"))

        filter_ = SearchFilter.from_dict(d.pop("filter"))

        _query_option = d.pop("queryOption", None)
        query_option: SearchQueryOption | None
        if _query_option is None:
            query_option = None
        else:
            query_option = SearchQueryOption.from_dict(_query_option)

        search_assets_request = cls(
            query=query,
            filter_=filter_,
            query_option=query_option,
        )

        return search_assets_request
