from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.int_range import IntRange


T = TypeVar("T", bound="CustomFilterObject")


@_attrs_define
class CustomFilterObject:
    """Filters over the custom fields; one match kind per field.

    Attributes:
        int_field_1 (int | IntRange | list[int] | None):
        str_field_1 (list[str] | str | None):
        str_field_2 (list[str] | str | None):
    """

    int_field_1: int | IntRange | list[int] | None = None
    str_field_1: list[str] | str | None = None
    str_field_2: list[str] | str | None = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.int_range import IntRange

        int_field_1: dict[str, Any] | int | list[int] | None
        if self.int_field_1 is None:
            int_field_1 = None
        elif isinstance(self.int_field_1, list):
            int_field_1 = self.int_field_1

        elif isinstance(self.int_field_1, IntRange):
            int_field_1 = self.int_field_1.to_dict()
        else:
            int_field_1 = self.int_field_1

        str_field_1: list[str] | str | None
        if self.str_field_1 is None:
            str_field_1 = None
        elif isinstance(self.str_field_1, list):
            str_field_1 = self.str_field_1

        else:
            str_field_1 = self.str_field_1

        str_field_2: list[str] | str | None
        if self.str_field_2 is None:
            str_field_2 = None
        elif isinstance(self.str_field_2, list):
            str_field_2 = self.str_field_2

        else:
            str_field_2 = self.str_field_2

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if int_field_1 is not None:
            field_dict["intField1"] = int_field_1
        if str_field_1 is not None:
            field_dict["strField1"] = str_field_1
        if str_field_2 is not None:
            field_dict["strField2"] = str_field_2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.int_range import IntRange

        d = dict(src_dict)

        def _parse_int_field_1(data: object) -> int | IntRange | list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                int_field_1_type_1 = cast(list[int], data)

                return int_field_1_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                int_field_1_type_2 = IntRange.from_dict(data)

                return int_field_1_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | IntRange | list[int] | None, data)

        int_field_1 = _parse_int_field_1(d.pop("intField1", None))

        def _parse_str_field_1(data: object) -> list[str] | str | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_string_filter_type_1 = cast(list[str], data)

                return componentsschemas_string_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | None, data)

        str_field_1 = _parse_str_field_1(d.pop("strField1", None))

        def _parse_str_field_2(data: object) -> list[str] | str | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_string_filter_type_1 = cast(list[str], data)

                return componentsschemas_string_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | None, data)

        str_field_2 = _parse_str_field_2(d.pop("strField2", None))

        custom_filter_object = cls(
            int_field_1=int_field_1,
            str_field_1=str_field_1,
            str_field_2=str_field_2,
        )

        return custom_filter_object
