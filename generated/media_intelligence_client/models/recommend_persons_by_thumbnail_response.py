from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recommended_persons import RecommendedPersons


T = TypeVar("T", bound="RecommendPersonsByThumbnailResponse")


@_attrs_define
class RecommendPersonsByThumbnailResponse:
    """The `result` structure is not visible on the page (inferred).

    Attributes:
        code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
        message (str): `"success"` on success, otherwise the error message.
        result (RecommendedPersons | None): Registered persons matching an uploaded face image, at or above the score
            threshold. The response
            table is not visible on the page, so the fields are unknown; the list is expected to hold items like
            SimilarPerson (an empty list means no match). The list's name follows the example of the page
            (`similarPersons`, inferred) and it is optional; unknown fields are accepted.
    """

    code: str
    message: str
    result: RecommendedPersons | None = None
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
        from ..models.recommended_persons import RecommendedPersons

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _result = d.pop("result", None)
        result: RecommendedPersons | None
        if _result is None:
            result = None
        else:
            result = RecommendedPersons.from_dict(_result)

        recommend_persons_by_thumbnail_response = cls(
            code=code,
            message=message,
            result=result,
        )

        recommend_persons_by_thumbnail_response.additional_properties = d
        return recommend_persons_by_thumbnail_response

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
