from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_status import ImportStatus

if TYPE_CHECKING:
    from ..models.media_meta_data import MediaMetaData


T = TypeVar("T", bound="AssetImportStatus")


@_attrs_define
class AssetImportStatus:
    """Import state of a media asset.

    Attributes:
        asset_id (int): Media asset id.
        upload_status (ImportStatus): Import (registration) state of a media asset (`uploadStatus`). `IN_PROGRESS`: the
            import is running
            (not terminal). Terminal: `COMPLETED` (success; the asset can be analysed), `FAILED` (the import
            failed), `FILE_NOT_EXIST` (the object was not found), `INVALID_METADATA` (the file is not supported,
            e.g. its resolution; see `uploadResult`).
        upload_result (str | None): Human-readable message for the status; for `INVALID_METADATA` the reason (e.g.
            unsupported resolution).
        meta_data (MediaMetaData | None): Technical metadata of a media file. The asset details and move pages mark
            every field required; the
            import-status page marks them optional (they may be unknown while the import runs), so all are kept
            optional here.
    """

    asset_id: int
    upload_status: ImportStatus
    upload_result: str | None = None
    meta_data: MediaMetaData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        upload_status = self.upload_status.value

        upload_result = self.upload_result

        meta_data: dict[str, Any] | None = None
        if self.meta_data is not None:
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "uploadStatus": upload_status,
            }
        )
        if upload_result is not None:
            field_dict["uploadResult"] = upload_result
        if meta_data is not None:
            field_dict["metaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_meta_data import MediaMetaData

        d = dict(src_dict)
        asset_id = d.pop("assetId")

        upload_status = ImportStatus(d.pop("uploadStatus"))

        upload_result = d.pop("uploadResult", None)

        _meta_data = d.pop("metaData", None)
        meta_data: MediaMetaData | None
        if _meta_data is None:
            meta_data = None
        else:
            meta_data = MediaMetaData.from_dict(_meta_data)

        asset_import_status = cls(
            asset_id=asset_id,
            upload_status=upload_status,
            upload_result=upload_result,
            meta_data=meta_data,
        )

        asset_import_status.additional_properties = d
        return asset_import_status

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
