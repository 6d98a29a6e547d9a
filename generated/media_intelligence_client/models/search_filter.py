from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.search_asset_type import SearchAssetType

T = TypeVar("T", bound="SearchFilter")


@_attrs_define
class SearchFilter:
    """Search scope. Exactly one of `projectIds` and `assetIds` is required (50010 when both are given);
    `assetTypes` omitted means all types; `indexModifiedFrom`/`indexModifiedTo` bound the modification time
    of the assets' indexes. The provider marks `filter` itself optional although one of the id lists is
    required; it is therefore required in `SearchAssetsRequest`.

        Attributes:
            project_ids (list[int] | None): Projects to search in.
            asset_ids (list[int] | None): Media assets to search in.
            asset_types (list[SearchAssetType] | None): Asset types to search (all when omitted). The English page misspells
                the field `asseTypes`.
            index_modified_from (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            index_modified_to (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
    """

    project_ids: list[int] | None = None
    asset_ids: list[int] | None = None
    asset_types: list[SearchAssetType] | None = None
    index_modified_from: str | None = None
    index_modified_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        project_ids: list[int] | None = None
        if self.project_ids is not None:
            project_ids = self.project_ids

        asset_ids: list[int] | None = None
        if self.asset_ids is not None:
            asset_ids = self.asset_ids

        asset_types: list[str] | None = None
        if self.asset_types is not None:
            asset_types = []
            for asset_types_item_data in self.asset_types:
                asset_types_item = asset_types_item_data.value
                asset_types.append(asset_types_item)

        index_modified_from = self.index_modified_from

        index_modified_to = self.index_modified_to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project_ids is not None:
            field_dict["projectIds"] = project_ids
        if asset_ids is not None:
            field_dict["assetIds"] = asset_ids
        if asset_types is not None:
            field_dict["assetTypes"] = asset_types
        if index_modified_from is not None:
            field_dict["indexModifiedFrom"] = index_modified_from
        if index_modified_to is not None:
            field_dict["indexModifiedTo"] = index_modified_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_ids = cast(list[int], d.pop("projectIds", None))

        asset_ids = cast(list[int], d.pop("assetIds", None))

        _asset_types = d.pop("assetTypes", None)
        asset_types: list[SearchAssetType] | None = None
        if _asset_types is not None:
            asset_types = []
            for asset_types_item_data in _asset_types:
                asset_types_item = SearchAssetType(asset_types_item_data)

                asset_types.append(asset_types_item)

        index_modified_from = d.pop("indexModifiedFrom", None)

        index_modified_to = d.pop("indexModifiedTo", None)

        search_filter = cls(
            project_ids=project_ids,
            asset_ids=asset_ids,
            asset_types=asset_types,
            index_modified_from=index_modified_from,
            index_modified_to=index_modified_to,
        )

        return search_filter
