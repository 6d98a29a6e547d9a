from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TimeRange")


@_attrs_define
class TimeRange:
    """Epoch milliseconds.

    Attributes:
        gte (int | None):
        lte (int | None):
    """

    gte: int | None = None
    lte: int | None = None

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gte is not None:
            field_dict["gte"] = gte
        if lte is not None:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gte = d.pop("gte", None)

        lte = d.pop("lte", None)

        time_range = cls(
            gte=gte,
            lte=lte,
        )

        return time_range
