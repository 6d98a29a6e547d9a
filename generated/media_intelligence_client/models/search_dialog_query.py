from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchDialogQuery")


@_attrs_define
class SearchDialogQuery:
    """Dialogue (speech) conditions; they apply to video only (image assets are shown with 0 for dialogue).
    Lines must not contain `;`, `|` or a backtick. At most 100 lines per request (50013); whether per list
    or for all three lists together is not documented, so each list is capped at 100 here.

        Attributes:
            must (list[str] | None): Lines that must all be spoken.
            any_ (list[str] | None): Lines of which at least one must be spoken.
            not_ (list[str] | None): Lines that must not be spoken.
    """

    must: list[str] | None = None
    any_: list[str] | None = None
    not_: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        must: list[str] | None = None
        if self.must is not None:
            must = self.must

        any_: list[str] | None = None
        if self.any_ is not None:
            any_ = self.any_

        not_: list[str] | None = None
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
        must = cast(list[str], d.pop("must", None))

        any_ = cast(list[str], d.pop("any", None))

        not_ = cast(list[str], d.pop("not", None))

        search_dialog_query = cls(
            must=must,
            any_=any_,
            not_=not_,
        )

        return search_dialog_query
