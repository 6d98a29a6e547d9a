from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_thumbnail_upload_status import PersonThumbnailUploadStatus

T = TypeVar("T", bound="PersonThumbnailUploadResult")


@_attrs_define
class PersonThumbnailUploadResult:
    """Status of a person thumbnail upload. The list of failure reasons is cut off on the page.

    Attributes:
        upload_status (PersonThumbnailUploadStatus): State of a person thumbnail upload. Both values are terminal:
            `COMPLETED` - the file is stored and
            usable as `thumbnailKey`; `FAILED` - it is not (reason in `uploadMessage`). No in-progress value is
            documented.
        upload_message (str | None): Failure reason when FAILED. Known values: `FILE_NOT_EXIST` (nothing was uploaded),
            `OVER_SIZE_LIMIT` (over 5 MB), `RESOLUTION_NOT_SUPPORT` (under 256 px); the list on the page is
            cut off, so other values may occur.
    """

    upload_status: PersonThumbnailUploadStatus
    upload_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_status = self.upload_status.value

        upload_message = self.upload_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadStatus": upload_status,
            }
        )
        if upload_message is not None:
            field_dict["uploadMessage"] = upload_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_status = PersonThumbnailUploadStatus(d.pop("uploadStatus"))

        upload_message = d.pop("uploadMessage", None)

        person_thumbnail_upload_result = cls(
            upload_status=upload_status,
            upload_message=upload_message,
        )

        person_thumbnail_upload_result.additional_properties = d
        return person_thumbnail_upload_result

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
