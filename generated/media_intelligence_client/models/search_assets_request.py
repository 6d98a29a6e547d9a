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
    """Body of `searchAssets`.

    Attributes:
        query (SearchQuery): Search condition. Exactly one of `textQuery` and `imageQuery` must be a string (50011 when
            both are
            given); the other may be omitted or `null` (the provider's own example sends `"imageQuery": null`).
            No maximum length of `textQuery` is documented.
        query_option (SearchQueryOption | None): Options of the search.
        filter_ (SearchFilter | None): Search scope. Exactly one of `projectIds` and `assetIds` is required (50010 when
            both are given);
            `assetTypes` omitted means all types; `indexModifiedFrom`/`indexModifiedTo` bound the modification time
            of the assets' indexes. The provider marks `filter` itself optional although one of the id lists is
            required; sending it is recommended.
    """

    query: SearchQuery
    query_option: SearchQueryOption | None = None
    filter_: SearchFilter | None = None

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        query_option: dict[str, Any] | None = None
        if self.query_option is not None:
            query_option = self.query_option.to_dict()

        filter_: dict[str, Any] | None = None
        if self.filter_ is not None:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if query_option is not None:
            field_dict["queryOption"] = query_option
        if filter_ is not None:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_filter import SearchFilter
        from ..models.search_query import SearchQuery
        from ..models.search_query_option import SearchQueryOption

        d = dict(src_dict)
        query = SearchQuery.from_dict(d.pop("query"))

        _query_option = d.pop("queryOption", None)
        query_option: SearchQueryOption | None
        if _query_option is None:
            query_option = None
        else:
            query_option = SearchQueryOption.from_dict(_query_option)

        _filter_ = d.pop("filter", None)
        filter_: SearchFilter | None
        if _filter_ is None:
            filter_ = None
        else:
            filter_ = SearchFilter.from_dict(_filter_)

        search_assets_request = cls(
            query=query,
            query_option=query_option,
            filter_=filter_,
        )

        return search_assets_request
