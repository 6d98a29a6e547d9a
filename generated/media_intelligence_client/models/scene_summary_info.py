from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SceneSummaryInfo")


@_attrs_define
class SceneSummaryInfo:
    """Information on the last completed scene summary run.

    Attributes:
        last_analyzed_at (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        analyzed_scene_ids (list[str] | None): Scenes covered by the last run; `null` when it was a full run. Typed
            Array<String> by the
            provider, while `sceneIds` of the request is Array<Integer>.
        explicit_nulls (set[str]): Names of the attributes above that are null on the wire rather than absent
            (both read as None). from_dict fills it; to_dict sends null for them.
    """

    last_analyzed_at: str | None = None
    analyzed_scene_ids: list[str] | None = None
    explicit_nulls: set[str] = _attrs_field(factory=set, kw_only=True)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_analyzed_at = self.last_analyzed_at

        analyzed_scene_ids: list[str] | None
        if self.analyzed_scene_ids is None:
            analyzed_scene_ids = None
        elif isinstance(self.analyzed_scene_ids, list):
            analyzed_scene_ids = self.analyzed_scene_ids

        else:
            analyzed_scene_ids = self.analyzed_scene_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_analyzed_at is not None:
            field_dict["lastAnalyzedAt"] = last_analyzed_at
        if analyzed_scene_ids is not None:
            field_dict["analyzedSceneIds"] = analyzed_scene_ids
        elif "analyzed_scene_ids" in self.explicit_nulls:
            field_dict["analyzedSceneIds"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        explicit_nulls = {
            name for key, name in (("analyzedSceneIds", "analyzed_scene_ids"),) if key in d and d[key] is None
        }
        last_analyzed_at = d.pop("lastAnalyzedAt", None)

        def _parse_analyzed_scene_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                analyzed_scene_ids_type_0 = cast(list[str], data)

                return analyzed_scene_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        analyzed_scene_ids = _parse_analyzed_scene_ids(d.pop("analyzedSceneIds", None))

        scene_summary_info = cls(
            last_analyzed_at=last_analyzed_at,
            analyzed_scene_ids=analyzed_scene_ids,
            explicit_nulls=explicit_nulls,
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
