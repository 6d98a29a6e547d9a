from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_type import IndexType

if TYPE_CHECKING:
    from ..models.index_analysis_setting import IndexAnalysisSetting


T = TypeVar("T", bound="IndexListItem")


@_attrs_define
class IndexListItem:
    """An index of the asset, as listed by the deprecated `listIndexes`.

    Attributes:
        index_id (int):
        type_ (IndexType): Kind of media the index was made from.
        created_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        created_user_name (str):
        updated_time (str): Date and time in ISO 8601. The provider's examples omit the UTC offset
            (`2025-04-23T17:13:48`, Korea
            time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
            forms and send an explicit offset.
        updated_user_name (str):
        analysis_setting (IndexAnalysisSetting): The settings an index was analysed with. `analysisEngine` and
            `sceneRange` are confirmed; the page was
            cut after `sceneRange`, so the other fields (the remaining request options) are inferred.
    """

    index_id: int
    type_: IndexType
    created_time: str
    created_user_name: str
    updated_time: str
    updated_user_name: str
    analysis_setting: IndexAnalysisSetting
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        type_ = self.type_.value

        created_time = self.created_time

        created_user_name = self.created_user_name

        updated_time = self.updated_time

        updated_user_name = self.updated_user_name

        analysis_setting = self.analysis_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexId": index_id,
                "type": type_,
                "createdTime": created_time,
                "createdUserName": created_user_name,
                "updatedTime": updated_time,
                "updatedUserName": updated_user_name,
                "analysisSetting": analysis_setting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index_analysis_setting import IndexAnalysisSetting

        d = dict(src_dict)
        index_id = d.pop("indexId")

        type_ = IndexType(d.pop("type"))

        created_time = d.pop("createdTime")

        created_user_name = d.pop("createdUserName")

        updated_time = d.pop("updatedTime")

        updated_user_name = d.pop("updatedUserName")

        analysis_setting = IndexAnalysisSetting.from_dict(d.pop("analysisSetting"))

        index_list_item = cls(
            index_id=index_id,
            type_=type_,
            created_time=created_time,
            created_user_name=created_user_name,
            updated_time=updated_time,
            updated_user_name=updated_user_name,
            analysis_setting=analysis_setting,
        )

        index_list_item.additional_properties = d
        return index_list_item

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
