from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SceneSummaryInfo")


@_attrs_define
class SceneSummaryInfo:
    """Information on the last completed scene summary run.

    Attributes:
        last_analyzed_at (str | Unset): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        analyzed_scene_ids (list[str] | None | Unset): Scenes covered by the last run; `null` when it was a full run.
            Typed Array<String> by the
            provider, while `sceneIds` of the request is Array<Integer>.
    """

    last_analyzed_at: str | Unset = UNSET
    analyzed_scene_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_analyzed_at = self.last_analyzed_at

        analyzed_scene_ids: list[str] | None | Unset
        if isinstance(self.analyzed_scene_ids, Unset):
            analyzed_scene_ids = UNSET
        elif isinstance(self.analyzed_scene_ids, list):
            analyzed_scene_ids = self.analyzed_scene_ids

        else:
            analyzed_scene_ids = self.analyzed_scene_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_analyzed_at is not UNSET:
            field_dict["lastAnalyzedAt"] = last_analyzed_at
        if analyzed_scene_ids is not UNSET:
            field_dict["analyzedSceneIds"] = analyzed_scene_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        last_analyzed_at = d.pop("lastAnalyzedAt", UNSET)

        def _parse_analyzed_scene_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                analyzed_scene_ids_type_0 = cast(list[str], data)

                return analyzed_scene_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        analyzed_scene_ids = _parse_analyzed_scene_ids(d.pop("analyzedSceneIds", UNSET))

        scene_summary_info = cls(
            last_analyzed_at=last_analyzed_at,
            analyzed_scene_ids=analyzed_scene_ids,
        )

        scene_summary_info.additional_properties = d
        return scene_summary_info

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
