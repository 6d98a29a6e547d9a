from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_body_access_denied_detail import ErrorBodyAccessDeniedDetail


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The error body of every action.

    Attributes:
        code (str): One of the codes in `x-error-codes`.
        message (str):
        request_id (str | None):
        host_id (str | None):
        recommend (str | None): A link to the provider's diagnosis page.
        access_denied_detail (ErrorBodyAccessDeniedDetail | None): Details of a permission error.
    """

    code: str
    message: str
    request_id: str | None = None
    host_id: str | None = None
    recommend: str | None = None
    access_denied_detail: ErrorBodyAccessDeniedDetail | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        host_id = self.host_id

        recommend = self.recommend

        access_denied_detail: dict[str, Any] | None = None
        if self.access_denied_detail is not None:
            access_denied_detail = self.access_denied_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Code": code,
                "Message": message,
            }
        )
        if request_id is not None:
            field_dict["RequestId"] = request_id
        if host_id is not None:
            field_dict["HostId"] = host_id
        if recommend is not None:
            field_dict["Recommend"] = recommend
        if access_denied_detail is not None:
            field_dict["AccessDeniedDetail"] = access_denied_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_body_access_denied_detail import ErrorBodyAccessDeniedDetail

        d = dict(src_dict)
        code = d.pop("Code")

        message = d.pop("Message")

        request_id = d.pop("RequestId", None)

        host_id = d.pop("HostId", None)

        recommend = d.pop("Recommend", None)

        _access_denied_detail = d.pop("AccessDeniedDetail", None)
        access_denied_detail: ErrorBodyAccessDeniedDetail | None
        if _access_denied_detail is None:
            access_denied_detail = None
        else:
            access_denied_detail = ErrorBodyAccessDeniedDetail.from_dict(_access_denied_detail)

        error_body = cls(
            code=code,
            message=message,
            request_id=request_id,
            host_id=host_id,
            recommend=recommend,
            access_denied_detail=access_denied_detail,
        )

        error_body.additional_properties = d
        return error_body

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
