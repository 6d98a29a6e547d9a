from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.search_asset_type import SearchAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchFilter")


@_attrs_define
class SearchFilter:
    """Search scope. Exactly one of `projectIds` and `assetIds` is required (50010 when both are given);
    `assetTypes` omitted means all types; `indexModifiedFrom`/`indexModifiedTo` bound the modification time
    of the assets' indexes. The provider marks `filter` itself optional although one of the id lists is
    required; it is therefore required in `SearchAssetsRequest`.

        Attributes:
            project_ids (list[int] | Unset): Projects to search in.
            asset_ids (list[int] | Unset): Media assets to search in.
            asset_types (list[SearchAssetType] | Unset): Asset types to search (all when omitted). The English page
                misspells the field `asseTypes`.
            index_modified_from (str | Unset): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            index_modified_to (str | Unset): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
    """

    project_ids: list[int] | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    asset_types: list[SearchAssetType] | Unset = UNSET
    index_modified_from: str | Unset = UNSET
    index_modified_to: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_ids: list[int] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        asset_types: list[str] | Unset = UNSET
        if not isinstance(self.asset_types, Unset):
            asset_types = []
            for asset_types_item_data in self.asset_types:
                asset_types_item = asset_types_item_data.value
                asset_types.append(asset_types_item)

        index_modified_from = self.index_modified_from

        index_modified_to = self.index_modified_to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project_ids is not UNSET:
            field_dict["projectIds"] = project_ids
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if asset_types is not UNSET:
            field_dict["assetTypes"] = asset_types
        if index_modified_from is not UNSET:
            field_dict["indexModifiedFrom"] = index_modified_from
        if index_modified_to is not UNSET:
            field_dict["indexModifiedTo"] = index_modified_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_ids = cast(list[int], d.pop("projectIds", UNSET))

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        _asset_types = d.pop("assetTypes", UNSET)
        asset_types: list[SearchAssetType] | Unset = UNSET
        if _asset_types is not UNSET:
            asset_types = []
            for asset_types_item_data in _asset_types:
                asset_types_item = SearchAssetType(asset_types_item_data)

                asset_types.append(asset_types_item)

        index_modified_from = d.pop("indexModifiedFrom", UNSET)

        index_modified_to = d.pop("indexModifiedTo", UNSET)

        search_filter = cls(
            project_ids=project_ids,
            asset_ids=asset_ids,
            asset_types=asset_types,
            index_modified_from=index_modified_from,
            index_modified_to=index_modified_to,
        )

        return search_filter
