from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BoxPosition")


@_attrs_define
class BoxPosition:
    """
    Attributes:
        x (int | None):
        y (int | None):
        w (int | None):
        h (int | None):
    """

    x: int | None = None
    y: int | None = None
    w: int | None = None
    h: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        w = self.w

        h = self.h

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not None:
            field_dict["X"] = x
        if y is not None:
            field_dict["Y"] = y
        if w is not None:
            field_dict["W"] = w
        if h is not None:
            field_dict["H"] = h

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        x = d.pop("X", None)

        y = d.pop("Y", None)

        w = d.pop("W", None)

        h = d.pop("H", None)

        box_position = cls(
            x=x,
            y=y,
            w=w,
            h=h,
        )

        box_position.additional_properties = d
        return box_position

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
