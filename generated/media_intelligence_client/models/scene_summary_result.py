from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scene_summary import SceneSummary
    from ..models.scene_summary_info import SceneSummaryInfo


T = TypeVar("T", bound="SceneSummaryResult")


@_attrs_define
class SceneSummaryResult:
    """The latest scene summaries of an asset. Shape read from the older index-level page (`indexId`,
    `sceneSummaryInfo`, `sceneSummaries`); the current page's table could not be read, so all fields are
    optional.

        Attributes:
            index_id (int | None): Index the summaries were made from.
            scene_summary_info (SceneSummaryInfo | None): Information on the last completed scene summary run.
            scene_summaries (list[SceneSummary] | None): One entry per scene.
    """

    index_id: int | None = None
    scene_summary_info: SceneSummaryInfo | None = None
    scene_summaries: list[SceneSummary] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        scene_summary_info: dict[str, Any] | None = None
        if self.scene_summary_info is not None:
            scene_summary_info = self.scene_summary_info.to_dict()

        scene_summaries: list[dict[str, Any]] | None = None
        if self.scene_summaries is not None:
            scene_summaries = []
            for scene_summaries_item_data in self.scene_summaries:
                scene_summaries_item = scene_summaries_item_data.to_dict()
                scene_summaries.append(scene_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not None:
            field_dict["indexId"] = index_id
        if scene_summary_info is not None:
            field_dict["sceneSummaryInfo"] = scene_summary_info
        if scene_summaries is not None:
            field_dict["sceneSummaries"] = scene_summaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scene_summary import SceneSummary
        from ..models.scene_summary_info import SceneSummaryInfo

        d = dict(src_dict)
        index_id = d.pop("indexId", None)

        _scene_summary_info = d.pop("sceneSummaryInfo", None)
        scene_summary_info: SceneSummaryInfo | None
        if _scene_summary_info is None:
            scene_summary_info = None
        else:
            scene_summary_info = SceneSummaryInfo.from_dict(_scene_summary_info)

        _scene_summaries = d.pop("sceneSummaries", None)
        scene_summaries: list[SceneSummary] | None = None
        if _scene_summaries is not None:
            scene_summaries = []
            for scene_summaries_item_data in _scene_summaries:
                scene_summaries_item = SceneSummary.from_dict(scene_summaries_item_data)

                scene_summaries.append(scene_summaries_item)

        scene_summary_result = cls(
            index_id=index_id,
            scene_summary_info=scene_summary_info,
            scene_summaries=scene_summaries,
        )

        scene_summary_result.additional_properties = d
        return scene_summary_result

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
