from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_asset_type import SearchAssetType

T = TypeVar("T", bound="SearchResultItem")


@_attrs_define
class SearchResultItem:
    """One match of a search: a scene of a video asset or an image asset. INFERRED: the provider's page could
    not be read past the `results` row, so the field names and types below are not confirmed. They model
    what a match is known to carry (the asset and its project and type, the time range of a video scene, a
    score and a thumbnail), named after the rest of the API (`assetId`, `projectId` are integers there).
    All fields are optional and unknown fields must be accepted.

        Attributes:
            asset_id (int | None): Id of the matched media asset (inferred).
            project_id (int | None): Id of the project of the asset (inferred).
            asset_type (SearchAssetType | None): Asset type a search is restricted to. `IMAGE` - image; `VIDEO` - video.
            asset_name (str | None): Name of the asset (inferred).
            scene_id (int | str | None): Id of the matched scene of a video (inferred; absent for images).
            start_time_ms (int | None): Start of the matched scene, in milliseconds from the beginning of the video
                (inferred name and unit,
                following `IndexScene.startTimeMs` and `durationMs` elsewhere in the API; absent for images).
            end_time_ms (int | None): End of the matched scene in milliseconds (inferred, as `startTimeMs`; absent for
                images).
            description (str | None): Caption of the matched scene or image (inferred; the index calls it `description`).
            score (float | None): Query score of the match; results are ordered by it (inferred name and scale).
            thumbnail_url (str | None): Thumbnail of the scene or image (inferred).
    """

    asset_id: int | None = None
    project_id: int | None = None
    asset_type: SearchAssetType | None = None
    asset_name: str | None = None
    scene_id: int | str | None = None
    start_time_ms: int | None = None
    end_time_ms: int | None = None
    description: str | None = None
    score: float | None = None
    thumbnail_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        project_id = self.project_id

        asset_type: str | None = None
        if self.asset_type is not None:
            asset_type = self.asset_type.value

        asset_name = self.asset_name

        scene_id: int | str | None
        if self.scene_id is None:
            scene_id = None
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
        if asset_id is not None:
            field_dict["assetId"] = asset_id
        if project_id is not None:
            field_dict["projectId"] = project_id
        if asset_type is not None:
            field_dict["assetType"] = asset_type
        if asset_name is not None:
            field_dict["assetName"] = asset_name
        if scene_id is not None:
            field_dict["sceneId"] = scene_id
        if start_time_ms is not None:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not None:
            field_dict["endTimeMs"] = end_time_ms
        if description is not None:
            field_dict["description"] = description
        if score is not None:
            field_dict["score"] = score
        if thumbnail_url is not None:
            field_dict["thumbnailUrl"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("assetId", None)

        project_id = d.pop("projectId", None)

        _asset_type = d.pop("assetType", None)
        asset_type: SearchAssetType | None
        if _asset_type is None:
            asset_type = None
        else:
            asset_type = SearchAssetType(_asset_type)

        asset_name = d.pop("assetName", None)

        def _parse_scene_id(data: object) -> int | str | None:
            if data is None:
                return data
            return cast(int | str | None, data)

        scene_id = _parse_scene_id(d.pop("sceneId", None))

        start_time_ms = d.pop("startTimeMs", None)

        end_time_ms = d.pop("endTimeMs", None)

        description = d.pop("description", None)

        score = d.pop("score", None)

        thumbnail_url = d.pop("thumbnailUrl", None)

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
