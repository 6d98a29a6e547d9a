from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.index import Index


T = TypeVar("T", bound="GetIndexResponse")


@_attrs_define
class GetIndexResponse:
    """
    Attributes:
        code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
        message (str): `"success"` on success, otherwise the error message.
        result (Index): An index: the analysis result of an asset. Confirmed fields: `indexId`, `type`, `createdTime`,
            `createdUserName`, `updatedTime`, `updatedUserName` (deprecated `getIndexById`) and, from the index
            list, `analysisSetting`. Every provider page is cut after `updatedUserName`, so the content fields
            (`scenes`, `persons`, `scripts`) and their names are inferred from the product guide, which says an
            index holds scenes with time ranges and key frames, persons and their appearances, keywords
            (objects, actions, places), speakers with their dialogue, and audio-effect tags. All fields are
            optional here; clients must accept unknown fields.
    """

    code: str
    message: str
    result: Index
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.index import Index

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        result = Index.from_dict(d.pop("result"))

        get_index_response = cls(
            code=code,
            message=message,
            result=result,
        )

        get_index_response.additional_properties = d
        return get_index_response

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
