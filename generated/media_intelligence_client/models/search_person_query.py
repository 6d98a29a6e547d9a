from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchPersonQuery")


@_attrs_define
class SearchPersonQuery:
    """Person conditions (person ids, see the persons API). The provider allows at most 100 person ids per
    request (50012); whether that is per list or for all three lists together is not documented, so each
    list is capped at 100 here and the server may reject smaller totals.

        Attributes:
            must (list[int] | None): Persons that must all appear.
            any_ (list[int] | None): Persons of which at least one must appear.
            not_ (list[int] | None): Persons that must not appear.
    """

    must: list[int] | None = None
    any_: list[int] | None = None
    not_: list[int] | None = None

    def to_dict(self) -> dict[str, Any]:
        must: list[int] | None = None
        if self.must is not None:
            must = self.must

        any_: list[int] | None = None
        if self.any_ is not None:
            any_ = self.any_

        not_: list[int] | None = None
        if self.not_ is not None:
            not_ = self.not_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if must is not None:
            field_dict["must"] = must
        if any_ is not None:
            field_dict["any"] = any_
        if not_ is not None:
            field_dict["not"] = not_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        must = cast(list[int], d.pop("must", None))

        any_ = cast(list[int], d.pop("any", None))

        not_ = cast(list[int], d.pop("not", None))

        search_person_query = cls(
            must=must,
            any_=any_,
            not_=not_,
        )

        return search_person_query
