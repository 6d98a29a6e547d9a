from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            scene_id (int | None): Scene number (the ids sent as `sceneIds` to `requestSceneSummary`).
            start_time_ms (int | None): Start of the scene, milliseconds from the beginning of the media.
            end_time_ms (int | None): End of the scene, milliseconds from the beginning of the media.
            duration_ms (int | None): Length of the scene in milliseconds.
            key_frame_url (str | None): Address of the scene's key frame image.
            description (str | None): Caption or description of the scene.
            keywords (list[IndexKeyword] | None): Keywords (objects, actions, places) detected in the scene.
            persons (list[IndexScenePerson] | None): Persons appearing in the scene.
            scripts (list[IndexScriptLine] | None): Dialogue lines spoken in the scene.
            audio_effects (list[str] | None): Audio effects detected in the scene (applause, laughter, background music).
    """

    scene_id: int | None = None
    start_time_ms: int | None = None
    end_time_ms: int | None = None
    duration_ms: int | None = None
    key_frame_url: str | None = None
    description: str | None = None
    keywords: list[IndexKeyword] | None = None
    persons: list[IndexScenePerson] | None = None
    scripts: list[IndexScriptLine] | None = None
    audio_effects: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_id = self.scene_id

        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        duration_ms = self.duration_ms

        key_frame_url = self.key_frame_url

        description = self.description

        keywords: list[dict[str, Any]] | None = None
        if self.keywords is not None:
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = keywords_item_data.to_dict()
                keywords.append(keywords_item)

        persons: list[dict[str, Any]] | None = None
        if self.persons is not None:
            persons = []
            for persons_item_data in self.persons:
                persons_item = persons_item_data.to_dict()
                persons.append(persons_item)

        scripts: list[dict[str, Any]] | None = None
        if self.scripts is not None:
            scripts = []
            for scripts_item_data in self.scripts:
                scripts_item = scripts_item_data.to_dict()
                scripts.append(scripts_item)

        audio_effects: list[str] | None = None
        if self.audio_effects is not None:
            audio_effects = self.audio_effects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scene_id is not None:
            field_dict["sceneId"] = scene_id
        if start_time_ms is not None:
            field_dict["startTimeMs"] = start_time_ms
        if end_time_ms is not None:
            field_dict["endTimeMs"] = end_time_ms
        if duration_ms is not None:
            field_dict["durationMs"] = duration_ms
        if key_frame_url is not None:
            field_dict["keyFrameUrl"] = key_frame_url
        if description is not None:
            field_dict["description"] = description
        if keywords is not None:
            field_dict["keywords"] = keywords
        if persons is not None:
            field_dict["persons"] = persons
        if scripts is not None:
            field_dict["scripts"] = scripts
        if audio_effects is not None:
            field_dict["audioEffects"] = audio_effects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_keyword import IndexKeyword
        from ..models.index_scene_person import IndexScenePerson
        from ..models.index_script_line import IndexScriptLine

        d = dict(src_dict)
        scene_id = d.pop("sceneId", None)

        start_time_ms = d.pop("startTimeMs", None)

        end_time_ms = d.pop("endTimeMs", None)

        duration_ms = d.pop("durationMs", None)

        key_frame_url = d.pop("keyFrameUrl", None)

        description = d.pop("description", None)

        _keywords = d.pop("keywords", None)
        keywords: list[IndexKeyword] | None = None
        if _keywords is not None:
            keywords = []
            for keywords_item_data in _keywords:
                keywords_item = IndexKeyword.from_dict(keywords_item_data)

                keywords.append(keywords_item)

        _persons = d.pop("persons", None)
        persons: list[IndexScenePerson] | None = None
        if _persons is not None:
            persons = []
            for persons_item_data in _persons:
                persons_item = IndexScenePerson.from_dict(persons_item_data)

                persons.append(persons_item)

        _scripts = d.pop("scripts", None)
        scripts: list[IndexScriptLine] | None = None
        if _scripts is not None:
            scripts = []
            for scripts_item_data in _scripts:
                scripts_item = IndexScriptLine.from_dict(scripts_item_data)

                scripts.append(scripts_item)

        audio_effects = cast(list[str], d.pop("audioEffects", None))

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
