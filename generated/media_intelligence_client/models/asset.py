from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.media_meta_data import MediaMetaData


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """A media asset (video or image) of a project. Confirmed fields: `assetId`, `fileName`, `projectId`,
    `metaData` (details, list and move pages), `key` and `createUserName` (details page). Every page is
    cut after these, so further fields (e.g. creation/update times) are unknown; `key`, `createUserName`
    and `createdTime` are optional (`createdTime` inferred from the import response).

        Attributes:
            asset_id (int): Media asset id (used as the `asset_id` path parameter, as a string).
            file_name (str): Media file name.
            project_id (int): Id of the project the asset belongs to.
            meta_data (MediaMetaData): Technical metadata of a media file. The asset details and move pages mark every field
                required; the
                import-status page marks them optional (they may be unknown while the import runs), so all are kept
                optional here.
            key (str | None): Full Object Storage key of the source file.
            create_user_name (str | None): Name of the user who registered the asset.
            created_time (str | None): Date and time in ISO 8601. The provider's examples omit the UTC offset
                (`2025-04-23T17:13:48`, Korea
                time) although the pages call the value ISO 8601, so the offset is optional here: clients accept both
                forms and send an explicit offset.
    """

    asset_id: int
    file_name: str
    project_id: int
    meta_data: MediaMetaData
    key: str | None = None
    create_user_name: str | None = None
    created_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        file_name = self.file_name

        project_id = self.project_id

        meta_data = self.meta_data.to_dict()

        key = self.key

        create_user_name = self.create_user_name

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "fileName": file_name,
                "projectId": project_id,
                "metaData": meta_data,
            }
        )
        if key is not None:
            field_dict["key"] = key
        if create_user_name is not None:
            field_dict["createUserName"] = create_user_name
        if created_time is not None:
            field_dict["createdTime"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_meta_data import MediaMetaData

        d = dict(src_dict)
        asset_id = d.pop("assetId")

        file_name = d.pop("fileName")

        project_id = d.pop("projectId")

        meta_data = MediaMetaData.from_dict(d.pop("metaData"))

        key = d.pop("key", None)

        create_user_name = d.pop("createUserName", None)

        created_time = d.pop("createdTime", None)

        asset = cls(
            asset_id=asset_id,
            file_name=file_name,
            project_id=project_id,
            meta_data=meta_data,
            key=key,
            create_user_name=create_user_name,
            created_time=created_time,
        )

        asset.additional_properties = d
        return asset

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
