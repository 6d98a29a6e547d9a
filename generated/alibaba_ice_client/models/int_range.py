from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IntRange")


@_attrs_define
class IntRange:
    """
    Attributes:
        gte (int | None):
        gt (int | None):
        lte (int | None):
        lt (int | None):
    """

    gte: int | None = None
    gt: int | None = None
    lte: int | None = None
    lt: int | None = None

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        gt = self.gt

        lte = self.lte

        lt = self.lt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gte is not None:
            field_dict["gte"] = gte
        if gt is not None:
            field_dict["gt"] = gt
        if lte is not None:
            field_dict["lte"] = lte
        if lt is not None:
            field_dict["lt"] = lt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gte = d.pop("gte", None)

        gt = d.pop("gt", None)

        lte = d.pop("lte", None)

        lt = d.pop("lt", None)

        int_range = cls(
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        return int_range
