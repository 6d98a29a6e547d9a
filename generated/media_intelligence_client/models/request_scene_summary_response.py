from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scene_summary_request_result import SceneSummaryRequestResult


T = TypeVar("T", bound="RequestSceneSummaryResponse")


@_attrs_define
class RequestSceneSummaryResponse:
    """
    Attributes:
        code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
        message (str): `"success"` on success, otherwise the error message.
        result (SceneSummaryRequestResult | None): Inferred. The response of `requestSceneSummary` could not be read.
            The older index-level API refers to
            a "scene summary request id" returned by this call; both fields are optional.
    """

    code: str
    message: str
    result: SceneSummaryRequestResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        result: dict[str, Any] | None = None
        if self.result is not None:
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if result is not None:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scene_summary_request_result import SceneSummaryRequestResult

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _result = d.pop("result", None)
        result: SceneSummaryRequestResult | None
        if _result is None:
            result = None
        else:
            result = SceneSummaryRequestResult.from_dict(_result)

        request_scene_summary_response = cls(
            code=code,
            message=message,
            result=result,
        )

        request_scene_summary_response.additional_properties = d
        return request_scene_summary_response

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
