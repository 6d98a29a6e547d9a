from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset import Asset


T = TypeVar("T", bound="MoveAssetResponse")


@_attrs_define
class MoveAssetResponse:
    """The envelope of moveAsset; `result` is documented, its fields are not.

    Attributes:
        code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
        message (str): `"success"` on success, otherwise the error message.
        result (Asset): A media asset (video or image) of a project. Confirmed fields: `assetId`, `fileName`,
            `projectId`,
            `metaData` (details, list and move pages), `key` and `createUserName` (details page). Every page is
            cut after these, so further fields (e.g. creation/update times) are unknown; `key`, `createUserName`
            and `createdTime` are optional (`createdTime` inferred from the import response).
    """

    code: str
    message: str
    result: Asset
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
        from ..models.asset import Asset

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        result = Asset.from_dict(d.pop("result"))

        move_asset_response = cls(
            code=code,
            message=message,
            result=result,
        )

        move_asset_response.additional_properties = d
        return move_asset_response

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
