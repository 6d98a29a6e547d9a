from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportedAsset")


@_attrs_define
class ImportedAsset:
    """Result of importAssets: the id of the new asset (use it to poll getAssetImportStatus). Only the
    deprecated video page (G0) shows this result, with the id named `videoId`; the name `assetId` follows
    the rest of the current API and is not confirmed, so it is optional here. `createdTime` is confirmed
    only on the G0 page too.

        Attributes:
            create_user_name (str): Name of the user who registered the asset (spelled `createUserName` by the provider).
            asset_id (int | None): Id of the new media asset.
            created_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
    """

    create_user_name: str
    asset_id: int | None = None
    created_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_user_name = self.create_user_name

        asset_id = self.asset_id

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createUserName": create_user_name,
            }
        )
        if asset_id is not None:
            field_dict["assetId"] = asset_id
        if created_time is not None:
            field_dict["createdTime"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        create_user_name = d.pop("createUserName")

        asset_id = d.pop("assetId", None)

        created_time = d.pop("createdTime", None)

        imported_asset = cls(
            create_user_name=create_user_name,
            asset_id=asset_id,
            created_time=created_time,
        )

        imported_asset.additional_properties = d
        return imported_asset

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
