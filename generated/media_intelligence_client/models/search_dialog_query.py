from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchDialogQuery")


@_attrs_define
class SearchDialogQuery:
    """Dialogue (speech) conditions; they apply to video only (image assets are shown with 0 for dialogue).
    Lines must not contain `;`, `|` or a backtick. At most 100 lines per request (50013); whether per list
    or for all three lists together is not documented, so each list is capped at 100 here.

        Attributes:
            must (list[str] | Unset): Lines that must all be spoken.
            any_ (list[str] | Unset): Lines of which at least one must be spoken.
            not_ (list[str] | Unset): Lines that must not be spoken.
    """

    must: list[str] | Unset = UNSET
    any_: list[str] | Unset = UNSET
    not_: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        must: list[str] | Unset = UNSET
        if not isinstance(self.must, Unset):
            must = self.must

        any_: list[str] | Unset = UNSET
        if not isinstance(self.any_, Unset):
            any_ = self.any_

        not_: list[str] | Unset = UNSET
        if not isinstance(self.not_, Unset):
            not_ = self.not_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if must is not UNSET:
            field_dict["must"] = must
        if any_ is not UNSET:
            field_dict["any"] = any_
        if not_ is not UNSET:
            field_dict["not"] = not_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        must = cast(list[str], d.pop("must", UNSET))

        any_ = cast(list[str], d.pop("any", UNSET))

        not_ = cast(list[str], d.pop("not", UNSET))

        search_dialog_query = cls(
            must=must,
            any_=any_,
            not_=not_,
        )

        return search_dialog_query
