from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scene_summary_status import SceneSummaryStatus

T = TypeVar("T", bound="SceneSummaryStatusResult")


@_attrs_define
class SceneSummaryStatusResult:
    """State of the latest scene summary run. Only `status` is confirmed; further fields may appear.

    Attributes:
        status (SceneSummaryStatus): State of an asset's scene summary run. `BEFORE_SUMMARIZE`: never summarised;
            `WAIT_SUMMARIZE`:
            accepted and queued; `SUMMARIZING`: running. Terminal: `SUMMARIZE_COMPLETED` (success, every requested
            scene is summarised), `SUMMARIZE_FAIL` (stopped by an error), `SUMMARIZE_CANCELED` (cancelled by the
            user; note the spelling, unlike `ANALYZE_CANCEL`).
    """

    status: SceneSummaryStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = SceneSummaryStatus(d.pop("status"))

        scene_summary_status_result = cls(
            status=status,
        )

        scene_summary_status_result.additional_properties = d
        return scene_summary_status_result

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
