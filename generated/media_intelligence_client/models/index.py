from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_type import IndexType

if TYPE_CHECKING:
    from ..models.index_analysis_setting import IndexAnalysisSetting
    from ..models.index_person import IndexPerson
    from ..models.index_scene import IndexScene
    from ..models.index_script_line import IndexScriptLine


T = TypeVar("T", bound="Index")


@_attrs_define
class Index:
    """An index: the analysis result of an asset. Confirmed fields: `indexId`, `type`, `createdTime`,
    `createdUserName`, `updatedTime`, `updatedUserName` (deprecated `getIndexById`) and, from the index
    list, `analysisSetting`. Every provider page is cut after `updatedUserName`, so the content fields
    (`scenes`, `persons`, `scripts`) and their names are inferred from the product guide, which says an
    index holds scenes with time ranges and key frames, persons and their appearances, keywords
    (objects, actions, places), speakers with their dialogue, and audio-effect tags. All fields are
    optional here; clients must accept unknown fields.

        Attributes:
            index_id (int | None):
            type_ (IndexType | None): Kind of media the index was made from.
            created_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            created_user_name (str | None):
            updated_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
            updated_user_name (str | None):
            analysis_setting (IndexAnalysisSetting | None): The settings an index was analysed with. `analysisEngine` and
                `sceneRange` are confirmed; the page was
                cut after `sceneRange`, so the other fields (the remaining request options) are inferred.
            scenes (list[IndexScene] | None): Inferred. The scenes of the media (an image has one).
            persons (list[IndexPerson] | None): Inferred. Persons recognised in the whole media, with their appearances.
            scripts (list[IndexScriptLine] | None): Inferred. Dialogue lines of the whole media, per speaker.
    """

    index_id: int | None = None
    type_: IndexType | None = None
    created_time: str | None = None
    created_user_name: str | None = None
    updated_time: str | None = None
    updated_user_name: str | None = None
    analysis_setting: IndexAnalysisSetting | None = None
    scenes: list[IndexScene] | None = None
    persons: list[IndexPerson] | None = None
    scripts: list[IndexScriptLine] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        created_time = self.created_time

        created_user_name = self.created_user_name

        updated_time = self.updated_time

        updated_user_name = self.updated_user_name

        analysis_setting: dict[str, Any] | None = None
        if self.analysis_setting is not None:
            analysis_setting = self.analysis_setting.to_dict()

        scenes: list[dict[str, Any]] | None = None
        if self.scenes is not None:
            scenes = []
            for scenes_item_data in self.scenes:
                scenes_item = scenes_item_data.to_dict()
                scenes.append(scenes_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not None:
            field_dict["indexId"] = index_id
        if type_ is not None:
            field_dict["type"] = type_
        if created_time is not None:
            field_dict["createdTime"] = created_time
        if created_user_name is not None:
            field_dict["createdUserName"] = created_user_name
        if updated_time is not None:
            field_dict["updatedTime"] = updated_time
        if updated_user_name is not None:
            field_dict["updatedUserName"] = updated_user_name
        if analysis_setting is not None:
            field_dict["analysisSetting"] = analysis_setting
        if scenes is not None:
            field_dict["scenes"] = scenes
        if persons is not None:
            field_dict["persons"] = persons
        if scripts is not None:
            field_dict["scripts"] = scripts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_analysis_setting import IndexAnalysisSetting
        from ..models.index_person import IndexPerson
        from ..models.index_scene import IndexScene
        from ..models.index_script_line import IndexScriptLine

        d = dict(src_dict)
        index_id = d.pop("indexId", None)

        _type_ = d.pop("type", None)
        type_: IndexType | None
        if _type_ is None:
            type_ = None
        else:
            type_ = IndexType(_type_)

        created_time = d.pop("createdTime", None)

        created_user_name = d.pop("createdUserName", None)

        updated_time = d.pop("updatedTime", None)

        updated_user_name = d.pop("updatedUserName", None)

        _analysis_setting = d.pop("analysisSetting", None)
        analysis_setting: IndexAnalysisSetting | None
        if _analysis_setting is None:
            analysis_setting = None
        else:
            analysis_setting = IndexAnalysisSetting.from_dict(_analysis_setting)

        _scenes = d.pop("scenes", None)
        scenes: list[IndexScene] | None = None
        if _scenes is not None:
            scenes = []
            for scenes_item_data in _scenes:
                scenes_item = IndexScene.from_dict(scenes_item_data)

                scenes.append(scenes_item)

        _persons = d.pop("persons", None)
        persons: list[IndexPerson] | None = None
        if _persons is not None:
            persons = []
            for persons_item_data in _persons:
                persons_item = IndexPerson.from_dict(persons_item_data)

                persons.append(persons_item)

        _scripts = d.pop("scripts", None)
        scripts: list[IndexScriptLine] | None = None
        if _scripts is not None:
            scripts = []
            for scripts_item_data in _scripts:
                scripts_item = IndexScriptLine.from_dict(scripts_item_data)

                scripts.append(scripts_item)

        index = cls(
            index_id=index_id,
            type_=type_,
            created_time=created_time,
            created_user_name=created_user_name,
            updated_time=updated_time,
            updated_user_name=updated_user_name,
            analysis_setting=analysis_setting,
            scenes=scenes,
            persons=persons,
            scripts=scripts,
        )

        index.additional_properties = d
        return index

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
