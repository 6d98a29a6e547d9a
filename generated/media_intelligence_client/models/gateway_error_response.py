from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gateway_error import GatewayError


T = TypeVar("T", bound="GatewayErrorResponse")


@_attrs_define
class GatewayErrorResponse:
    """Error body of the NCP API gateway, answered before the API runs (see `x-gateway-error-codes`).

    Attributes:
        error (GatewayError): The gateway's error detail.
    """

    error: GatewayError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_error import GatewayError

        d = dict(src_dict)
        error = GatewayError.from_dict(d.pop("error"))

        gateway_error_response = cls(
            error=error,
        )

        gateway_error_response.additional_properties = d
        return gateway_error_response

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
