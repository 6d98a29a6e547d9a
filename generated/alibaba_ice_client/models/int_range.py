from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntRange")


@_attrs_define
class IntRange:
    """
    Attributes:
        gte (int | Unset):
        gt (int | Unset):
        lte (int | Unset):
        lt (int | Unset):
    """

    gte: int | Unset = UNSET
    gt: int | Unset = UNSET
    lte: int | Unset = UNSET
    lt: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        gt = self.gt

        lte = self.lte

        lt = self.lt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gte is not UNSET:
            field_dict["gte"] = gte
        if gt is not UNSET:
            field_dict["gt"] = gt
        if lte is not UNSET:
            field_dict["lte"] = lte
        if lt is not UNSET:
            field_dict["lt"] = lt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gte = d.pop("gte", UNSET)

        gt = d.pop("gt", UNSET)

        lte = d.pop("lte", UNSET)

        lt = d.pop("lt", UNSET)

        int_range = cls(
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        return int_range
