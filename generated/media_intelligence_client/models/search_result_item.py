from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_asset_type import SearchAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResultItem")


@_attrs_define
class SearchResultItem:
    """One match of a search: a scene of a video asset or an image asset. INFERRED: the provider's page could
    not be read past the `results` row, so the field names and types below are not confirmed. They model
    what a match is known to carry (the asset and its project and type, the time range of a video scene, a
    score and a thumbnail), named after the rest of the API (`assetId`, `projectId` are integers there).
    All fields are optional and unknown fields must be accepted.

        Attributes:
            asset_id (int | Unset): Id of the matched media asset (inferred).
            project_id (int | Unset): Id of the project of the asset (inferred).
            asset_type (SearchAssetType | Unset): Asset type a search is restricted to. `IMAGE` - image; `VIDEO` - video.
            asset_name (str | Unset): Name of the asset (inferred).
            scene_id (int | str | Unset): Id of the matched scene of a video (inferred; absent for images).
            start_time_ms (int | Unset): Start of the matched scene, in milliseconds from the beginning of the video
                (inferred name and unit,
                following `IndexScene.startTimeMs` and `durationMs` elsewhere in the API; absent for images).
            end_time_ms (int | Unset): End of the matched scene in milliseconds (inferred, as `startTimeMs`; absent for
                images).
            description (str | Unset): Caption of the matched scene or image (inferred; the index calls it `description`).
            score (float | Unset): Query score of the match; results are ordered by it (inferred name and scale).
            thumbnail_url (str | Unset): Thumbnail of the scene or image (inferred).
    """

    asset_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    asset_type: SearchAssetType | Unset = UNSET
    asset_name: str | Unset = UNSET
    scene_id: int | str | Unset = UNSET
    start_time_ms: int | Unset = UNSET
    end_time_ms: int | Unset = UNSET
    description: str | Unset = UNSET
    score: float | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        project_id = self.project_id

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        asset_name = self.asset_name

        scene_id: int | str | Unset
        if isinstance(self.scene_id, Unset):
            scene_id = UNSET
        else:
            scene_id = self.scene_id

        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        description = self.description

        score = self.score

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if scene_id is not UNSET:
            field_dict["sceneId"] = scene_id
        if start_time_ms is not UNSET:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not UNSET:
            field_dict["endTimeMs"] = end_time_ms
        if description is not UNSET:
            field_dict["description"] = description
        if score is not UNSET:
            field_dict["score"] = score
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("assetId", UNSET)

        project_id = d.pop("projectId", UNSET)

        _asset_type = d.pop("assetType", UNSET)
        asset_type: SearchAssetType | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = SearchAssetType(_asset_type)

        asset_name = d.pop("assetName", UNSET)

        def _parse_scene_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        scene_id = _parse_scene_id(d.pop("sceneId", UNSET))

        start_time_ms = d.pop("startTimeMs", UNSET)

        end_time_ms = d.pop("endTimeMs", UNSET)

        description = d.pop("description", UNSET)

        score = d.pop("score", UNSET)

        thumbnail_url = d.pop("thumbnailUrl", UNSET)

        search_result_item = cls(
            asset_id=asset_id,
            project_id=project_id,
            asset_type=asset_type,
            asset_name=asset_name,
            scene_id=scene_id,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            description=description,
            score=score,
            thumbnail_url=thumbnail_url,
        )

        search_result_item.additional_properties = d
        return search_result_item

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
