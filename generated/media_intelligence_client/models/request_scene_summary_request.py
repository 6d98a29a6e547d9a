from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestSceneSummaryRequest")


@_attrs_define
class RequestSceneSummaryRequest:
    """Options of a scene summary run. Omit `sceneIds` for a full run (required for the first run); list
    scene ids to re-summarise only those scenes. `locale` (summary language) can be set only on a full
    run, hence never together with `sceneIds`. The table was cut: the values and default of `locale` are
    not known (inferred as a language code string).

        Attributes:
            scene_ids (list[int] | None): Scenes to re-summarise (after a first full run). Omitted means every scene.
            locale (str | None): Language of the summaries, only on a full run (values not documented, e.g. `ko`, `en`).
    """

    scene_ids: list[int] | None = None
    locale: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_ids: list[int] | None = None
        if self.scene_ids is not None:
            scene_ids = self.scene_ids

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scene_ids is not None:
            field_dict["sceneIds"] = scene_ids
        if locale is not None:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scene_ids = cast(list[int], d.pop("sceneIds", None))

        locale = d.pop("locale", None)

        request_scene_summary_request = cls(
            scene_ids=scene_ids,
            locale=locale,
        )

        request_scene_summary_request.additional_properties = d
        return request_scene_summary_request

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
