from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_thumbnail_upload_url import PersonThumbnailUploadUrl


T = TypeVar("T", bound="CreatePersonThumbnailUploadUrlResponse")


@_attrs_define
class CreatePersonThumbnailUploadUrlResponse:
    """
    Attributes:
        code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
        message (str): `"success"` on success, otherwise the error message.
        result (PersonThumbnailUploadUrl): A presigned upload URL. The third field is cut off on the page (`expir…`);
            `expirationSeconds` is
            taken from the sister API for search images (inferred, optional).
    """

    code: str
    message: str
    result: PersonThumbnailUploadUrl
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
        from ..models.person_thumbnail_upload_url import PersonThumbnailUploadUrl

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        result = PersonThumbnailUploadUrl.from_dict(d.pop("result"))

        create_person_thumbnail_upload_url_response = cls(
            code=code,
            message=message,
            result=result,
        )

        create_person_thumbnail_upload_url_response.additional_properties = d
        return create_person_thumbnail_upload_url_response

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
