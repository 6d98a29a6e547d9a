from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scene_range import SceneRange
from ..models.source_language import SourceLanguage

T = TypeVar("T", bound="IndexAnalysisSetting")


@_attrs_define
class IndexAnalysisSetting:
    """The settings an index was analysed with. `analysisEngine` and `sceneRange` are confirmed; the page was
    cut after `sceneRange`, so the other fields (the remaining request options) are inferred.

        Attributes:
            analysis_engine (str): Analysis engine and version, e.g. `Sinossi v1.0`.
            scene_range (SceneRange | None): Length of the automatically split scenes (video only; ignored for images).
                `EXTRA_SHORT`: about
                10-20 s per scene; `SHORT`: fine, second-level splitting; `MEDIUM` (default): balanced; `LONG`: longer
                scenes that join related shots.
            analysis_person_count (int | None): Inferred. Number of persons detected.
            tag_id_list (list[int | str] | None): Inferred. Person tags the analysis looked for.
            source_language (SourceLanguage | None): Language of the speech in the source (video only; ignored for images).
                `ENKO` (default): Korean and
                English; `EN`: English; `KO`: Korean; `JA`: Japanese; `ZH-CN`: Simplified Chinese; `ZH-TW`:
                Traditional Chinese. The provider types it as "enum" without a base type; it is sent as a string.
            detect_audio_effects (bool | None): Inferred. Whether audio effects were detected.
            min_scene_duration_sec (int | None): Inferred. Custom minimum scene length, in seconds (current API only).
            max_scene_duration_sec (int | None): Inferred. Custom maximum scene length, in seconds (current API only).
    """

    analysis_engine: str
    scene_range: SceneRange | None = None
    analysis_person_count: int | None = None
    tag_id_list: list[int | str] | None = None
    source_language: SourceLanguage | None = None
    detect_audio_effects: bool | None = None
    min_scene_duration_sec: int | None = None
    max_scene_duration_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_engine = self.analysis_engine

        scene_range: str | None = None
        if self.scene_range is not None:
            scene_range = self.scene_range.value

        analysis_person_count = self.analysis_person_count

        tag_id_list: list[int | str] | None = None
        if self.tag_id_list is not None:
            tag_id_list = []
            for tag_id_list_item_data in self.tag_id_list:
                tag_id_list_item: int | str
                tag_id_list_item = tag_id_list_item_data
                tag_id_list.append(tag_id_list_item)

        source_language: str | None = None
        if self.source_language is not None:
            source_language = self.source_language.value

        detect_audio_effects = self.detect_audio_effects

        min_scene_duration_sec = self.min_scene_duration_sec

        max_scene_duration_sec = self.max_scene_duration_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysisEngine": analysis_engine,
            }
        )
        if scene_range is not None:
            field_dict["sceneRange"] = scene_range
        if analysis_person_count is not None:
            field_dict["analysisPersonCount"] = analysis_person_count
        if tag_id_list is not None:
            field_dict["tagIdList"] = tag_id_list
        if source_language is not None:
            field_dict["sourceLanguage"] = source_language
        if detect_audio_effects is not None:
            field_dict["detectAudioEffects"] = detect_audio_effects
        if min_scene_duration_sec is not None:
            field_dict["minSceneDurationSec"] = min_scene_duration_sec
        if max_scene_duration_sec is not None:
            field_dict["maxSceneDurationSec"] = max_scene_duration_sec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_engine = d.pop("analysisEngine")

        _scene_range = d.pop("sceneRange", None)
        scene_range: SceneRange | None
        if _scene_range is None:
            scene_range = None
        else:
            scene_range = SceneRange(_scene_range)

        analysis_person_count = d.pop("analysisPersonCount", None)

        _tag_id_list = d.pop("tagIdList", None)
        tag_id_list: list[int | str] | None = None
        if _tag_id_list is not None:
            tag_id_list = []
            for tag_id_list_item_data in _tag_id_list:

                def _parse_tag_id_list_item(data: object) -> int | str:
                    return cast(int | str, data)

                tag_id_list_item = _parse_tag_id_list_item(tag_id_list_item_data)

                tag_id_list.append(tag_id_list_item)

        _source_language = d.pop("sourceLanguage", None)
        source_language: SourceLanguage | None
        if _source_language is None:
            source_language = None
        else:
            source_language = SourceLanguage(_source_language)

        detect_audio_effects = d.pop("detectAudioEffects", None)

        min_scene_duration_sec = d.pop("minSceneDurationSec", None)

        max_scene_duration_sec = d.pop("maxSceneDurationSec", None)

        index_analysis_setting = cls(
            analysis_engine=analysis_engine,
            scene_range=scene_range,
            analysis_person_count=analysis_person_count,
            tag_id_list=tag_id_list,
            source_language=source_language,
            detect_audio_effects=detect_audio_effects,
            min_scene_duration_sec=min_scene_duration_sec,
            max_scene_duration_sec=max_scene_duration_sec,
        )

        index_analysis_setting.additional_properties = d
        return index_analysis_setting

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
