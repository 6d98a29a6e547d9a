from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scene_range import SceneRange
from ..models.source_language import SourceLanguage

T = TypeVar("T", bound="RequestAnalysisRequest")


@_attrs_define
class RequestAnalysisRequest:
    """Options of an analysis (deprecated `requestAnalysis`).

    Attributes:
        analysis_person_count (int): Number of persons to detect; 0 skips person analysis (faster).
        scene_range (SceneRange | None): Length of the automatically split scenes (video only; ignored for images).
            `EXTRA_SHORT`: about
            10-20 s per scene; `SHORT`: fine, second-level splitting; `MEDIUM` (default): balanced; `LONG`: longer
            scenes that join related shots.
        tag_id_list (list[int | str] | None): Person tags whose persons the analysis looks for (1-30 tag ids). The
            provider types the list as
            Array<String> but its example sends integers; tag ids are integers elsewhere in the API, so both
            forms are accepted.
        source_language (SourceLanguage | None): Language of the speech in the source (video only; ignored for images).
            `ENKO` (default): Korean and
            English; `EN`: English; `KO`: Korean; `JA`: Japanese; `ZH-CN`: Simplified Chinese; `ZH-TW`:
            Traditional Chinese. The provider types it as "enum" without a base type; it is sent as a string.
        detect_audio_effects (bool | None): Detect audio effects such as applause, laughter and background music (video
            only). Default: False.
    """

    analysis_person_count: int
    scene_range: SceneRange | None = None
    tag_id_list: list[int | str] | None = None
    source_language: SourceLanguage | None = None
    detect_audio_effects: bool | None = False

    def to_dict(self) -> dict[str, Any]:
        analysis_person_count = self.analysis_person_count

        scene_range: str | None = None
        if self.scene_range is not None:
            scene_range = self.scene_range.value

        tag_id_list: list[int | str] | None = None
        if self.tag_id_list is not None:
            tag_id_list = []
            for componentsschemas_analysis_tag_id_list_item_data in self.tag_id_list:
                componentsschemas_analysis_tag_id_list_item: int | str
                componentsschemas_analysis_tag_id_list_item = componentsschemas_analysis_tag_id_list_item_data
                tag_id_list.append(componentsschemas_analysis_tag_id_list_item)

        source_language: str | None = None
        if self.source_language is not None:
            source_language = self.source_language.value

        detect_audio_effects = self.detect_audio_effects

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "analysisPersonCount": analysis_person_count,
            }
        )
        if scene_range is not None:
            field_dict["sceneRange"] = scene_range
        if tag_id_list is not None:
            field_dict["tagIdList"] = tag_id_list
        if source_language is not None:
            field_dict["sourceLanguage"] = source_language
        if detect_audio_effects is not None:
            field_dict["detectAudioEffects"] = detect_audio_effects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_person_count = d.pop("analysisPersonCount")

        _scene_range = d.pop("sceneRange", None)
        scene_range: SceneRange | None
        if _scene_range is None:
            scene_range = None
        else:
            scene_range = SceneRange(_scene_range)

        _tag_id_list = d.pop("tagIdList", None)
        tag_id_list: list[int | str] | None = None
        if _tag_id_list is not None:
            tag_id_list = []
            for componentsschemas_analysis_tag_id_list_item_data in _tag_id_list:

                def _parse_componentsschemas_analysis_tag_id_list_item(data: object) -> int | str:
                    return cast(int | str, data)

                componentsschemas_analysis_tag_id_list_item = _parse_componentsschemas_analysis_tag_id_list_item(
                    componentsschemas_analysis_tag_id_list_item_data
                )

                tag_id_list.append(componentsschemas_analysis_tag_id_list_item)

        _source_language = d.pop("sourceLanguage", None)
        source_language: SourceLanguage | None
        if _source_language is None:
            source_language = None
        else:
            source_language = SourceLanguage(_source_language)

        detect_audio_effects = d.pop("detectAudioEffects", None)

        request_analysis_request = cls(
            analysis_person_count=analysis_person_count,
            scene_range=scene_range,
            tag_id_list=tag_id_list,
            source_language=source_language,
            detect_audio_effects=detect_audio_effects,
        )

        return request_analysis_request
