from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.imported_asset import ImportedAsset


T = TypeVar("T", bound="ImportAssetsResponse")


@_attrs_define
class ImportAssetsResponse:
    """
    Attributes:
        code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
        message (str): `"success"` on success, otherwise the error message.
        result (ImportedAsset): Result of importAssets: the id of the new asset (use it to poll getAssetImportStatus).
            Only the
            deprecated video page (G0) shows this result, with the id named `videoId`; the name `assetId` follows
            the rest of the current API and is not confirmed, so it is optional here. `createdTime` is confirmed
            only on the G0 page too.
    """

    code: str
    message: str
    result: ImportedAsset
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
        from ..models.imported_asset import ImportedAsset

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        result = ImportedAsset.from_dict(d.pop("result"))

        import_assets_response = cls(
            code=code,
            message=message,
            result=result,
        )

        import_assets_response.additional_properties = d
        return import_assets_response

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
