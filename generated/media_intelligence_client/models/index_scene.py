from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_keyword import IndexKeyword
    from ..models.index_scene_person import IndexScenePerson
    from ..models.index_script_line import IndexScriptLine


T = TypeVar("T", bound="IndexScene")


@_attrs_define
class IndexScene:
    """Inferred. One scene of an index: its number, time range, key frame, description, keywords, persons,
    dialogue and audio effects. Field names are not confirmed by the provider.

        Attributes:
            scene_id (int | Unset): Scene number (the ids sent as `sceneIds` to `requestSceneSummary`).
            start_time_ms (int | Unset): Start of the scene, milliseconds from the beginning of the media.
            end_time_ms (int | Unset): End of the scene, milliseconds from the beginning of the media.
            duration_ms (int | Unset): Length of the scene in milliseconds.
            key_frame_url (str | Unset): Address of the scene's key frame image.
            description (str | Unset): Caption or description of the scene.
            keywords (list[IndexKeyword] | Unset): Keywords (objects, actions, places) detected in the scene.
            persons (list[IndexScenePerson] | Unset): Persons appearing in the scene.
            scripts (list[IndexScriptLine] | Unset): Dialogue lines spoken in the scene.
            audio_effects (list[str] | Unset): Audio effects detected in the scene (applause, laughter, background music).
    """

    scene_id: int | Unset = UNSET
    start_time_ms: int | Unset = UNSET
    end_time_ms: int | Unset = UNSET
    duration_ms: int | Unset = UNSET
    key_frame_url: str | Unset = UNSET
    description: str | Unset = UNSET
    keywords: list[IndexKeyword] | Unset = UNSET
    persons: list[IndexScenePerson] | Unset = UNSET
    scripts: list[IndexScriptLine] | Unset = UNSET
    audio_effects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_id = self.scene_id

        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        duration_ms = self.duration_ms

        key_frame_url = self.key_frame_url

        description = self.description

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = keywords_item_data.to_dict()
                keywords.append(keywords_item)

        persons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persons, Unset):
            persons = []
            for persons_item_data in self.persons:
                persons_item = persons_item_data.to_dict()
                persons.append(persons_item)

        scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scripts, Unset):
            scripts = []
            for scripts_item_data in self.scripts:
                scripts_item = scripts_item_data.to_dict()
                scripts.append(scripts_item)

        audio_effects: list[str] | Unset = UNSET
        if not isinstance(self.audio_effects, Unset):
            audio_effects = self.audio_effects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scene_id is not UNSET:
            field_dict["sceneId"] = scene_id
        if start_time_ms is not UNSET:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not UNSET:
            field_dict["endTimeMs"] = end_time_ms
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if key_frame_url is not UNSET:
            field_dict["keyFrameUrl"] = key_frame_url
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if persons is not UNSET:
            field_dict["persons"] = persons
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if audio_effects is not UNSET:
            field_dict["audioEffects"] = audio_effects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_keyword import IndexKeyword
        from ..models.index_scene_person import IndexScenePerson
        from ..models.index_script_line import IndexScriptLine

        d = dict(src_dict)
        scene_id = d.pop("sceneId", UNSET)

        start_time_ms = d.pop("startTimeMs", UNSET)

        end_time_ms = d.pop("endTimeMs", UNSET)

        duration_ms = d.pop("durationMs", UNSET)

        key_frame_url = d.pop("keyFrameUrl", UNSET)

        description = d.pop("description", UNSET)

        _keywords = d.pop("keywords", UNSET)
        keywords: list[IndexKeyword] | Unset = UNSET
        if _keywords is not UNSET:
            keywords = []
            for keywords_item_data in _keywords:
                keywords_item = IndexKeyword.from_dict(keywords_item_data)

                keywords.append(keywords_item)

        _persons = d.pop("persons", UNSET)
        persons: list[IndexScenePerson] | Unset = UNSET
        if _persons is not UNSET:
            persons = []
            for persons_item_data in _persons:
                persons_item = IndexScenePerson.from_dict(persons_item_data)

                persons.append(persons_item)

        _scripts = d.pop("scripts", UNSET)
        scripts: list[IndexScriptLine] | Unset = UNSET
        if _scripts is not UNSET:
            scripts = []
            for scripts_item_data in _scripts:
                scripts_item = IndexScriptLine.from_dict(scripts_item_data)

                scripts.append(scripts_item)

        audio_effects = cast(list[str], d.pop("audioEffects", UNSET))

        index_scene = cls(
            scene_id=scene_id,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            duration_ms=duration_ms,
            key_frame_url=key_frame_url,
            description=description,
            keywords=keywords,
            persons=persons,
            scripts=scripts,
            audio_effects=audio_effects,
        )

        index_scene.additional_properties = d
        return index_scene

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
