from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person import Person


T = TypeVar("T", bound="DeletePersonResponse")


@_attrs_define
class DeletePersonResponse:
    """Older pages: envelope only. Newest Korean page: `result` is the person as it was when deleted (fields
    not visible). `result` is therefore optional.

        Attributes:
            code (str): `"0"` on success, otherwise an API error code (see `x-error-codes`).
            message (str): `"success"` on success, otherwise the error message.
            result (Person | None): A registered person. Older pages (fully read) list `id`, `name`, `description`, `tags`,
                `thumbnails`
                and mark all but `description` required. The newest pages mark no field as required, allow anonymous
                persons (`name` absent or null) and, per the 2026-09-17 release note, add `personId` and the numbers
                of assets and scenes the person appears in; the count fields' names are not visible and arrive as
                unknown fields. All fields are therefore optional (inferred). The same object is assumed for the
                createPerson and deletePerson results, whose tables are not visible.
    """

    code: str
    message: str
    result: Person | None = None
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
        from ..models.person import Person

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _result = d.pop("result", None)
        result: Person | None
        if _result is None:
            result = None
        else:
            result = Person.from_dict(_result)

        delete_person_response = cls(
            code=code,
            message=message,
            result=result,
        )

        delete_person_response.additional_properties = d
        return delete_person_response

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
